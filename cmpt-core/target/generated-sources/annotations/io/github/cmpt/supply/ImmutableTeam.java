package io.github.cmpt.supply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable implementation of {@link Team}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Team.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutableTeam extends Team {
  private final String name;
  private final List<Clinician> clinicians;
  private final List<Leave> leave;
  private final List<NonClientActivity> activities;

  private ImmutableTeam(
      String name,
      List<Clinician> clinicians,
      List<Leave> leave,
      List<NonClientActivity> activities) {
    this.name = name;
    this.clinicians = clinicians;
    this.leave = leave;
    this.activities = activities;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code clinicians} attribute
   */
  @Override
  public List<Clinician> clinicians() {
    return clinicians;
  }

  /**
   * @return The value of the {@code leave} attribute
   */
  @Override
  public List<Leave> leave() {
    return leave;
  }

  /**
   * @return The value of the {@code activities} attribute
   */
  @Override
  public List<NonClientActivity> activities() {
    return activities;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Team#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTeam withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return validate(new ImmutableTeam(newValue, this.clinicians, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Team#clinicians() clinicians}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTeam withClinicians(Clinician @Nullable ... elements) {
    List<Clinician> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTeam(this.name, newValue, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Team#clinicians() clinicians}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of clinicians elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTeam withClinicians(Iterable<? extends Clinician> elements) {
    if (this.clinicians == elements) return this;
    List<Clinician> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTeam(this.name, newValue, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Team#leave() leave}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTeam withLeave(Leave @Nullable ... elements) {
    List<Leave> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTeam(this.name, this.clinicians, newValue, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Team#leave() leave}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of leave elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTeam withLeave(Iterable<? extends Leave> elements) {
    if (this.leave == elements) return this;
    List<Leave> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTeam(this.name, this.clinicians, newValue, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Team#activities() activities}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTeam withActivities(NonClientActivity @Nullable ... elements) {
    List<NonClientActivity> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTeam(this.name, this.clinicians, this.leave, newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Team#activities() activities}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of activities elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTeam withActivities(Iterable<? extends NonClientActivity> elements) {
    if (this.activities == elements) return this;
    List<NonClientActivity> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTeam(this.name, this.clinicians, this.leave, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTeam} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTeam
        && equalsByValue((ImmutableTeam) another);
  }

  private boolean equalsByValue(ImmutableTeam another) {
    return name.equals(another.name)
        && clinicians.equals(another.clinicians)
        && leave.equals(another.leave)
        && activities.equals(another.activities);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code clinicians}, {@code leave}, {@code activities}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + clinicians.hashCode();
    h += (h << 5) + leave.hashCode();
    h += (h << 5) + activities.hashCode();
    return h;
  }

  private transient volatile long lazyInitBitmap;

  private static final long AVAILABLE_TIME_LAZY_INIT_BIT = 0x1L;

  private transient TeamTime availableTime;

  /**
   * {@inheritDoc}
   * <p>
   * Returns a lazily initialized value of the {@link Team#availableTime() availableTime} attribute.
   * Initialized once and only once and stored for subsequent access with proper synchronization.
   * In case of any exception or error thrown by the lazy value initializer,
   * the result will not be memoised (i.e. remembered) and on next call computation
   * will be attempted again.
   * @return A lazily initialized value of the {@code availableTime} attribute
   */
  @Override
  public TeamTime availableTime() {
    if ((lazyInitBitmap & AVAILABLE_TIME_LAZY_INIT_BIT) == 0) {
      synchronized (this) {
        if ((lazyInitBitmap & AVAILABLE_TIME_LAZY_INIT_BIT) == 0) {
          this.availableTime = Objects.requireNonNull(super.availableTime(), "availableTime");
          lazyInitBitmap |= AVAILABLE_TIME_LAZY_INIT_BIT;
        }
      }
    }
    return availableTime;
  }

  private static ImmutableTeam validate(ImmutableTeam instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Team} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Team instance
   */
  public static Team copyOf(Team instance) {
    if (instance instanceof ImmutableTeam) {
      return (ImmutableTeam) instance;
    }
    return new Team.Builder()
        .name(instance.name())
        .addAllClinicians(instance.clinicians())
        .addAllLeave(instance.leave())
        .addAllActivities(instance.activities())
        .build();
  }

  /**
   * Builds instances of type {@link Team Team}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private long initBits = 0x1L;

    private @Nullable String name;
    private final List<Clinician> clinicians = new ArrayList<Clinician>();
    private final List<Leave> leave = new ArrayList<Leave>();
    private final List<NonClientActivity> activities = new ArrayList<NonClientActivity>();

    /**
     * Creates a builder for {@link Team Team} instances.
     * <pre>
     * new Team.Builder()
     *    .name(String) // required {@link Team#name() name}
     *    .addClinician|addAllClinicians(io.github.cmpt.supply.Clinician) // {@link Team#clinicians() clinicians} elements
     *    .addLeave|addAllLeave(io.github.cmpt.supply.Leave) // {@link Team#leave() leave} elements
     *    .addActivity|addAllActivities(io.github.cmpt.supply.NonClientActivity) // {@link Team#activities() activities} elements
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof Team.Builder)) {
        throw new UnsupportedOperationException("Use: new Team.Builder()");
      }
    }

    /**
     * Initializes the value for the {@link Team#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder name(String name) {
      checkNotIsSet(nameIsSet(), "name");
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (Team.Builder) this;
    }

    /**
     * Adds one element to {@link Team#clinicians() clinicians} list.
     * @param element A clinicians element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addClinician(Clinician element) {
      this.clinicians.add(Objects.requireNonNull(element, "clinicians element"));
      return (Team.Builder) this;
    }

    /**
     * Adds elements to {@link Team#clinicians() clinicians} list.
     * @param elements An array of clinicians elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addClinicians(Clinician... elements) {
      for (Clinician element : elements) {
        this.clinicians.add(Objects.requireNonNull(element, "clinicians element"));
      }
      return (Team.Builder) this;
    }


    /**
     * Adds elements to {@link Team#clinicians() clinicians} list.
     * @param elements An iterable of clinicians elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addAllClinicians(Iterable<? extends Clinician> elements) {
      for (Clinician element : elements) {
        this.clinicians.add(Objects.requireNonNull(element, "clinicians element"));
      }
      return (Team.Builder) this;
    }

    /**
     * Adds one element to {@link Team#leave() leave} list.
     * @param element A leave element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addLeave(Leave element) {
      this.leave.add(Objects.requireNonNull(element, "leave element"));
      return (Team.Builder) this;
    }

    /**
     * Adds elements to {@link Team#leave() leave} list.
     * @param elements An array of leave elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addLeave(Leave... elements) {
      for (Leave element : elements) {
        this.leave.add(Objects.requireNonNull(element, "leave element"));
      }
      return (Team.Builder) this;
    }


    /**
     * Adds elements to {@link Team#leave() leave} list.
     * @param elements An iterable of leave elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addAllLeave(Iterable<? extends Leave> elements) {
      for (Leave element : elements) {
        this.leave.add(Objects.requireNonNull(element, "leave element"));
      }
      return (Team.Builder) this;
    }

    /**
     * Adds one element to {@link Team#activities() activities} list.
     * @param element A activities element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addActivity(NonClientActivity element) {
      this.activities.add(Objects.requireNonNull(element, "activities element"));
      return (Team.Builder) this;
    }

    /**
     * Adds elements to {@link Team#activities() activities} list.
     * @param elements An array of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addActivities(NonClientActivity... elements) {
      for (NonClientActivity element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (Team.Builder) this;
    }


    /**
     * Adds elements to {@link Team#activities() activities} list.
     * @param elements An iterable of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Team.Builder addAllActivities(Iterable<? extends NonClientActivity> elements) {
      for (NonClientActivity element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (Team.Builder) this;
    }

    /**
     * Builds a new {@link Team Team}.
     * @return An immutable instance of Team
     * @throws java.lang.IllegalArgumentException if any required attributes are missing
     */
    public Team build() {
      checkRequiredAttributes();
      return ImmutableTeam.validate(new ImmutableTeam(
          name,
          createUnmodifiableList(true, clinicians),
          createUnmodifiableList(true, leave),
          createUnmodifiableList(true, activities)));
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Team is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalArgumentException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      return "Cannot build Team, some of required attributes are not set " + attributes;
    }
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) Objects.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }
}

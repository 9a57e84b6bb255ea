package io.github.cmpt.supply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Immutable implementation of {@link Clinician}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Clinician.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutableClinician extends Clinician {
  private final String id;
  private final @Nullable String name;
  private final Role role;
  private final WorkHours workHours;
  private final List<Leave> leave;
  private final List<NonClientActivity> activities;

  private ImmutableClinician(
      String id,
      @Nullable String name,
      Role role,
      WorkHours workHours,
      List<Leave> leave,
      List<NonClientActivity> activities) {
    this.id = id;
    this.name = name;
    this.role = role;
    this.workHours = workHours;
    this.leave = leave;
    this.activities = activities;
  }

  /**
   * @return The value of the {@code id} attribute
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * @return The value of the {@code role} attribute
   */
  @Override
  public Role role() {
    return role;
  }

  /**
   * @return The value of the {@code workHours} attribute
   */
  @Override
  public WorkHours workHours() {
    return workHours;
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
   * Copy the current immutable object by setting a value for the {@link Clinician#id() id} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableClinician withId(String value) {
    String newValue = Objects.requireNonNull(value, "id");
    if (this.id.equals(newValue)) return this;
    return validate(new ImmutableClinician(newValue, this.name, this.role, this.workHours, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Clinician#name() name} attribute.
   * @param value The value for name
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableClinician withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (Objects.equals(this.name, newValue)) return this;
    return validate(new ImmutableClinician(this.id, newValue, this.role, this.workHours, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Clinician#name() name} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for name
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableClinician withName(Optional<String> optional) {
    @Nullable String value = optional.orElse(null);
    if (Objects.equals(this.name, value)) return this;
    return validate(new ImmutableClinician(this.id, value, this.role, this.workHours, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Clinician#role() role} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableClinician withRole(Role value) {
    if (this.role == value) return this;
    Role newValue = Objects.requireNonNull(value, "role");
    return validate(new ImmutableClinician(this.id, this.name, newValue, this.workHours, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Clinician#workHours() workHours} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for workHours
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableClinician withWorkHours(WorkHours value) {
    if (this.workHours == value) return this;
    WorkHours newValue = Objects.requireNonNull(value, "workHours");
    return validate(new ImmutableClinician(this.id, this.name, this.role, newValue, this.leave, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Clinician#leave() leave}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableClinician withLeave(Leave @Nullable ... elements) {
    List<Leave> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableClinician(this.id, this.name, this.role, this.workHours, newValue, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Clinician#leave() leave}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of leave elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableClinician withLeave(Iterable<? extends Leave> elements) {
    if (this.leave == elements) return this;
    List<Leave> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableClinician(this.id, this.name, this.role, this.workHours, newValue, this.activities));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Clinician#activities() activities}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableClinician withActivities(NonClientActivity @Nullable ... elements) {
    List<NonClientActivity> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableClinician(this.id, this.name, this.role, this.workHours, this.leave, newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Clinician#activities() activities}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of activities elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableClinician withActivities(Iterable<? extends NonClientActivity> elements) {
    if (this.activities == elements) return this;
    List<NonClientActivity> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableClinician(this.id, this.name, this.role, this.workHours, this.leave, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableClinician} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) return true;
    return another instanceof ImmutableClinician
        && equalsByValue((ImmutableClinician) another);
  }

  private boolean equalsByValue(ImmutableClinician another) {
    return id.equals(another.id)
        && Objects.equals(name, another.name)
        && role.equals(another.role)
        && workHours.equals(another.workHours)
        && leave.equals(another.leave)
        && activities.equals(another.activities);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code name}, {@code role}, {@code workHours}, {@code leave}, {@code activities}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + Objects.hashCode(name);
    h += (h << 5) + role.hashCode();
    h += (h << 5) + workHours.hashCode();
    h += (h << 5) + leave.hashCode();
    h += (h << 5) + activities.hashCode();
    return h;
  }

  private static ImmutableClinician validate(ImmutableClinician instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Clinician} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Clinician instance
   */
  public static Clinician copyOf(Clinician instance) {
    if (instance instanceof ImmutableClinician) {
      return (ImmutableClinician) instance;
    }
    return new Clinician.Builder()
        .id(instance.id())
        .name(instance.name())
        .role(instance.role())
        .workHours(instance.workHours())
        .addAllLeave(instance.leave())
        .addAllActivities(instance.activities())
        .build();
  }

  /**
   * Builds instances of type {@link Clinician Clinician}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_ROLE = 0x2L;
    private static final long INIT_BIT_WORK_HOURS = 0x4L;
    private static final long OPT_BIT_NAME = 0x1L;
    private long initBits = 0x7L;
    private long optBits;

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable Role role;
    private @Nullable WorkHours workHours;
    private final List<Leave> leave = new ArrayList<Leave>();
    private final List<NonClientActivity> activities = new ArrayList<NonClientActivity>();

    /**
     * Creates a builder for {@link Clinician Clinician} instances.
     * <pre>
     * new Clinician.Builder()
     *    .id(String) // required {@link Clinician#id() id}
     *    .name(Optional&lt;String&gt;) // optional {@link Clinician#name() name}
     *    .role(io.github.cmpt.supply.Role) // required {@link Clinician#role() role}
     *    .workHours(io.github.cmpt.supply.WorkHours) // required {@link Clinician#workHours() workHours}
     *    .addLeave|addAllLeave(io.github.cmpt.supply.Leave) // {@link Clinician#leave() leave} elements
     *    .addActivity|addAllActivities(io.github.cmpt.supply.NonClientActivity) // {@link Clinician#activities() activities} elements
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof Clinician.Builder)) {
        throw new UnsupportedOperationException("Use: new Clinician.Builder()");
      }
    }

    /**
     * Initializes the value for the {@link Clinician#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder id(String id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return (Clinician.Builder) this;
    }

    /**
     * Initializes the optional value {@link Clinician#name() name} to name.
     * @param name The value for name
     * @return {@code this} builder for chained invocation
     */
    public final Clinician.Builder name(String name) {
      checkNotIsSet(nameIsSet(), "name");
      this.name = Objects.requireNonNull(name, "name");
      optBits |= OPT_BIT_NAME;
      return (Clinician.Builder) this;
    }

    /**
     * Initializes the optional value {@link Clinician#name() name} to name.
     * @param name The value for name
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder name(Optional<String> name) {
      checkNotIsSet(nameIsSet(), "name");
      this.name = name.orElse(null);
      optBits |= OPT_BIT_NAME;
      return (Clinician.Builder) this;
    }

    /**
     * Initializes the value for the {@link Clinician#role() role} attribute.
     * @param role The value for role 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder role(Role role) {
      checkNotIsSet(roleIsSet(), "role");
      this.role = Objects.requireNonNull(role, "role");
      initBits &= ~INIT_BIT_ROLE;
      return (Clinician.Builder) this;
    }

    /**
     * Initializes the value for the {@link Clinician#workHours() workHours} attribute.
     * @param workHours The value for workHours 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder workHours(WorkHours workHours) {
      checkNotIsSet(workHoursIsSet(), "workHours");
      this.workHours = Objects.requireNonNull(workHours, "workHours");
      initBits &= ~INIT_BIT_WORK_HOURS;
      return (Clinician.Builder) this;
    }

    /**
     * Adds one element to {@link Clinician#leave() leave} list.
     * @param element A leave element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder addLeave(Leave element) {
      this.leave.add(Objects.requireNonNull(element, "leave element"));
      return (Clinician.Builder) this;
    }

    /**
     * Adds elements to {@link Clinician#leave() leave} list.
     * @param elements An array of leave elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder addLeave(Leave... elements) {
      for (Leave element : elements) {
        this.leave.add(Objects.requireNonNull(element, "leave element"));
      }
      return (Clinician.Builder) this;
    }


    /**
     * Adds elements to {@link Clinician#leave() leave} list.
     * @param elements An iterable of leave elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder addAllLeave(Iterable<? extends Leave> elements) {
      for (Leave element : elements) {
        this.leave.add(Objects.requireNonNull(element, "leave element"));
      }
      return (Clinician.Builder) this;
    }

    /**
     * Adds one element to {@link Clinician#activities() activities} list.
     * @param element A activities element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder addActivity(NonClientActivity element) {
      this.activities.add(Objects.requireNonNull(element, "activities element"));
      return (Clinician.Builder) this;
    }

    /**
     * Adds elements to {@link Clinician#activities() activities} list.
     * @param elements An array of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder addActivities(NonClientActivity... elements) {
      for (NonClientActivity element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (Clinician.Builder) this;
    }


    /**
     * Adds elements to {@link Clinician#activities() activities} list.
     * @param elements An iterable of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Clinician.Builder addAllActivities(Iterable<? extends NonClientActivity> elements) {
      for (NonClientActivity element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (Clinician.Builder) this;
    }

    /**
     * Builds a new {@link Clinician Clinician}.
     * @return An immutable instance of Clinician
     * @throws java.lang.IllegalArgumentException if any required attributes are missing
     */
    public Clinician build() {
      checkRequiredAttributes();
      return ImmutableClinician.validate(new ImmutableClinician(
          id,
          name,
          role,
          workHours,
          createUnmodifiableList(true, leave),
          createUnmodifiableList(true, activities)));
    }

    private boolean nameIsSet() {
      return (optBits & OPT_BIT_NAME) != 0;
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private boolean roleIsSet() {
      return (initBits & INIT_BIT_ROLE) == 0;
    }

    private boolean workHoursIsSet() {
      return (initBits & INIT_BIT_WORK_HOURS) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Clinician is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalArgumentException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      if (!roleIsSet()) attributes.add("role");
      if (!workHoursIsSet()) attributes.add("workHours");
      return "Cannot build Clinician, some of required attributes are not set " + attributes;
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

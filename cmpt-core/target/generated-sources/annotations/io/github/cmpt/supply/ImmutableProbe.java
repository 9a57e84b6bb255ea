package io.github.cmpt.supply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable implementation of {@link Probe}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Probe.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutableProbe extends Probe {
  private final String id;
  private final List<String> activities;

  private ImmutableProbe(String id, List<String> activities) {
    this.id = id;
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
   * @return The value of the {@code activities} attribute
   */
  @Override
  public List<String> activities() {
    return activities;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Probe#id() id} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableProbe withId(String value) {
    String newValue = Objects.requireNonNull(value, "id");
    if (this.id.equals(newValue)) return this;
    return new ImmutableProbe(newValue, this.activities);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Probe#activities() activities}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableProbe withActivities(String @Nullable ... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableProbe(this.id, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Probe#activities() activities}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of activities elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableProbe withActivities(Iterable<String> elements) {
    if (this.activities == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableProbe(this.id, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableProbe} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) return true;
    return another instanceof ImmutableProbe
        && equalsByValue((ImmutableProbe) another);
  }

  private boolean equalsByValue(ImmutableProbe another) {
    return id.equals(another.id)
        && activities.equals(another.activities);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code activities}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + activities.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Probe} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Probe{"
        + "id=" + id
        + ", activities=" + activities
        + "}";
  }

  /**
   * Creates an immutable copy of a {@link Probe} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Probe instance
   */
  public static Probe copyOf(Probe instance) {
    if (instance instanceof ImmutableProbe) {
      return (ImmutableProbe) instance;
    }
    return new Probe.Builder()
        .id(instance.id())
        .addAllActivities(instance.activities())
        .build();
  }

  /**
   * Builds instances of type {@link Probe Probe}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private long initBits = 0x1L;

    private @Nullable String id;
    private final List<String> activities = new ArrayList<String>();

    /**
     * Creates a builder for {@link Probe Probe} instances.
     * <pre>
     * new Probe.Builder()
     *    .id(String) // required {@link Probe#id() id}
     *    .addActivity|addAllActivities(String) // {@link Probe#activities() activities} elements
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof Probe.Builder)) {
        throw new UnsupportedOperationException("Use: new Probe.Builder()");
      }
    }

    /**
     * Initializes the value for the {@link Probe#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Probe.Builder id(String id) {
      checkNotIsSet(idIsSet(), "id");
      this.id = Objects.requireNonNull(id, "id");
      initBits &= ~INIT_BIT_ID;
      return (Probe.Builder) this;
    }

    /**
     * Adds one element to {@link Probe#activities() activities} list.
     * @param element A activities element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Probe.Builder addActivity(String element) {
      this.activities.add(Objects.requireNonNull(element, "activities element"));
      return (Probe.Builder) this;
    }

    /**
     * Adds elements to {@link Probe#activities() activities} list.
     * @param elements An array of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Probe.Builder addActivities(String... elements) {
      for (String element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (Probe.Builder) this;
    }


    /**
     * Adds elements to {@link Probe#activities() activities} list.
     * @param elements An iterable of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Probe.Builder addAllActivities(Iterable<String> elements) {
      for (String element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (Probe.Builder) this;
    }

    /**
     * Builds a new {@link Probe Probe}.
     * @return An immutable instance of Probe
     * @throws java.lang.IllegalArgumentException if any required attributes are missing
     */
    public Probe build() {
      checkRequiredAttributes();
      return new ImmutableProbe(id, createUnmodifiableList(true, activities));
    }

    private boolean idIsSet() {
      return (initBits & INIT_BIT_ID) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of Probe is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalArgumentException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!idIsSet()) attributes.add("id");
      return "Cannot build Probe, some of required attributes are not set " + attributes;
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

package io.github.cmpt.demand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable implementation of {@link InterventionProfile}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new InterventionProfile.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutableInterventionProfile extends InterventionProfile {
  private final ComplexityLevel level;
  private final List<InterventionActivity> activities;
  private final Figure episodeWeeks;

  private ImmutableInterventionProfile(
      ComplexityLevel level,
      List<InterventionActivity> activities,
      Figure episodeWeeks) {
    this.level = level;
    this.activities = activities;
    this.episodeWeeks = episodeWeeks;
  }

  /**
   * @return The value of the {@code level} attribute
   */
  @Override
  public ComplexityLevel level() {
    return level;
  }

  /**
   * @return The value of the {@code activities} attribute
   */
  @Override
  public List<InterventionActivity> activities() {
    return activities;
  }

  /**
   * @return The value of the {@code episodeWeeks} attribute
   */
  @Override
  public Figure episodeWeeks() {
    return episodeWeeks;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionProfile#level() level} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for level
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionProfile withLevel(ComplexityLevel value) {
    if (this.level == value) return this;
    ComplexityLevel newValue = Objects.requireNonNull(value, "level");
    return validate(new ImmutableInterventionProfile(newValue, this.activities, this.episodeWeeks));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link InterventionProfile#activities() activities}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableInterventionProfile withActivities(InterventionActivity @Nullable ... elements) {
    List<InterventionActivity> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableInterventionProfile(this.level, newValue, this.episodeWeeks));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link InterventionProfile#activities() activities}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of activities elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableInterventionProfile withActivities(Iterable<? extends InterventionActivity> elements) {
    if (this.activities == elements) return this;
    List<InterventionActivity> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableInterventionProfile(this.level, newValue, this.episodeWeeks));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionProfile#episodeWeeks() episodeWeeks} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for episodeWeeks
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionProfile withEpisodeWeeks(Figure value) {
    if (this.episodeWeeks == value) return this;
    Figure newValue = Objects.requireNonNull(value, "episodeWeeks");
    return validate(new ImmutableInterventionProfile(this.level, this.activities, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableInterventionProfile} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) return true;
    return another instanceof ImmutableInterventionProfile
        && equalsByValue((ImmutableInterventionProfile) another);
  }

  private boolean equalsByValue(ImmutableInterventionProfile another) {
    return level.equals(another.level)
        && activities.equals(another.activities)
        && episodeWeeks.equals(another.episodeWeeks);
  }

  /**
   * Computes a hash code from attributes: {@code level}, {@code activities}, {@code episodeWeeks}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + level.hashCode();
    h += (h << 5) + activities.hashCode();
    h += (h << 5) + episodeWeeks.hashCode();
    return h;
  }

  private static ImmutableInterventionProfile validate(ImmutableInterventionProfile instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link InterventionProfile} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable InterventionProfile instance
   */
  public static InterventionProfile copyOf(InterventionProfile instance) {
    if (instance instanceof ImmutableInterventionProfile) {
      return (ImmutableInterventionProfile) instance;
    }
    return new InterventionProfile.Builder()
        .level(instance.level())
        .addAllActivities(instance.activities())
        .episodeWeeks(instance.episodeWeeks())
        .build();
  }

  /**
   * Builds instances of type {@link InterventionProfile InterventionProfile}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_LEVEL = 0x1L;
    private static final long INIT_BIT_EPISODE_WEEKS = 0x2L;
    private long initBits = 0x3L;

    private @Nullable ComplexityLevel level;
    private final List<InterventionActivity> activities = new ArrayList<InterventionActivity>();
    private @Nullable Figure episodeWeeks;

    /**
     * Creates a builder for {@link InterventionProfile InterventionProfile} instances.
     * <pre>
     * new InterventionProfile.Builder()
     *    .level(io.github.cmpt.demand.ComplexityLevel) // required {@link InterventionProfile#level() level}
     *    .addActivity|addAllActivities(io.github.cmpt.demand.InterventionActivity) // {@link InterventionProfile#activities() activities} elements
     *    .episodeWeeks(io.github.cmpt.demand.Figure) // required {@link InterventionProfile#episodeWeeks() episodeWeeks}
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof InterventionProfile.Builder)) {
        throw new UnsupportedOperationException("Use: new InterventionProfile.Builder()");
      }
    }

    /**
     * Initializes the value for the {@link InterventionProfile#level() level} attribute.
     * @param level The value for level 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionProfile.Builder level(ComplexityLevel level) {
      checkNotIsSet(levelIsSet(), "level");
      this.level = Objects.requireNonNull(level, "level");
      initBits &= ~INIT_BIT_LEVEL;
      return (InterventionProfile.Builder) this;
    }

    /**
     * Adds one element to {@link InterventionProfile#activities() activities} list.
     * @param element A activities element
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionProfile.Builder addActivity(InterventionActivity element) {
      this.activities.add(Objects.requireNonNull(element, "activities element"));
      return (InterventionProfile.Builder) this;
    }

    /**
     * Adds elements to {@link InterventionProfile#activities() activities} list.
     * @param elements An array of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionProfile.Builder addActivities(InterventionActivity... elements) {
      for (InterventionActivity element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (InterventionProfile.Builder) this;
    }


    /**
     * Adds elements to {@link InterventionProfile#activities() activities} list.
     * @param elements An iterable of activities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionProfile.Builder addAllActivities(Iterable<? extends InterventionActivity> elements) {
      for (InterventionActivity element : elements) {
        this.activities.add(Objects.requireNonNull(element, "activities element"));
      }
      return (InterventionProfile.Builder) this;
    }

    /**
     * Initializes the value for the {@link InterventionProfile#episodeWeeks() episodeWeeks} attribute.
     * @param episodeWeeks The value for episodeWeeks 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionProfile.Builder episodeWeeks(Figure episodeWeeks) {
      checkNotIsSet(episodeWeeksIsSet(), "episodeWeeks");
      this.episodeWeeks = Objects.requireNonNull(episodeWeeks, "episodeWeeks");
      initBits &= ~INIT_BIT_EPISODE_WEEKS;
      return (InterventionProfile.Builder) this;
    }

    /**
     * Builds a new {@link InterventionProfile InterventionProfile}.
     * @return An immutable instance of InterventionProfile
     * @throws java.lang.IllegalArgumentException if any required attributes are missing
     */
    public InterventionProfile build() {
      checkRequiredAttributes();
      return ImmutableInterventionProfile.validate(new ImmutableInterventionProfile(level, createUnmodifiableList(true, activities), episodeWeeks));
    }

    private boolean levelIsSet() {
      return (initBits & INIT_BIT_LEVEL) == 0;
    }

    private boolean episodeWeeksIsSet() {
      return (initBits & INIT_BIT_EPISODE_WEEKS) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of InterventionProfile is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalArgumentException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!levelIsSet()) attributes.add("level");
      if (!episodeWeeksIsSet()) attributes.add("episodeWeeks");
      return "Cannot build InterventionProfile, some of required attributes are not set " + attributes;
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

package io.github.cmpt.demand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Immutable implementation of {@link ServiceDemand}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new ServiceDemand.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutableServiceDemand extends ServiceDemand {
  private final BigDecimal weeksPerYear;
  private final @Nullable ComplexityScale scale;
  private final List<LevelDemand> levels;

  private ImmutableServiceDemand(
      BigDecimal weeksPerYear,
      @Nullable ComplexityScale scale,
      List<LevelDemand> levels) {
    this.weeksPerYear = weeksPerYear;
    this.scale = scale;
    this.levels = levels;
  }

  /**
   * @return The value of the {@code weeksPerYear} attribute
   */
  @Override
  public BigDecimal weeksPerYear() {
    return weeksPerYear;
  }

  /**
   * @return The value of the {@code scale} attribute
   */
  @Override
  public Optional<ComplexityScale> scale() {
    return Optional.ofNullable(scale);
  }

  /**
   * @return The value of the {@code levels} attribute
   */
  @Override
  public List<LevelDemand> levels() {
    return levels;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ServiceDemand#weeksPerYear() weeksPerYear} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for weeksPerYear
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableServiceDemand withWeeksPerYear(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "weeksPerYear");
    if (this.weeksPerYear.equals(newValue)) return this;
    return validate(new ImmutableServiceDemand(newValue, this.scale, this.levels));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link ServiceDemand#scale() scale} attribute.
   * @param value The value for scale
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableServiceDemand withScale(ComplexityScale value) {
    ComplexityScale newValue = Objects.requireNonNull(value, "scale");
    if (this.scale == newValue) return this;
    return validate(new ImmutableServiceDemand(this.weeksPerYear, newValue, this.levels));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link ServiceDemand#scale() scale} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for scale
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableServiceDemand withScale(Optional<? extends ComplexityScale> optional) {
    @Nullable ComplexityScale value = optional.orElse(null);
    if (this.scale == value) return this;
    return validate(new ImmutableServiceDemand(this.weeksPerYear, value, this.levels));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link ServiceDemand#levels() levels}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableServiceDemand withLevels(LevelDemand @Nullable ... elements) {
    List<LevelDemand> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableServiceDemand(this.weeksPerYear, this.scale, newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link ServiceDemand#levels() levels}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of levels elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableServiceDemand withLevels(Iterable<? extends LevelDemand> elements) {
    if (this.levels == elements) return this;
    List<LevelDemand> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableServiceDemand(this.weeksPerYear, this.scale, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableServiceDemand} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) return true;
    return another instanceof ImmutableServiceDemand
        && equalsByValue((ImmutableServiceDemand) another);
  }

  private boolean equalsByValue(ImmutableServiceDemand another) {
    return weeksPerYear.equals(another.weeksPerYear)
        && Objects.equals(scale, another.scale)
        && levels.equals(another.levels);
  }

  /**
   * Computes a hash code from attributes: {@code weeksPerYear}, {@code scale}, {@code levels}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + weeksPerYear.hashCode();
    h += (h << 5) + Objects.hashCode(scale);
    h += (h << 5) + levels.hashCode();
    return h;
  }

  private static ImmutableServiceDemand validate(ImmutableServiceDemand instance) {
    instance = (ImmutableServiceDemand) instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link ServiceDemand} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ServiceDemand instance
   */
  public static ServiceDemand copyOf(ServiceDemand instance) {
    if (instance instanceof ImmutableServiceDemand) {
      return (ImmutableServiceDemand) instance;
    }
    return new ServiceDemand.Builder()
        .weeksPerYear(instance.weeksPerYear())
        .scale(instance.scale())
        .addAllLevels(instance.levels())
        .build();
  }

  /**
   * Builds instances of type {@link ServiceDemand ServiceDemand}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_WEEKS_PER_YEAR = 0x1L;
    private static final long OPT_BIT_SCALE = 0x1L;
    private long initBits = 0x1L;
    private long optBits;

    private @Nullable BigDecimal weeksPerYear;
    private @Nullable ComplexityScale scale;
    private final List<LevelDemand> levels = new ArrayList<LevelDemand>();

    /**
     * Creates a builder for {@link ServiceDemand ServiceDemand} instances.
     * <pre>
     * new ServiceDemand.Builder()
     *    .weeksPerYear(java.math.BigDecimal) // required {@link ServiceDemand#weeksPerYear() weeksPerYear}
     *    .scale(Optional&lt;io.github.cmpt.demand.ComplexityScale&gt;) // optional {@link ServiceDemand#scale() scale}
     *    .addLevel|addAllLevels(io.github.cmpt.demand.LevelDemand) // {@link ServiceDemand#levels() levels} elements
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof ServiceDemand.Builder)) {
        throw new UnsupportedOperationException("Use: new ServiceDemand.Builder()");
      }
    }

    /**
     * Initializes the value for the {@link ServiceDemand#weeksPerYear() weeksPerYear} attribute.
     * @param weeksPerYear The value for weeksPerYear 
     * @return {@code this} builder for use in a chained invocation
     */
    public final ServiceDemand.Builder weeksPerYear(BigDecimal weeksPerYear) {
      checkNotIsSet(weeksPerYearIsSet(), "weeksPerYear");
      this.weeksPerYear = Objects.requireNonNull(weeksPerYear, "weeksPerYear");
      initBits &= ~INIT_BIT_WEEKS_PER_YEAR;
      return (ServiceDemand.Builder) this;
    }

    /**
     * Initializes the optional value {@link ServiceDemand#scale() scale} to scale.
     * @param scale The value for scale
     * @return {@code this} builder for chained invocation
     */
    public final ServiceDemand.Builder scale(ComplexityScale scale) {
      checkNotIsSet(scaleIsSet(), "scale");
      this.scale = Objects.requireNonNull(scale, "scale");
      optBits |= OPT_BIT_SCALE;
      return (ServiceDemand.Builder) this;
    }

    /**
     * Initializes the optional value {@link ServiceDemand#scale() scale} to scale.
     * @param scale The value for scale
     * @return {@code this} builder for use in a chained invocation
     */
    public final ServiceDemand.Builder scale(Optional<? extends ComplexityScale> scale) {
      checkNotIsSet(scaleIsSet(), "scale");
      this.scale = scale.orElse(null);
      optBits |= OPT_BIT_SCALE;
      return (ServiceDemand.Builder) this;
    }

    /**
     * Adds one element to {@link ServiceDemand#levels() levels} list.
     * @param element A levels element
     * @return {@code this} builder for use in a chained invocation
     */
    public final ServiceDemand.Builder addLevel(LevelDemand element) {
      this.levels.add(Objects.requireNonNull(element, "levels element"));
      return (ServiceDemand.Builder) this;
    }

    /**
     * Adds elements to {@link ServiceDemand#levels() levels} list.
     * @param elements An array of levels elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final ServiceDemand.Builder addLevels(LevelDemand... elements) {
      for (LevelDemand element : elements) {
        this.levels.add(Objects.requireNonNull(element, "levels element"));
      }
      return (ServiceDemand.Builder) this;
    }


    /**
     * Adds elements to {@link ServiceDemand#levels() levels} list.
     * @param elements An iterable of levels elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final ServiceDemand.Builder addAllLevels(Iterable<? extends LevelDemand> elements) {
      for (LevelDemand element : elements) {
        this.levels.add(Objects.requireNonNull(element, "levels element"));
      }
      return (ServiceDemand.Builder) this;
    }

    /**
     * Builds a new {@link ServiceDemand ServiceDemand}.
     * @return An immutable instance of ServiceDemand
     * @throws java.lang.IllegalArgumentException if any required attributes are missing
     */
    public ServiceDemand build() {
      checkRequiredAttributes();
      return ImmutableServiceDemand.validate(new ImmutableServiceDemand(weeksPerYear, scale, createUnmodifiableList(true, levels)));
    }

    private boolean scaleIsSet() {
      return (optBits & OPT_BIT_SCALE) != 0;
    }

    private boolean weeksPerYearIsSet() {
      return (initBits & INIT_BIT_WEEKS_PER_YEAR) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of ServiceDemand is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalArgumentException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!weeksPerYearIsSet()) attributes.add("weeksPerYear");
      return "Cannot build ServiceDemand, some of required attributes are not set " + attributes;
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

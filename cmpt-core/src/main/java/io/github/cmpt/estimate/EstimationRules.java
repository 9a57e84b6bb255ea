package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link EpisodeAccumulator} accepts and flags: the allowed activity kinds, roles and
 * complexity levels, the largest believable minutes for one record, an optional window of dates,
 * and the factor of Tukey's fences for outliers.
 *
 * <p>Defaults ({@link #STANDARD}): the {@linkplain ActivityKind#standardKinds() standard kinds}
 * and {@linkplain Role#standardRoles() standard roles}; any level; at most
 * {@value #DEFAULT_MAX_MINUTES} minutes for one record (twelve hours: no single activity for one
 * client on one day takes longer than a long working day, so more is a typing error, such as
 * hours entered as minutes times a hundred, or a total entered as one record); no window; an
 * outlier factor of 1.5 (Tukey's).
 *
 * <pre>{@code
 * EstimationRules rules = EstimationRules.builder()
 *     .levels(List.of(low, moderate, high))
 *     .window(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))
 *     .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class EstimationRules {

  /** The default largest minutes of one record: 720 (twelve hours). */
  public static final long DEFAULT_MAX_MINUTES = 720;

  /** The default factor of Tukey's fences: 1.5. */
  public static final BigDecimal DEFAULT_OUTLIER_FACTOR = new BigDecimal("1.5");

  /** The default rules: standard kinds and roles, any level, 720 minutes at most, no window. */
  public static final EstimationRules STANDARD = builder().build();

  private final List<ActivityKind> kinds;
  private final List<Role> roles;
  private final List<ComplexityLevel> levels;
  private final long maxMinutes;
  private final @Nullable LocalDate windowStart;
  private final @Nullable LocalDate windowEnd;
  private final BigDecimal outlierFactor;

  private EstimationRules(Builder b) {
    this.kinds = List.copyOf(b.kinds);
    this.roles = List.copyOf(b.roles);
    this.levels = List.copyOf(b.levels);
    this.maxMinutes = b.maxMinutes;
    this.windowStart = b.windowStart;
    this.windowEnd = b.windowEnd;
    this.outlierFactor = Fractions.normal(b.outlierFactor);
  }

  /**
   * Returns a builder that starts from the default rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the activity kinds a record may have; a record of another kind is rejected as
   * {@link Rejection#UNKNOWN_KIND}.
   *
   * @return an unmodifiable list of at least one kind, in the order of the estimates
   */
  public List<ActivityKind> kinds() {
    return kinds;
  }

  /**
   * Returns the roles a record may have; a record of another role is rejected as
   * {@link Rejection#UNKNOWN_ROLE}.
   *
   * @return an unmodifiable list of at least one role
   */
  public List<Role> roles() {
    return roles;
  }

  /**
   * Returns the complexity levels a record may have, the scale of the service; when empty, any
   * level is accepted. When not empty, a record with another level is rejected as
   * {@link Rejection#UNKNOWN_LEVEL}, and readers of files look level codes up here.
   *
   * @return an unmodifiable list of levels, possibly empty
   */
  public List<ComplexityLevel> levels() {
    return levels;
  }

  /**
   * Returns the largest minutes of one believable record; a record with more is rejected as
   * {@link Rejection#ABSURD_MINUTES}.
   *
   * @return the maximum, at least 1
   */
  public long maxMinutes() {
    return maxMinutes;
  }

  /**
   * Returns the first date accepted, if the window has a start; a record dated before is
   * rejected as {@link Rejection#DATE_OUTSIDE_WINDOW}.
   *
   * @return the first date, inclusive, or empty
   */
  public Optional<LocalDate> windowStart() {
    return Optional.ofNullable(windowStart);
  }

  /**
   * Returns the last date accepted, if the window has an end; a record dated after is rejected as
   * {@link Rejection#DATE_OUTSIDE_WINDOW}.
   *
   * @return the last date, inclusive, or empty
   */
  public Optional<LocalDate> windowEnd() {
    return Optional.ofNullable(windowEnd);
  }

  /**
   * Returns the factor {@code k} of Tukey's fences: an episode whose minutes lie below
   * {@code Q1 - k x IQR} or above {@code Q3 + k x IQR} of its level is flagged as an
   * {@link EpisodeFlag#OUTLIER}.
   *
   * @return the factor, at least 0
   */
  public BigDecimal outlierFactor() {
    return outlierFactor;
  }

  /**
   * Returns whether another object is a set of rules with the same kinds, roles, levels (in the
   * same order), maximum, window and outlier factor.
   *
   * @param obj the other object
   * @return true for equal rules
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof EstimationRules)) {
      return false;
    }
    EstimationRules r = (EstimationRules) obj;
    return kinds.equals(r.kinds)
        && roles.equals(r.roles)
        && levels.equals(r.levels)
        && maxMinutes == r.maxMinutes
        && Objects.equals(windowStart, r.windowStart)
        && Objects.equals(windowEnd, r.windowEnd)
        && outlierFactor.compareTo(r.outlierFactor) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        kinds, roles, levels, maxMinutes, windowStart, windowEnd, Checks.hash(outlierFactor));
  }

  /**
   * Returns a summary such as
   * {@code EstimationRules[8 kinds, 8 roles, any level, minutes <= 720, dates any, outliers 1.5 IQR]}.
   *
   * @return the rules as text
   */
  @Override
  public String toString() {
    String window;
    if (windowStart == null && windowEnd == null) {
      window = "any";
    } else {
      window =
          (windowStart == null ? "..." : windowStart.toString())
              + " to "
              + (windowEnd == null ? "..." : windowEnd.toString());
    }
    return "EstimationRules["
        + kinds.size()
        + " kinds, "
        + roles.size()
        + " roles, "
        + (levels.isEmpty() ? "any level" : levels.size() + " levels")
        + ", minutes <= "
        + maxMinutes
        + ", dates "
        + window
        + ", outliers "
        + Checks.plain(outlierFactor)
        + " IQR]";
  }

  /**
   * Builds {@link EstimationRules}, starting from the defaults.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private List<ActivityKind> kinds = ActivityKind.standardKinds();
    private List<Role> roles = Role.standardRoles();
    private List<ComplexityLevel> levels = List.of();
    private long maxMinutes = DEFAULT_MAX_MINUTES;
    private @Nullable LocalDate windowStart;
    private @Nullable LocalDate windowEnd;
    private BigDecimal outlierFactor = DEFAULT_OUTLIER_FACTOR;

    private Builder() {}

    /**
     * Sets the activity kinds a record may have, in the order of the estimates.
     *
     * @param kinds at least one kind, with distinct codes, none null
     * @return this builder
     * @throws IllegalArgumentException when there is no kind or two share a code
     */
    public Builder kinds(Collection<ActivityKind> kinds) {
      List<ActivityKind> copy = Checks.noneNull(kinds, "kinds");
      Checks.check(!copy.isEmpty(), "kinds", "at least one kind", "none");
      Set<String> codes = new HashSet<>();
      for (ActivityKind k : copy) {
        Checks.check(codes.add(k.code()), "kinds", "distinct codes", k.code() + " twice");
      }
      this.kinds = copy;
      return this;
    }

    /**
     * Sets the roles a record may have.
     *
     * @param roles at least one role, with distinct codes ignoring case, none null
     * @return this builder
     * @throws IllegalArgumentException when there is no role or two share a code
     */
    public Builder roles(Collection<Role> roles) {
      List<Role> copy = Checks.noneNull(roles, "roles");
      Checks.check(!copy.isEmpty(), "roles", "at least one role", "none");
      Set<String> codes = new HashSet<>();
      for (Role r : copy) {
        Checks.check(
            codes.add(r.code().toUpperCase(Locale.ROOT)),
            "roles",
            "distinct codes, ignoring case",
            r.code() + " twice");
      }
      this.roles = copy;
      return this;
    }

    /**
     * Sets the complexity levels a record may have; an empty list accepts any level.
     *
     * @param levels the levels, with distinct codes ignoring case, none null
     * @return this builder
     * @throws IllegalArgumentException when two levels share a code
     */
    public Builder levels(Collection<ComplexityLevel> levels) {
      List<ComplexityLevel> copy = Checks.noneNull(levels, "levels");
      Set<String> codes = new HashSet<>();
      for (ComplexityLevel l : copy) {
        Checks.check(
            codes.add(l.code().toUpperCase(Locale.ROOT)),
            "levels",
            "distinct codes, ignoring case",
            l.code() + " twice");
      }
      this.levels = copy;
      return this;
    }

    /**
     * Sets the complexity levels a record may have to those of a scale.
     *
     * @param scale the scale of the service, not null
     * @return this builder
     * @throws IllegalArgumentException when two levels share a code, ignoring case
     */
    public Builder levels(ComplexityScale scale) {
      return levels(Checks.notNull(scale, "scale").levels());
    }

    /**
     * Sets the largest minutes of one believable record.
     *
     * @param maxMinutes the maximum, {@code x >= 1}
     * @return this builder
     * @throws IllegalArgumentException when the maximum is below 1
     */
    public Builder maxMinutes(long maxMinutes) {
      Checks.check(maxMinutes >= 1, "maxMinutes", "x >= 1", maxMinutes);
      this.maxMinutes = maxMinutes;
      return this;
    }

    /**
     * Sets the window of accepted dates, both ends inclusive.
     *
     * @param start the first date accepted, not null
     * @param end the last date accepted, not before {@code start}, not null
     * @return this builder
     * @throws IllegalArgumentException when {@code end} is before {@code start}
     */
    public Builder window(LocalDate start, LocalDate end) {
      Checks.notNull(start, "start");
      Checks.notNull(end, "end");
      Checks.check(!end.isBefore(start), "windowEnd", "x >= windowStart " + start, end);
      this.windowStart = start;
      this.windowEnd = end;
      return this;
    }

    /**
     * Sets the first accepted date, leaving the window open at its end unless an end is set.
     *
     * @param start the first date accepted, inclusive, not null
     * @return this builder
     */
    public Builder windowStart(LocalDate start) {
      this.windowStart = Checks.notNull(start, "start");
      return this;
    }

    /**
     * Sets the last accepted date, leaving the window open at its start unless a start is set.
     *
     * @param end the last date accepted, inclusive, not null
     * @return this builder
     */
    public Builder windowEnd(LocalDate end) {
      this.windowEnd = Checks.notNull(end, "end");
      return this;
    }

    /**
     * Sets the factor {@code k} of Tukey's fences.
     *
     * @param factor the factor, {@code x >= 0}, not null
     * @return this builder
     * @throws IllegalArgumentException when the factor is negative
     */
    public Builder outlierFactor(BigDecimal factor) {
      Checks.notNull(factor, "factor");
      Checks.check(factor.signum() >= 0, "outlierFactor", "x >= 0", factor);
      this.outlierFactor = factor;
      return this;
    }

    /**
     * Returns the rules.
     *
     * @return the rules
     * @throws IllegalArgumentException when the window ends before it starts
     */
    public EstimationRules build() {
      if (windowStart != null && windowEnd != null) {
        Checks.check(
            !windowEnd.isBefore(windowStart), "windowEnd", "x >= windowStart " + windowStart,
            windowEnd);
      }
      return new EstimationRules(this);
    }
  }
}

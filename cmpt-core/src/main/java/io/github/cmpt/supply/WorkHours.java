package io.github.cmpt.supply;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.time.WorkingPeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A clinician's contract: a full-time {@link WorkPattern} (hours per week, working days, weeks per
 * year, and optionally the working period of its year) and an FTE, such as
 * {@code 0.8 FTE of 37.5h/week, 5 days/week, 52 weeks/year}.
 *
 * <p><b>Paid hours per year</b> {@code = hoursPerWeek x weeksPerYear x FTE}.
 *
 * <p>Rules: {@code FTE > 0}, and the hours actually worked in a week ({@code hoursPerWeek x FTE})
 * cannot exceed 168; the pattern's own rules apply.
 *
 * <pre>{@code
 * WorkHours contract = WorkHours.builder()
 *     .hoursPerWeek(Hours.of("37.5"))
 *     .workingDaysPerWeek(5)
 *     .weeksPerYear(new BigDecimal("52"))
 *     .fte(Fte.of("0.8"))
 *     .build();
 * contract.paidHoursPerYear();   // 1560h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WorkHours {

  private static final Hours HOURS_IN_WEEK = Hours.of(168);

  private final WorkPattern pattern;
  private final Fte fte;
  /** {@code hoursPerYear x fte}, worked out once. */
  private final Hours paid;

  private WorkHours(WorkPattern pattern, Fte fte) {
    this.pattern = pattern;
    this.fte = fte;
    this.paid = pattern.hoursPerYear().multipliedBy(fte.toFraction());
  }

  /**
   * Returns a contract of an FTE on a full-time pattern.
   *
   * @param pattern the full-time pattern, not null
   * @param fte the FTE, {@code x > 0}, with {@code hoursPerWeek x x <= 168}, not null
   * @return the contract
   * @throws IllegalArgumentException when the FTE breaks its rule
   */
  public static WorkHours of(WorkPattern pattern, Fte fte) {
    Checks.notNull(pattern, "pattern");
    Checks.notNull(fte, "fte");
    Checks.check(fte.isPositive(), "fte", "x > 0", fte.toBigDecimal());
    Checks.check(
        pattern.hoursPerWeek().multipliedBy(fte.toFraction()).compareTo(HOURS_IN_WEEK) <= 0,
        "fte",
        "hoursPerWeek x fte <= 168, with hoursPerWeek " + pattern.hoursPerWeek(),
        fte.toBigDecimal());
    return new WorkHours(pattern, fte);
  }

  /**
   * Returns a builder that sets the contract field by field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the full-time pattern.
   *
   * @return the pattern
   */
  public WorkPattern pattern() {
    return pattern;
  }

  /**
   * Returns the FTE.
   *
   * @return the FTE, positive
   */
  public Fte fte() {
    return fte;
  }

  /**
   * Returns paid hours per year: {@code hoursPerWeek x weeksPerYear x FTE}.
   *
   * @return paid hours per year
   */
  public Hours paidHoursPerYear() {
    return paid;
  }

  /**
   * Returns a copy of this contract with another FTE.
   *
   * @param fte the FTE, {@code x > 0}, not null
   * @return the copy
   * @throws IllegalArgumentException when the FTE breaks its rule
   */
  public WorkHours withFte(Fte fte) {
    return of(pattern, fte);
  }

  /**
   * Returns whether another object is the same contract.
   *
   * @param obj the other object
   * @return true for the same pattern and FTE
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WorkHours
        && pattern.equals(((WorkHours) obj).pattern)
        && fte.equals(((WorkHours) obj).fte);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(pattern, fte);
  }

  /**
   * Returns the contract as text, such as {@code 0.8 FTE of 37.5h/week, 5 days/week (MON,TUE,WED,THU,FRI), 52 weeks/year}.
   *
   * @return the contract as text
   */
  @Override
  public String toString() {
    return fte + " of " + pattern;
  }

  /**
   * Builds a {@link WorkHours} field by field. Hours per week, weeks per year and the FTE are
   * required; the working days default to Monday to Friday, and there is no working period unless
   * one is given.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    /** Whole counts up to this go to the pattern as an {@code int}, for its message. */
    private static final BigDecimal MANY_DAYS = BigDecimal.valueOf(1_000_000);

    private @Nullable Hours hoursPerWeek;
    /** The days given as a set, or null when they are given as a count from Monday. */
    private @Nullable Set<DayOfWeek> workingDays;
    private BigDecimal workingDaysPerWeek = FIVE;
    private @Nullable BigDecimal weeksPerYear;
    private @Nullable Fte fte;
    private @Nullable WorkingPeriod workingPeriod;

    private Builder() {}

    /**
     * Sets full-time hours per week.
     *
     * @param hoursPerWeek hours per week, {@code 0 < x <= 168}, not null
     * @return this builder
     */
    public Builder hoursPerWeek(Hours hoursPerWeek) {
      this.hoursPerWeek = Checks.notNull(hoursPerWeek, "hoursPerWeek");
      return this;
    }

    /**
     * Sets the number of working days per week, counted from Monday.
     *
     * @param workingDaysPerWeek days per week, {@code 1 <= x <= 7}
     * @return this builder
     */
    public Builder workingDaysPerWeek(int workingDaysPerWeek) {
      this.workingDaysPerWeek = BigDecimal.valueOf(workingDaysPerWeek);
      this.workingDays = null;
      return this;
    }

    /**
     * Sets a possibly fractional number of working days per week, such as 4.5, worked on the
     * first {@code ceil(days)} days from Monday (see {@link WorkPattern}).
     *
     * @param workingDaysPerWeek days per week, {@code 0 < x <= 7}, not null
     * @return this builder
     */
    public Builder workingDaysPerWeek(BigDecimal workingDaysPerWeek) {
      this.workingDaysPerWeek = Checks.notNull(workingDaysPerWeek, "workingDaysPerWeek");
      this.workingDays = null;
      return this;
    }

    /**
     * Sets the working period of the contract's year, such as a school year's terms.
     *
     * @param workingPeriod the working period, not null
     * @return this builder
     */
    public Builder workingPeriod(WorkingPeriod workingPeriod) {
      this.workingPeriod = Checks.notNull(workingPeriod, "workingPeriod");
      return this;
    }

    /**
     * Sets the days of the week that are worked.
     *
     * @param workingDays the days, at least one, not null
     * @return this builder
     */
    public Builder workingDays(Set<DayOfWeek> workingDays) {
      this.workingDays = Set.copyOf(Checks.noneNull(workingDays, "workingDays"));
      return this;
    }

    /**
     * Sets the number of weeks per year, such as 52 or 52.143.
     *
     * @param weeksPerYear weeks per year, {@code 0 < x <= 53}, not null
     * @return this builder
     */
    public Builder weeksPerYear(BigDecimal weeksPerYear) {
      this.weeksPerYear = Checks.notNull(weeksPerYear, "weeksPerYear");
      return this;
    }

    /**
     * Sets the FTE.
     *
     * @param fte the FTE, {@code x > 0}, not null
     * @return this builder
     */
    public Builder fte(Fte fte) {
      this.fte = Checks.notNull(fte, "fte");
      return this;
    }

    /**
     * Returns the contract.
     *
     * @return the contract
     * @throws IllegalArgumentException when a field is missing or breaks its rule
     */
    public WorkHours build() {
      Checks.check(hoursPerWeek != null, "hoursPerWeek", "required", "missing");
      Checks.check(weeksPerYear != null, "weeksPerYear", "required", "missing");
      Checks.check(fte != null, "fte", "required", "missing");
      Hours hours = Objects.requireNonNull(hoursPerWeek);
      BigDecimal weeks = Objects.requireNonNull(weeksPerYear);
      Set<DayOfWeek> days = workingDays;
      BigDecimal count = workingDaysPerWeek;
      boolean whole =
          count.stripTrailingZeros().scale() <= 0 && count.abs().compareTo(MANY_DAYS) <= 0;
      WorkPattern pattern =
          days != null
              ? WorkPattern.of(hours, days, weeks)
              : whole
                  ? WorkPattern.of(hours, count.intValue(), weeks)
                  : WorkPattern.of(hours, count, weeks);
      WorkingPeriod period = workingPeriod;
      if (period != null) {
        pattern = pattern.withWorkingPeriod(period);
      }
      return of(pattern, Objects.requireNonNull(fte));
    }
  }
}

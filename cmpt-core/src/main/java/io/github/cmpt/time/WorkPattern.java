package io.github.cmpt.time;

import static io.github.cmpt.internal.Checks.check;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A full-time work pattern: hours per week, working days of the week and weeks per year, such as
 * {@code 37.5h/week, 5 days/week, 52 weeks/year}.
 *
 * <p>The pattern is what converts amounts of time between periods; without it, a weekly amount
 * cannot become a yearly one. The conversions are:
 * <ul>
 *   <li>a working day is {@code hoursPerWeek / workingDaysPerWeek} hours;</li>
 *   <li>a year is {@code weeksPerYear} weeks and twelve months;</li>
 *   <li>every conversion is exact (amounts are {@link Fraction}s): 1h a day in a 260-day year
 *       is exactly 65/3h a month, and a conversion and its way back give the amount back.</li>
 * </ul>
 *
 * <p>Rules: {@code 0 < hoursPerWeek <= 168}, at least one working day, {@code 0 < weeksPerYear <= 53}.
 * A part-time contract is this pattern with an FTE below 1 (see {@code WorkHours}), not a pattern with
 * fewer hours.
 *
 * <pre>{@code
 * WorkPattern pattern = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
 * pattern.hoursPerDay();   // 7.5h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WorkPattern {

  private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
  private static final BigDecimal HOURS_PER_WEEK_MAX = BigDecimal.valueOf(168);
  private static final BigDecimal WEEKS_PER_YEAR_MAX = BigDecimal.valueOf(53);

  private final Hours hoursPerWeek;
  private final Set<DayOfWeek> workingDays;
  private final BigDecimal weeksPerYear;

  private WorkPattern(Hours hoursPerWeek, Set<DayOfWeek> workingDays, BigDecimal weeksPerYear) {
    this.hoursPerWeek = hoursPerWeek;
    this.workingDays = workingDays;
    this.weeksPerYear = weeksPerYear;
  }

  /**
   * Returns a pattern whose working days are the given days of the week.
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @param workingDays the days of the week that are worked, at least one, not null
   * @param weeksPerYear weeks per year, {@code 0 < x <= 53}, such as 52 or 52.143, not null
   * @return the pattern
   * @throws IllegalArgumentException when a value breaks its rule
   * @throws NullPointerException when an argument is null
   */
  public static WorkPattern of(
      Hours hoursPerWeek, Set<DayOfWeek> workingDays, BigDecimal weeksPerYear) {
    Checks.notNull(hoursPerWeek, "hoursPerWeek");
    Checks.notNull(workingDays, "workingDays");
    Checks.notNull(weeksPerYear, "weeksPerYear");
    for (DayOfWeek day : workingDays) {
      Checks.notNull(day, "workingDays");
    }
    check(
        hoursPerWeek.isPositive()
            && hoursPerWeek.toBigDecimal().compareTo(HOURS_PER_WEEK_MAX) <= 0,
        "hoursPerWeek",
        "0 < x <= 168",
        hoursPerWeek.toBigDecimal());
    check(!workingDays.isEmpty(), "workingDays", "at least one day of the week", "none");
    check(
        weeksPerYear.signum() > 0 && weeksPerYear.compareTo(WEEKS_PER_YEAR_MAX) <= 0,
        "weeksPerYear",
        "0 < x <= 53",
        weeksPerYear);
    EnumSet<DayOfWeek> days = EnumSet.copyOf(workingDays);
    return new WorkPattern(hoursPerWeek, Collections.unmodifiableSet(days), weeksPerYear);
  }

  /**
   * Returns a pattern whose working days are the first {@code workingDaysPerWeek} days from Monday
   * (five days: Monday to Friday).
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @param workingDaysPerWeek working days per week, {@code 1 <= x <= 7}
   * @param weeksPerYear weeks per year, {@code 0 < x <= 53}, not null
   * @return the pattern
   * @throws IllegalArgumentException when a value breaks its rule
   * @throws NullPointerException when an argument is null
   */
  public static WorkPattern of(Hours hoursPerWeek, int workingDaysPerWeek, BigDecimal weeksPerYear) {
    Checks.notNull(hoursPerWeek, "hoursPerWeek");
    Checks.notNull(weeksPerYear, "weeksPerYear");
    check(
        workingDaysPerWeek >= 1 && workingDaysPerWeek <= 7,
        "workingDaysPerWeek",
        "1 <= x <= 7",
        workingDaysPerWeek);
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 1; i <= workingDaysPerWeek; i++) {
      days.add(DayOfWeek.of(i));
    }
    return of(hoursPerWeek, days, weeksPerYear);
  }

  /**
   * Returns full-time hours per week.
   *
   * @return hours per week, positive
   */
  public Hours hoursPerWeek() {
    return hoursPerWeek;
  }

  /**
   * Returns the days of the week that are worked.
   *
   * @return an unmodifiable set of at least one day
   */
  public Set<DayOfWeek> workingDays() {
    return workingDays;
  }

  /**
   * Returns the number of working days per week.
   *
   * @return between 1 and 7
   */
  public int workingDaysPerWeek() {
    return workingDays.size();
  }

  /**
   * Returns the number of weeks per year.
   *
   * @return weeks per year, positive
   */
  public BigDecimal weeksPerYear() {
    return weeksPerYear;
  }

  /**
   * Returns the length of a working day: {@code hoursPerWeek / workingDaysPerWeek}.
   *
   * @return hours per working day
   */
  public Hours hoursPerDay() {
    return hoursPerWeek.dividedBy(workingDaysPerWeek());
  }

  /**
   * Returns full-time hours per year: {@code hoursPerWeek x weeksPerYear}.
   *
   * @return hours per year
   */
  public Hours hoursPerYear() {
    return hoursPerWeek.multipliedBy(weeksPerYear);
  }

  /**
   * Returns full-time working days per year: {@code workingDaysPerWeek x weeksPerYear}.
   *
   * @return working days per year
   */
  public BigDecimal workingDaysPerYear() {
    return weeksPerYear.multiply(BigDecimal.valueOf(workingDaysPerWeek()));
  }

  /**
   * Returns whether a date falls on a working day of the week.
   *
   * @param date the date, not null
   * @return true when the date's day of the week is worked
   * @throws NullPointerException when {@code date} is null
   */
  public boolean isWorkingDay(LocalDate date) {
    Checks.notNull(date, "date");
    return workingDays.contains(date.getDayOfWeek());
  }

  /**
   * Returns how many of one period make a year in this pattern: 12 months, {@code weeksPerYear}
   * weeks, {@code workingDaysPerWeek x weeksPerYear} days, one year.
   *
   * @param period the period, not null
   * @return periods per year
   * @throws NullPointerException when {@code period} is null
   */
  public BigDecimal periodsPerYear(Period period) {
    switch (Checks.notNull(period, "period")) {
      case DAY:
        return workingDaysPerYear();
      case WEEK:
        return weeksPerYear;
      case MONTH:
        return MONTHS_PER_YEAR;
      case YEAR:
        return BigDecimal.ONE;
      default:
        throw new AssertionError(period);
    }
  }

  /**
   * Converts an amount counted over one period to the same rate counted over another. For example
   * 7.5 hours per day are 37.5 hours per week in a five-day pattern.
   *
   * <p>Formula: {@code amount x periodsPerYear(from) / periodsPerYear(to)}, exactly.
   *
   * @param amount the amount in each {@code from} period, not null
   * @param from the period the amount is counted over, not null
   * @param to the period to count it over, not null
   * @return the amount in each {@code to} period
   * @throws NullPointerException when an argument is null
   */
  public Hours convert(Hours amount, Period from, Period to) {
    Checks.notNull(amount, "amount");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (from == to) {
      return amount;
    }
    Hours perYear = amount.multipliedBy(periodsPerYear(from));
    if (to == Period.YEAR) {
      return perYear;
    }
    return perYear.dividedBy(periodsPerYear(to));
  }

  /**
   * Returns whether another object is the same pattern; weeks per year compare without regard to
   * scale.
   *
   * @param obj the other object
   * @return true for the same hours, days and weeks
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof WorkPattern)) {
      return false;
    }
    WorkPattern other = (WorkPattern) obj;
    return hoursPerWeek.equals(other.hoursPerWeek)
        && workingDays.equals(other.workingDays)
        && weeksPerYear.compareTo(other.weeksPerYear) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (hoursPerWeek.hashCode() * 31 + workingDays.hashCode()) * 31 + Checks.hash(weeksPerYear);
  }

  /**
   * Returns the pattern as text, such as
   * {@code 37.5h/week, 5 days/week (MON,TUE,WED,THU,FRI), 52 weeks/year}.
   *
   * @return the pattern as text
   */
  @Override
  public String toString() {
    return hoursPerWeek
        + "/week, "
        + workingDaysPerWeek()
        + " days/week ("
        + workingDays.stream()
            .map(d -> d.name().substring(0, 3))
            .collect(Collectors.joining(","))
        + "), "
        + Checks.plain(weeksPerYear)
        + " weeks/year";
  }
}

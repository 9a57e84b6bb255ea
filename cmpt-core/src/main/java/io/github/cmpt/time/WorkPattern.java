package io.github.cmpt.time;

import static io.github.cmpt.internal.Checks.check;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A full-time work pattern: hours per week, working days per week and weeks per year, such as
 * {@code 37.5h/week, 5 days/week, 52 weeks/year}, and optionally the {@link WorkingPeriod} of the
 * year it works (a school year's terms, a rotation).
 *
 * <p>The pattern is what converts amounts of time between periods; without it, a weekly amount
 * cannot become a yearly one. The conversions are:
 * <ul>
 *   <li>a working day is {@code hoursPerWeek / daysPerWeek} hours; the days per week may be
 *       fractional (WISN's Kenyan example counts 4.5);</li>
 *   <li>a year is {@code weeksPerYear} weeks and {@code periodsPerYear(Period.MONTH)} months: 12 for a
 *       contract of 52 weeks or more, {@code 12 x weeksPerYear / 52} below (so that a month of
 *       work is 52/12 weeks whatever the contract), or the months the working period spans;</li>
 *   <li>every conversion is exact (amounts are {@link Fraction}s): 1h a day in a 260-day year
 *       is exactly 65/3h a month, and a conversion and its way back give the amount back.</li>
 * </ul>
 *
 * <p>Which dates are working days (for holidays given as dates): with a working period, the
 * dates inside it that are worked days of its rotation, or, without a rotation, that fall on one
 * of the pattern's days of the week; without a working period, every date on one of the pattern's
 * days of the week. The days of the week are those given, or the first {@code ceil(daysPerWeek)}
 * days from Monday: Monday to Friday for 5 days and for 4.5.
 *
 * <p>Rules: {@code 0 < hoursPerWeek <= 168}, {@code 0 < daysPerWeek <= 7} with at least as many
 * days of the week, {@code 0 < weeksPerYear <= 53}. A part-time contract is this pattern with an
 * FTE below 1 (see {@code WorkHours}), not a pattern with fewer hours.
 *
 * <pre>{@code
 * WorkPattern pattern = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
 * pattern.hoursPerDay();   // 7.5h
 * WorkPattern kenya =
 *     WorkPattern.of(Hours.of("33.75"), new BigDecimal("4.5"), new BigDecimal("52"));
 * kenya.workingDaysPerYear();   // 234.0
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WorkPattern {

  private static final BigDecimal HOURS_PER_WEEK_MAX = BigDecimal.valueOf(168);
  private static final BigDecimal WEEKS_PER_YEAR_MAX = BigDecimal.valueOf(53);
  private static final BigDecimal DAYS_PER_WEEK_MAX = BigDecimal.valueOf(7);
  private static final BigDecimal WEEKS_OF_FULL_YEAR = BigDecimal.valueOf(52);
  private static final Fraction MONTHS_OF_FULL_YEAR = Fraction.of(12);

  private final Hours hoursPerWeek;
  private final Hours hoursPerDay;
  private final BigDecimal daysPerWeek;
  private final Set<DayOfWeek> workingDays;
  private final BigDecimal weeksPerYear;
  private final @Nullable WorkingPeriod workingPeriod;
  /** {@code hoursPerWeek x weeksPerYear}, worked out once. */
  private final Hours hoursPerYear;
  /** The weeks per year as a fraction, worked out once. */
  private final Fraction weeks;
  /** The months of the working year, worked out once; see {@link #periodsPerYear(Period)}. */
  private final Fraction months;
  /** The hash code, worked out at the first call of {@link #hashCode()}; 0 until then. */
  private int hash;

  private WorkPattern(
      Hours hoursPerWeek,
      BigDecimal daysPerWeek,
      Set<DayOfWeek> workingDays,
      BigDecimal weeksPerYear,
      @Nullable WorkingPeriod workingPeriod) {
    this.hoursPerWeek = hoursPerWeek;
    this.hoursPerDay = hoursPerWeek.dividedBy(daysPerWeek);
    this.daysPerWeek = daysPerWeek;
    this.workingDays = workingDays;
    this.weeksPerYear = weeksPerYear;
    this.workingPeriod = workingPeriod;
    this.hoursPerYear = hoursPerWeek.multipliedBy(weeksPerYear);
    this.weeks = Fraction.of(weeksPerYear);
    this.months = months();
  }

  /**
   * Returns a pattern whose working days are the given days of the week, as many days per week as
   * there are days given.
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @param workingDays the days of the week that are worked, at least one, not null
   * @param weeksPerYear weeks per year, {@code 0 < x <= 53}, at most 12 decimal places, such as 52
   *     or 52.143, not null
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
    BigDecimal weeks = checkHoursAndWeeks(hoursPerWeek, weeksPerYear);
    check(!workingDays.isEmpty(), "workingDays", "at least one day of the week", "none");
    EnumSet<DayOfWeek> days = EnumSet.copyOf(workingDays);
    return new WorkPattern(
        hoursPerWeek,
        BigDecimal.valueOf(days.size()),
        Collections.unmodifiableSet(days),
        weeks,
        null);
  }

  /**
   * Returns a pattern whose working days are the first {@code workingDaysPerWeek} days from Monday
   * (five days: Monday to Friday).
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @param workingDaysPerWeek working days per week, {@code 1 <= x <= 7}
   * @param weeksPerYear weeks per year, {@code 0 < x <= 53}, at most 12 decimal places, not null
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
    return of(hoursPerWeek, firstDays(workingDaysPerWeek), weeksPerYear);
  }

  /**
   * Returns a pattern of whole numbers of days per week and weeks per year, such as
   * {@code WorkPattern.of(Hours.of("37.5"), 5, 52)}; its working days are the first
   * {@code workingDaysPerWeek} days from Monday.
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @param workingDaysPerWeek working days per week, {@code 1 <= x <= 7}
   * @param weeksPerYear weeks per year, {@code 1 <= x <= 53}
   * @return the pattern
   * @throws IllegalArgumentException when a value breaks its rule
   * @throws NullPointerException when {@code hoursPerWeek} is null
   */
  public static WorkPattern of(Hours hoursPerWeek, int workingDaysPerWeek, long weeksPerYear) {
    return of(hoursPerWeek, workingDaysPerWeek, BigDecimal.valueOf(weeksPerYear));
  }

  /**
   * Returns a pattern of a possibly fractional number of working days per week, such as the 4.5
   * days of WISN's Kenyan example; its working days of the week are the first
   * {@code ceil(workingDaysPerWeek)} days from Monday (Monday to Friday for 4.5), unless
   * {@link #withWorkingDays(Set)} gives others.
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @param workingDaysPerWeek working days per week, {@code 0 < x <= 7}, at most 12 decimal
   *     places, not null
   * @param weeksPerYear weeks per year, {@code 0 < x <= 53}, at most 12 decimal places, not null
   * @return the pattern
   * @throws IllegalArgumentException when a value breaks its rule
   * @throws NullPointerException when an argument is null
   */
  public static WorkPattern of(
      Hours hoursPerWeek, BigDecimal workingDaysPerWeek, BigDecimal weeksPerYear) {
    Checks.notNull(hoursPerWeek, "hoursPerWeek");
    Checks.notNull(workingDaysPerWeek, "workingDaysPerWeek");
    Checks.notNull(weeksPerYear, "weeksPerYear");
    BigDecimal weeks = checkHoursAndWeeks(hoursPerWeek, weeksPerYear);
    BigDecimal days = Bounds.amount("workingDaysPerWeek", workingDaysPerWeek);
    check(
        days.signum() > 0 && days.compareTo(DAYS_PER_WEEK_MAX) <= 0,
        "workingDaysPerWeek",
        "0 < x <= 7",
        days);
    int weekdays = days.setScale(0, RoundingMode.CEILING).intValueExact();
    return new WorkPattern(
        hoursPerWeek,
        days,
        Collections.unmodifiableSet(firstDays(weekdays)),
        weeks,
        null);
  }

  /** Checks the hours and the weeks, returning the weeks as a plain decimal within bounds. */
  private static BigDecimal checkHoursAndWeeks(Hours hoursPerWeek, BigDecimal weeksPerYear) {
    BigDecimal weeks = Bounds.amount("weeksPerYear", weeksPerYear);
    check(
        hoursPerWeek.isPositive() && hoursPerWeek.compareTo(Hours.of(HOURS_PER_WEEK_MAX)) <= 0,
        "hoursPerWeek",
        "0 < x <= 168",
        hoursPerWeek.toBigDecimal());
    check(
        weeks.signum() > 0 && weeks.compareTo(WEEKS_PER_YEAR_MAX) <= 0,
        "weeksPerYear",
        "0 < x <= 53",
        weeks);
    return weeks;
  }

  private static EnumSet<DayOfWeek> firstDays(int count) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 1; i <= count; i++) {
      days.add(DayOfWeek.of(i));
    }
    return days;
  }

  /**
   * Returns a copy of this pattern that works on other days of the week, with the same number of
   * days per week, such as a 4.5-day week worked Tuesday to Saturday.
   *
   * @param workingDays the days of the week that are worked, at least {@code daysPerWeek} of them,
   *     none null, not null
   * @return the copy
   * @throws IllegalArgumentException when there are fewer days than days per week
   * @throws NullPointerException when {@code workingDays} or a day is null
   */
  public WorkPattern withWorkingDays(Set<DayOfWeek> workingDays) {
    Checks.notNull(workingDays, "workingDays");
    for (DayOfWeek day : workingDays) {
      Checks.notNull(day, "workingDays");
    }
    check(
        !workingDays.isEmpty()
            && daysPerWeek.compareTo(BigDecimal.valueOf(workingDays.size())) <= 0,
        "workingDays",
        "at least " + Checks.plain(daysPerWeek) + " days of the week",
        workingDays.size());
    EnumSet<DayOfWeek> days = EnumSet.copyOf(workingDays);
    return new WorkPattern(
        hoursPerWeek, daysPerWeek, Collections.unmodifiableSet(days), weeksPerYear, workingPeriod);
  }

  /**
   * Returns a copy of this pattern with other full-time hours per week, keeping its days per week,
   * working days, weeks per year and working period.
   *
   * @param hoursPerWeek full-time hours per week, {@code 0 < x <= 168}, not null
   * @return the copy
   * @throws IllegalArgumentException when the hours break their rule
   * @throws NullPointerException when {@code hoursPerWeek} is null
   */
  public WorkPattern withHoursPerWeek(Hours hoursPerWeek) {
    Checks.notNull(hoursPerWeek, "hoursPerWeek");
    checkHoursAndWeeks(hoursPerWeek, weeksPerYear);
    return new WorkPattern(hoursPerWeek, daysPerWeek, workingDays, weeksPerYear, workingPeriod);
  }

  /**
   * Returns a copy of this pattern that works only in a working period: its dates decide which
   * holidays are leave and how many months the year has (see {@link WorkingPeriod}).
   *
   * @param workingPeriod the working period, not null
   * @return the copy
   * @throws NullPointerException when {@code workingPeriod} is null
   */
  public WorkPattern withWorkingPeriod(WorkingPeriod workingPeriod) {
    Checks.notNull(workingPeriod, "workingPeriod");
    return new WorkPattern(hoursPerWeek, daysPerWeek, workingDays, weeksPerYear, workingPeriod);
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
   * Returns the days of the week that are worked; a rotation of the working period, when there is
   * one, replaces them (see {@link #isWorkingDay(LocalDate)}).
   *
   * @return an unmodifiable set of at least one day
   */
  public Set<DayOfWeek> workingDays() {
    return workingDays;
  }


  /**
   * Returns the number of working days per week, such as 5 or 4.5.
   *
   * @return days per week, {@code 0 < x <= 7}
   */
  public BigDecimal daysPerWeek() {
    return daysPerWeek;
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
   * Returns the working period of the year, if the pattern has one.
   *
   * @return the working period, or empty when every week of the year is alike
   */
  public Optional<WorkingPeriod> workingPeriod() {
    return Optional.ofNullable(workingPeriod);
  }

  /**
   * Returns the length of a working day: {@code hoursPerWeek / daysPerWeek}, exactly (7.5h for
   * 33.75h over 4.5 days).
   *
   * @return hours per working day
   */
  public Hours hoursPerDay() {
    return hoursPerDay;
  }

  /**
   * Returns full-time hours per year: {@code hoursPerWeek x weeksPerYear}.
   *
   * @return hours per year
   */
  public Hours hoursPerYear() {
    return hoursPerYear;
  }

  /**
   * Returns full-time working days per year: {@code daysPerWeek x weeksPerYear}, such as 260 for
   * five days over 52 weeks and 234 for 4.5 days.
   *
   * @return working days per year
   */
  public BigDecimal workingDaysPerYear() {
    return weeksPerYear.multiply(daysPerWeek);
  }

  /** The months of the working year; see {@link #periodsPerYear(Period)}. */
  private Fraction months() {
    WorkingPeriod period = workingPeriod;
    if (period != null) {
      return period.months();
    }
    if (weeksPerYear.compareTo(WEEKS_OF_FULL_YEAR) >= 0) {
      return MONTHS_OF_FULL_YEAR;
    }
    return Fraction.of(weeksPerYear).multipliedBy(MONTHS_OF_FULL_YEAR).dividedBy(52);
  }

  /**
   * Returns whether a date is a working day: with a working period, a date inside it that is a
   * worked day of its rotation or, without a rotation, falls on one of the days of the week of this
   * pattern; without a working period, a date on one of the days of the week.
   *
   * @param date the date, not null
   * @return true when the date is worked
   * @throws NullPointerException when {@code date} is null
   */
  public boolean isWorkingDay(LocalDate date) {
    Checks.notNull(date, "date");
    WorkingPeriod period = workingPeriod;
    if (period == null) {
      return workingDays.contains(date.getDayOfWeek());
    }
    return period.contains(date)
        && (period.rotation().isPresent() || workingDays.contains(date.getDayOfWeek()));
  }

  /**
   * Returns how many of one period make a year in this pattern, exactly: {@code daysPerWeek x
   * weeksPerYear} days, {@code weeksPerYear} weeks, the months of the working year, one year.
   *
   * <p>Months follow the working year: with a working period, each calendar month counts by the
   * share of its days inside the period (September 1 to June 30 is 10 months); without one, 12 for
   * a contract of 52 weeks or more, and {@code 12 x weeksPerYear / 52} below (a 40-week contract
   * has 120/13 months, so that its month is 52/12 weeks of work).
   *
   * @param period the period, not null
   * @return periods per year
   * @throws NullPointerException when {@code period} is null
   */
  public Fraction periodsPerYear(Period period) {
    switch (Checks.notNull(period, "period")) {
      case DAY:
        return Fraction.of(workingDaysPerYear());
      case WEEK:
        return weeks;
      case MONTH:
        return months;
      case YEAR:
        return Fraction.ONE;
      default:
        throw new AssertionError(period);
    }
  }

  /**
   * Converts an amount counted over one period to the same rate counted over another. For example
   * 7.5 hours per day are 37.5 hours per week in a five-day pattern.
   *
   * <p>Formula: {@code amount x periodsPerYear(from) / periodsPerYear(to)}, exactly (months per
   * year as {@code periodsPerYear(Period.MONTH)}).
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
    return to == Period.YEAR ? perYear : perYear.dividedBy(periodsPerYear(to));
  }

  /**
   * Returns whether another object is the same pattern; days and weeks compare without regard to
   * scale.
   *
   * @param obj the other object
   * @return true for the same hours, days, weeks and working period
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof WorkPattern)) {
      return false;
    }
    WorkPattern other = (WorkPattern) obj;
    return hoursPerWeek.equals(other.hoursPerWeek)
        && daysPerWeek.compareTo(other.daysPerWeek) == 0
        && workingDays.equals(other.workingDays)
        && weeksPerYear.compareTo(other.weeksPerYear) == 0
        && Objects.equals(workingPeriod, other.workingPeriod);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = hoursPerWeek.hashCode() * 31 + workingDays.hashCode();
      h = h * 31 + Checks.hash(weeksPerYear);
      h = h * 31 + Checks.hash(daysPerWeek);
      h = h * 31 + Objects.hashCode(workingPeriod);
      hash = h; // racy single-check: every thread computes the same value
    }
    return h;
  }

  /**
   * Returns the pattern as text, such as
   * {@code 37.5h/week, 5 days/week (MON,TUE,WED,THU,FRI), 52 weeks/year}, followed by
   * {@code , working [2026-09-01..2027-06-30]} when it has a working period.
   *
   * @return the pattern as text
   */
  @Override
  public String toString() {
    WorkingPeriod period = workingPeriod;
    return hoursPerWeek
        + "/week, "
        + Checks.plain(daysPerWeek)
        + " days/week ("
        + workingDays.stream()
            .map(d -> d.name().substring(0, 3))
            .collect(Collectors.joining(","))
        + "), "
        + Checks.plain(weeksPerYear)
        + " weeks/year"
        + (period == null ? "" : ", working " + period);
  }
}

package io.github.cmpt.supply;

import com.google.common.collect.Range;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.LeaveType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A line of paid leave in a year (MIS "benefit hours"), such as {@code Vacation 20 days/year} or
 * the statutory holidays of a province.
 *
 * <p>Leave is given in days, in hours, or as a list of holiday dates. Days convert to hours with the
 * length of a working day ({@code hoursPerWeek / daysPerWeek} of the contract's pattern); of a
 * list of dates, only those the pattern works count ({@link WorkPattern#isWorkingDay(LocalDate)}):
 * a holiday on a day of the week that is not worked, outside the pattern's working period (a
 * school year's July), or on a rotation's day off is not leave. A line is <em>prorated</em> by FTE
 * (the default, as part-time entitlements normally are) or <em>absolute</em>
 * ({@link #withProrated(boolean) withProrated(false)}).
 *
 * <p>A line of dates is the holidays of one year of the contract. Its dates may span two calendar
 * years (a school year's, from {@link #ofHolidays(HolidayCalendar, Range)}); a pattern with a
 * working period counts only the dates inside it, so a list of several years' holidays counts
 * those of the period's year; a pattern without one counts every date, and so refuses a list
 * whose dates span a year or more rather than count two years of holidays in one.
 *
 * <p>Formula, for a contract with FTE {@code f}:
 * <pre>
 * days:  hours = days x hoursPerDay x (prorated ? f : 1)
 * hours: hours = hours x (prorated ? f : 1)
 * dates: hours = (dates the pattern works) x hoursPerDay x (prorated ? f : 1)
 * </pre>
 *
 * <pre>{@code
 * Leave vacation = Leave.ofDays(LeaveType.VACATION, 20);
 * Leave conference = Leave.ofHours(LeaveType.EDUCATION, Hours.of(15)).withProrated(false);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Leave {

  private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(366);

  /** How the amount of a leave line is given. */
  public enum Measure {
    /** A number of working days per year. */
    DAYS,
    /** A number of hours per year. */
    HOURS,
    /** A list of dates, of which those on working days count. */
    DATES
  }

  private final LeaveType type;
  private final Measure measure;
  private final BigDecimal amount;
  private final SortedSet<LocalDate> dates;
  private final boolean prorated;
  /** The amount as a fraction, for leave in days. */
  private final @Nullable Fraction days;
  /** The amount as hours, for leave in hours. */
  private final @Nullable Hours hours;
  /**
   * The last work pattern the dates were counted in and the count, for holidays as dates: the
   * members of a team usually share their pattern. Immutable, so a race at most counts twice.
   */
  private @Nullable Counted counted;

  /** Holiday dates counted in a work pattern. */
  private static final class Counted {
    final WorkPattern pattern;
    final Fraction days;

    Counted(WorkPattern pattern, Fraction days) {
      this.pattern = pattern;
      this.days = days;
    }
  }

  private Leave(
      LeaveType type,
      Measure measure,
      BigDecimal amount,
      SortedSet<LocalDate> dates,
      boolean prorated) {
    this.type = type;
    this.measure = measure;
    this.amount = amount;
    this.dates = dates;
    this.prorated = prorated;
    this.days = measure == Measure.DAYS ? Fraction.of(amount) : null;
    this.hours = measure == Measure.HOURS ? Hours.of(amount) : null;
  }

  /**
   * Returns a leave line of a number of working days per year, prorated by FTE.
   *
   * @param type the type of leave, not null
   * @param days days per year, {@code 0 <= x <= 366}, at most 12 decimal places, not null
   * @return the leave line
   * @throws IllegalArgumentException when {@code days} is out of bounds
   */
  public static Leave ofDays(LeaveType type, BigDecimal days) {
    Checks.notNull(type, "type");
    days = Bounds.amount("leave days (" + type + ")", Checks.notNull(days, "days"));
    Checks.check(
        days.signum() >= 0 && days.compareTo(DAYS_IN_YEAR) <= 0,
        "leave days (" + type + ")",
        "0 <= x <= 366",
        days);
    return new Leave(type, Measure.DAYS, days, Collections.emptySortedSet(), true);
  }

  /**
   * Returns a leave line of a whole number of working days per year, prorated by FTE.
   *
   * @param type the type of leave, not null
   * @param days days per year, {@code x >= 0}
   * @return the leave line
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public static Leave ofDays(LeaveType type, long days) {
    return ofDays(type, BigDecimal.valueOf(days));
  }

  /**
   * Returns a leave line of a number of hours per year, prorated by FTE.
   *
   * @param type the type of leave, not null
   * @param hours hours per year, {@code x >= 0}, not null
   * @return the leave line
   * @throws IllegalArgumentException when {@code hours} is negative
   */
  public static Leave ofHours(LeaveType type, Hours hours) {
    Checks.notNull(type, "type");
    Checks.notNull(hours, "hours");
    Checks.check(!hours.isNegative(), "leave hours (" + type + ")", "x >= 0", hours.toBigDecimal());
    return new Leave(type, Measure.HOURS, hours.toBigDecimal(), Collections.emptySortedSet(), true);
  }

  /**
   * Returns the statutory holidays on a list of dates, prorated by FTE; only the dates the
   * contract's pattern works count ({@link #daysIn(WorkPattern)}). The dates are one year's: with
   * a working period only those inside it count, and without one a list spanning a year or more is
   * refused when applied, rather than counted as one year's holidays.
   *
   * @param dates the holiday dates, none null
   * @return the leave line, of type {@link LeaveType#STATUTORY_HOLIDAYS}
   */
  public static Leave ofHolidays(Collection<LocalDate> dates) {
    Checks.notNull(dates, "dates");
    TreeSet<LocalDate> sorted = new TreeSet<>();
    for (LocalDate d : dates) {
      sorted.add(Checks.notNull(d, "date"));
    }
    return new Leave(
        LeaveType.STATUTORY_HOLIDAYS,
        Measure.DATES,
        BigDecimal.valueOf(sorted.size()),
        Collections.unmodifiableSortedSet(sorted),
        true);
  }

  /**
   * Returns the statutory holidays of a calendar in one year, prorated by FTE. The calendar is asked
   * once; the line keeps the dates.
   *
   * @param calendar the holiday calendar, not null
   * @param year the year, not null
   * @return the leave line, of type {@link LeaveType#STATUTORY_HOLIDAYS}
   * @throws IllegalArgumentException when the calendar returns a date outside the year
   */
  public static Leave ofHolidays(HolidayCalendar calendar, Year year) {
    Checks.notNull(calendar, "calendar");
    Checks.notNull(year, "year");
    Collection<LocalDate> dates = Checks.notNull(calendar.holidays(year), "holidays");
    for (LocalDate d : dates) {
      Checks.check(d.getYear() == year.getValue(), "holiday date", "in " + year, d);
    }
    return ofHolidays(dates);
  }

  /**
   * Returns the statutory holidays of a calendar in a window of dates, such as a school year from
   * September to June, prorated by FTE. The calendar is asked once for each year the window
   * touches; the line keeps the dates inside the window.
   *
   * <pre>{@code
   * Leave schoolHolidays = Leave.ofHolidays(
   *     calendar, Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
   * }</pre>
   *
   * @param calendar the holiday calendar, not null
   * @param window the dates to keep, a bounded range, not null
   * @return the leave line, of type {@link LeaveType#STATUTORY_HOLIDAYS}
   * @throws IllegalArgumentException when the window is unbounded
   * @throws NullPointerException when an argument is null
   */
  public static Leave ofHolidays(HolidayCalendar calendar, Range<LocalDate> window) {
    Checks.notNull(calendar, "calendar");
    Checks.notNull(window, "window");
    return ofHolidays(calendar.holidaysIn(window));
  }

  /**
   * Returns a copy of this line that is prorated by FTE, or absolute.
   *
   * @param prorated true to scale the line with FTE, false to keep it the same whatever the FTE
   * @return the copy
   */
  public Leave withProrated(boolean prorated) {
    return new Leave(type, measure, amount, dates, prorated);
  }

  /**
   * Returns the type of leave.
   *
   * @return the type
   */
  public LeaveType type() {
    return type;
  }

  /**
   * Returns how the amount is given.
   *
   * @return days, hours or dates
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the amount as given: days, hours, or the number of dates.
   *
   * @return the amount, at least 0
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the holiday dates of a line given as dates.
   *
   * @return an unmodifiable sorted set, empty unless the measure is {@link Measure#DATES}
   */
  public SortedSet<LocalDate> dates() {
    return dates;
  }

  /**
   * Returns whether the line scales with FTE.
   *
   * @return true when prorated, false when absolute
   */
  public boolean isProrated() {
    return prorated;
  }

  /**
   * Returns the number of days the line counts in a pattern: the days given, or the dates the
   * pattern works ({@link WorkPattern#isWorkingDay(LocalDate)}: on its days of the week, inside its
   * working period, on a worked day of its rotation); for lines in hours, the hours divided by the
   * working day.
   *
   * @param pattern the full-time work pattern, not null
   * @return working days per year, before prorating, exact
   * @throws IllegalArgumentException when the line's dates span a year or more and the pattern has
   *     no working period to pick one year's
   * @throws NullPointerException when {@code pattern} is null
   */
  public Fraction daysIn(WorkPattern pattern) {
    Checks.notNull(pattern, "pattern");
    switch (measure) {
      case DAYS:
        return Objects.requireNonNull(days);
      case HOURS:
        return Objects.requireNonNull(hours).ratioTo(pattern.hoursPerDay());
      case DATES:
        if (!dates.isEmpty() && pattern.workingPeriod().isEmpty()) {
          LocalDate first = dates.first();
          LocalDate last = dates.last();
          if (!last.isBefore(first.plusYears(1))) {
            throw new IllegalArgumentException(
                Checks.invalid(
                    "holiday dates (" + type + ")",
                    "dates within one year, or a work pattern whose working period picks one"
                        + " year's",
                    first + " to " + last));
          }
        }
        Counted c = counted;
        if (c != null && (c.pattern == pattern || c.pattern.equals(pattern))) {
          return c.days;
        }
        long working = 0;
        for (LocalDate d : dates) {
          if (pattern.isWorkingDay(d)) {
            working++;
          }
        }
        Fraction days = Fraction.of(working);
        counted = new Counted(pattern, days);
        return days;
      default:
        throw new AssertionError(measure);
    }
  }

  /**
   * Returns the hours of leave per year this line gives a contract; see the formula in the class
   * description.
   *
   * @param contract the contract, not null
   * @return hours per year, at least 0
   * @throws IllegalArgumentException when the line's dates span a year or more and the contract's
   *     pattern has no working period (see {@link #daysIn(WorkPattern)})
   */
  public Hours hoursPerYear(WorkHours contract) {
    if (measure == Measure.HOURS) {
      Hours full = Objects.requireNonNull(hours);
      return prorated ? full.multipliedBy(contract.fte().toFraction()) : full;
    }
    // days x FTE first, so that the hours are one product of exact values
    Fraction days = daysIn(contract.pattern());
    return contract
        .pattern()
        .hoursPerDay()
        .multipliedBy(prorated ? days.multipliedBy(contract.fte().toFraction()) : days);
  }

  /**
   * Returns whether another object is the same leave line; amounts compare without regard to scale.
   *
   * @param obj the other object
   * @return true for an equal line
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Leave)) {
      return false;
    }
    Leave l = (Leave) obj;
    return type.equals(l.type)
        && measure == l.measure
        && amount.compareTo(l.amount) == 0
        && dates.equals(l.dates)
        && prorated == l.prorated;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(type, measure, Checks.hash(amount), dates, prorated);
  }

  /**
   * Returns the line as text, such as {@code Vacation 20 days/year} or
   * {@code Statutory holidays 9 dates (absolute)}.
   *
   * @return the line as text
   */
  @Override
  public String toString() {
    String what;
    switch (measure) {
      case DAYS:
        what = Checks.plain(amount) + " days/year";
        break;
      case HOURS:
        what = Checks.plain(amount) + "h/year";
        break;
      default:
        what = dates.size() + " dates";
        break;
    }
    return type + " " + what + (prorated ? "" : " (absolute)");
  }
}

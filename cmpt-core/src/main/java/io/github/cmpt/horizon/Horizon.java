package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A range of dates cut into consecutive periods of a week or a calendar month, such as the 52 weeks
 * from Monday 2026-01-05 or the 12 months of 2026.
 *
 * <p>Each period is a range of dates closed at its first day and open at the first day of the next
 * ({@code [first, next)}); a week is 7 days from the start date, a month a calendar month. A
 * horizon has 1 to 520 weeks or 1 to 120 months.
 *
 * <pre>{@code
 * Horizon weeks = Horizon.ofWeeks(LocalDate.of(2026, 1, 5), 52);
 * Horizon months = Horizon.ofMonths(YearMonth.of(2026, 1), 12);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Horizon {

  private final Period unit;
  private final LocalDate start;
  private final ImmutableList<Range<LocalDate>> periods;

  private Horizon(Period unit, LocalDate start, ImmutableList<Range<LocalDate>> periods) {
    this.unit = unit;
    this.start = start;
    this.periods = periods;
  }

  /**
   * Returns a horizon of consecutive weeks from a date.
   *
   * @param start the first day of the first week, not null
   * @param weeks the number of weeks, {@code 1 <= x <= 520}
   * @return the horizon
   * @throws IllegalArgumentException when {@code weeks} is out of range
   */
  public static Horizon ofWeeks(LocalDate start, int weeks) {
    Checks.notNull(start, "start");
    Bounds.count("weeks", weeks, 1, 520);
    ImmutableList.Builder<Range<LocalDate>> b = ImmutableList.builder();
    for (int i = 0; i < weeks; i++) {
      b.add(Range.closedOpen(start.plusWeeks(i), start.plusWeeks(i + 1L)));
    }
    return new Horizon(Period.WEEK, start, b.build());
  }

  /**
   * Returns a horizon of consecutive calendar months from a month.
   *
   * @param start the first month, not null
   * @param months the number of months, {@code 1 <= x <= 120}
   * @return the horizon
   * @throws IllegalArgumentException when {@code months} is out of range
   */
  public static Horizon ofMonths(YearMonth start, int months) {
    Checks.notNull(start, "start");
    Bounds.count("months", months, 1, 120);
    ImmutableList.Builder<Range<LocalDate>> b = ImmutableList.builder();
    for (int i = 0; i < months; i++) {
      b.add(
          Range.closedOpen(start.plusMonths(i).atDay(1), start.plusMonths(i + 1L).atDay(1)));
    }
    return new Horizon(Period.MONTH, start.atDay(1), b.build());
  }

  /**
   * Returns the length of each period: {@link Period#WEEK} or {@link Period#MONTH}.
   *
   * @return the unit
   */
  public Period unit() {
    return unit;
  }

  /**
   * Returns the first day of the horizon.
   *
   * @return the first day
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the day after the horizon's last day.
   *
   * @return the end, exclusive
   */
  public LocalDate end() {
    return periods.get(periods.size() - 1).upperEndpoint();
  }

  /**
   * Returns the dates of the horizon, {@code [start, end)}.
   *
   * @return the range of dates
   */
  public Range<LocalDate> dates() {
    return Range.closedOpen(start, end());
  }

  /**
   * Returns the periods in order, each {@code [first day, first day of the next)}.
   *
   * @return an immutable list of at least one period
   */
  public ImmutableList<Range<LocalDate>> periods() {
    return periods;
  }

  /**
   * Returns the number of periods.
   *
   * @return at least 1
   */
  public int size() {
    return periods.size();
  }

  /**
   * Returns the number of days of a period.
   *
   * @param index the period's index, from 0
   * @return 7 for a week, 28 to 31 for a month
   * @throws IndexOutOfBoundsException when the index is not that of a period
   */
  public long days(int index) {
    Range<LocalDate> p = periods.get(index);
    return ChronoUnit.DAYS.between(p.lowerEndpoint(), p.upperEndpoint());
  }

  /**
   * Returns the index of the period that holds a date.
   *
   * @param date a date of the horizon, not null
   * @return the index, from 0
   * @throws IllegalArgumentException when the date is outside the horizon
   */
  public int indexOf(LocalDate date) {
    Checks.notNull(date, "date");
    Checks.check(dates().contains(date), "date", "a date of the horizon " + this, date);
    if (unit == Period.WEEK) {
      return (int) (ChronoUnit.DAYS.between(start, date) / 7);
    }
    return (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
  }

  /**
   * Returns a short label of a period: {@code 2026-01-05} for a week (its first day),
   * {@code 2026-01} for a month.
   *
   * @param index the period's index, from 0
   * @return the label
   * @throws IndexOutOfBoundsException when the index is not that of a period
   */
  public String label(int index) {
    LocalDate first = periods.get(index).lowerEndpoint();
    return unit == Period.WEEK ? first.toString() : YearMonth.from(first).toString();
  }

  /**
   * Returns whether another object is a horizon of the same periods.
   *
   * @param obj the other object
   * @return true for the same unit, start and number of periods
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Horizon
        && unit == ((Horizon) obj).unit
        && start.equals(((Horizon) obj).start)
        && periods.size() == ((Horizon) obj).periods.size();
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(unit, start, periods.size());
  }

  /**
   * Returns the horizon as text, such as {@code Horizon[52 weeks from 2026-01-05]} or
   * {@code Horizon[12 months from 2026-01]}.
   *
   * @return the horizon as text
   */
  @Override
  public String toString() {
    return "Horizon["
        + size()
        + (unit == Period.WEEK ? " weeks from " + start : " months from " + YearMonth.from(start))
        + "]";
  }
}

package io.github.cmpt.time;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.github.cmpt.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The dates a work pattern works in its year: one or more ranges of dates, such as a school year's
 * terms, and optionally a {@link Rotation} that says which days of those ranges are worked.
 *
 * <p>A working period decides three things of a {@link WorkPattern} that has one:
 * <ul>
 *   <li>which dates are working days ({@link WorkPattern#isWorkingDay(LocalDate)}): a date inside
 *       the ranges, on a worked day of the rotation when there is one, otherwise on one of the
 *       pattern's days of the week;</li>
 *   <li>so which holidays are leave: a holiday outside the period, or on a day off, is not;</li>
 *   <li>how many months the year has ({@link #months()}): each calendar month counts by the share
 *       of its days inside the ranges, so that September 1 to June 30 is exactly 10 months.</li>
 * </ul>
 * It does not change the contract's hours: those are the pattern's hours per week and weeks per
 * year.
 *
 * <pre>{@code
 * WorkingPeriod schoolYear =
 *     WorkingPeriod.of(Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
 * schoolYear.months();   // 10
 * }</pre>
 *
 * <p>Ranges may be closed or open at either end, but must be bounded and not empty; they are kept
 * as the dates they hold, merged where they touch or overlap, and shown closed
 * ({@code [2026-09-01..2027-06-30]}). Rule: the dates lie within one year, {@code last < first +
 * 1 year}, because a work pattern describes one year of a contract.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WorkingPeriod {

  /** The dates, as closed-open ranges {@code [first, last + 1)} so that touching ranges merge. */
  private final ImmutableRangeSet<LocalDate> dates;
  private final @Nullable Rotation rotation;

  private WorkingPeriod(ImmutableRangeSet<LocalDate> dates, @Nullable Rotation rotation) {
    this.dates = dates;
    this.rotation = rotation;
  }

  /**
   * Returns a working period of one range of dates, such as
   * {@code Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30))}.
   *
   * @param dates the range of dates, bounded and not empty, within one year, not null
   * @return the working period
   * @throws IllegalArgumentException when the range is unbounded, empty, or longer than a year
   * @throws NullPointerException when {@code dates} is null
   */
  public static WorkingPeriod of(Range<LocalDate> dates) {
    Checks.notNull(dates, "dates");
    return of(List.of(dates));
  }

  /**
   * Returns a working period of several ranges of dates, such as the terms of a school year.
   *
   * @param ranges the ranges, at least one, each bounded and not empty, all within one year, none
   *     null, not null
   * @return the working period
   * @throws IllegalArgumentException when there is no range, a range is unbounded or empty, or the
   *     ranges span more than a year
   * @throws NullPointerException when {@code ranges} or a range is null
   */
  public static WorkingPeriod of(Collection<Range<LocalDate>> ranges) {
    Checks.notNull(ranges, "ranges");
    Checks.check(!ranges.isEmpty(), "ranges", "at least one range of dates", "none");
    RangeSet<LocalDate> set = TreeRangeSet.create();
    for (Range<LocalDate> r : ranges) {
      set.add(closedOpen(Checks.notNull(r, "ranges")));
    }
    ImmutableRangeSet<LocalDate> dates = ImmutableRangeSet.copyOf(set);
    Range<LocalDate> span = dates.span();
    LocalDate first = span.lowerEndpoint();
    LocalDate last = span.upperEndpoint().minusDays(1);
    Checks.check(
        last.isBefore(first.plusYears(1)),
        "ranges",
        "dates within one year, last < first + 1 year",
        Range.closed(first, last));
    return new WorkingPeriod(dates, null);
  }

  /** Returns the dates of a bounded, non-empty range as {@code [first, last + 1)}. */
  private static Range<LocalDate> closedOpen(Range<LocalDate> r) {
    Checks.check(
        r.hasLowerBound() && r.hasUpperBound(), "ranges", "bounded ranges of dates", r);
    LocalDate first =
        r.lowerBoundType() == BoundType.CLOSED ? r.lowerEndpoint() : r.lowerEndpoint().plusDays(1);
    LocalDate end =
        r.upperBoundType() == BoundType.CLOSED ? r.upperEndpoint().plusDays(1) : r.upperEndpoint();
    Checks.check(first.isBefore(end), "ranges", "ranges holding at least one date", r);
    return Range.closedOpen(first, end);
  }

  /**
   * Returns a copy of this period whose worked days are those of a rotation, inside the same
   * ranges.
   *
   * @param rotation the rotation, not null
   * @return the copy
   * @throws NullPointerException when {@code rotation} is null
   */
  public WorkingPeriod withRotation(Rotation rotation) {
    return new WorkingPeriod(dates, Checks.notNull(rotation, "rotation"));
  }

  /**
   * Returns the ranges of dates, merged where they touch or overlap, as closed ranges in order.
   *
   * @return at least one closed range
   */
  public ImmutableList<Range<LocalDate>> ranges() {
    return dates.asRanges().stream()
        .map(r -> Range.closed(r.lowerEndpoint(), r.upperEndpoint().minusDays(1)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the closed range from the first date of the period to its last.
   *
   * @return the span
   */
  public Range<LocalDate> span() {
    Range<LocalDate> span = dates.span();
    return Range.closed(span.lowerEndpoint(), span.upperEndpoint().minusDays(1));
  }

  /**
   * Returns the rotation that says which days of the ranges are worked, if any.
   *
   * @return the rotation, or empty when the pattern's days of the week say it
   */
  public Optional<Rotation> rotation() {
    return Optional.ofNullable(rotation);
  }

  /**
   * Returns whether a date is inside the ranges and, with a rotation, on a worked day of it. The
   * days of the week of a pattern without rotation are the pattern's business (see
   * {@link WorkPattern#isWorkingDay(LocalDate)}).
   *
   * @param date the date, not null
   * @return true when the period works that date
   * @throws NullPointerException when {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Checks.notNull(date, "date");
    Rotation r = rotation;
    return dates.contains(date) && (r == null || r.isWorked(date));
  }

  /**
   * Returns the number of months the period spans: the sum, over the calendar months its ranges
   * touch, of the share of each month's days inside the ranges. September 1 to June 30 is exactly
   * 10 months; September 2 to June 26 is {@code 29/30 + 8 + 26/30}, about 9.83. A rotation does not
   * change it: the months are those of the calendar.
   *
   * <p>Formula: {@code sum over months m of (days of m in the ranges) / (days of m)}.
   *
   * @return the months, {@code 0 < x <= 12}
   */
  public Fraction months() {
    Fraction months = Fraction.ZERO;
    for (Range<LocalDate> r : dates.asRanges()) {
      LocalDate from = r.lowerEndpoint();
      LocalDate end = r.upperEndpoint();
      while (from.isBefore(end)) {
        YearMonth month = YearMonth.from(from);
        LocalDate next = month.plusMonths(1).atDay(1);
        LocalDate until = next.isBefore(end) ? next : end;
        long days = ChronoUnit.DAYS.between(from, until);
        months = months.plus(Fraction.of(days, month.lengthOfMonth()));
        from = until;
      }
    }
    return months;
  }

  /**
   * Returns whether another object is the same working period: the same dates and rotation.
   *
   * @param obj the other object
   * @return true for an equal period
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WorkingPeriod
        && dates.equals(((WorkingPeriod) obj).dates)
        && Objects.equals(rotation, ((WorkingPeriod) obj).rotation);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return dates.hashCode() * 31 + Objects.hashCode(rotation);
  }

  /**
   * Returns the period as text, such as {@code [2026-09-01..2026-12-18] [2027-01-04..2027-06-30]},
   * followed by its rotation when it has one.
   *
   * @return the period as text
   */
  @Override
  public String toString() {
    String ranges = ranges().stream().map(Range::toString).collect(Collectors.joining(" "));
    Rotation r = rotation;
    return r == null ? ranges : ranges + ", " + r;
  }
}

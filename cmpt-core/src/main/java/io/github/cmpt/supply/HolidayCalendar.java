package io.github.cmpt.supply;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import io.github.cmpt.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A source of statutory holiday dates, such as a province's holidays or those of a collective
 * agreement.
 *
 * <p>This is the seam through which holidays enter Step 1: the core library knows no province, and
 * an application supplies a calendar (from its HR system, a holiday library, or a fixed list with
 * {@link #of(java.util.Collection)}). {@link Leave#ofHolidays(HolidayCalendar, Year)} asks a calendar
 * for one year's dates once and keeps them.
 *
 * <pre>{@code
 * HolidayCalendar ontario2026 = HolidayCalendar.of(List.of(
 *     LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 3)));
 * Leave holidays = Leave.ofHolidays(ontario2026, Year.of(2026));
 * }</pre>
 *
 * <p>An implementation must return the same dates each time it is asked for the same year.
 */
@FunctionalInterface
public interface HolidayCalendar {

  /**
   * Returns the holiday dates of a year, whatever day of the week they fall on.
   *
   * @param year the year, not null
   * @return the dates in that year, not null
   */
  Set<LocalDate> holidays(Year year);

  /**
   * Returns the holiday dates in a window of dates, such as a school year from September to June:
   * the dates of each year the window touches ({@link #holidays(Year)}, asked once per year) that
   * fall inside the window.
   *
   * @param window the dates, a bounded range, not null
   * @return the holiday dates inside the window, in order
   * @throws IllegalArgumentException when the window is unbounded
   * @throws NullPointerException when {@code window} is null, or the calendar returns null
   */
  default ImmutableSortedSet<LocalDate> holidaysIn(Range<LocalDate> window) {
    Checks.notNull(window, "window");
    Checks.check(
        window.hasLowerBound() && window.hasUpperBound(),
        "window",
        "a bounded range of dates",
        window);
    ImmutableSortedSet.Builder<LocalDate> in = ImmutableSortedSet.naturalOrder();
    for (int y = window.lowerEndpoint().getYear(); y <= window.upperEndpoint().getYear(); y++) {
      for (LocalDate d : Checks.notNull(holidays(Year.of(y)), "holidays")) {
        if (window.contains(Checks.notNull(d, "holiday date"))) {
          in.add(d);
        }
      }
    }
    return in.build();
  }

  /**
   * Returns a calendar of fixed dates: for a year, the given dates that fall in it.
   *
   * @param dates the holiday dates, none null
   * @return the calendar
   * @throws NullPointerException when a date is null
   */
  static HolidayCalendar of(java.util.Collection<LocalDate> dates) {
    Set<LocalDate> copy = Set.copyOf(new TreeSet<>(Checks.noneNull(dates, "dates")));
    return year -> {
      Set<LocalDate> inYear = new TreeSet<>();
      for (LocalDate d : copy) {
        if (d.getYear() == year.getValue()) {
          inYear.add(d);
        }
      }
      return inYear;
    };
  }

  /**
   * Returns a calendar of fixed dates.
   *
   * @param dates the holiday dates, none null
   * @return the calendar
   */
  static HolidayCalendar of(LocalDate... dates) {
    return of(java.util.Arrays.asList(Checks.notNull(dates, "dates")));
  }
}

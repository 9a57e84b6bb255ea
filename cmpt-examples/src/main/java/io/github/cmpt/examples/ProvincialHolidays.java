package io.github.cmpt.examples;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.cmpt.supply.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link HolidayCalendar} of a Canadian province's public holidays, read from the Jollyday holiday
 * library: how an application plugs a holiday source into cmpt without the core knowing provinces.
 *
 * <p>Only public (statutory) holidays count, on the date they are observed (Canada Day on a Sunday is
 * observed on the Monday); bank holidays and observances such as Ontario's Civic Holiday are left
 * out, as most collective agreements list them separately. Many employers give a substitute day for
 * a holiday that falls on a weekend: {@link #withSubstituteDays()} moves such a holiday to the next
 * weekday that is not already a holiday (Boxing Day 2026, a Saturday, to Monday 28 December).
 */
public final class ProvincialHolidays implements HolidayCalendar {

  private final HolidayManager manager;
  private final String province;

  private final boolean substitute;

  private ProvincialHolidays(String province, boolean substitute) {
    this.manager =
        HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.CANADA));
    this.province = province.toLowerCase(Locale.ROOT);
    this.substitute = substitute;
  }

  /**
   * Returns the public holidays of a province.
   *
   * @param province the two-letter code of the province, such as {@code ON} or {@code BC}
   * @return the calendar
   */
  public static ProvincialHolidays of(String province) {
    return new ProvincialHolidays(province, false);
  }

  /**
   * Returns this calendar with a substitute weekday for each holiday on a Saturday or Sunday.
   *
   * @return the calendar with substitute days
   */
  public ProvincialHolidays withSubstituteDays() {
    return new ProvincialHolidays(province, true);
  }

  @Override
  public Set<LocalDate> holidays(Year year) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Holiday h : manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, province)) {
      if (h.getActualDate().getYear() == year.getValue()) {
        dates.add(h.getActualDate());
      }
    }
    if (!substitute) {
      return dates;
    }
    TreeSet<LocalDate> observed = new TreeSet<>();
    for (LocalDate d : dates) {
      LocalDate day = d;
      while (isWeekend(day) || (!day.equals(d) && dates.contains(day)) || observed.contains(day)) {
        day = day.plusDays(1);
      }
      if (day.getYear() == year.getValue()) {
        observed.add(day);
      }
    }
    return observed;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}

package io.github.cmpt.examples;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.cmpt.supply.HolidayCalendar;
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
 * out, as most collective agreements list them separately.
 */
public final class ProvincialHolidays implements HolidayCalendar {

  private final HolidayManager manager;
  private final String province;

  private ProvincialHolidays(String province) {
    this.manager =
        HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.CANADA));
    this.province = province.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the public holidays of a province.
   *
   * @param province the two-letter code of the province, such as {@code ON} or {@code BC}
   * @return the calendar
   */
  public static ProvincialHolidays of(String province) {
    return new ProvincialHolidays(province);
  }

  @Override
  public Set<LocalDate> holidays(Year year) {
    Set<LocalDate> dates = new TreeSet<>();
    for (Holiday h : manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, province)) {
      if (h.getActualDate().getYear() == year.getValue()) {
        dates.add(h.getActualDate());
      }
    }
    return dates;
  }
}

package io.github.cmpt.time;

import io.github.cmpt.internal.Checks;
import java.util.Locale;

/**
 * A period over which an amount of working time is counted: a working day, a week, a month or a
 * year.
 *
 * <p>How many days make a week, how many weeks a year, and how many months a year, is not a
 * property of the period but of a {@link WorkPattern}: a month is a twelfth of a year of 52 weeks
 * or more, 52/12 weeks of a shorter contract, and a calendar month of a working period (see
 * {@link WorkPattern#periodsPerYear(Period)}).
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum Period {
  /** One working day. */
  DAY,
  /** One working week. */
  WEEK,
  /** One month of work; see {@link WorkPattern#periodsPerYear(Period)}. */
  MONTH,
  /** One year. */
  YEAR;

  /**
   * Returns the lower-case name used in text, such as {@code week}.
   *
   * @return the name of the period
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the period of a lower-case or upper-case name, such as {@code "week"}.
   *
   * @param text the name, not null
   * @return the period
   * @throws IllegalArgumentException when the name is not a period
   * @throws NullPointerException when {@code text} is null
   */
  public static Period parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().trim();
    for (Period p : values()) {
      if (p.name().equalsIgnoreCase(s)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        Checks.invalid("period", "day, week, month, year", "\"" + s + "\""));
  }
}

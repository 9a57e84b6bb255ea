package io.github.cmpt.time;

import io.github.cmpt.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An amount of working time counted over a period, such as {@code 37.5h/week} or {@code 1950h/year}.
 *
 * <p>Hours per week and hours per year are never mixed by accident: the period is part of the value,
 * and changing it needs the {@link WorkPattern} that defines how many days make a week and how many
 * weeks make a year.
 *
 * <pre>{@code
 * PeriodicHours weekly = PeriodicHours.ofWeekly(Hours.of("37.5"));
 * PeriodicHours yearly = weekly.to(Period.YEAR, pattern);   // 1950h/year with 52 weeks
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PeriodicHours {

  private final Hours hours;
  private final Period period;

  private PeriodicHours(Hours hours, Period period) {
    this.hours = hours;
    this.period = period;
  }

  /**
   * Returns an amount of hours in each period.
   *
   * @param hours the amount in each period, not null
   * @param period the period, not null
   * @return the periodic amount
   * @throws NullPointerException when an argument is null
   */
  public static PeriodicHours of(Hours hours, Period period) {
    return new PeriodicHours(Checks.notNull(hours, "hours"), Checks.notNull(period, "period"));
  }

  /**
   * Returns an amount of hours in each working day.
   *
   * @param hours the amount each day, not null
   * @return the periodic amount
   */
  public static PeriodicHours ofDaily(Hours hours) {
    return of(hours, Period.DAY);
  }

  /**
   * Returns an amount of hours in each week.
   *
   * @param hours the amount each week, not null
   * @return the periodic amount
   */
  public static PeriodicHours ofWeekly(Hours hours) {
    return of(hours, Period.WEEK);
  }

  /**
   * Returns an amount of hours in each month.
   *
   * @param hours the amount each month, not null
   * @return the periodic amount
   */
  public static PeriodicHours ofMonthly(Hours hours) {
    return of(hours, Period.MONTH);
  }

  /**
   * Returns an amount of hours in each year.
   *
   * @param hours the amount each year, not null
   * @return the periodic amount
   */
  public static PeriodicHours ofYearly(Hours hours) {
    return of(hours, Period.YEAR);
  }

  /**
   * Reads a periodic amount as written by {@link #toString()}, such as {@code "37.5h/week"}.
   *
   * @param text the text, not null
   * @return the periodic amount
   * @throws IllegalArgumentException when the text is not an amount per period
   * @throws NullPointerException when {@code text} is null
   */
  public static PeriodicHours parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().trim();
    int slash = s.lastIndexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "periodicHours", "an amount per period such as 37.5h/week", "\"" + s + "\""));
    }
    return of(Hours.parse(s.substring(0, slash)), Period.parse(s.substring(slash + 1)));
  }

  /**
   * Returns the amount in each period.
   *
   * @return the amount
   */
  public Hours hours() {
    return hours;
  }

  /**
   * Returns the period the amount is counted over.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the same rate counted over another period, using a work pattern; see
   * {@link WorkPattern#convert(Hours, Period, Period)}.
   *
   * @param target the period to count over, not null
   * @param pattern the work pattern that defines days per week and weeks per year, not null
   * @return the converted amount
   * @throws NullPointerException when an argument is null
   */
  public PeriodicHours to(Period target, WorkPattern pattern) {
    Checks.notNull(target, "target");
    Checks.notNull(pattern, "pattern");
    return of(pattern.convert(hours, period, target), target);
  }

  /**
   * Returns whether another object is the same amount over the same period.
   *
   * @param obj the other object
   * @return true for an equal amount and period
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PeriodicHours
        && hours.equals(((PeriodicHours) obj).hours)
        && period == ((PeriodicHours) obj).period;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hours.hashCode() * 31 + period.hashCode();
  }

  /**
   * Returns the amount and its period, such as {@code 37.5h/week}.
   *
   * @return the periodic amount as text
   */
  @Override
  public String toString() {
    return hours + "/" + period.label();
  }

  /**
   * Checks this amount as time one person takes from work in each period: not negative, and no
   * more than a day or a week holds ({@code x <= 24h/day}, {@code x <= 168h/week}).
   *
   * @param field the name of the field the amount was given for, used in the message, not null
   * @return this amount
   * @throws IllegalArgumentException when the amount breaks its rule, naming the field
   */
  public PeriodicHours checkedAsAllowance(String field) {
    Checks.notNull(field, "field");
    Checks.check(!hours.isNegative(), field, "x >= 0", this);
    if (period == Period.DAY) {
      Checks.check(hours.compareTo(Hours.of(24)) <= 0, field, "x <= 24h/day", this);
    } else if (period == Period.WEEK) {
      Checks.check(hours.compareTo(Hours.of(168)) <= 0, field, "x <= 168h/week", this);
    }
    return this;
  }
}

package io.github.cmpt.examples.javadoc;

import com.google.common.collect.Range;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.Rotation;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.time.WorkingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.time}, compiled: each method holds
 * the code of one example and returns the value the example is about.
 */
public final class TimeExamples {

  private TimeExamples() {}

  /**
   * The example of {@link Hours}: a 37.5-hour week over 52 weeks.
   *
   * @return {@code 1950h}
   */
  public static Hours hours() {
    Hours week = Hours.of("37.5");
    Hours year = week.multipliedBy(52); // 1950h
    return year;
  }

  /**
   * The example of {@link Fraction}: 1950 hours at 5/24 of an hour each, a whole count.
   *
   * @return {@code 9360}
   */
  public static long fraction() {
    Fraction episodes = Fraction.of(1950).dividedBy(Fraction.of(5, 24));
    return episodes.floor(); // 9360
  }

  /**
   * The example of {@link Fraction}: a fraction whose decimal does not terminate, as text.
   *
   * @return {@code "1000/3"}
   */
  public static String fractionText() {
    Fraction third = Fraction.of(1000, 3);
    return third.toString(); // 1000/3
  }

  /**
   * The example of {@link Fte}: a part-time FTE plus a full-time one.
   *
   * @return {@code 1.6 FTE}
   */
  public static Fte fte() {
    Fte partTime = Fte.of("0.6");
    Fte team = partTime.plus(Fte.ONE); // 1.6 FTE
    return team;
  }

  /**
   * The example of {@link Percentage}: 12.5% as a fraction.
   *
   * @return {@code 0.125}
   */
  public static BigDecimal percentage() {
    Percentage admin = Percentage.ofPercent("12.5");
    return admin.toFraction().toBigDecimal(); // 0.125
  }

  /**
   * The example of {@link PeriodicHours}: 37.5 hours a week as hours a year, with the 52-week
   * {@link WorkPattern} of the {@link WorkPattern} example.
   *
   * @return {@code 1950h/year}
   */
  public static PeriodicHours periodicHours() {
    WorkPattern pattern = Fixtures.pattern();
    PeriodicHours weekly = PeriodicHours.ofWeekly(Hours.of("37.5"));
    PeriodicHours yearly = weekly.to(Period.YEAR, pattern); // 1950h/year with 52 weeks
    return yearly;
  }

  /**
   * The example of {@link WorkPattern}: the hours of a day of a 37.5-hour, five-day week.
   *
   * @return {@code 7.5h}
   */
  public static Hours workPattern() {
    WorkPattern pattern = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
    return pattern.hoursPerDay(); // 7.5h
  }

  /**
   * The example of {@link WorkPattern}: WISN's Kenyan week of 4.5 days of 7.5 hours.
   *
   * @return {@code 234.0} working days per year
   */
  public static BigDecimal fractionalWeek() {
    WorkPattern kenya =
        WorkPattern.of(Hours.of("33.75"), new BigDecimal("4.5"), new BigDecimal("52"));
    return kenya.workingDaysPerYear(); // 234.0
  }

  /**
   * The example of {@link WorkingPeriod}: a school year from September to June.
   *
   * @return {@code 10} months
   */
  public static Fraction workingPeriod() {
    WorkingPeriod schoolYear =
        WorkingPeriod.of(Range.closed(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30)));
    return schoolYear.months(); // 10
  }

  /**
   * The example of {@link Rotation}: four days on and four off.
   *
   * @return {@code false}: the fifth day of the cycle is off
   */
  public static boolean rotation() {
    Rotation fourOnFourOff = Rotation.ofOnOff(LocalDate.of(2026, 1, 5), 4, 4);
    return fourOnFourOff.isWorked(LocalDate.of(2026, 1, 9)); // false: day 4 of the 8-day cycle
  }
}

package io.github.cmpt.wisn;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * WISN's service standard of a health-service activity: either the time one unit of the activity
 * takes, such as {@code 0.5h/unit}, or the rate of working, such as {@code 3/h} (three units an
 * hour).
 *
 * <p>The two forms are kept as given, so that a standard reads as the user wrote it; a time of
 * {@code 0.5h/unit} and a rate of {@code 2/h} describe the same work but are not equal values.
 * Both must be above zero.
 *
 * <pre>{@code
 * ActivityStandard consultation = ActivityStandard.ofUnitTime(Hours.ofMinutes(15));
 * ActivityStandard immunisation = ActivityStandard.ofRate(new BigDecimal("12"));
 * consultation.standardWorkload(Hours.of(1696));   // 6784 units a year
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ActivityStandard {

  private static final String UNIT_SUFFIX = "/unit";
  private static final String RATE_SUFFIX = "/h";

  private final @Nullable Hours unitTime;
  private final @Nullable BigDecimal rate;

  private ActivityStandard(@Nullable Hours unitTime, @Nullable BigDecimal rate) {
    this.unitTime = unitTime;
    this.rate = rate;
  }

  /**
   * Returns the standard of an activity that takes a given time per unit, such as 20 minutes a
   * consultation.
   *
   * @param timePerUnit the time one unit takes, {@code x > 0}, not null
   * @return the standard
   * @throws IllegalArgumentException when the time is not positive
   */
  public static ActivityStandard ofUnitTime(Hours timePerUnit) {
    Checks.notNull(timePerUnit, "timePerUnit");
    Checks.check(timePerUnit.isPositive(), "timePerUnit", "x > 0", timePerUnit);
    return new ActivityStandard(timePerUnit, null);
  }

  /**
   * Returns the standard of an activity done at a rate of units per hour, such as 12 vaccinations
   * an hour.
   *
   * @param unitsPerHour the units done in an hour, {@code x > 0}, not null
   * @return the standard
   * @throws IllegalArgumentException when the rate is not positive
   */
  public static ActivityStandard ofRate(BigDecimal unitsPerHour) {
    Checks.notNull(unitsPerHour, "unitsPerHour");
    Checks.check(unitsPerHour.signum() > 0, "unitsPerHour", "x > 0", unitsPerHour);
    return new ActivityStandard(null, Checks.normal(unitsPerHour));
  }

  /**
   * Reads a standard as written by {@link #toString()}: {@code "0.5h/unit"} for a time per unit,
   * {@code "3/h"} for a rate.
   *
   * @param text the text, not null
   * @return the standard
   * @throws IllegalArgumentException when the text is not a standard, or its number is not positive
   */
  public static ActivityStandard parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().trim();
    if (s.endsWith(UNIT_SUFFIX)) {
      return ofUnitTime(Hours.parse(s.substring(0, s.length() - UNIT_SUFFIX.length())));
    }
    if (s.endsWith(RATE_SUFFIX)) {
      return ofRate(Checks.decimal(s.substring(0, s.length() - RATE_SUFFIX.length()), "unitsPerHour"));
    }
    throw new IllegalArgumentException(
        Checks.invalid("activityStandard", "a time per unit such as 0.5h/unit or a rate such as 3/h",
            "\"" + s + "\""));
  }

  /**
   * Returns whether the standard was given as a rate of working rather than a time per unit.
   *
   * @return true for a rate
   */
  public boolean isRate() {
    return rate != null;
  }

  /**
   * Returns the time one unit takes: as given, or {@code 1 / unitsPerHour} hours for a rate,
   * rounded to {@link Hours#MATH_CONTEXT}.
   *
   * @return the time per unit, positive
   */
  public Hours timePerUnit() {
    if (unitTime != null) {
      return unitTime;
    }
    BigDecimal time = BigDecimal.ONE.divide(rateValue(), Hours.MATH_CONTEXT);
    return Hours.of(Fraction.of(time)).rounded(time.scale(), RoundingMode.UNNECESSARY);
  }

  /**
   * Returns the units done in an hour: as given, or {@code 1 / timePerUnit} for a time per unit,
   * rounded to {@link Hours#MATH_CONTEXT}.
   *
   * @return units per hour, positive
   */
  public BigDecimal unitsPerHour() {
    if (rate != null) {
      return rate;
    }
    return BigDecimal.ONE.divide(unitTimeValue().toBigDecimal(), Hours.MATH_CONTEXT);
  }

  /**
   * Returns WISN's standard workload: the units of this activity one staff member can do in a year
   * of available working time. {@code standard workload = AWT / timePerUnit}, or
   * {@code AWT x unitsPerHour} for a rate (exact).
   *
   * @param availableWorkingTime the available working time of one staff member, positive, not null
   * @return units per year
   * @throws IllegalArgumentException when the available working time is not positive
   */
  public BigDecimal standardWorkload(Hours availableWorkingTime) {
    checkAwt(availableWorkingTime);
    if (rate != null) {
      return availableWorkingTime.toBigDecimal().multiply(rate);
    }
    return availableWorkingTime.ratioTo(unitTimeValue()).toBigDecimal();
  }

  /**
   * Returns the staff an annual workload of this activity needs:
   * {@code annual workload / standard workload}, computed with a single division as
   * {@code annualWorkload x timePerUnit / AWT}, or {@code annualWorkload / (AWT x unitsPerHour)} for
   * a rate, rounded to {@link Hours#MATH_CONTEXT}.
   *
   * @param annualWorkload the units done in a year, {@code x >= 0}, not null
   * @param availableWorkingTime the available working time of one staff member, positive, not null
   * @return the number of staff, not negative
   * @throws IllegalArgumentException when the workload is negative or the time is not positive
   */
  public BigDecimal staffFor(BigDecimal annualWorkload, Hours availableWorkingTime) {
    Checks.notNull(annualWorkload, "annualWorkload");
    Checks.check(annualWorkload.signum() >= 0, "annualWorkload", "x >= 0", annualWorkload);
    checkAwt(availableWorkingTime);
    BigDecimal awt = availableWorkingTime.toBigDecimal();
    if (rate != null) {
      return annualWorkload.divide(awt.multiply(rate), Hours.MATH_CONTEXT);
    }
    return annualWorkload.multiply(unitTimeValue().toBigDecimal()).divide(awt, Hours.MATH_CONTEXT);
  }

  private static void checkAwt(Hours availableWorkingTime) {
    Checks.notNull(availableWorkingTime, "availableWorkingTime");
    Checks.check(
        availableWorkingTime.isPositive(), "availableWorkingTime", "x > 0", availableWorkingTime);
  }

  private Hours unitTimeValue() {
    if (unitTime == null) {
      throw new AssertionError("a standard has a time per unit or a rate");
    }
    return unitTime;
  }

  private BigDecimal rateValue() {
    if (rate == null) {
      throw new AssertionError("a standard has a time per unit or a rate");
    }
    return rate;
  }

  /**
   * Returns whether another object is a standard of the same form and amount, whatever the scale.
   *
   * @param obj the other object
   * @return true for the same time per unit, or the same rate
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ActivityStandard)) {
      return false;
    }
    ActivityStandard other = (ActivityStandard) obj;
    if (unitTime != null) {
      return unitTime.equals(other.unitTime);
    }
    return other.rate != null && rateValue().compareTo(other.rate) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return unitTime != null ? unitTime.hashCode() : 31 * Checks.hash(rateValue()) + 1;
  }

  /**
   * Returns the standard as written by a user: {@code 0.5h/unit} or {@code 3/h}.
   *
   * @return the standard as text
   */
  @Override
  public String toString() {
    return unitTime != null ? unitTime + UNIT_SUFFIX : Checks.plain(rateValue()) + RATE_SUFFIX;
  }
}

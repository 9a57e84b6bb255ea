package io.github.cmpt.wisn;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The inputs of WISN's available working time (AWT) for one staff category: working days per year,
 * days of public holidays, annual leave, sick leave and other leave (such as training), and working
 * hours per day, such as {@code WorkingTime[(260 - 13 - 18 - 12 - 5) days x 8h = 1696h]}.
 *
 * <p>Days may be fractional (half days of leave). The number of working days per week, five unless
 * set, is only used to turn a category allowance given per week into a share of working time.
 *
 * <p>Rules: {@code 0 < workingDaysPerYear <= 366}; each kind of leave {@code >= 0}; the days of
 * leave together fewer than the working days; {@code 0 < hoursPerDay <= 24};
 * {@code 1 <= workingDaysPerWeek <= 7}.
 *
 * <pre>{@code
 * WorkingTime time = WorkingTime.builder()
 *     .workingDaysPerYear(260)
 *     .publicHolidays(13)
 *     .annualLeave(18)
 *     .sickLeave(12)
 *     .otherLeave(5)
 *     .hoursPerDay(Hours.of(8))
 *     .build();
 * time.availableWorkingTime();   // 1696h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class WorkingTime {

  private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(366);
  private static final Hours HOURS_IN_DAY = Hours.of(24);

  WorkingTime() {}

  /**
   * Returns a builder; every field is required except {@code workingDaysPerWeek}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the working days in a year before any absence, such as 260.
   *
   * @return days per year, {@code 0 < x <= 366}
   */
  public abstract BigDecimal workingDaysPerYear();

  /**
   * Returns the days of public holidays that fall on working days.
   *
   * @return days per year, {@code x >= 0}
   */
  public abstract BigDecimal publicHolidays();

  /**
   * Returns the days of annual leave.
   *
   * @return days per year, {@code x >= 0}
   */
  public abstract BigDecimal annualLeave();

  /**
   * Returns the days of sick leave.
   *
   * @return days per year, {@code x >= 0}
   */
  public abstract BigDecimal sickLeave();

  /**
   * Returns the days of other leave, such as training.
   *
   * @return days per year, {@code x >= 0}
   */
  public abstract BigDecimal otherLeave();

  /**
   * Returns the working hours in a day (a shift).
   *
   * @return hours, {@code 0 < x <= 24}
   */
  public abstract Hours hoursPerDay();

  /**
   * Returns the working days in a week, used only to turn an allowance per week into a share of
   * working time; five unless set.
   *
   * @return days per week, {@code 1 <= x <= 7}
   */
  @Value.Default
  public int workingDaysPerWeek() {
    return 5;
  }

  /**
   * Returns the days of leave together:
   * {@code publicHolidays + annualLeave + sickLeave + otherLeave}.
   *
   * @return days per year, less than the working days
   */
  public BigDecimal leaveDays() {
    return publicHolidays().add(annualLeave()).add(sickLeave()).add(otherLeave());
  }

  /**
   * Returns the days actually available for work:
   * {@code workingDaysPerYear - publicHolidays - annualLeave - sickLeave - otherLeave}.
   *
   * @return days per year, positive
   */
  public BigDecimal availableDays() {
    return workingDaysPerYear().subtract(leaveDays());
  }

  /**
   * Returns the available working time, exactly:
   * {@code AWT = (workingDaysPerYear - publicHolidays - annualLeave - sickLeave - otherLeave)
   * x hoursPerDay}.
   *
   * @return hours per year, positive
   */
  public Hours availableWorkingTime() {
    return hoursPerDay().multipliedBy(availableDays());
  }

  /**
   * Returns the working hours in a week: {@code hoursPerDay x workingDaysPerWeek}.
   *
   * @return hours per week, positive
   */
  public Hours hoursPerWeek() {
    return hoursPerDay().multipliedBy(workingDaysPerWeek());
  }

  /**
   * Returns how the available working time is computed, such as
   * {@code AWT = (working days - public holidays - annual leave - sick leave - other leave) x hours
   * per day = (260 - 13 - 18 - 12 - 5) x 8h = 1696h}.
   *
   * @return the explanation named {@code AWT}, with the days and hours per day as inputs and the
   *     working {@code ({working days} - {public holidays} - {annual leave} - {sick leave} -
   *     {other leave}) x {hours per day}}
   */
  public Explanation explain() {
    return Explanation.of(
            "AWT",
            "(working days - public holidays - annual leave - sick leave - other leave)"
                + " x hours per day",
            ImmutableMap.of(
                "working days", workingDaysPerYear(),
                "public holidays", publicHolidays(),
                "annual leave", annualLeave(),
                "sick leave", sickLeave(),
                "other leave", otherLeave(),
                "hours per day", hoursPerDay()),
            availableWorkingTime())
        .withWorking(
            "({working days} - {public holidays} - {annual leave} - {sick leave} - {other leave})"
                + " x {hours per day}");
  }

  private String daysText() {
    return "("
        + Checks.plain(workingDaysPerYear())
        + " - "
        + Checks.plain(publicHolidays())
        + " - "
        + Checks.plain(annualLeave())
        + " - "
        + Checks.plain(sickLeave())
        + " - "
        + Checks.plain(otherLeave())
        + ")";
  }

  @Value.Check
  WorkingTime normalize() {
    Checks.check(
        workingDaysPerYear().signum() > 0 && workingDaysPerYear().compareTo(DAYS_IN_YEAR) <= 0,
        "workingDaysPerYear",
        "0 < x <= 366",
        workingDaysPerYear());
    Checks.check(publicHolidays().signum() >= 0, "publicHolidays", "x >= 0", publicHolidays());
    Checks.check(annualLeave().signum() >= 0, "annualLeave", "x >= 0", annualLeave());
    Checks.check(sickLeave().signum() >= 0, "sickLeave", "x >= 0", sickLeave());
    Checks.check(otherLeave().signum() >= 0, "otherLeave", "x >= 0", otherLeave());
    Checks.check(
        leaveDays().compareTo(workingDaysPerYear()) < 0,
        "leave",
        "publicHolidays + annualLeave + sickLeave + otherLeave < workingDaysPerYear = "
            + Checks.plain(workingDaysPerYear()),
        leaveDays());
    Checks.check(
        hoursPerDay().isPositive() && hoursPerDay().compareTo(HOURS_IN_DAY) <= 0,
        "hoursPerDay",
        "0 < x <= 24",
        hoursPerDay().toBigDecimal());
    Checks.check(
        workingDaysPerWeek() >= 1 && workingDaysPerWeek() <= 7,
        "workingDaysPerWeek",
        "1 <= x <= 7",
        workingDaysPerWeek());
    if (isCanonical()) {
      return this;
    }
    return builder()
        .workingDaysPerYear(Checks.normal(workingDaysPerYear()))
        .publicHolidays(Checks.normal(publicHolidays()))
        .annualLeave(Checks.normal(annualLeave()))
        .sickLeave(Checks.normal(sickLeave()))
        .otherLeave(Checks.normal(otherLeave()))
        .hoursPerDay(hoursPerDay())
        .workingDaysPerWeek(workingDaysPerWeek())
        .build();
  }

  private boolean isCanonical() {
    return Checks.normal(workingDaysPerYear()).equals(workingDaysPerYear())
        && Checks.normal(publicHolidays()).equals(publicHolidays())
        && Checks.normal(annualLeave()).equals(annualLeave())
        && Checks.normal(sickLeave()).equals(sickLeave())
        && Checks.normal(otherLeave()).equals(otherLeave());
  }

  /**
   * Returns the days, hours per day and AWT, such as
   * {@code WorkingTime[(260 - 13 - 18 - 12 - 5) days x 8h = 1696h]}.
   *
   * @return the working time as text
   */
  @Override
  public String toString() {
    return "WorkingTime[" + daysText() + " days x " + hoursPerDay() + " = " + availableWorkingTime()
        + "]";
  }

  /**
   * Builds a {@link WorkingTime}. Days are set as decimals or whole numbers; each field can be set
   * once.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableWorkingTime.Builder {
    Builder() {}

    /**
     * Sets the working days in a year before any absence.
     *
     * @param days whole days, {@code 0 < x <= 366}
     * @return this builder
     */
    public Builder workingDaysPerYear(long days) {
      workingDaysPerYear(BigDecimal.valueOf(days));
      return this;
    }

    /**
     * Sets the days of public holidays.
     *
     * @param days whole days, {@code x >= 0}
     * @return this builder
     */
    public Builder publicHolidays(long days) {
      publicHolidays(BigDecimal.valueOf(days));
      return this;
    }

    /**
     * Sets the days of annual leave.
     *
     * @param days whole days, {@code x >= 0}
     * @return this builder
     */
    public Builder annualLeave(long days) {
      annualLeave(BigDecimal.valueOf(days));
      return this;
    }

    /**
     * Sets the days of sick leave.
     *
     * @param days whole days, {@code x >= 0}
     * @return this builder
     */
    public Builder sickLeave(long days) {
      sickLeave(BigDecimal.valueOf(days));
      return this;
    }

    /**
     * Sets the days of other leave, such as training.
     *
     * @param days whole days, {@code x >= 0}
     * @return this builder
     */
    public Builder otherLeave(long days) {
      otherLeave(BigDecimal.valueOf(days));
      return this;
    }
  }
}

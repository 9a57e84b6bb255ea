package io.github.cmpt.supply;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 for one clinician: the time available for client care, with the lines that justify it.
 *
 * <p>Per year:
 * <pre>
 * paid        = hoursPerWeek x weeksPerYear x FTE
 * leave       = sum of the leave lines (see {@link Leave})
 * worked      = paid - leave
 * non-client  = sum of the non-client lines (see {@link NonClientActivity}), computed on worked
 * client-care = worked - non-client
 * </pre>
 * Per month is a twelfth of the year; per week divides by the contract's weeks per year; per day by
 * its working days per year ({@code workingDaysPerWeek x weeksPerYear}).
 *
 * <p>Impossible input is rejected when the time is computed ({@link #of(Clinician)} for a clinician
 * alone, {@link TeamTime#of(Team)} for a team): leave beyond paid hours, non-client shares adding up to 100%
 * or more, or leave and non-client time together beyond paid hours. The message names the clinician
 * and the amounts that clash.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ClinicianTime {

  private final Clinician clinician;
  private final List<Leave> leave;
  private final List<NonClientActivity> activities;
  private final TimeBreakdown perYear;
  private final Map<Period, Supplier<TimeBreakdown>> periods = new EnumMap<>(Period.class);

  private ClinicianTime(
      Clinician clinician,
      List<Leave> leave,
      List<NonClientActivity> activities,
      TimeBreakdown perYear) {
    this.clinician = clinician;
    this.leave = leave;
    this.activities = activities;
    this.perYear = perYear;
    for (Period p : Period.values()) {
      periods.put(
          p,
          Suppliers.memoize(
              () ->
                  p == Period.YEAR
                      ? perYear
                      : perYear.scaled(
                          p, clinician.workHours().pattern().periodsPerYear(p), perYear.fte())));
    }
  }

  /**
   * Computes Step 1 for one clinician alone, with only the clinician's own leave and activities; a
   * team's time ({@link TeamTime#of(Team)}) adds the lines the team gives everyone.
   *
   * @param clinician the clinician, not null
   * @return the clinician's time available
   * @throws IllegalArgumentException when the clinician's time does not fit, naming the amounts
   */
  public static ClinicianTime of(Clinician clinician) {
    Checks.notNull(clinician, "clinician");
    return of(clinician, List.of(), List.of());
  }

  static ClinicianTime of(
      Clinician clinician, List<Leave> sharedLeave, List<NonClientActivity> sharedActivities) {
    String who = "clinician " + clinician.id();
    WorkHours contract = clinician.workHours();
    Hours paid = contract.paidHoursPerYear();

    List<Leave> allLeave = new ArrayList<>(sharedLeave);
    allLeave.addAll(clinician.leave());
    Map<LeaveType, Hours> leaveHours = new LinkedHashMap<>();
    for (Leave l : allLeave) {
      leaveHours.merge(l.type(), l.hoursPerYear(contract), Hours::plus);
    }
    Hours totalLeave = Hours.sum(leaveHours.values());
    if (totalLeave.compareTo(paid) > 0) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "leave of " + who,
              "leave <= paid hours",
              "leave " + totalLeave + " " + leaveHours + " exceeds paid hours " + paid + " by "
                  + totalLeave.minus(paid)));
    }
    Hours worked = paid.minus(totalLeave);

    List<NonClientActivity> allActivities = new ArrayList<>();
    for (NonClientActivity a : sharedActivities) {
      if (a.appliesTo(clinician.id())) {
        allActivities.add(a);
      }
    }
    allActivities.addAll(clinician.activities());
    Percentage shares = Percentage.ZERO;
    for (NonClientActivity a : allActivities) {
      if (a.share().isPresent()) {
        shares = shares.plus(a.share().get());
      }
    }
    if (shares.compareTo(Percentage.ONE_HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          Checks.invalid("non-client shares of " + who, "total < 100%", shares));
    }
    Map<NonClientCategory, Hours> nonClient = new LinkedHashMap<>();
    for (NonClientActivity a : allActivities) {
      nonClient.merge(a.category(), a.hoursPerYear(contract, worked), Hours::plus);
    }
    Hours totalNonClient = Hours.sum(nonClient.values());
    if (totalNonClient.compareTo(worked) > 0) {
      Hours over = totalNonClient.minus(worked);
      throw new IllegalArgumentException(
          Checks.invalid(
              "non-client time of " + who,
              "leave + non-client <= paid hours",
              "leave "
                  + totalLeave
                  + " + non-client "
                  + totalNonClient
                  + " "
                  + nonClient
                  + " = "
                  + totalLeave.plus(totalNonClient)
                  + " exceeds paid hours "
                  + paid
                  + " by "
                  + over));
    }
    TimeBreakdown year =
        TimeBreakdown.of(Period.YEAR, contract.fte(), paid, leaveHours, nonClient);
    return new ClinicianTime(
        clinician, List.copyOf(allLeave), List.copyOf(allActivities), year);
  }

  /**
   * Returns the clinician.
   *
   * @return the clinician
   */
  public Clinician clinician() {
    return clinician;
  }

  /**
   * Returns every leave line applied: the team's, then the clinician's own.
   *
   * @return an unmodifiable list
   */
  public List<Leave> leaveLines() {
    return leave;
  }

  /**
   * Returns every non-client activity applied: the team's that apply to this clinician, then the
   * clinician's own.
   *
   * @return an unmodifiable list
   */
  public List<NonClientActivity> activities() {
    return activities;
  }

  /**
   * Returns the lines per year.
   *
   * @return the yearly breakdown
   */
  public TimeBreakdown perYear() {
    return perYear;
  }

  /**
   * Returns the lines per month: the yearly lines divided by 12.
   *
   * @return the monthly breakdown
   */
  public TimeBreakdown perMonth() {
    return in(Period.MONTH);
  }

  /**
   * Returns the lines per week: the yearly lines divided by the contract's weeks per year.
   *
   * @return the weekly breakdown
   */
  public TimeBreakdown perWeek() {
    return in(Period.WEEK);
  }

  /**
   * Returns the lines over a period: the yearly lines divided by the number of such periods in the
   * contract's year.
   *
   * @param period the period, not null
   * @return the breakdown over that period
   */
  public TimeBreakdown in(Period period) {
    return periods.get(Checks.notNull(period, "period")).get();
  }

  /**
   * Returns whether another object is the time of the same clinician with the same lines.
   *
   * @param obj the other object
   * @return true for equal results
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ClinicianTime
        && clinician.equals(((ClinicianTime) obj).clinician)
        && leave.equals(((ClinicianTime) obj).leave)
        && activities.equals(((ClinicianTime) obj).activities);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(clinician, leave, activities);
  }

  /**
   * Returns the clinician and the yearly totals, such as
   * {@code ot-1: TimeBreakdown[year, 0.8 FTE: ...]}.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return clinician.id() + ": " + perYear;
  }
}

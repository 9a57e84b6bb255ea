package io.github.cmpt.wisn;

import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A role of a caseload plan in the terms of the WHO's Workload Indicators of Staffing Need: an
 * adapter from a {@link PlanResult} to a {@link WisnInput}, so that a user coming from WISN finds
 * every WISN figure of the plan.
 *
 * <pre>{@code
 * WisnInput input = WisnView.of(result, Role.OCCUPATIONAL_THERAPIST);
 * input.result().ratio();   // the role's staffing ratio
 * }</pre>
 */
public final class WisnView {

  private WisnView() {}

  /**
   * Returns one role of a plan's result in the terms of the WHO's Workload Indicators of Staffing Need, so
   * that a user coming from WISN finds every WISN figure.
   *
   * <p>The mapping, for the role's 1.0 FTE (Step 1, per FTE):
   * <ul>
   *   <li>working time: the working days per year and hours per day of the members' work pattern;
   *       public holidays, annual, sick and other leave are the leave lines per FTE in days
   *       ({@code hours / hoursPerDay}); so the available working time is the worked hours per
   *       FTE;</li>
   *   <li>one health-service activity per level whose profile needs the role: the activity standard
   *       is the role's hours per episode, the annual workload is the level's episodes per year;</li>
   *   <li>one category allowance: the non-client share of worked time per FTE (for everyone and for
   *       named clinicians together, as the CMPT's per-FTE figure does);</li>
   *   <li>current staff: the role's available FTE.</li>
   * </ul>
   * With this mapping the WISN required staff is the role's FTE required, and the WISN ratio its
   * staffing ratio (to the rounding of the divisions).
   *
   * @param result the result of the plan, not null
   * @param role a role of the team whose members share one work pattern, needed by the clients, not
   *     null
   * @return the WISN input; call {@link WisnInput#result()} for the figures
   * @throws IllegalArgumentException when the team has no member of the role, its members have
   *     different work patterns or no client-care time, or the clients need no time from it
   */
  public static WisnInput of(PlanResult result, Role role) {
    Checks.notNull(result, "result");
    Checks.notNull(role, "role");
    RoleMatch match = result.match(role);
    CaseloadPlan plan = result.plan();
    WorkPattern pattern = sharedPattern(plan, role);
    Checks.check(pattern != null, "role (" + role + ")",
        "a role with members on the team who share one working day and working days per year",
        patterns(plan, role));
    Checks.check(
        match.supplyHours().isPositive(),
        "role (" + role + ")",
        "a role whose members have client-care time",
        match.supplyHours());
    TimeBreakdown perFte = result.supply().perFte(role, Period.YEAR);
    Hours day = pattern.hoursPerDay();
    Hours holidays = perFte.leave(LeaveType.STATUTORY_HOLIDAYS);
    Hours annual = perFte.leave(LeaveType.VACATION);
    Hours sick = perFte.leave(LeaveType.SICK);
    Hours other = perFte.totalLeave().minus(holidays).minus(annual).minus(sick);
    WorkingTime time =
        WorkingTime.builder()
            .workingDaysPerYear(pattern.workingDaysPerYear())
            .publicHolidays(holidays.ratioTo(day).toBigDecimal())
            .annualLeave(annual.ratioTo(day).toBigDecimal())
            .sickLeave(sick.ratioTo(day).toBigDecimal())
            .otherLeave(other.ratioTo(day).toBigDecimal())
            .hoursPerDay(day)
            .build();
    WisnInput.Builder wisn =
        WisnInput.builder()
            .staffCategory(role.name())
            .workingTime(time)
            .currentStaff(match.availableFte());
    Map<ComplexityLevel, Fraction> episodes = result.demand().episodesPerYearByLevel();
    boolean any = false;
    for (LevelDemand d : plan.demand().levels()) {
      Hours t = d.profile().hoursPerEpisodeByRole().getOrDefault(role, Hours.ZERO);
      if (t.isPositive()) {
        wisn.addHealthServiceActivity(
            HealthServiceActivity.builder()
                .name(d.level().name() + " episodes")
                .standard(ActivityStandard.ofUnitTime(t))
                .annualWorkload(episodes.get(d.level()).toBigDecimal())
                .build());
        any = true;
      }
    }
    Checks.check(any, "role", "a role the clients need", role);
    if (perFte.totalNonClient().isPositive()) {
      wisn.addCategoryAllowance(
          CategoryAllowance.ofShare(
              "Non-client activities",
              Percentage.ofFraction(perFte.totalNonClient().ratioTo(perFte.workedHours()))));
    }
    return wisn.build();
  }

  /**
   * Returns whether a role can be shown in WISN terms: it has members on the team who share one
   * working day and number of working days per year and have client-care time, and the clients
   * need time from it.
   *
   * @param result the result of the plan, not null
   * @param role the role, not null
   * @return true when {@link #of(PlanResult, Role)} gives the role's figures
   */
  public static boolean isAvailable(PlanResult result, Role role) {
    Checks.notNull(result, "result");
    Checks.notNull(role, "role");
    RoleMatch m = result.matches().get(role);
    return m != null
        && sharedPattern(result.plan(), role) != null
        && m.demandHours().isPositive()
        && m.supplyHours().isPositive();
  }

  private static @Nullable WorkPattern sharedPattern(CaseloadPlan plan, Role role) {
    List<WorkPattern> patterns = patterns(plan, role);
    if (patterns.isEmpty()) {
      return null;
    }
    WorkPattern first = patterns.get(0);
    for (WorkPattern p : patterns) {
      if (!p.hoursPerDay().equals(first.hoursPerDay())
          || p.workingDaysPerYear().compareTo(first.workingDaysPerYear()) != 0) {
        return null;
      }
    }
    return first;
  }

  private static List<WorkPattern> patterns(CaseloadPlan plan, Role role) {
    List<WorkPattern> out = new ArrayList<>();
    for (io.github.cmpt.supply.Clinician c : plan.team().clinicians()) {
      if (c.role().equals(role)) {
        out.add(c.workHours().pattern());
      }
    }
    return out;
  }
}

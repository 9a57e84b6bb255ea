package io.github.cmpt.examples.javadoc;

import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.horizon.Absence;
import io.github.cmpt.horizon.Arrivals;
import io.github.cmpt.horizon.Goal;
import io.github.cmpt.horizon.Horizon;
import io.github.cmpt.horizon.HorizonPlan;
import io.github.cmpt.horizon.Projection;
import io.github.cmpt.horizon.ProjectionComparison;
import io.github.cmpt.horizon.StaffingNeed;
import io.github.cmpt.horizon.WaitingList;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanChange;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.Scenario;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.horizon} (a plan over time),
 * compiled: each method holds the code of one example and returns the value the example is about.
 */
public final class HorizonExamples {

  private HorizonExamples() {}

  /**
   * The example of {@link Horizon}: 52 weeks and 12 months of 2026.
   *
   * @return the two horizons
   */
  public static List<Horizon> horizons() {
    Horizon weeks = Horizon.ofWeeks(LocalDate.of(2026, 1, 5), 52);
    Horizon months = Horizon.ofMonths(YearMonth.of(2026, 1), 12);
    return List.of(weeks, months);
  }

  /**
   * The example of {@link Arrivals}: a constant rate and a series.
   *
   * @return the two
   */
  public static List<Arrivals> arrivals() {
    Arrivals steady = Arrivals.ofWeekly(Fraction.of(5));
    Arrivals series = Arrivals.ofSeries(List.of(Fraction.of(4), Fraction.of(6)));
    return List.of(steady, series);
  }

  /**
   * The example of {@link Absence}: two weeks of vacation in August.
   *
   * @return the absence
   */
  public static Absence absence() {
    Absence summer = Absence.of("ot-2", LeaveType.VACATION,
        LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14));
    return summer;
  }

  /**
   * The example of {@link HorizonPlan}: the plan over 52 weeks with 40 low clients waiting.
   *
   * @return the plan over the horizon
   */
  public static HorizonPlan horizonPlan() {
    CaseloadPlan plan = Fixtures.plan();
    ComplexityScale scale = Fixtures.scale();
    HorizonPlan input = HorizonPlan.builder()
        .plan(plan)
        .horizon(Horizon.ofWeeks(LocalDate.of(2026, 1, 5), 52))
        .putInitialWaiting(scale.level("1"), Fraction.of(40))
        .build();
    Projection projection = Projection.of(input);
    return projection.input();
  }

  /**
   * The example of {@link Projection}: the list of level 1 in week 13, the period it clears, and
   * the period table as text.
   *
   * @return the table as text
   */
  public static String projection() {
    HorizonPlan input = horizonPlan();
    ComplexityScale scale = Fixtures.scale();
    Projection projection = Projection.of(input);
    projection.level(scale.level("1"), 12).waitingAtEnd();
    projection.clearingPeriod();
    String table = projection.toTable().toText();
    return table;
  }

  /**
   * The example of {@link WaitingList}: NHSRwaitinglist's relief capacity, 30 + (1200 - 390) / 26.
   *
   * @return the relief capacity, 795/13 a week
   */
  public static Fraction reliefCapacity() {
    Fraction queue = WaitingList.targetQueueSize(Fraction.of(30), Fraction.of(52));   // 390
    Fraction relief = WaitingList.reliefCapacity(Fraction.of(30), Fraction.of(1200), queue,
        Fraction.of(26));                                                              // 795/13
    return relief;
  }

  /**
   * The example of {@link StaffingNeed}: the OT time to add from March 2 to clear the list by the
   * end of June.
   *
   * @return the FTE of OT to add
   */
  public static Optional<Fte> staffingNeed() {
    HorizonPlan input = horizonPlan();
    StaffingNeed need = StaffingNeed.of(input, LocalDate.of(2026, 3, 2),
        Goal.clearBy(LocalDate.of(2026, 6, 29)));
    need.extraFte(Role.OCCUPATIONAL_THERAPIST);
    return need.extraFte(Role.OCCUPATIONAL_THERAPIST);
  }

  /**
   * The example of {@link ProjectionComparison}: the plan and ot-1 full time, side by side.
   *
   * @return the table as text
   */
  public static String projectionComparison() {
    HorizonPlan input = horizonPlan();
    Scenario moreStaff =
        Scenario.of("ot-1 full time", PlanChange.set(PlanParameter.fte("ot-1"), BigDecimal.ONE));
    ProjectionComparison comparison = ProjectionComparison.of(input, moreStaff);
    String table = comparison.toTable().toText();
    return table;
  }
}

package io.github.cmpt.examples.javadoc;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.plan.PlanComparison;
import io.github.cmpt.worksheet.PlanReport;
import io.github.cmpt.worksheet.Step3Worksheet;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.supply.Team;
import io.github.cmpt.time.Fte;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.plan} (Step 3), compiled: each
 * method holds the code of one example and returns the value the example is about.
 *
 * <p>The plan is that of {@link #caseloadPlan()}: two occupational therapists ({@code ot-1} at
 * 0.8 FTE, {@code ot-2} at 0.6) for 120 episodes a year of a low level and 15 clients at a time of
 * a moderate one; except for {@link #explanation()}, whose plan has physiotherapists.
 */
public final class PlanExamples {

  private PlanExamples() {}

  /**
   * What the example of {@link CaseloadPlan} asks of the plan.
   *
   * @param otFteRequired the FTE of occupational therapists the clients need
   * @param wholeConcurrentCaseload the clients the team can serve at a time for the case mix
   * @param otGapFteWithOt2At08 the gap in FTE of occupational therapists with {@code ot-2} at 0.8
   *     FTE
   */
  public record PlanFigures(
      Fte otFteRequired, long wholeConcurrentCaseload, Fte otGapFteWithOt2At08) {}

  /**
   * The example of {@link CaseloadPlan}: a team and a demand, matched.
   *
   * @return the FTE required, the capacity and the gap of the example
   */
  public static PlanFigures caseloadPlan() {
    Team team = Fixtures.team();
    ServiceDemand demand = Fixtures.otDemand();
    CaseloadPlan plan =
        CaseloadPlan.builder().name("Community OT 2026").team(team).demand(demand).build();
    return new PlanFigures(
        PlanResult.of(plan).match(Role.OCCUPATIONAL_THERAPIST).fteRequired(),
        PlanResult.of(plan).capacity().wholeConcurrentCaseload(),
        PlanResult.of(plan.withFte("ot-2", Fte.of("0.8"))).match(Role.OCCUPATIONAL_THERAPIST).gapFte());
  }


  /**
   * The example of {@link PlanComparison}: the plan against the plan with {@code ot-2} at 0.8 FTE.
   *
   * @return the comparison as a text table
   */
  public static String planComparison() {
    CaseloadPlan plan = Fixtures.plan();
    CaseloadPlan more = plan.withFte("ot-2", Fte.of("0.8"));
    String text = PlanComparison.of(plan, more).toTable().toText();
    return text;
  }


}

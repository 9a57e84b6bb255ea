package io.github.cmpt.examples.javadoc;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.Plausibility;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.plan.PlanChange;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.Scenario;
import io.github.cmpt.plan.ScenarioComparison;
import io.github.cmpt.plan.Sweep;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * a moderate one.
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
   * The example of {@link CaseloadPlan} and {@link PlanResult}: a team and a demand, matched.
   *
   * @return the FTE required, the capacity and the gap of the example
   */
  public static PlanFigures caseloadPlan() {
    Team team = Fixtures.team();
    ServiceDemand demand = Fixtures.otDemand();
    CaseloadPlan plan =
        CaseloadPlan.builder().name("Community OT 2026").team(team).demand(demand).build();
    PlanResult result = PlanResult.of(plan);
    CaseloadPlan more = plan.with(PlanParameter.fte("ot-2"), new BigDecimal("0.8"));
    return new PlanFigures(
        result.match(Role.OCCUPATIONAL_THERAPIST).fteRequired(),
        result.capacity().wholeConcurrentCaseload(),
        PlanResult.of(more, result).match(Role.OCCUPATIONAL_THERAPIST).gapFte());
  }

  /**
   * What the example of {@link PlanParameter} reads and makes.
   *
   * @param now the FTE of {@code ot-2}
   * @param more the plan with {@code ot-2} at 0.8 FTE
   */
  public record ParameterResults(BigDecimal now, CaseloadPlan more) {}

  /**
   * The example of {@link PlanParameter}: the FTE of {@code ot-2}, read and replaced.
   *
   * @return the value read and the changed plan
   */
  public static ParameterResults planParameter() {
    CaseloadPlan plan = Fixtures.plan();
    PlanParameter fte = PlanParameter.fte("ot-2");
    BigDecimal now = plan.get(fte);
    CaseloadPlan more = plan.with(fte, new BigDecimal("0.8"));
    return new ParameterResults(now, more);
  }

  /**
   * What the example of {@link PlanChange} makes.
   *
   * @param plan the base plan
   * @param changed the plan with both changes
   * @param back the changed plan with the inverse applied
   * @param change the composite change
   */
  public record ChangeResults(
      CaseloadPlan plan, CaseloadPlan changed, CaseloadPlan back, PlanChange change) {}

  /**
   * The example of {@link PlanChange}: {@code ot-2} at 1.0 FTE and 10% more low-level episodes,
   * and back.
   *
   * @return the plans and the change
   */
  public static ChangeResults planChange() {
    CaseloadPlan plan = Fixtures.plan();
    ComplexityLevel low = plan.demand().levels().get(0).level();
    PlanChange fill = PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE);
    PlanChange busier = PlanChange.scale(PlanParameter.episodesPerYear(low), new BigDecimal("1.1"));
    CaseloadPlan changed = plan.with(fill.andThen(busier));
    CaseloadPlan back = changed.with(fill.andThen(busier).inverseFor(plan)); // equals plan
    return new ChangeResults(plan, changed, back, fill.andThen(busier));
  }

  /**
   * The example of {@link Scenario}: filling {@code ot-2}'s vacancy.
   *
   * @return the plan of the scenario
   */
  public static CaseloadPlan scenario() {
    CaseloadPlan plan = Fixtures.plan();
    Scenario fill = Scenario.of("Fill vacancy", PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE));
    CaseloadPlan filled = fill.applyTo(plan);
    return filled;
  }

  /**
   * The example of {@link ScenarioComparison}: two scenarios of the plan side by side.
   *
   * @return the comparison as a text table
   */
  public static String scenarioComparison() {
    CaseloadPlan plan = Fixtures.plan();
    ComplexityLevel low = plan.demand().levels().get(0).level();
    Scenario fill = Scenario.of("Fill vacancy", PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE));
    Scenario busier = Scenario.of("Busier year",
        PlanChange.scale(PlanParameter.episodesPerYear(low), new BigDecimal("1.2")));
    String text = ScenarioComparison.of(plan, fill, busier).toTable().toText();
    return text;
  }

  /**
   * The example of {@link Sweep}: the moderate level's caseload at 10, 20 and 30 clients.
   *
   * @return the sweep as CSV
   */
  public static String sweep() {
    CaseloadPlan plan = Fixtures.plan();
    ComplexityLevel moderate = plan.demand().levels().get(1).level();
    Sweep sweep = Sweep.of(plan, PlanParameter.concurrentCaseload(moderate),
        List.of(BigDecimal.valueOf(10), BigDecimal.valueOf(20), BigDecimal.valueOf(30)));
    String csv = sweep.toTable().toCsv();
    return csv;
  }

  /**
   * The example of {@link Plausibility}: the check of the plan and its table.
   *
   * @return whether the plan is plausible, and the table as text
   */
  public static Map.Entry<Boolean, String> plausibility() {
    CaseloadPlan plan = Fixtures.plan();
    Plausibility check = Plausibility.of(PlanResult.of(plan));
    check.isPlausible();
    String text = check.toTable().toText();
    return Map.entry(check.isPlausible(), text);
  }
}

package io.github.cmpt.plan;

import static io.github.cmpt.plan.PlanGenerators.decimals;
import static io.github.cmpt.plan.PlanGenerators.plans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.supply.TeamTime;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Step 3 as a function of the results of Steps 1 and 2: the result of a changed plan reuses what
 * did not change, and gives the same figures as an evaluation from scratch.
 */
class PlanResultTest {

  @Test
  void changingOnlyDemandParametersReusesTheStep1Result() {
    qt().forAll(plans(), integers().between(0, 10_000), decimals(50, 100))
        .checkAssert(
            (plan, pick, factor) -> {
              List<PlanParameter> demand =
                  plan.parameters().stream()
                      .filter(PlanParameter::isDemand)
                      .filter(p -> !p.name().startsWith("groupSize["))
                      .collect(Collectors.toList());
              PlanParameter p = demand.get(pick % demand.size());
              BigDecimal value = plan.get(p).multiply(factor);
              if (!p.rangeIn(plan).contains(value)) {
                return; // not a value of this parameter (a whole number, at least 1)
              }
              CaseloadPlan changed = plan.with(p, value);
              PlanResult base = PlanResult.of(plan);
              PlanResult result = PlanResult.of(changed, base);
              assertThat(result.supply()).isSameAs(base.supply());
              // and the figures are those of an evaluation from scratch
              PlanResult fresh = PlanResult.of(changed);
              assertThat(result.matches()).isEqualTo(fresh.matches());
              assertThat(result.capacity()).isEqualTo(fresh.capacity());
              assertThat(result.suggestedCaseloads()).isEqualTo(fresh.suggestedCaseloads());
            });
  }

  @Test
  void changingOnlySupplyParametersReusesTheStep2Result() {
    qt().forAll(plans(), integers().between(0, 10_000), decimals(90, 100))
        .checkAssert(
            (plan, pick, factor) -> {
              List<PlanParameter> supply =
                  plan.parameters().stream()
                      .filter(PlanParameter::isSupply)
                      .filter(p -> p.name().startsWith("fte["))
                      .collect(Collectors.toList());
              PlanParameter p = supply.get(pick % supply.size());
              CaseloadPlan changed = plan.with(p, plan.get(p).multiply(factor));
              PlanResult base = PlanResult.of(plan);
              PlanResult result;
              try {
                result = PlanResult.of(changed, base);
              } catch (IllegalArgumentException e) {
                // less paid time than an absolute leave line: a plan that cannot be, by name
                assertThat(e).hasMessageContaining("exceeds");
                return;
              }
              assertThat(result.demand()).isSameAs(base.demand());
              assertThat(result.matches()).isEqualTo(PlanResult.of(changed).matches());
            });
  }

  @Test
  void theResultOfAnUnchangedPlanIsTheEarlierOne() {
    CaseloadPlan plan = ReportFixtures.plan();
    PlanResult result = PlanResult.of(plan);
    assertThat(PlanResult.of(plan, result)).isSameAs(result);
  }

  @Test
  void step3FromTheResultsOfSteps1And2() {
    CaseloadPlan plan = ReportFixtures.plan();
    TeamTime supply = TeamTime.of(plan.team());
    InterventionTime demand = InterventionTime.of(plan.demand());
    PlanResult result = PlanResult.of(plan, supply, demand);
    assertThat(result.supply()).isSameAs(supply);
    assertThat(result.demand()).isSameAs(demand);
    assertThat(result.matches()).isEqualTo(PlanResult.of(plan).matches());
  }

  @Test
  void resultsOfAnotherTeamOrDemandAreRejected() {
    CaseloadPlan plan = ReportFixtures.plan();
    CaseloadPlan other =
        plan.with(PlanParameter.weeksPerYear(), new BigDecimal("50"))
            .with(PlanParameter.fte("ot-1"), new BigDecimal("0.5"));
    assertThatThrownBy(
            () ->
                PlanResult.of(
                    plan, TeamTime.of(other.team()), InterventionTime.of(plan.demand())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid value for supply (valid values the time of the plan's team)");
    assertThatThrownBy(
            () ->
                PlanResult.of(
                    plan, TeamTime.of(plan.team()), InterventionTime.of(other.demand())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Invalid value for demand (valid values the intervention time of the plan's demand)");
  }

  @Test
  void equality() {
    CaseloadPlan plan = ReportFixtures.plan();
    CaseloadPlan other = plan.with(PlanParameter.fte("ot-1"), new BigDecimal("0.5"));
    new EqualsTester()
        .addEqualityGroup(PlanResult.of(plan), PlanResult.of(plan))
        .addEqualityGroup(PlanResult.of(other))
        .testEquals();
  }
}

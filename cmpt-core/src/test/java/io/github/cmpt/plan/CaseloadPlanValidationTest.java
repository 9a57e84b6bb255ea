package io.github.cmpt.plan;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.report.Explanation;
import static io.github.cmpt.plan.PlanExamples.HIGH;
import static io.github.cmpt.plan.PlanExamples.LOW;
import static io.github.cmpt.plan.PlanExamples.OT;
import static io.github.cmpt.plan.PlanExamples.activity;
import static io.github.cmpt.plan.PlanExamples.demand;
import static io.github.cmpt.plan.PlanExamples.plan;
import static io.github.cmpt.plan.PlanExamples.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every validation rule of a plan names the field and the value. */
class CaseloadPlanValidationTest {

  private static final Role PT = Role.PHYSIOTHERAPIST;

  /** The example's demand, with a one-hour PT assessment for each of the 120 low clients. */
  static ServiceDemand demandWithPhysiotherapy() {
    ServiceDemand demand = demand();
    LevelDemand low = demand.levels().get(0);
    List<InterventionActivity> activities = new ArrayList<>(low.profile().activities());
    activities.add(activity(ActivityKind.ASSESSMENT, PT, 60, Frequency.ONCE));
    InterventionProfile profile = low.profile().withActivities(activities);
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(PlanExamples.SCALE)
        .addLevel(profile, low.volume())
        .addLevels(demand.levels().get(1))
        .build();
  }

  /** The plan with PT demand, given 1500h of client care per PT FTE. */
  static CaseloadPlan withPhysiotherapy(CaseloadPlan plan) {
    return CaseloadPlan.builder()
        .name("Community OT + PT")
        .team(plan.team())
        .demand(demandWithPhysiotherapy())
        .putClientCareHoursPerFte(PT, Hours.of(1500))
        .build();
  }

  @Test
  void name() {
    assertThatThrownBy(
            () -> CaseloadPlan.builder().name("  ").team(team()).demand(demand()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for name (valid values non-blank): \"  \"");
    assertThatThrownBy(() -> CaseloadPlan.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void clientCareHoursPerFte() {
    assertThatThrownBy(
            () ->
                CaseloadPlan.builder()
                    .name("Plan")
                    .team(team())
                    .demand(demand())
                    .putClientCareHoursPerFte(PT, Hours.ZERO)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for clientCareHoursPerFte (PT) (valid values x > 0): 0h");
    assertThatThrownBy(
            () -> PlanResult.of(CaseloadPlan.builder()
                    .name("Plan")
                    .team(team())
                    .demand(demand())
                    .putClientCareHoursPerFte(OT, Hours.of("-1552.5"))
                    .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for clientCareHoursPerFte (OT) (valid values x > 0): -1552.5h");
  }

  @Test
  void aDemandWithoutHoursCannotBeBuilt() {
    // every activity takes some time, so a demand with no hours is one with no clients, which
    // Step 2 rejects before a plan can check its demand hours
    InterventionProfile low = demand().levels().get(0).profile();
    assertThatThrownBy(
            () ->
                ServiceDemand.builder()
                    .weeksPerYear(52)
                    .addLevel(low, Volume.ofEpisodesPerYear(0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for volume (valid values at least one client in total): 0");
  }

  @Test
  void aRoleTheClientsNeedAndTheTeamLacks() {
    // 120 low episodes x 1h of PT = 120h of PT, and no PT on the team
    assertThatThrownBy(
            () -> PlanResult.of(CaseloadPlan.builder()
                    .name("Plan")
                    .team(team())
                    .demand(demandWithPhysiotherapy())
                    .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for clientCareHoursPerFte (PT) (valid values given for a role the"
                + " clients need and the team has no client-care time for): missing, with a demand"
                + " of 120h");
  }

  @Test
  void aRoleTheTeamLacksWithClientCareHoursGiven() {
    CaseloadPlan plan = withPhysiotherapy(plan());
    assertThat(PlanResult.of(plan).roles()).containsExactly(OT, PT);
    RoleMatch pt = PlanResult.of(plan).match(PT);
    assertThat(pt.availableFte()).isEqualTo(Fte.ZERO);
    assertThat(pt.supplyHours()).isEqualTo(Hours.ZERO);
    assertThat(pt.clientCareHoursPerFte()).isEqualTo(Hours.of(1500));
    assertThat(pt.demandHours()).isEqualTo(Hours.of(120));
    // 120h / 1500h = 0.08 FTE, none available: ratio 0, pressure 100%, no utilisation to speak of
    assertThat(pt.fteRequired()).isEqualTo(Fte.of("0.08"));
    assertThat(pt.gapFte()).isEqualTo(Fte.of("-0.08"));
    assertThat(pt.gapHours()).isEqualTo(Hours.of(-120));
    assertThat(pt.staffingRatio().orElseThrow()).isEqualByComparingTo(Fraction.parse("0"));
    assertThat(pt.workloadPressure()).contains(Percentage.ONE_HUNDRED);
    assertThat(pt.utilisation()).isEmpty();
    Capacity none = pt.capacity().orElseThrow();
    assertThat(none.episodesPerYear()).isEqualByComparingTo(Fraction.parse("0"));
    assertThat(none.concurrentCaseload()).isEqualByComparingTo(Fraction.parse("0"));
    assertThat(none.toString()).isEqualTo("Capacity[PT: 0 episodes/year, 0 concurrent]");
    // 5/7h per episode, rounded for reading
    assertThat(none.hoursPerEpisode().toBigDecimal())
        .isEqualByComparingTo(BigDecimal.valueOf(5).divide(BigDecimal.valueOf(7), Hours.MATH_CONTEXT));
    assertThat(none.explain().toString())
        .isEqualTo(
            "Episodes per year (PT) = client-care hours / sum(share of level x hours per episode)"
                + " with client-care hours of PT 0h, hours of PT per episode of the case mix"
                + " 0.7143h ≈ 0");
    assertThat(none.explain().inputs())
        .containsEntry("hours of PT per episode of the case mix", none.hoursPerEpisode());
    // the plan can serve no one until PT time is found
    assertThat(PlanResult.of(plan).capacity()).isEqualTo(none);
    assertThat(PlanResult.of(plan).toString())
        .isEqualTo(
            "PlanResult[Community OT + PT: available 1.2 FTE, required 1.44 FTE,"
                + " capacity 0 episodes/year]");
    // OT is unchanged by the PT activity
    assertThat(PlanResult.of(plan).match(OT)).isEqualTo(PlanResult.of(plan()).match(OT));
    assertThat(PlanResult.of(plan).suggestedCaseloads()).isEqualTo(PlanResult.of(plan()).suggestedCaseloads());
    Explanation perFte = pt.explain().details().get(0).details().get(0);
    assertThat(perFte.toString())
        .isEqualTo(
            "Client-care hours per 1.0 FTE (PT) = given for a role the team lacks with figure given"
                + " to the plan 1500h = 1500h");
  }

  @Test
  void aRoleOnlyALevelWithoutClientsNeedsIsNotAPlanRole() {
    // the PT assessment is for moderate clients, and there are none: PT is neither on the team nor
    // needed, so the plan has no PT figures (and no made-up hours per FTE for it)
    InterventionProfile moderate = demand().levels().get(1).profile();
    List<InterventionActivity> activities = new ArrayList<>(moderate.activities());
    activities.add(activity(ActivityKind.ASSESSMENT, PT, 60, Frequency.ONCE));
    ServiceDemand noModerate =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .addLevels(demand().levels().get(0))
            .addLevel(moderate.withActivities(activities), Volume.ofConcurrent(0))
            .build();
    assertThat(InterventionTime.of(noModerate).demandHoursByRole()).containsKey(PT);
    CaseloadPlan plan = plan().withDemand(noModerate);
    assertThat(PlanResult.of(plan).roles()).containsExactly(OT);
    assertThatThrownBy(() -> PlanResult.of(plan).match(PT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for role (valid values a role of the plan [OT]): PT");
    // were every client moderate, the team, without PT, could serve none of them
    Capacity allModerate = PlanResult.of(plan).capacity(PlanExamples.MODERATE);
    assertThat(allModerate.role()).isEqualTo(PT);
    assertThat(allModerate.episodesPerYear()).isEqualByComparingTo(Fraction.parse("0"));
    assertThat(PlanResult.of(plan).capacity(LOW).role()).isEqualTo(OT);
  }

  @Test
  void aFigureGivenForARoleWithClientCareTimeOnTheTeamIsAnError() {
    // the team's own 1863h for 1.2 FTE would be used for everything but FTE required
    assertThatThrownBy(
            () -> PlanResult.of(CaseloadPlan.builder()
                    .name("Plan")
                    .team(team())
                    .demand(demand())
                    .putClientCareHoursPerFte(OT, Hours.of(1600))
                    .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for clientCareHoursPerFte (OT) (valid values given only for a role"
                + " without client-care time on the team, which has 1863h): 1600h");
  }

  @Test
  void unknownRoleOrLevel() {
    assertThatThrownBy(() -> PlanResult.of(plan()).match(PT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for role (valid values a role of the plan [OT]): PT");
    assertThatThrownBy(() -> PlanResult.of(plan()).capacity(HIGH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for level (valid values a level of the demand): ComplexityLevel[3 High]");
    assertThat(PlanResult.of(plan()).capacity(LOW).episodesPerYear())
        .isEqualByComparingTo(Fraction.of(new BigDecimal("232.875")));
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> ScenarioComparison.of(plan(), (List<Scenario>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scenarios");
    assertThatThrownBy(() -> ScenarioComparison.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("base");
    assertThatThrownBy(() -> plan().get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parameter");
    assertThatThrownBy(() -> plan().with((PlanChange) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change");
  }
}

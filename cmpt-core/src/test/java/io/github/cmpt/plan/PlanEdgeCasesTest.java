package io.github.cmpt.plan;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.wisn.WisnView;
import io.github.cmpt.worksheet.PlanReport;
import io.github.cmpt.report.Explanation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import org.junit.jupiter.api.Test;

/** Inputs a plan must neither lose nor invent figures for. */
class PlanEdgeCasesTest {

  @Test
  void aSupplyThatFitsAWholeNumberOfEpisodesGivesThatNumber() {
    // 1950 h of client care; three levels of 10 episodes a year at 1 h each: exactly 1950 episodes
    // fit, though each level's share (1/3) has no finite decimal
    io.github.cmpt.demand.ServiceDemand.Builder demand =
        io.github.cmpt.demand.ServiceDemand.builder().weeksPerYear(52);
    for (io.github.cmpt.vocabulary.ComplexityLevel level : ReportFixtures.SCALE.levels()) {
      demand.addLevel(
          io.github.cmpt.demand.InterventionProfile.builder()
              .level(level)
              .episodeWeeks(io.github.cmpt.demand.Figure.ofJudgment(4, "x"))
              .addActivity(
                  ReportFixtures.activity(
                      io.github.cmpt.vocabulary.ActivityKind.ASSESSMENT,
                      60,
                      io.github.cmpt.demand.Frequency.ONCE))
              .build(),
          io.github.cmpt.demand.Volume.ofEpisodesPerYear(10));
    }
    Clinician ot =
        Clinician.builder()
            .id("ot-1")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(ReportFixtures.WEEK, Fte.ONE))
            .build();
    CaseloadPlan plan =
        CaseloadPlan.builder()
            .name("Exact")
            .team(Team.builder().name("OT").addClinicians(ot).build())
            .demand(demand.build())
            .build();
    assertThat(PlanResult.of(plan).capacity().episodesPerYear()).isEqualByComparingTo(Fraction.parse("1950"));
    assertThat(PlanResult.of(plan).capacity().wholeEpisodesPerYear()).isEqualTo(1950);
    assertThat(PlanResult.of(plan).capacity().hoursPerEpisode()).isEqualTo(Hours.of(1));
    // 1950 episodes of 4 weeks over 52 weeks: 150 at a time
    assertThat(PlanResult.of(plan).capacity().wholeConcurrentCaseload()).isEqualTo(150);
  }

  @Test
  void aRoleWithoutClientCareTimeHasNoWisnViewAndTheReportStillBuilds() {
    CaseloadPlan plan = CaseloadPlanValidationTest.withPhysiotherapy(PlanExamples.plan());
    assertThat(WisnView.isAvailable(PlanResult.of(plan), Role.PHYSIOTHERAPIST)).isFalse();
    assertThat(WisnView.isAvailable(PlanResult.of(plan), Role.OCCUPATIONAL_THERAPIST)).isTrue();
    assertThatThrownBy(() -> WisnView.of(PlanResult.of(plan), Role.PHYSIOTHERAPIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role (PT)");
    assertThat(PlanReport.of(PlanResult.of(plan)).tables())
        .extracting(io.github.cmpt.report.Table::title)
        .contains("WISN view - Occupational therapist")
        .doesNotContain("WISN view - Physiotherapist");
  }

  @Test
  void planLevelRatioPressureAndUtilisationAddTheRolesUp() {
    CaseloadPlan plan = CaseloadPlanValidationTest.withPhysiotherapy(PlanExamples.plan());
    Fraction available = PlanResult.of(plan).availableFte().toFraction();
    Fraction required =
        PlanResult.of(plan).match(Role.OCCUPATIONAL_THERAPIST).fteRequired().toFraction()
            .plus(PlanResult.of(plan).match(Role.PHYSIOTHERAPIST).fteRequired().toFraction());
    Fraction ratio = available.dividedBy(required);
    assertThat(PlanResult.of(plan).staffingRatio()).contains(ratio);
    // understaffed: pressure = 1 - ratio
    assertThat(ratio).isLessThan(Fraction.ONE);
    assertThat(PlanResult.of(plan).workloadPressure())
        .contains(io.github.cmpt.time.Percentage.ofFraction(Fraction.ONE.minus(ratio)));
    assertThat(PlanResult.of(plan).utilisation())
        .contains(
            io.github.cmpt.time.Percentage.ofFraction(
                PlanResult.of(plan).demandHours().ratioTo(PlanResult.of(plan).supplyHours())));
  }

  @Test
  void explanationInputsMayNotBeNull() {
    java.util.Map<String, Object> inputs = new java.util.HashMap<>();
    inputs.put("demand", null);
    assertThatThrownBy(() -> Explanation.of("x", "y", inputs, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inputs[demand]");
  }

  @Test
  void hoursPerFteGivenForARoleThePlanDoesNotMatchIsAnError() {
    assertThatThrownBy(
            () -> PlanResult.of(CaseloadPlan.builder()
                    .name("OT")
                    .team(ReportFixtures.plan().team())
                    .demand(ReportFixtures.demand())
                    .putClientCareHoursPerFte(Role.PT_ASSISTANT, Hours.of(1400))
                    .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for clientCareHoursPerFte (PTA) (valid values given for a role of the"
                + " plan [OT]): 1400h");
  }

  @Test
  void aRoleOnTheTeamWithNoClientCareTimeAndNoDemandRequiresNothing() {
    // a PT on leave all year: 1950 h paid, 1950 h leave, no client-care time; the clients need
    // no PT time
    Clinician away =
        Clinician.builder()
            .id("pt-1")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(ReportFixtures.WEEK, Fte.ONE))
            .addLeave(Leave.ofHours(LeaveType.OTHER, Hours.of(1950)))
            .build();
    Team team =
        Team.builder()
            .name("Rehab")
            .addClinicians(ReportFixtures.ot("ot-1", Fte.ONE), away)
            .build();
    CaseloadPlan plan = ReportFixtures.plan().withTeam(team);
    RoleMatch pt = PlanResult.of(plan).match(Role.PHYSIOTHERAPIST);
    assertThat(pt.fteRequired()).isEqualTo(Fte.ZERO);
    assertThat(pt.clientCareHoursPerFte()).isEqualTo(Hours.ZERO);
    assertThat(pt.gapFte()).isEqualTo(Fte.ONE);
    assertThat(pt.staffingRatio()).isEmpty();
    assertThat(pt.utilisation()).isEmpty();
    assertThat(pt.capacity()).isEmpty();
    assertThat(PlanResult.of(plan).fteRequired()).isEqualTo(PlanResult.of(plan).match(Role.OCCUPATIONAL_THERAPIST).fteRequired());
  }
}

package io.github.cmpt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.LeaveType;
import io.github.cmpt.supply.Role;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import org.junit.jupiter.api.Test;

/** Inputs a plan must neither lose nor invent figures for. */
class PlanEdgeCasesTest {

  @Test
  void hoursPerFteGivenForARoleThePlanDoesNotMatchIsAnError() {
    assertThatThrownBy(
            () ->
                CaseloadPlan.builder()
                    .name("OT")
                    .team(ReportFixtures.plan().team())
                    .demand(ReportFixtures.demand())
                    .putClientCareHoursPerFte(Role.PT_ASSISTANT, Hours.of(1400))
                    .build())
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
    RoleMatch pt = plan.match(Role.PHYSIOTHERAPIST);
    assertThat(pt.fteRequired()).isEqualTo(Fte.ZERO);
    assertThat(pt.clientCareHoursPerFte()).isEqualTo(Hours.ZERO);
    assertThat(pt.gapFte()).isEqualTo(Fte.ONE);
    assertThat(pt.staffingRatio()).isEmpty();
    assertThat(pt.utilisation()).isEmpty();
    assertThat(pt.capacity()).isEmpty();
    assertThat(plan.fteRequired()).isEqualTo(plan.match(Role.OCCUPATIONAL_THERAPIST).fteRequired());
  }
}

package io.github.cmpt.plan;

import io.github.cmpt.wisn.WisnView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.wisn.WisnInput;
import io.github.cmpt.wisn.WisnResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** A plan's role in WISN terms gives the same required staff and ratio as the plan. */
class WisnViewTest {

  private static void assertClose(BigDecimal actual, BigDecimal expected) {
    assertThat(actual.subtract(expected).abs()).isLessThan(new BigDecimal("1e-25"));
  }

  @Test
  void requiredStaffAndRatioAreThePlansFteRequiredAndStaffingRatio() {
    Clinician full =
        Clinician.builder()
            .id("ot-1")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(ReportFixtures.WEEK, Fte.ONE))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .addLeave(Leave.ofDays(LeaveType.STATUTORY_HOLIDAYS, 11))
            .addLeave(Leave.ofDays(LeaveType.SICK, 6))
            .addLeave(Leave.ofDays(LeaveType.EDUCATION, 3))
            .addActivity(
                NonClientActivity.of(NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of(2))))
            .build();
    Team team =
        Team.builder()
            .name("OT")
            .addClinicians(full, ReportFixtures.ot("ot-2", Fte.of("0.6")))
            .build();
    CaseloadPlan plan = ReportFixtures.plan().withTeam(team);
    assertThat(WisnView.isAvailable(PlanResult.of(plan), Role.OCCUPATIONAL_THERAPIST)).isTrue();
    WisnInput input = WisnView.of(PlanResult.of(plan), Role.OCCUPATIONAL_THERAPIST);
    WisnResult wisn = input.result();
    RoleMatch match = PlanResult.of(plan).match(Role.OCCUPATIONAL_THERAPIST);
    // AWT is the worked hours of 1.0 FTE
    assertClose(
        wisn.availableWorkingTime().toBigDecimal(),
        TeamTime.of(plan.team())
            .perFte(Role.OCCUPATIONAL_THERAPIST, io.github.cmpt.time.Period.YEAR)
            .workedHours()
            .toBigDecimal());
    assertClose(wisn.requiredStaff().toBigDecimal(), match.fteRequired().toBigDecimal());
    assertClose(wisn.ratio().orElseThrow(), match.staffingRatio().orElseThrow().toBigDecimal());
    assertThat(wisn.currentStaff()).isEqualTo(Fte.of("1.6"));
    // one health-service activity per level, with the level's hours per episode as the standard
    assertThat(input.healthServiceActivities()).hasSize(2);
    assertThat(input.healthServiceActivities().get(0).standard().timePerUnit())
        .isEqualTo(Hours.of(4));
    // leave per FTE in days: 20 x 1 + 20 x 0.6 = 32 vacation days over 1.6 FTE is 20 days per FTE
    assertThat(input.workingTime().annualLeave()).isEqualByComparingTo("20");
    // 11 statutory days for ot-1 only: 11 / 1.6 = 6.875 per FTE
    assertThat(input.workingTime().publicHolidays()).isEqualByComparingTo("6.875");
    assertThat(input.workingTime().otherLeave().setScale(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.875");
  }

  @Test
  void rolesWithoutOnePatternOrWithoutMembersHaveNoWisnView() {
    WorkPattern fourDays = WorkPattern.of(Hours.of(36), 4, new BigDecimal("52"));
    Clinician other =
        Clinician.builder()
            .id("ot-9")
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(fourDays, Fte.ONE))
            .build();
    CaseloadPlan mixed =
        ReportFixtures.plan()
            .withTeam(
                Team.builder()
                    .name("OT")
                    .addClinicians(ReportFixtures.ot("ot-1", Fte.ONE), other)
                    .build());
    assertThat(WisnView.isAvailable(PlanResult.of(mixed), Role.OCCUPATIONAL_THERAPIST)).isFalse();
    assertThatThrownBy(() -> WisnView.of(PlanResult.of(mixed), Role.OCCUPATIONAL_THERAPIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role (OT)")
        .hasMessageContaining("share one working day");
    assertThatThrownBy(() -> WisnView.of(PlanResult.of(mixed), Role.PHYSIOTHERAPIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role")
        .hasMessageContaining("PT");
  }
}

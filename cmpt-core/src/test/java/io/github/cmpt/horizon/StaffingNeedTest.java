package io.github.cmpt.horizon;

import static io.github.cmpt.horizon.HorizonFixtures.LOW;
import static io.github.cmpt.horizon.HorizonFixtures.MODERATE;
import static io.github.cmpt.horizon.HorizonFixtures.MONDAY;
import static io.github.cmpt.horizon.HorizonFixtures.OT;
import static io.github.cmpt.horizon.HorizonFixtures.OTA;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanChange;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.Scenario;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffingNeedTest {

  private static HorizonPlan backlog() {
    return HorizonPlan.builder()
        .plan(HorizonFixtures.smallPlan())
        .horizon(Horizon.ofWeeks(MONDAY, 26))
        .putArrival(LOW, Arrivals.ofWeekly(Fraction.of(12)))
        .putArrival(MODERATE, Arrivals.ofWeekly(Fraction.ZERO))
        .putInitialWaiting(LOW, Fraction.of(150))
        .build();
  }

  /** The same plan with an OT of the given FTE added by hand from a date. */
  private static Projection withAddedOt(HorizonPlan input, String fte, LocalDate from) {
    CaseloadPlan plan = input.plan();
    Clinician ot =
        Clinician.builder()
            .id("new-ot")
            .role(OT)
            .workHours(HorizonFixtures.clinician("x", OT, "1.0").workHours().withFte(Fte.of(fte)))
            .build();
    return Projection.of(
        input
            .withPlan(
                plan.withTeam(
                    io.github.cmpt.supply.Team.builder()
                        .name(plan.team().name())
                        .addAllClinicians(plan.team().clinicians())
                        .addClinician(ot)
                        .addAllLeave(plan.team().leave())
                        .addAllActivities(plan.team().activities())
                        .build()))
            .withEmployment(Map.of("new-ot", Range.atLeast(from))));
  }

  @Test
  void findsTheLeastFteThatClearsTheListByTheDate() {
    HorizonPlan input = backlog();
    LocalDate from = MONDAY.plusWeeks(4);
    LocalDate by = MONDAY.plusWeeks(12);
    Goal goal = Goal.clearBy(by);
    assertThat(goal.isMetBy(Projection.of(input))).isFalse();
    StaffingNeed need = StaffingNeed.of(input, from, goal);
    Fte ot = need.extraFte(OT).orElseThrow();
    assertThat(ot.isPositive()).isTrue();
    // the assistant is not needed by level 1, the only one waiting
    assertThat(need.extraFte(OTA)).contains(Fte.ZERO);
    assertThat(need.isMet()).isTrue();
    // checked by hand: the figure clears the list, a hundredth less does not
    BigDecimal x = ot.toBigDecimal();
    assertThat(goal.isMetBy(withAddedOt(input, x.toPlainString(), from))).isTrue();
    assertThat(
            goal.isMetBy(
                withAddedOt(input, x.subtract(new BigDecimal("0.01")).toPlainString(), from)))
        .isFalse();
    assertThat(need.toTable().toText()).contains("FTE to add");
  }

  @Test
  void aMeanWaitTargetNeedsLessThanClearingTheList() {
    HorizonPlan input = backlog();
    LocalDate from = MONDAY.plusWeeks(2);
    Fte clear = StaffingNeed.of(input, from, Goal.clearBy(MONDAY.plusWeeks(10))).extraFte(OT)
        .orElseThrow();
    Fte wait =
        StaffingNeed.of(input, from, Goal.meanWaitAtMost(Fraction.of(2), MONDAY.plusWeeks(10)))
            .extraFte(OT)
            .orElseThrow();
    assertThat(wait).isLessThanOrEqualTo(clear);
    assertThat(Goal.meanWaitAtMost(Fraction.of(2), MONDAY))
        .hasToString("mean wait at most 2 weeks from 2026-01-05");
  }

  @Test
  void scenariosAreProjectedSideBySide() {
    HorizonPlan input = backlog();
    Scenario fuller = Scenario.of("ot-2 full time",
        PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE));
    ProjectionComparison comparison = ProjectionComparison.of(input, fuller);
    Projection base = comparison.projection("Small OT 2026");
    Projection more = comparison.projection("ot-2 full time");
    Projection byHand =
        Projection.of(input.withPlan(input.plan().with(PlanParameter.fte("ot-2"), BigDecimal.ONE)));
    for (int j = 0; j < 26; j++) {
      assertThat(more.waitingAtEnd(j)).isEqualTo(byHand.waitingAtEnd(j));
      assertThat(more.waitingAtEnd(j)).isLessThanOrEqualTo(base.waitingAtEnd(j));
    }
    assertThat(comparison.toTable().columns())
        .containsExactly(
            "Period",
            "Waiting - Small OT 2026",
            "On caseload - Small OT 2026",
            "Waiting - ot-2 full time",
            "On caseload - ot-2 full time");
    assertThat(comparison.toTable().rows()).hasSize(26);
  }
}

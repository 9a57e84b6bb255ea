package io.github.cmpt.plan;

import io.github.cmpt.report.Explanation;
import static io.github.cmpt.plan.PlanExamples.LOW;
import static io.github.cmpt.plan.PlanExamples.MODERATE;
import static io.github.cmpt.plan.PlanExamples.OT;
import static io.github.cmpt.plan.PlanExamples.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Equality of plans and their figures: equal inputs, whatever the scale of their decimals, give
 * equal figures.
 */
class CaseloadPlanValuesTest {

  /** The plan of {@link PlanExamples} with every decimal of the contracts written with more zeros. */
  private static CaseloadPlan planWithTrailingZeros() {
    WorkPattern pattern = WorkPattern.of(Hours.of("37.50"), 5, new BigDecimal("52.0"));
    Team team =
        PlanExamples.teamBuilder()
            .addClinician(
                Clinician.builder()
                    .id("ot-1")
                    .role(OT)
                    .workHours(WorkHours.of(pattern, Fte.of("1.00")))
                    .build())
            .addClinician(
                Clinician.builder()
                    .id("ot-2")
                    .role(OT)
                    .workHours(WorkHours.of(pattern, Fte.of("0.20")))
                    .build())
            .build();
    return plan().withTeam(team);
  }

  private static CaseloadPlan more() {
    return plan().with(PlanParameter.fte("ot-2"), new BigDecimal("0.5"));
  }

  @Test
  void plans() {
    new EqualsTester()
        .addEqualityGroup(plan(), plan(), planWithTrailingZeros())
        .addEqualityGroup(more())
        .addEqualityGroup(
            CaseloadPlan.builder()
                .name("Another name")
                .team(plan().team())
                .demand(plan().demand())
                .build())
        .addEqualityGroup(CaseloadPlanValidationTest.withPhysiotherapy(plan()))
        .addEqualityGroup(
            CaseloadPlan.builder()
                .name("Community OT + PT")
                .team(plan().team())
                .demand(CaseloadPlanValidationTest.demandWithPhysiotherapy())
                .putClientCareHoursPerFte(Role.PHYSIOTHERAPIST, Hours.of(1400))
                .build())
        .testEquals();
  }

  @Test
  void roleMatches() {
    new EqualsTester()
        .addEqualityGroup(
            PlanResult.of(plan()).match(OT), PlanResult.of(plan()).match(OT), PlanResult.of(planWithTrailingZeros()).match(OT))
        .addEqualityGroup(PlanResult.of(more()).match(OT))
        .addEqualityGroup(PlanResult.of(plan().with(PlanParameter.episodesPerYear(LOW), BigDecimal.valueOf(60))).match(OT))
        .testEquals();
  }

  @Test
  void capacities() {
    new EqualsTester()
        .addEqualityGroup(PlanResult.of(plan()).capacity(), PlanResult.of(plan()).capacity(), PlanResult.of(planWithTrailingZeros()).capacity())
        // 1863h / 8h = 232.875 episodes, whatever the scale of the hours
        .addEqualityGroup(
            PlanResult.of(plan()).capacity(LOW), PlanResult.of(plan()).capacity(LOW), PlanResult.of(planWithTrailingZeros()).capacity(LOW))
        .addEqualityGroup(PlanResult.of(plan()).capacity(MODERATE), PlanResult.of(planWithTrailingZeros()).capacity(MODERATE))
        .addEqualityGroup(PlanResult.of(more()).capacity())
        .testEquals();
  }

  @Test
  void caseloads() {
    List<ClinicianCaseload> a = PlanResult.of(plan()).suggestedCaseloads();
    List<ClinicianCaseload> b = PlanResult.of(planWithTrailingZeros()).suggestedCaseloads();
    new EqualsTester()
        .addEqualityGroup(a.get(0), PlanResult.of(plan()).suggestedCaseloads().get(0), b.get(0))
        .addEqualityGroup(a.get(1), b.get(1))
        .addEqualityGroup(PlanResult.of(more()).suggestedCaseloads().get(1))
        .testEquals();
  }

  @Test
  void explanations() {
    new EqualsTester()
        .addEqualityGroup(
            PlanResult.of(plan()).match(OT).explain(),
            PlanResult.of(plan()).match(OT).explain(),
            PlanResult.of(planWithTrailingZeros()).match(OT).explain())
        .addEqualityGroup(
            PlanResult.of(plan()).capacity(LOW).explain(), PlanResult.of(planWithTrailingZeros()).capacity(LOW).explain())
        .addEqualityGroup(PlanResult.of(more()).match(OT).explain())
        .addEqualityGroup(
            Explanation.of("x", "a + b", Map.of("a", Hours.of(1)), Hours.of(1)),
            Explanation.of("x", "a + b", Map.of("a", Hours.of("1.0")), Hours.of("1.00"), List.of()))
        .addEqualityGroup(Explanation.of("x", "a + b", Map.of("a", Hours.of(1)), Hours.of(2)))
        .addEqualityGroup(Explanation.of("y", "a + b", Map.of("a", Hours.of(1)), Hours.of(1)))
        .addEqualityGroup(Explanation.of("x", "a - b", Map.of("a", Hours.of(1)), Hours.of(1)))
        .addEqualityGroup(Explanation.of("x", "a + b", Map.of("b", Hours.of(1)), Hours.of(1)))
        .addEqualityGroup(
            Explanation.of(
                "x",
                "a + b",
                Map.of("a", Hours.of(1)),
                Hours.of(1),
                List.of(Explanation.of("a", "given", Map.of(), Hours.of(1)))))
        .testEquals();
  }

  @Test
  void equalExplanationsReadTheSame() {
    // 1863h / 8h = 232.875 episodes, not 232.875000
    assertThat(PlanResult.of(planWithTrailingZeros()).capacity(LOW).explain().toString())
        .isEqualTo(PlanResult.of(plan()).capacity(LOW).explain().toString())
        .endsWith(" = 232.875");
    Explanation e = Explanation.of("x", "given", Map.of("a", new BigDecimal("1.50")), BigDecimal.TEN);
    assertThat(e.toString()).isEqualTo("x = given with a 1.5 = 10");
  }

  @Test
  void explanationNamesANullArgument() {
    assertThatThrownBy(() -> Explanation.of(null, "f", Map.of(), Hours.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> Explanation.of("x", null, Map.of(), Hours.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("formula");
    assertThatThrownBy(() -> Explanation.of("x", "f", Map.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result");
  }

  @Test
  void anExplanationWithoutInputs() {
    Explanation e = Explanation.of("Weeks per year", "given", Map.of(), BigDecimal.valueOf(52));
    assertThat(e.toString()).isEqualTo("Weeks per year = given = 52");
    assertThat(e.details()).isEmpty();
  }
}

package io.github.cmpt.plan;

import static io.github.cmpt.plan.PlanExamples.LOW;
import static io.github.cmpt.plan.PlanExamples.MODERATE;
import static io.github.cmpt.plan.PlanExamples.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.report.Table;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios of the plan of {@link PlanExamples} side by side, and sweeps, worked by hand. */
class ScenarioComparisonTest {

  private static Fraction quotient(String a, String b) {
    return Fraction.of(new BigDecimal(a)).dividedBy(Fraction.of(new BigDecimal(b)));
  }

  private static final Scenario MORE =
      Scenario.of("ot-2 at 0.5", PlanChange.set(PlanParameter.fte("ot-2"), new BigDecimal("0.5")));

  private static final Scenario BUSIER =
      Scenario.of(
          "Busier", PlanChange.scale(PlanParameter.episodesPerYear(LOW), new BigDecimal("1.5")));

  @Test
  void changesPrintAsTheyRead() {
    PlanChange fill = PlanChange.set(PlanParameter.fte("ot-2"), new BigDecimal("1.0"));
    PlanChange longer =
        PlanChange.scale(
            PlanParameter.activityMinutes(MODERATE, io.github.cmpt.vocabulary.ActivityKind.ASSESSMENT,
                Role.OCCUPATIONAL_THERAPIST),
            new BigDecimal("1.1"));
    PlanChange fewer = PlanChange.add(PlanParameter.concurrentCaseload(MODERATE), BigDecimal.valueOf(-2));
    assertThat(fill).hasToString("fte[ot-2] = 1");
    assertThat(longer).hasToString("minutes[2/assessment/OT] x 1.1");
    assertThat(fewer).hasToString("concurrent[2] - 2");
    assertThat(fill.andThen(longer).andThen(fewer))
        .hasToString("fte[ot-2] = 1; minutes[2/assessment/OT] x 1.1; concurrent[2] - 2");
    assertThat(fill.andThen(longer).named("Fill and assess")).hasToString("Fill and assess");
    assertThat(fill).isEqualTo(PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE));
    assertThat(MORE).hasToString("Scenario[ot-2 at 0.5: fte[ot-2] = 0.5]");
    // the inverse on the base sets the base's value back
    assertThat(fill.andThen(fewer).inverseFor(plan()))
        .hasToString("concurrent[2] = 12; fte[ot-2] = 0.2");
    assertThat(PlanChange.of("Add PT", CaseloadPlanValidationTest::withPhysiotherapy).inverseFor(plan()))
        .hasToString("restore Community OT 2026");
  }

  @Test
  void scenariosSideBySide() {
    ScenarioComparison comparison = ScenarioComparison.of(plan(), MORE, BUSIER);
    assertThat(comparison)
        .hasToString("ScenarioComparison[Community OT 2026: ot-2 at 0.5, Busier]");
    Table table = comparison.toTable();
    assertThat(table.title()).isEqualTo("Scenarios of Community OT 2026");
    assertThat(table.columns())
        .containsExactly(
            "Figure", "Community OT 2026", "ot-2 at 0.5", "Busier", "ot-2 at 0.5 - base",
            "Busier - base");
    List<List<Object>> rows = table.rows();
    assertThat(rows).hasSize(6);
    // base: 1.2 FTE for 2112h / 1552.5h = 1.3604 FTE required; ot-2 at 0.5: 1.5 FTE; busier:
    // 180 x 8h + 1152h = 2592h, 2592 / 1552.5 = 1.6696 FTE
    Fte required = Fte.of(quotient("2112", "1552.5"));
    Fte busier = Fte.of(quotient("2592", "1552.5"));
    assertThat(rows.get(0))
        .containsExactly(
            "OT: available FTE", Fte.of("1.2"), Fte.of("1.5"), Fte.of("1.2"), Fte.of("0.3"),
            Fte.ZERO);
    assertThat(rows.get(1))
        .containsExactly(
            "OT: FTE required", required, required, busier, Fte.ZERO, busier.minus(required));
    assertThat(rows.get(2).get(0)).isEqualTo("OT: gap (FTE)");
    assertThat(rows.get(2).get(2)).isEqualTo(Fte.of("1.5").minus(required));
    // ratios: 1863 / 2112 = 0.8821; 2328.75 / 2112 = 1.1026; 1863 / 2592 = 0.7188
    assertThat(rows.get(3).get(0)).isEqualTo("OT: staffing ratio");
    assertThat(rows.get(3).get(1)).isEqualTo(quotient("1863", "2112"));
    assertThat(rows.get(3).get(2)).isEqualTo(quotient("2328.75", "2112"));
    assertThat(rows.get(3).get(3)).isEqualTo(quotient("1863", "2592"));
    // capacity: 1863 / (2112/168) = 148.19 -> 148; x 1.25 = 185.24 -> 185; busier: mix 180/228
    // and 48/228, 2592/228 h an episode: 1863 x 228 / 2592 = 163.875 -> 163
    assertThat(rows.get(4)).containsExactly("Capacity (episodes/year)", 148L, 185L, 163L, 37L, 15L);
    // concurrent: 148.19 x (120 x 8 + 48 x 13) / 168 / 52 = 26.87 -> 26; x 1.25 = 33.59 -> 33;
    // busier 163.875 x (180 x 8 + 48 x 13) / 228 / 52 = 28.53 -> 28
    assertThat(rows.get(5)).containsExactly("Capacity (concurrent)", 26L, 33L, 28L, 7L, 2L);
    assertThat(table.toText())
        .contains("OT: available FTE                      1.20         1.50    1.20")
        .contains("OT: staffing ratio                     0.88         1.10    0.72")
        // differences of the figures as shown: 1.67 - 1.36 = 0.31, -0.47 - -0.16 = -0.31
        .contains("OT: FTE required                       1.36         1.36    1.67                0.00           0.31")
        .contains("OT: gap (FTE)                         -0.16         0.14   -0.47                0.30          -0.31")
        .contains("Capacity (episodes/year)                148          185     163");
    assertThat(table.notes()).hasSize(1);
  }

  @Test
  void aRoleOfOnlyOneScenarioIsZeroInTheOthers() {
    Scenario pt = Scenario.of("With PT", PlanChange.of("Add PT", CaseloadPlanValidationTest::withPhysiotherapy));
    Table table = ScenarioComparison.of(plan(), pt).toTable();
    String[] csv = table.toCsv().split("\r\n");
    // the base has no PT; PT needs 120h / 1500h = 0.08 FTE and has none: ratio 0
    assertThat(csv).hasSize(11);
    assertThat(csv[5]).isEqualTo("PT: available FTE,0,0,0");
    assertThat(csv[6]).isEqualTo("PT: FTE required,0,0.08,0.08");
    assertThat(csv[7]).isEqualTo("PT: gap (FTE),0,-0.08,-0.08");
    assertThat(csv[8]).isEqualTo("PT: staffing ratio,,0,");
    // the bottleneck is now PT, with no staff: capacity 0
    assertThat(csv[9]).isEqualTo("Capacity (episodes/year),148,0,-148");
  }

  @Test
  void eachDistinctPlanIsEvaluatedOnceAndNamesAreDistinct() {
    Scenario same = Scenario.of("Same", PlanChange.set(PlanParameter.fte("ot-2"), new BigDecimal("0.50")));
    ScenarioComparison c = ScenarioComparison.of(plan(), MORE, same);
    assertThat(c.plans().get(0)).isEqualTo(c.plans().get(1));
    assertThatThrownBy(() -> ScenarioComparison.of(plan(), MORE, MORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for scenarios (valid values distinct names): \"ot-2 at 0.5\" twice");
  }

  @Test
  void aSweepHasARowForEachValue() {
    Sweep sweep =
        Sweep.of(
            plan(),
            PlanParameter.concurrentCaseload(MODERATE),
            List.of(BigDecimal.valueOf(6), BigDecimal.valueOf(12), BigDecimal.valueOf(18)));
    assertThat(sweep).hasToString("Sweep[concurrent[2] x 3 values on Community OT 2026]");
    Table table = sweep.toTable();
    assertThat(table.columns())
        .containsExactly(
            "concurrent[2] (clients)", "OT: available FTE", "OT: FTE required", "OT: gap (FTE)",
            "OT: staffing ratio", "Capacity (episodes/year)", "Capacity (concurrent)");
    // 6, 12, 18 clients: 24, 48, 72 episodes of 24h: 960 + 576, 1152, 1728 = 1536, 2112, 2688h
    assertThat(table.cell(0, 2)).isEqualTo(Fte.of(quotient("1536", "1552.5")));
    assertThat(table.cell(1, 2)).isEqualTo(Fte.of(quotient("2112", "1552.5")));
    assertThat(table.cell(2, 2)).isEqualTo(Fte.of(quotient("2688", "1552.5")));
    assertThat(table.cell(1, 5)).isEqualTo(148L);
    assertThatThrownBy(() -> Sweep.of(plan(), PlanParameter.concurrentCaseload(MODERATE), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for values (valid values at least one value): none");
    assertThatThrownBy(
            () ->
                Sweep.of(
                    plan(), PlanParameter.concurrentCaseload(MODERATE),
                    List.of(BigDecimal.valueOf(-1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for concurrent[2] (valid values x >= 0): -1");
  }
}

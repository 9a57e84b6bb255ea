package io.github.cmpt.uncertainty;

import static io.github.cmpt.uncertainty.Fixtures.LOW;
import static io.github.cmpt.uncertainty.Fixtures.MODERATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.worksheet.UncertaintyWorksheet;
import org.junit.jupiter.api.Test;

class UncertaintyWorksheetTest {

  private static final UncertainPlan UNCERTAIN =
      UncertainPlan.builder(Fixtures.plan())
          .vary(PlanParameter.episodesPerYear(LOW), Distribution.parse("pert(100, 120, 150)"))
          .varyTogether("growth", Distribution.parse("triangular(0.9, 1, 1.2)"),
              PlanParameter.concurrentCaseload(MODERATE))
          .build();

  @Test
  void theWorksheetHasTheInputsTheTornadoAndTheSimulation() {
    Sensitivity s = Sensitivity.of(UNCERTAIN);
    MonteCarlo mc = MonteCarlo.of(UNCERTAIN, 2000, 1);
    Worksheet w = UncertaintyWorksheet.of(s, mc);
    assertThat(w.title()).isEqualTo("Uncertainty - Community OT");
    assertThat(w.tables()).extracting(t -> t.title())
        .containsExactly("Uncertain inputs", "Sensitivity of FTE required (all roles)",
            "Monte Carlo (2000 samples, seed 1)");
    assertThat(w.table("Uncertain inputs").rows().get(1))
        .containsExactly("growth", "triangular(0.9, 1, 1.2)", "1.033",
            "concurrent[2] x factor", "12 clients");
    assertThat(w.toMarkdown()).contains("| episodesPerYear[1] |");
    assertThat(w.toCsv()).contains("FTE required (OT)");
    Worksheet report = UncertaintyWorksheet.report(s, mc);
    assertThat(report.title()).isEqualTo("Caseload plan - Community OT");
    assertThat(report.tables().get(report.tables().size() - 1).title())
        .isEqualTo("Uncertainty - Monte Carlo (2000 samples, seed 1)");
    assertThat(report.tables().get(0).title()).startsWith("Step 1");
  }

  @Test
  void aSimulationOfAnotherPlanIsRejected() {
    UncertainPlan other =
        UNCERTAIN.withDistribution("growth", Distribution.parse("uniform(0.9, 1.1)"));
    assertThatThrownBy(
            () -> UncertaintyWorksheet.of(Sensitivity.of(UNCERTAIN), MonteCarlo.of(other, 10, 1)))
        .hasMessageContaining("monteCarlo");
  }
}

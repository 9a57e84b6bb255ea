package io.github.cmpt.worksheet;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.uncertainty.UncertainInput;
import io.github.cmpt.uncertainty.UncertainPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The uncertainty of a plan as a worksheet: its uncertain inputs, the tornado table of a
 * {@link Sensitivity} analysis and the summary of a {@link MonteCarlo} simulation; and the whole
 * plan's report ({@link PlanReport}) followed by those tables.
 *
 * <pre>{@code
 * Worksheet w = UncertaintyWorksheet.of(sensitivity, monteCarlo);       // or toMarkdown()...
 * Worksheet all = UncertaintyWorksheet.report(sensitivity, monteCarlo);  // the report, then w
 * }</pre>
 */
public final class UncertaintyWorksheet {

  private UncertaintyWorksheet() {}

  /**
   * Returns the tables of the uncertainty of a plan: the inputs (name, distribution, mean, the
   * parameters and their base values), the sensitivity of the FTE required of all roles and of
   * each role the clients need, and the Monte Carlo summary.
   *
   * @param sensitivity the sensitivity analysis, not null
   * @param monteCarlo a simulation of the same uncertain plan, not null
   * @return the worksheet, titled {@code Uncertainty - <name>}
   * @throws IllegalArgumentException when the two are of different uncertain plans
   */
  public static Worksheet of(Sensitivity sensitivity, MonteCarlo monteCarlo) {
    return Worksheet.of(
        "Uncertainty - " + check(sensitivity, monteCarlo).plan().name(),
        tables(sensitivity, monteCarlo));
  }

  /**
   * Returns the report of the whole plan ({@link PlanReport}) followed by the tables of
   * {@link #of(Sensitivity, MonteCarlo)}, each titled {@code Uncertainty - <table>}.
   *
   * @param sensitivity the sensitivity analysis, not null
   * @param monteCarlo a simulation of the same uncertain plan, not null
   * @return the report, titled {@code Caseload plan - <name>}
   * @throws IllegalArgumentException when the two are of different uncertain plans
   */
  public static Worksheet report(Sensitivity sensitivity, MonteCarlo monteCarlo) {
    UncertainPlan plan = check(sensitivity, monteCarlo);
    Worksheet base = PlanReport.of(PlanResult.of(plan.plan()));
    List<Table> tables = new ArrayList<>(base.tables());
    for (Table t : tables(sensitivity, monteCarlo)) {
      tables.add(t.withTitle("Uncertainty - " + t.title()));
    }
    return Worksheet.of(base.title(), tables);
  }

  private static UncertainPlan check(Sensitivity sensitivity, MonteCarlo monteCarlo) {
    Checks.notNull(sensitivity, "sensitivity");
    Checks.notNull(monteCarlo, "monteCarlo");
    Checks.check(
        sensitivity.plan().equals(monteCarlo.plan()),
        "monteCarlo",
        "a simulation of the uncertain plan of the sensitivity analysis",
        monteCarlo);
    return sensitivity.plan();
  }

  private static List<Table> tables(Sensitivity sensitivity, MonteCarlo monteCarlo) {
    UncertainPlan plan = sensitivity.plan();
    Table.Builder inputs =
        Table.builder("Uncertain inputs", "Input", "Distribution", "Mean", "Sets", "Base value");
    for (UncertainInput i : plan.inputs()) {
      boolean first = true;
      for (PlanParameter p : i.parameters()) {
        String sets = p.name() + (i.isFactor() ? " x factor" : "");
        String base = io.github.cmpt.internal.Checks.plain(plan.plan().get(p)) + " " + p.unit();
        if (first) {
          inputs.row(
              i.name(),
              i.distribution().toString(),
              java.math.BigDecimal.valueOf(i.distribution().mean())
                  .round(new java.math.MathContext(4))
                  .stripTrailingZeros()
                  .toPlainString(),
              sets,
              base);
        } else {
          inputs.row("", "", "", sets, base);
        }
        first = false;
      }
    }
    inputs.note("pert(a, m, b): Beta scaled to [a, b], mean (a + 4m + b) / 6; triangular(a, m, b):"
        + " mean (a + m + b) / 3; a factor multiplies the base value of each parameter it sets.");
    List<Table> out = new ArrayList<>();
    out.add(inputs.build());
    out.add(sensitivity.toTable());
    for (io.github.cmpt.vocabulary.Role role : sensitivity.roles()) {
      if (sensitivity.baseFteRequired(role) > 0 && sensitivity.roles().size() > 1) {
        out.add(sensitivity.toTable(role));
      }
    }
    out.add(monteCarlo.toTable());
    return out;
  }
}

package io.github.cmpt.worksheet;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.Plausibility;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.wisn.WisnView;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a whole plan: the plausibility warnings when there are any (see
 * {@link Plausibility}), the Step 1, Step 2 and Step 3 worksheets in order, each table titled with
 * its step, followed by each role of the plan in WISN terms where the role can be shown so (see
 * {@link WisnView}).
 *
 * <pre>{@code
 * String text = PlanReport.of(PlanResult.of(plan)).toText();      // or toMarkdown(), toCsv()
 * }</pre>
 */
public final class PlanReport {

  private PlanReport() {}

  /**
   * Returns the report of a plan's result.
   *
   * @param plan the result of the plan, not null
   * @return the report as a worksheet titled {@code Caseload plan - <name>}
   */
  public static Worksheet of(PlanResult plan) {
    Checks.notNull(plan, "plan");
    List<Table> tables = new ArrayList<>();
    Plausibility check = Plausibility.of(plan);
    if (!check.isPlausible()) {
      tables.add(check.toTable());
    }
    for (Table t : Step1Worksheet.of(plan.supply()).tables()) {
      tables.add(t.withTitle("Step 1 - " + t.title()));
    }
    for (Table t : Step2Worksheet.of(plan.demand()).tables()) {
      tables.add(t.withTitle("Step 2 - " + t.title()));
    }
    for (Table t : Step3Worksheet.tables(plan)) {
      tables.add(t.withTitle("Step 3 - " + t.title()));
    }
    for (RoleMatch m : plan.matches().values()) {
      if (WisnView.isAvailable(plan, m.role())) {
        Table t = WisnView.of(plan, m.role()).result().toTable();
        tables.add(t.withTitle("WISN view - " + m.role().name()));
      }
    }
    return Worksheet.of("Caseload plan - " + plan.plan().name(), tables);
  }
}

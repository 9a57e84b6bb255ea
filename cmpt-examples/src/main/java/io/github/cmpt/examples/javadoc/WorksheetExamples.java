package io.github.cmpt.examples.javadoc;

import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.worksheet.PlanReport;
import io.github.cmpt.worksheet.Step1Worksheet;
import io.github.cmpt.worksheet.Step2Worksheet;
import io.github.cmpt.worksheet.Step3Worksheet;
import io.github.cmpt.worksheet.UncertaintyWorksheet;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.uncertainty.UncertainPlan;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.worksheet} (the worksheets of the
 * steps and the whole-plan report), compiled: each method holds the code of one example and returns
 * the value the example is about.
 */
public final class WorksheetExamples {

  private WorksheetExamples() {}

  /**
   * What the example of {@link Step2Worksheet} gives.
   *
   * @param text the worksheet as text
   * @param csv the table of demand by level as CSV
   */
  public record Step2Forms(String text, String csv) {}

  /**
   * The example of {@link Step1Worksheet}: the Step 1 worksheet of the team of the {@link Team}
   * example, as text.
   *
   * @return the worksheet as text
   */
  public static String step1Worksheet() {
    Team team = Fixtures.team();
    String text = Step1Worksheet.of(TeamTime.of(team)).toText();
    return text;
  }

  /**
   * The example of {@link Step2Worksheet}: the worksheet of the demand of the {@link
   * ServiceDemand} example as text, and its table of demand by level as CSV.
   *
   * @return the text and the CSV
   */
  public static Step2Forms step2Worksheet() {
    ServiceDemand demand = Fixtures.demand();
    Worksheet sheet = Step2Worksheet.of(InterventionTime.of(demand));
    String text = sheet.toText();
    String csv = sheet.table(Step2Worksheet.DEMAND).toCsv();
    return new Step2Forms(text, csv);
  }

  /**
   * The example of {@link Step3Worksheet}: the Step 3 worksheet of the plan as text.
   *
   * @return the worksheet as text
   */
  public static String step3Worksheet() {
    CaseloadPlan plan = Fixtures.plan();
    String text = Step3Worksheet.of(PlanResult.of(plan)).toText();
    return text;
  }

  /**
   * The example of {@link PlanReport}: the report of the plan as text.
   *
   * @return the report as text
   */
  public static String planReport() {
    CaseloadPlan plan = Fixtures.plan();
    String text = PlanReport.of(PlanResult.of(plan)).toText(); // or toMarkdown(), toCsv()
    return text;
  }

  /**
   * What the example of {@link UncertaintyWorksheet} gives.
   *
   * @param w the worksheet of the uncertainty
   * @param all the whole plan's report followed by it
   */
  public record UncertaintyForms(Worksheet w, Worksheet all) {}

  /**
   * The example of {@link UncertaintyWorksheet}: the worksheet of the uncertain plan of the
   * {@code UncertainPlan} example, alone and after the plan's report.
   *
   * @return the two worksheets
   */
  public static UncertaintyForms uncertaintyWorksheet() {
    UncertainPlan uncertain = UncertaintyExamples.uncertainPlan();
    Sensitivity sensitivity = Sensitivity.of(uncertain);
    MonteCarlo monteCarlo = MonteCarlo.of(uncertain, 10_000, 42);
    Worksheet w = UncertaintyWorksheet.of(sensitivity, monteCarlo);       // or toMarkdown()...
    Worksheet all = UncertaintyWorksheet.report(sensitivity, monteCarlo);  // the report, then w
    return new UncertaintyForms(w, all);
  }
}

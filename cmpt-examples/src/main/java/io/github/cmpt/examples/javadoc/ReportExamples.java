package io.github.cmpt.examples.javadoc;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.report.Shares;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.worksheet.Step1Worksheet;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.report}, compiled: each method
 * holds the code of one example and returns the value the example is about.
 */
public final class ReportExamples {

  private ReportExamples() {}

  /**
   * What the example of {@link Shares} gives.
   *
   * @param rounded the shares rounded to one decimal, summing to 100.0%
   * @param exact the exact shares
   */
  public record ShareFigures(List<Percentage> rounded, List<Percentage> exact) {}

  /**
   * The example of {@link Shares}: 15, 12 and 8 hours of a 35-hour week.
   *
   * @return the rounded shares {@code [42.9%, 34.3%, 22.8%]} and the exact ones
   */
  public static ShareFigures shares() {
    Shares week = Shares.ofHours(List.of(Hours.of(15), Hours.of(12), Hours.of(8)));
    return new ShareFigures(
        week.rounded(1), // [42.9%, 34.3%, 22.8%], which sum to 100.0%
        week.exact()); // [~42.9%, ~34.3%, ~22.9%]
  }

  /**
   * The example of {@link Table}: a table of one row.
   *
   * @return the table as text
   */
  public static String table() {
    Table table = Table.builder("Hours", "Line", "Year")
        .row("Paid hours", Hours.of(1950))
        .row("  Leave", Hours.of("232.45"))
        .row("  Worked hours", Hours.of("1717.55"))
        .rowTotal("Paid hours", List.of("Leave", "Worked hours"))
        .build();
    String text = table.toText();   // 1950.0 = 232.4 + 1717.6
    return text;
  }

  /**
   * What the example of {@link Worksheet} gives.
   *
   * @param text the worksheet as text
   * @param csv the file the worksheet was written to as CSV
   */
  public record WorksheetForms(String text, Path csv) {}

  /**
   * The example of {@link Worksheet}: the Step 1 worksheet of the team of the {@link Team}
   * example as text, and written to {@code step1.csv}.
   *
   * @param directory the directory of {@code step1.csv}, which the example resolves against the
   *     working directory
   * @return the text and the file
   * @throws IOException when the file cannot be written
   */
  public static WorksheetForms worksheet(Path directory) throws IOException {
    Team team = Fixtures.team();
    Worksheet sheet = Step1Worksheet.of(TeamTime.of(team));
    String text = sheet.toText();
    Path csv = Files.writeString(directory.resolve("step1.csv"), sheet.toCsv());
    return new WorksheetForms(text, csv);
  }
  /**
   * The example of {@link Explanation}: how the FTE of physiotherapists required was computed,
   * for clients needing 3120 hours a year and two physiotherapists at 1.0 FTE with 1336
   * client-care hours each.
   *
   * @return the explanation as text: 3120h / 1336h ≈ 2.3353 FTE, and how the 1336h was found
   */
  public static String explanation() {
    CaseloadPlan plan = Fixtures.physiotherapyPlan();
    RoleMatch pt = PlanResult.of(plan).match(Role.PHYSIOTHERAPIST);
    Explanation why = pt.explain().details().get(0);
    String text = why.toString();
    return text;
  }
}

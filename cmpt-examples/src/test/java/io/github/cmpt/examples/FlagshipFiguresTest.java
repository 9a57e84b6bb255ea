package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * For every table of every flagship report, the figures shown add up: each total and difference
 * the table declares holds for the numbers as rendered in text and Markdown exactly, and in CSV to
 * the rounding of its 12 decimals; and every line that reads as a total is one.
 */
class FlagshipFiguresTest {

  private static final BigDecimal CSV_TOLERANCE = new BigDecimal("1e-10");

  private static List<Table> tables() {
    List<Table> all = new ArrayList<>();
    for (Worksheet w : Flagship.worksheets()) {
      all.addAll(w.tables());
    }
    return all;
  }

  /** Whether a cell is an amount that adds across columns: hours, FTE or a whole number. */
  private static boolean isAmount(Object cell) {
    return cell instanceof Hours || cell instanceof Fte || cell instanceof Long
        || cell instanceof Integer;
  }

  private static boolean isNumber(Object cell) {
    return isAmount(cell) || cell instanceof Percentage || cell instanceof Fraction
        || cell instanceof BigDecimal;
  }

  /** The positions across a relation (columns of a row relation, rows of a column one) it holds at. */
  private static List<Integer> positions(Table t, Table.Relation rel) {
    boolean byRow = rel.axis() == Table.Axis.ROWS;
    List<Integer> lines = new ArrayList<>();
    int total = byRow ? t.rowIndex(rel.total()) : t.columnIndex(rel.total());
    rel.plus().forEach(p -> lines.add(byRow ? t.rowIndex(p) : t.columnIndex(p)));
    rel.minus().forEach(m -> lines.add(byRow ? t.rowIndex(m) : t.columnIndex(m)));
    boolean amountsOnly = !byRow && rel.minus().isEmpty();
    List<Integer> out = new ArrayList<>();
    int across = byRow ? t.columns().size() : t.rows().size();
    for (int x = byRow ? 1 : 0; x < across; x++) {
      Object head = byRow ? t.cell(total, x) : t.cell(x, total);
      boolean ok = isNumber(head) && (!amountsOnly || isAmount(head));
      for (int l : lines) {
        Object c = byRow ? t.cell(l, x) : t.cell(x, l);
        ok &= c.getClass() == head.getClass();
      }
      if (ok) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Checks every relation of a table on a grid of rendered cells (rows without the headings);
   * returns the number of checks made.
   */
  private static int check(
      Table t, List<List<String>> grid, BigDecimal tolerance, String form) {
    int checks = 0;
    for (Table.Relation rel : t.relations()) {
      boolean byRow = rel.axis() == Table.Axis.ROWS;
      int total = byRow ? t.rowIndex(rel.total()) : t.columnIndex(rel.total());
      for (int x : positions(t, rel)) {
        Function<Integer, BigDecimal> at =
            line -> number(byRow ? grid.get(line).get(x) : grid.get(x).get(line));
        BigDecimal sum = BigDecimal.ZERO;
        for (String p : rel.plus()) {
          sum = sum.add(at.apply(byRow ? t.rowIndex(p) : t.columnIndex(p)));
        }
        for (String m : rel.minus()) {
          sum = sum.subtract(at.apply(byRow ? t.rowIndex(m) : t.columnIndex(m)));
        }
        BigDecimal shown = at.apply(total);
        assertThat(sum.subtract(shown).abs())
            .as("%s, %s: %s at %s", form, t.title(), rel, byRow ? t.columns().get(x) : t.cell(x, 0))
            .isLessThanOrEqualTo(tolerance);
        checks++;
      }
    }
    return checks;
  }

  private static BigDecimal number(String cell) {
    return new BigDecimal(cell.replace("%", ""));
  }

  /** The widths of the text columns: the longest heading or cell shown, as the text aligns them. */
  private static int[] widths(Table t) {
    int[] w = new int[t.columns().size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = t.columns().get(c).length();
    }
    for (List<String> row : t.shownCells()) {
      for (int c = 0; c < w.length; c++) {
        w[c] = Math.max(w[c], row.get(c).length());
      }
    }
    return w;
  }

  @Test
  void everyTotalAndDifferenceAddsUpAsShownInText() {
    int checks = 0;
    for (Table t : tables()) {
      List<List<String>> grid =
          RenderedForms.textTable(t.toText(), widths(t)).subList(0, t.rows().size());
      checks += check(t, grid, BigDecimal.ZERO, "text");
    }
    // the three reports and the what-if have hundreds of sums and differences
    assertThat(checks).isGreaterThan(400);
  }

  @Test
  void everyTotalAndDifferenceAddsUpAsShownInMarkdown() {
    int checks = 0;
    for (Table t : tables()) {
      List<List<String>> grid = RenderedForms.markdownTable(t.toMarkdown());
      assertThat(grid).hasSize(t.rows().size());
      checks += check(t, grid, BigDecimal.ZERO, "markdown");
    }
    assertThat(checks).isGreaterThan(400);
  }

  @Test
  void everyTotalAndDifferenceAddsUpInCsvToItsTwelveDecimals() {
    int checks = 0;
    for (Table t : tables()) {
      List<List<String>> records = RenderedForms.csv(t.toCsv());
      assertThat(records.get(0)).hasSize(t.columns().size());
      checks += check(t, records.subList(1, records.size()), CSV_TOLERANCE, "csv");
    }
    assertThat(checks).isGreaterThan(400);
  }

  @Test
  void everyLineThatReadsAsATotalIsOne() {
    for (Table t : tables()) {
      List<String> totals = new ArrayList<>();
      t.relations().forEach(r -> totals.add(r.axis() + ":" + r.total().strip()));
      for (List<Object> row : t.rows()) {
        String label = row.get(0).toString().strip();
        if (label.startsWith("Total") && row.stream().skip(1).anyMatch(FlagshipFiguresTest::isNumber)) {
          assertThat(totals).as(t.title()).contains("ROWS:" + label);
        }
      }
      for (String c : t.columns().subList(1, t.columns().size())) {
        if (c.equals("Total") || c.equals("Team") || c.startsWith("All ") || c.endsWith(" - base")) {
          assertThat(totals).as(t.title()).contains("COLUMNS:" + c);
        }
      }
    }
  }

  @Test
  void theWorstRoleStandsBesideThePlanAsAWhole() {
    // community OT: OT is short (pressure 4.0%) while the plan as a whole is not (0.0%)
    Table match =
        tables().stream()
            .filter(t -> t.title().equals("Step 3 - Matching per role (per year)"))
            .reduce((a, b) -> b)
            .orElseThrow();
    int pressure = match.rowIndex("Workload pressure");
    List<String> shown = match.shownCells().get(pressure);
    assertThat(match.columns()).containsExactly("Figure", "OT", "OTA", "All roles", "Worst role");
    assertThat(shown).containsExactly("Workload pressure", "4.0%", "0.0%", "0.0%", "OT");
  }

  @Test
  void theComparisonExplainsAnFteRequiredThatFallsWhenFteIsAdded() {
    Worksheet whatIf = CommunityOccupationalTherapy.whatIf();
    Table comparison = whatIf.tables().get(0);
    // with the waitlist, 0.6 FTE more for ot-3 leaves the demand as it is and lowers the FTE
    // required of OT from 4.00 to 3.97
    assertThat(comparison.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("OT: from Cedar Valley + waitlist to Cedar Valley + waitlist + 0.6"
                        + " FTE OT the FTE required falls from 4.00 to 3.97 with the same demand"
                        + " hours")
                    .contains("client-care hours per 1.0 FTE"));
  }
}

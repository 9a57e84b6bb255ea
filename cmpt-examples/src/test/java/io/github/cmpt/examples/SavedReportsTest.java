package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports saved with {@code --out FILE} are clean: no escape codes or other control characters,
 * CSV that parses by RFC 4180, and Markdown tables whose rows all have the header's pipes.
 */
class SavedReportsTest {

  private static String save(Path dir, String form) throws IOException {
    Path file = dir.resolve("report." + form);
    Flagship.main(new String[] {form, "--out", file.toString()});
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Fails on an escape code or another control character than a line break. */
  private static void assertClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        assertThat(Character.isISOControl(c))
            .as("control character U+%04X at %d", (int) c, i)
            .isFalse();
      }
    }
  }

  @Test
  void savedTextIsClean(@TempDir Path dir) throws IOException {
    String text = save(dir, "text");
    assertClean(text);
    assertThat(text).startsWith("cmpt - three services").doesNotContain("[INFO]");
  }

  @Test
  void savedCsvParsesByRfc4180(@TempDir Path dir) throws IOException {
    String csv = save(dir, "csv");
    assertClean(csv);
    List<List<String>> records = RenderedForms.csv(csv);
    assertThat(records).hasSizeGreaterThan(300);
    assertThat(records).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Workload pressure (%)"));
  }

  @Test
  void savedTidyCsvHasOneFigurePerRecord(@TempDir Path dir) throws IOException {
    String tidy = save(dir, "tidy");
    assertClean(tidy);
    List<List<String>> records = RenderedForms.csv(tidy);
    assertThat(records.get(0)).containsExactly("sheet", "table", "line", "row", "column", "value", "unit");
    for (List<String> r : records.subList(1, records.size())) {
      assertThat(r).hasSize(7);
      assertThat(new BigDecimal(r.get(5))).isNotNull();
      assertThat(r.get(6)).isIn("", "h", "FTE", "%");
      // at most 12 decimals
      assertThat(r.get(5)).doesNotContainPattern("\\.\\d{13}");
    }
    assertThat(records).anySatisfy(
        r -> assertThat(r.subList(3, 7)).containsExactly("Demand hours", "SLP", "2442.5", "h"));
  }

  @Test
  void savedMarkdownTablesAreWellFormed(@TempDir Path dir) throws IOException {
    String md = save(dir, "markdown");
    assertClean(md);
    List<List<String>> table = new ArrayList<>();
    int tables = 0;
    for (String line : (md + "\n").split("\n", -1)) {
      if (line.startsWith("|")) {
        List<String> cells = new ArrayList<>();
        cells.add(line);
        table.add(cells);
      } else if (!table.isEmpty()) {
        String header = table.get(0).get(0);
        int pipes = RenderedForms.unescapedPipes(header);
        assertThat(table).hasSizeGreaterThanOrEqualTo(2);
        assertThat(table.get(1).get(0)).matches("\\|( ---:? \\|)+");
        for (List<String> row : table) {
          assertThat(RenderedForms.unescapedPipes(row.get(0))).as(row.get(0)).isEqualTo(pipes);
        }
        tables++;
        table.clear();
      }
    }
    assertThat(tables).isGreaterThan(40);
    // detail lines keep their place in the hierarchy
    assertThat(md).contains("| \u21b3 Leave: Sick leave |");
  }

  @Test
  void theCommandLineNamesWhatIsWrong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportOutput.parse(new String[] {"csv", "--out"}))
        .withMessage("Invalid value for --out (valid values a file name after --out): none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportOutput.parse(new String[] {"csv", "text"}))
        .withMessage("Invalid value for args (valid values a form and --out FILE): [csv, text]");
    assertThat(ReportOutput.parse(new String[] {"--out", "x.md", "Markdown"}))
        .isEqualTo(new ReportOutput("markdown", java.util.Optional.of(Path.of("x.md"))));
  }
}

package io.github.cmpt.report;

import io.github.cmpt.vocabulary.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableTest {

  /**
   * A small Step 1 table whose numbers need rounding in text (232.45h, 0.1192 FTE, 11.9205%) and
   * whose second label holds a comma and quotes, which CSV must quote.
   */
  private static Table step1() {
    return Table.builder("Step 1", "Line", "Hours", "FTE", "Share")
        .row("Paid hours", Hours.of(1950), Fte.of("1.0"), Percentage.ofPercent(100))
        .row(
            "Leave, \"benefit\"",
            Hours.of("232.45"),
            Fte.of("0.1192"),
            Percentage.ofPercent("11.9205"))
        .row(
            "Worked hours",
            Hours.of("1717.55"),
            Fte.of("0.8808"),
            Percentage.ofPercent("88.0795"))
        .note("37.5h/week, 52 weeks/year")
        .build();
  }

  // ---------------------------------------------------------------- renderings

  @Test
  void toTextAlignsColumnsAndRoundsForReading() {
    // labels left-aligned, values right-aligned, two spaces between columns; hours to one
    // decimal, FTE to two, percentages to one with a % sign, half-up
    assertThat(step1().toText())
        .isEqualTo(
            "Step 1\n"
                + "======\n"
                + "Line               Hours   FTE   Share\n"
                + "--------------------------------------\n"
                + "Paid hours        1950.0  1.00  100.0%\n"
                + "Leave, \"benefit\"   232.5  0.12   11.9%\n"
                + "Worked hours      1717.6  0.88   88.1%\n"
                + "37.5h/week, 52 weeks/year\n");
  }

  @Test
  void toMarkdownIsAGithubTableUnderAHeading() {
    assertThat(step1().toMarkdown())
        .isEqualTo(
            "### Step 1\n"
                + "\n"
                + "| Line | Hours | FTE | Share |\n"
                + "| --- | ---: | ---: | ---: |\n"
                + "| Paid hours | 1950.0 | 1.00 | 100.0% |\n"
                + "| Leave, \"benefit\" | 232.5 | 0.12 | 11.9% |\n"
                + "| Worked hours | 1717.6 | 0.88 | 88.1% |\n"
                + "\n"
                + "37.5h/week, 52 weeks/year\n");
  }

  @Test
  void toCsvWritesExactNumbersAndQuotesAsRfc4180() {
    // RFC 4180: CRLF after every record, a field with a comma or quote in quotes, quotes doubled;
    // numbers are exact and without units, and the notes are not part of the data
    assertThat(step1().toCsv())
        .isEqualTo(
            "Line,Hours (h),FTE,Share (%)\r\n"
                + "Paid hours,1950,1,100\r\n"
                + "\"Leave, \"\"benefit\"\"\",232.45,0.1192,11.9205\r\n"
                + "Worked hours,1717.55,0.8808,88.0795\r\n");
  }

  @Test
  void csvQuotesLineBreaksAndLeavesPlainFieldsAlone() {
    Table table =
        Table.builder("Notes", "Line", "Text")
            .row("a\nb", "plain")
            .row("c\rd", "semi;colon")
            .row("it's", "")
            .build();
    assertThat(table.toCsv())
        .isEqualTo("Line,Text\r\n\"a\nb\",plain\r\n\"c\rd\",semi;colon\r\nit's,\r\n");
  }

  /**
   * The decimals of a column all get the same number of decimals, the fewest (at most two) that
   * shows each exactly; text is left-aligned.
   */
  @Test
  void decimalsAndTextCells() {
    Table table =
        Table.builder("Ratios", "Role", "Ratio", "Note")
            .row("OT", new BigDecimal("1.22475"), "understaffed")
            .row("PT", new BigDecimal("0.8"), "")
            .build();
    assertThat(table.toText())
        .isEqualTo(
            "Ratios\n"
                + "======\n"
                + "Role  Ratio  Note\n"
                + "-------------------------\n"
                + "OT     1.22  understaffed\n"
                + "PT     0.80\n");
    assertThat(table.toCsv())
        .isEqualTo("Role,Ratio,Note\r\nOT,1.22475,understaffed\r\nPT,0.8,\r\n");
  }

  @Test
  void markdownEscapesPipesAndLeavesOutAnEmptyNotesBlock() {
    Table table = Table.builder("A|B", "Line", "Hours").row("x|y", Hours.of("0.05")).build();
    assertThat(table.toMarkdown())
        .isEqualTo("### A|B\n\n| Line | Hours |\n| --- | ---: |\n| x\\|y | 0.1 |\n");
  }

  @Test
  void textOfATableWithoutRows() {
    Table table = Table.builder("Empty", "Line", "Hours").build();
    assertThat(table.toText()).isEqualTo("Empty\n=====\nLine  Hours\n-----------\n");
    assertThat(table.toCsv()).isEqualTo("Line,Hours\r\n");
  }

  @Test
  void negativeAmountsRoundAwayFromZeroAtHalf() {
    Table table =
        Table.builder("Gap", "Role", "Hours", "FTE")
            .row("OT", Hours.of("-0.05"), Fte.of("-0.125"))
            .build();
    assertThat(table.toCsv()).isEqualTo("Role,Hours (h),FTE\r\nOT,-0.05,-0.125\r\n");
    assertThat(table.toMarkdown()).contains("| OT | -0.1 | -0.13 |");
  }

  // ---------------------------------------------------------------- content and validation

  @Test
  void keepsTheValuesOfItsCells() {
    Table table = step1();
    assertThat(table.title()).isEqualTo("Step 1");
    assertThat(table.columns()).containsExactly("Line", "Hours", "FTE", "Share");
    assertThat(table.rows()).hasSize(3);
    assertThat(table.cell(1, 1)).isEqualTo(Hours.of("232.45"));
    assertThat(table.cell(2, 0)).isEqualTo("Worked hours");
    assertThat(table.notes()).containsExactly("37.5h/week, 52 weeks/year");
    assertThat(table).hasToString("Table[Step 1, 3x4]");
  }

  @Test
  void isImmutable() {
    Table.Builder builder = Table.builder("T", List.of("Line", "Hours")).row("a", Hours.of(1));
    Table table = builder.build();
    builder.row("b", Hours.of(2)).note("later");
    assertThat(table.rows()).hasSize(1);
    assertThat(table.notes()).isEmpty();
    assertThatThrownBy(() -> table.rows().add(List.of("c", Hours.of(3))))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> table.rows().get(0).set(1, Hours.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> table.columns().set(0, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 4, 5})
  void rowMustHaveOneCellForEachColumn(int cells) {
    Table.Builder builder = Table.builder("T", "Line", "A", "B");
    String message =
        "Invalid value for row (valid values one cell for each of the 3 columns): "
            + cells
            + " cells";
    List<Object> row = Collections.nCopies(cells, Hours.of(1));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.row(row)).withMessage(message);
    if (cells > 0) {
      Object[] values = row.subList(1, cells).toArray();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder.row("label", values))
          .withMessage(message);
    }
    assertThat(builder.build().rows()).isEmpty();
  }

  @Test
  void needsAtLeastOneColumn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Table.builder("T"))
        .withMessage("Invalid value for columns (valid values at least one column): none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Table.builder("T", List.of()))
        .withMessage("Invalid value for columns (valid values at least one column): none");
  }

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> Table.builder(null, "Line"))
        .withMessage("title");
    assertThatNullPointerException()
        .isThrownBy(() -> Table.builder("T", (String[]) null))
        .withMessage("columns");
    assertThatNullPointerException()
        .isThrownBy(() -> Table.builder("T", (List<String>) null))
        .withMessage("columns");
    assertThatNullPointerException()
        .isThrownBy(() -> Table.builder("T", "Line", null))
        .withMessage("columns[1]");
    Table.Builder builder = Table.builder("T", "Line", "Hours");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.row(null, Hours.ZERO))
        .withMessage("label");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.row("a", (Object) null))
        .withMessage("values[0]");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.row((List<?>) null))
        .withMessage("cells");
    assertThatNullPointerException()
        .isThrownBy(() -> builder.row(Arrays.asList("a", null)))
        .withMessage("cells[1]");
    assertThatNullPointerException().isThrownBy(() -> builder.note(null)).withMessage("note");
  }

  // ---------------------------------------------------------------- equality

  @Test
  void equalsComparesTitleColumnsRowsAndNotes() {
    new EqualsTester()
        .addEqualityGroup(step1(), step1())
        .addEqualityGroup(
            Table.builder("T", "Line", "Hours").row("a", Hours.of("2.0")).build(),
            Table.builder("T", "Line", "Hours").row("a", Hours.of("2.00")).build())
        .addEqualityGroup(Table.builder("U", "Line", "Hours").row("a", Hours.of(2)).build())
        .addEqualityGroup(Table.builder("T", "Line", "Days").row("a", Hours.of(2)).build())
        .addEqualityGroup(Table.builder("T", "Line", "Hours").row("b", Hours.of(2)).build())
        .addEqualityGroup(
            Table.builder("T", "Line", "Hours").row("a", Hours.of(2)).note("n").build())
        .testEquals();
  }
}

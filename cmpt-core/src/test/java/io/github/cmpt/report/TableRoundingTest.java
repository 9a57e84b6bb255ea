package io.github.cmpt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The rounding for reading that keeps totals and differences, and the forms that carry units. */
class TableRoundingTest {

  private static BigDecimal number(String shown) {
    return new BigDecimal(shown.replace("%", ""));
  }

  @Test
  void aTotalKeepsItsRoundingAndItsPartsShareItOut() {
    // 232.45 + 1717.55 = 1950: rounded alone, 232.5 + 1717.6 = 1950.1; the remainders tie, so
    // the larger part keeps its rounding up and the smaller one is rounded down
    Table t =
        Table.builder("Hours", "Line", "Year")
            .row("Paid hours", Hours.of(1950))
            .row("  Leave", Hours.of("232.45"))
            .row("  Worked hours", Hours.of("1717.55"))
            .rowTotal("Paid hours", List.of("Leave", "Worked hours"))
            .build();
    assertThat(t.shownCells())
        .containsExactly(
            List.of("Paid hours", "1950.0"),
            List.of("  Leave", "232.4"),
            List.of("  Worked hours", "1717.6"));
  }

  @Test
  void nestedTotalsAddUpAtEveryLevel() {
    // worked 10.05 = non-client 3.35 + client care 6.7; non-client = 1.15 + 1.1 + 1.1
    Table t =
        Table.builder("Hours", "Line", "Year")
            .row("Worked", Hours.of("10.05"))
            .row("Non-client", Hours.of("3.35"))
            .row("  a", Hours.of("1.15"))
            .row("  b", Hours.of("1.15"))
            .row("  c", Hours.of("1.05"))
            .row("Client care", Hours.of("6.7"))
            .rowTotal("Worked", List.of("Non-client", "Client care"))
            .rowTotal("Non-client", List.of("a", "b", "c"))
            .build();
    List<List<String>> shown = t.shownCells();
    BigDecimal worked = number(shown.get(0).get(1));
    BigDecimal nonClient = number(shown.get(1).get(1));
    BigDecimal parts = BigDecimal.ZERO;
    for (int r = 2; r <= 4; r++) {
      parts = parts.add(number(shown.get(r).get(1)));
    }
    assertThat(worked).isEqualByComparingTo("10.1");
    assertThat(nonClient.add(number(shown.get(5).get(1)))).isEqualByComparingTo(worked);
    assertThat(parts).isEqualByComparingTo(nonClient);
    // each part is its exact value rounded down or up
    assertThat(shown.get(2).get(1)).isIn("1.1", "1.2");
    assertThat(shown.get(4).get(1)).isIn("1.0", "1.1");
  }

  @Test
  void aDifferenceColumnIsTheDifferenceOfTheColumnsAsShown() {
    // 3.996 - 3.544 = 0.452, which rounds alone to 0.45; as shown, 4.00 - 3.54 = 0.46
    Table t =
        Table.builder("FTE", "Figure", "Before", "After", "After - before")
            .row("FTE required", Fte.of("3.544"), Fte.of("3.996"), Fte.of("0.452"))
            .columnDifference("After - before", "After", "Before")
            .build();
    assertThat(t.shownCells().get(0)).containsExactly("FTE required", "3.54", "4.00", "0.46");
  }

  @Test
  void aTotalColumnIsTheSumOfItsColumnsAsShownButNotForShares() {
    Table t =
        Table.builder("Match", "Figure", "OT", "OTA", "All")
            .row("FTE required", Fte.of("2.204"), Fte.of("0.755"), Fte.of("2.959"))
            .row("Ratio", new BigDecimal("1.1"), new BigDecimal("0.8"), new BigDecimal("1.01"))
            .columnTotal("All", List.of("OT", "OTA"))
            .build();
    assertThat(t.shownCells().get(0)).containsExactly("FTE required", "2.20", "0.76", "2.96");
    // the ratios are not added up; as the columns mix FTE and ratios, the ratios share their
    // decimals along the row
    assertThat(t.shownCells().get(1)).containsExactly("Ratio", "1.10", "0.80", "1.01");
  }

  @Test
  void aRowDifferenceIsTheDifferenceOfTheRowsAsShown() {
    Table t =
        Table.builder("Gap", "Figure", "OT")
            .row("Supply", Hours.of("100.04"))
            .row("Demand", Hours.of("50.06"))
            .row("Gap", Hours.of("49.98"))
            .rowDifference("Gap", "Supply", "Demand")
            .build();
    assertThat(t.shownCells().get(2)).containsExactly("Gap", "49.9");
  }

  @Test
  void relationsAreCheckedWhenTheTableIsBuilt() {
    Table.Builder wrong =
        Table.builder("T", "Line", "Year")
            .row("Total", Hours.of(10))
            .row("a", Hours.of(3))
            .row("b", Hours.of(3))
            .rowTotal("Total", List.of("a", "b"));
    assertThatIllegalArgumentException()
        .isThrownBy(wrong::build)
        .withMessageStartingWith("Invalid value for relations (valid values exact values that add up)")
        .withMessageContaining("Total = a + b at Year");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Table.builder("T", "Line", "Year")
                    .row("a", Hours.of(3))
                    .rowTotal("Total", List.of("a"))
                    .build())
        .withMessageStartingWith("Invalid value for label (valid values the label of a row of T)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Table.builder("T", "Line", "Year")
                    .row("x", Hours.of(3))
                    .row("y", Hours.of(3))
                    .row("a", Hours.of(3))
                    .rowTotal("x", List.of("a"))
                    .rowTotal("y", List.of("a"))
                    .build())
        .withMessageStartingWith("Invalid value for relations (valid values each row a part of");
    // a difference computed from the rows as shown would undo the sharing out of a sum
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Table.builder("T", "Line", "Year")
                    .row("Total", Hours.of(5))
                    .row("a", Hours.of(3))
                    .row("b", Hours.of(2))
                    .rowTotal("Total", List.of("a", "b"))
                    .rowDifference("b", "Total", "a")
                    .build())
        .withMessageStartingWith(
            "Invalid value for relations (valid values a row difference that is not a line of a sum)");
  }

  @Test
  void markdownKeepsTheHierarchyAndEscapesPipesAndBackslashes() {
    Table t =
        Table.builder("A|B", "Line", "Year")
            .row("Total leave", Hours.of(3))
            .row("  Leave: a|b \"quoted\"", Hours.of(2))
            .row("    Leave: c\\", Hours.of(1))
            .build();
    assertThat(t.toMarkdown())
        .isEqualTo(
            "### A|B\n\n| Line | Year |\n| --- | ---: |\n"
                + "| Total leave | 3.0 |\n"
                + "| \u21b3 Leave: a\\|b \"quoted\" | 2.0 |\n"
                + "| \u00a0\u00a0\u21b3 Leave: c\\\\ | 1.0 |\n");
    assertThat(t.toCsv())
        .isEqualTo(
            "Line,Year (h)\r\nTotal leave,3\r\n\"  Leave: a|b \"\"quoted\"\"\",2\r\n    Leave: c\\,1\r\n");
  }

  @Test
  void csvPutsTheUnitOnTheRowWhenTheColumnsMixUnitsAndCapsTheDigits() {
    Table t =
        Table.builder("Match", "Figure", "OT")
            .row("Available FTE", Fte.of("1.2"))
            .row("Supply", Hours.of("1863"))
            .row("Ratio", Fraction.of(1, 3))
            .build();
    assertThat(t.toCsv())
        .isEqualTo(
            "Figure,OT\r\nAvailable FTE,1.2\r\nSupply (h),1863\r\nRatio,0.333333333333\r\n");
    assertThat(t.toLongCsv())
        .isEqualTo(
            "table,line,row,column,value,unit\r\n"
                + "Match,1,Available FTE,OT,1.2,FTE\r\n"
                + "Match,2,Supply,OT,1863,h\r\n"
                + "Match,3,Ratio,OT,0.333333333333,\r\n");
  }

  /** Parts of up to three decimals of hours, some negative, at most 12 of them. */
  private static Gen<List<Long>> thousandths() {
    return lists().of(longs().between(-50_000, 2_000_000)).ofSizeBetween(1, 12);
  }

  @Test
  void partsShownAlwaysAddUpToTheTotalShownAndStayWithinOneUnit() {
    qt().withExamples(300)
        .forAll(thousandths(), integers().between(0, 2))
        .checkAssert(
            (parts, which) -> {
              List<String> labels = new ArrayList<>();
              Table.Builder b =
                  Table.builder("T", "Line", "Hours", "FTE", "Count");
              long total = 0;
              for (long p : parts) {
                total += p;
              }
              b.row("Total", Hours.of(BigDecimal.valueOf(total, 3)), Fte.of(BigDecimal.valueOf(total, 3)), total);
              for (int i = 0; i < parts.size(); i++) {
                labels.add("p" + i);
                long p = parts.get(i);
                b.row("  p" + i, Hours.of(BigDecimal.valueOf(p, 3)), Fte.of(BigDecimal.valueOf(p, 3)), p);
              }
              Table t = b.rowTotal("Total", labels).build();
              List<List<String>> shown = t.shownCells();
              int column = 1 + which;
              BigDecimal sum = BigDecimal.ZERO;
              for (int i = 0; i < parts.size(); i++) {
                BigDecimal s = number(shown.get(i + 1).get(column));
                BigDecimal exact =
                    column == 3 ? BigDecimal.valueOf(parts.get(i)) : BigDecimal.valueOf(parts.get(i), 3);
                BigDecimal unit = BigDecimal.ONE.movePointLeft(column == 1 ? 1 : column == 2 ? 2 : 0);
                assertThat(s.subtract(exact).abs()).isLessThan(unit.add(new BigDecimal("0.000001")));
                sum = sum.add(s);
              }
              assertThat(sum).isEqualByComparingTo(number(shown.get(0).get(column)));
            });
  }
}

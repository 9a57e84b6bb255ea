package io.github.cmpt.demand;

import io.github.cmpt.worksheet.Step2Worksheet;
import io.github.cmpt.vocabulary.Role;
import static io.github.cmpt.demand.Examples.HIGH;
import static io.github.cmpt.demand.Examples.LOW;
import static io.github.cmpt.demand.Examples.MODERATE;
import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.report.Shares;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Step2WorksheetTest {

  /** Low and Moderate of {@link Examples} over 52 weeks: 104 episodes/year and 10 concurrent. */
  private static final ServiceDemand DEMAND =
      ServiceDemand.builder()
          .weeksPerYear(52)
          .scale(Examples.SCALE)
          .addLevel(Examples.low(), Volume.ofEpisodesPerYear(104))
          .addLevel(Examples.moderate(), Volume.ofConcurrent(10))
          .build();

  private static final Worksheet SHEET = Step2Worksheet.of(InterventionTime.of(DEMAND));

  @Test
  void text() {
    // Low: 5h x 104 = 520h, 104 x 6 / 52 = 12 concurrent. Moderate: 10 x 52 / 8 = 65 episodes,
    // 65 x 13h = 845h. OT: 520 + 65 x 11.5 = 1267.5h; OTA: 65 x 1.5 = 97.5h.
    // Clients 104 and 65 of 169: 61.54% and 38.46%; time 520 and 845 of 1365: 38.10%, 61.90%.
    assertThat(SHEET.toText())
        .isEqualTo(
            """
            Step 2 - client intervention time
            #################################

            Complexity levels
            =================
            Level     Code  Rank  Criteria
            ---------------------------------------
            Low       1        1  One goal
            Moderate  2        2  Two or more goals
            High      3        3  Complex needs

            Activities per episode
            ======================
            Level     Activity                 Role  Minutes  Frequency         Group size  Hours/episode  Minutes from                Frequency from
            -----------------------------------------------------------------------------------------------------------------------------------------------------
            Low       Assessment               OT         60  once                                    1.0  judgment: "team consensus"  judgment: "program design"
            Low       Individual intervention  OT         45  1/week x 4 weeks                        3.0  judgment: "team consensus"  judgment: "program design"
            Low       Indirect activity        OT         30  2/episode                               1.0  judgment: "team consensus"  judgment: "program design"
            Moderate  Assessment               OT         90  once                                    1.5  judgment: "team consensus"  judgment: "program design"
            Moderate  Individual intervention  OT         45  2/week x 6 weeks                        9.0  judgment: "team consensus"  judgment: "program design"
            Moderate  Group intervention       OTA        60  1/week x 6 weeks           4            1.5  judgment: "team consensus"  judgment: "program design"
            Moderate  Consultation             OT         30  2/episode                               1.0  judgment: "team consensus"  judgment: "program design"
            Hours per episode are per client: minutes x occurrences / 60 / group size.

            Hours per episode by activity
            =============================
            Level     Assessment  Individual intervention  Group intervention  Indirect activity  Consultation  Total
            ---------------------------------------------------------------------------------------------------------
            Low              1.0                      3.0                 0.0                1.0           0.0    5.0
            Moderate         1.5                      9.0                 1.5                0.0           1.0   13.0
            The total is the sum of the activities as shown.

            Episode length
            ==============
            Level     Weeks  Hours/episode  Hours/week  Weeks from
            ----------------------------------------------------------------------
            Low           6            5.0         0.8  records (n=30, median)
            Moderate      8           13.0         1.6  judgment: "team consensus"

            Demand
            ======
            Level     Given as       Concurrent  Episodes/year  Hours/episode  Demand hours/year
            ------------------------------------------------------------------------------------
            Low       episodes/year          12            104            5.0              520.0
            Moderate  concurrent             10             65           13.0              845.0
            Total                            22            169                            1365.0
            Weeks per year: 52.
            Concurrent = episodes/year x episode weeks / weeks per year (Little's law).
            Demand hours/year = episodes/year x hours/episode.

            Demand hours by role
            ====================
            Role   Name                    Kind       Demand hours/year
            -----------------------------------------------------------
            OT     Occupational therapist  clinician             1267.5
            OTA    OT assistant            support                 97.5
            Total                                                1365.0

            Case mix
            ========
            Level     Clients    Time
            -------------------------
            Low         61.5%   38.1%
            Moderate    38.5%   61.9%
            Total      100.0%  100.0%
            Clients: shares of episodes per year. Time: shares of demand hours.
            Shares are rounded to 0.1% by largest remainder, so that they sum to 100%.
            """);
  }

  @Test
  void markdown() {
    assertThat(SHEET.table(Step2Worksheet.CASE_MIX).toMarkdown())
        .isEqualTo(
            """
            ### Case mix

            | Level | Clients | Time |
            | --- | ---: | ---: |
            | Low | 61.5% | 38.1% |
            | Moderate | 38.5% | 61.9% |
            | Total | 100.0% | 100.0% |

            Clients: shares of episodes per year. Time: shares of demand hours.
            Shares are rounded to 0.1% by largest remainder, so that they sum to 100%.
            """);
    assertThat(SHEET.toMarkdown())
        .startsWith("## Step 2 - client intervention time\n\n### Complexity levels\n\n")
        .contains("\n\n### Demand\n\n| Level | Given as | Concurrent |")
        .endsWith(SHEET.table(Step2Worksheet.CASE_MIX).toMarkdown());
  }

  @Test
  void csvKeepsTwelveDecimalsAndPutsUnitsInTheHeadings() {
    assertThat(SHEET.table(Step2Worksheet.EPISODE_LENGTHS).toCsv())
        .isEqualTo(
            "Level,Weeks,Hours/episode (h),Hours/week (h),Weeks from\r\n"
                + "Low,6,5,0.833333333333,\"records (n=30, median)\"\r\n"
                + "Moderate,8,13,1.625,\"judgment: \"\"team consensus\"\"\"\r\n");
    assertThat(SHEET.table(Step2Worksheet.DEMAND).toCsv())
        .isEqualTo(
            "Level,Given as,Concurrent,Episodes/year,Hours/episode (h),Demand hours/year (h)\r\n"
                + "Low,episodes/year,12,104,5,520\r\n"
                + "Moderate,concurrent,10,65,13,845\r\n"
                + "Total,,22,169,,1365\r\n");
  }

  @Test
  void tablesAreInWorksheetOrder() {
    assertThat(SHEET.tables())
        .extracting(Table::title)
        .containsExactly(
            "Complexity levels",
            "Activities per episode",
            "Hours per episode by activity",
            "Episode length",
            "Demand",
            "Demand hours by role",
            "Case mix");
    assertThat(SHEET.title()).isEqualTo(Step2Worksheet.TITLE);
  }

  @Test
  void withoutAScaleTheLevelsAreThoseOfTheDemand() {
    Worksheet sheet =
        Step2Worksheet.of(
            InterventionTime.of(
                ServiceDemand.builder()
                    .weeksPerYear(52)
                    .addLevel(Examples.high(), Volume.ofConcurrent(6))
                    .build()));
    assertThat(sheet.table(Step2Worksheet.LEVELS).rows()).containsExactly(List.of("High", "3", 3, "Complex needs"));
    assertThat(sheet.table(Step2Worksheet.HOURS_BY_KIND).columns())
        .containsExactly(
            "Level",
            "Assessment",
            "Individual intervention",
            "Consultation",
            "Client-related travel",
            "Total");
  }

  @Test
  void sharesRoundToTenthsThatSumToOneHundred() {
    // The ASHA-style example of the method's notes: 15, 12 and 8 hours of 35 are 42.857%, 34.286%
    // and 22.857%; rounding each gives 42.9 + 34.3 + 22.9 = 100.1. Largest remainder: 34.3 gets
    // the first tenth, and the tie between 42.857...% and 22.857...% goes to the earlier one.
    assertThat(Shares.of(List.copyOf(values("15", "12", "8").values())).rounded(1))
        .containsExactly(
            Percentage.ofPercent("42.9"), Percentage.ofPercent("34.3"), Percentage.ofPercent("22.8"));
    assertThat(Shares.of(List.copyOf(values("1", "1", "1").values())).rounded(1))
        .containsExactly(
            Percentage.ofPercent("33.4"), Percentage.ofPercent("33.3"), Percentage.ofPercent("33.3"));
    assertThat(Shares.of(List.copyOf(values("0", "3").values())).rounded(1))
        .containsExactly(Percentage.ZERO, Percentage.ONE_HUNDRED);
  }

  @Test
  void roundedSharesAlwaysSumToOneHundred() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 8))
        .assuming(list -> list.stream().anyMatch(i -> i > 0))
        .checkAssert(
            list -> {
              Map<Integer, BigDecimal> values = new LinkedHashMap<>();
              BigDecimal total = BigDecimal.ZERO;
              for (int i = 0; i < list.size(); i++) {
                BigDecimal v = BigDecimal.valueOf(list.get(i), 2);
                values.put(i, v);
                total = total.add(v);
              }
              List<Percentage> shares = Shares.of(List.copyOf(values.values())).rounded(1);
              BigDecimal sum = BigDecimal.ZERO;
              for (int i = 0; i < shares.size(); i++) {
                BigDecimal p = shares.get(i).toPercent();
                sum = sum.add(p);
                assertThat(p.scale()).isLessThanOrEqualTo(1);
                // within a tenth of the exact share: |p x total - 100 x value| < 0.1 x total
                BigDecimal diff =
                    p.multiply(total).subtract(values.get(i).multiply(dec("100"))).abs();
                assertThat(diff).isLessThan(total.movePointLeft(1));
              }
              assertThat(sum).isEqualByComparingTo("100");
            });
  }

  private static Map<String, BigDecimal> values(String... amounts) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (int i = 0; i < amounts.length; i++) {
      out.put("k" + i, dec(amounts[i]));
    }
    return out;
  }

  @Test
  void equalityAndToString() {
    new EqualsTester()
        .addEqualityGroup(SHEET, Step2Worksheet.of(InterventionTime.of(DEMAND)))
        .addEqualityGroup(Step2Worksheet.of(InterventionTime.of(Examples.demand())))
        .testEquals();
    assertThat(Step2Worksheet.of(InterventionTime.of(Examples.demand())).table(Step2Worksheet.CASE_MIX).rows())
        .extracting(r -> r.get(0))
        .containsExactly(LOW.name(), MODERATE.name(), HIGH.name(), "Total");
  }
}

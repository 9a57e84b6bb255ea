package io.github.cmpt.supply;

import io.github.cmpt.worksheet.Step1Worksheet;
import static io.github.cmpt.supply.ClinicianTimeTest.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.report.Worksheet;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import org.junit.jupiter.api.Test;

/** The Step 1 worksheet of one clinician, in each form, exactly. */
class Step1WorksheetTest {

  private static Worksheet sheet() {
    Clinician c =
        Clinician.builder()
            .id("pt-1")
            .role(Role.PHYSIOTHERAPIST)
            .workHours(WorkHours.of(STANDARD, Fte.of("0.5")))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .addActivity(
                NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
            .build();
    return Step1Worksheet.of(ClinicianTime.of(c));
  }

  @Test
  void text() {
    // 975 paid; 20 days x 7.5 h x 0.5 = 75 leave; 900 worked; 90 administration; 810 client care.
    // Per week 18.75 = 1.4423 + 17.3077 is shown as 18.8 = 1.5 + 17.3: the paid hours keep their
    // rounding and the larger remainder (0.42 of a tenth, against 0.08) takes the missing tenth
    assertThat(sheet().table(Step1Worksheet.PERIODS).toText())
        .isEqualTo(
            "Totals per year, month and week\n"
                + "===============================\n"
                + "Line                          Per year  Per month  Per week\n"
                + "-----------------------------------------------------------\n"
                + "FTE                               0.50       0.50      0.50\n"
                + "Paid hours                       975.0       81.3      18.8\n"
                + "  Leave: Vacation                 75.0        6.3       1.5\n"
                + "Total leave                       75.0        6.3       1.5\n"
                + "Worked hours                     900.0       75.0      17.3\n"
                + "  Non-client: Administration      90.0        7.5       1.7\n"
                + "Total non-client                  90.0        7.5       1.7\n"
                + "Client-care hours                810.0       67.5      15.6\n"
                + "Client-care share of paid        83.1%      83.1%     83.1%\n"
                + "Hours to 0.1 h, FTE to 0.01 and shares to 0.1% for reading, rounded so that the"
                + " lines add up as shown: each total keeps its rounding and its lines share it out"
                + " by largest remainder (the CSV form has the exact values).\n");
  }

  @Test
  void csvHasExactValues() {
    String csv = sheet().table(Step1Worksheet.PERIODS).toCsv();
    assertThat(csv)
        .startsWith(
            "Line,Per year,Per month,Per week\r\nFTE,0.5,0.5,0.5\r\nPaid hours (h),975,81.25,18.75\r\n")
        // 1.442307692308 = 75 / 52 to the 12 decimals of CSV; client care is 810 / 52, exact and
        // rounded once; the unit goes on the label, as the columns mix FTE, hours and shares
        .contains("  Leave: Vacation (h),75,6.25,1.442307692308\r\n")
        .contains("Client-care hours (h),810,67.5,15.576923076923\r\n")
        .contains("Client-care share of paid (%),83.076923076923,");
    // a worksheet's CSV starts each table with its title, quoted when it has a comma
    assertThat(sheet().toCsv())
        .startsWith("\"Totals per year, month and week\"\r\nLine,Per year,Per month,Per week\r\n");
  }

  @Test
  void markdown() {
    String md = sheet().toMarkdown();
    assertThat(md)
        .startsWith("## Step 1 - pt-1 (PT)\n\n### Totals per year, month and week\n\n")
        .contains("| Line | Per year | Per month | Per week |\n| --- | ---: | ---: | ---: |\n")
        .contains("| Client-care hours | 810.0 | 67.5 | 15.6 |\n");
  }

  @Test
  void contractsAndLinesAsGiven() {
    Worksheet sheet = sheet();
    assertThat(sheet.table(Step1Worksheet.CONTRACTS).rows())
        .containsExactly(
            java.util.List.of(
                "pt-1", "PT", Fte.of("0.5"), Hours.of("37.5"), java.math.BigDecimal.valueOf(5),
                new java.math.BigDecimal("52"), Hours.of("975")));
    assertThat(sheet.table(Step1Worksheet.APPLIED).rows())
        .containsExactly(
            java.util.List.of("pt-1", "Leave: Vacation", "Vacation 20 days/year", Hours.of(75)),
            java.util.List.of(
                "pt-1", "Non-client: Administration", "Administration 10%", Hours.of(90)));
  }
}

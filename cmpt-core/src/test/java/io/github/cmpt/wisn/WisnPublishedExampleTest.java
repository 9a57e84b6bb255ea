package io.github.cmpt.wisn;

import io.github.cmpt.time.Fraction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.report.Explanation;
import io.github.cmpt.report.Table;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of a third-party WISN implementation: niranjanrimal25/wisn-core,
 * {@code tests/Unit/WisnCalculatorServiceTest.php},
 * {@code test_existing_annual_wisn_calculation_keeps_its_expected_results}. Its expected figures
 * (rounded there with PHP's half-up {@code round}) are AWT 1696 h, 1.0 staff for the health-service
 * activity, a support allowance multiplier (CAF) of 1.143, an additional allowance (IAF) of 0.5,
 * 1.64 staff required and a WISN ratio of 1.22 with 2 staff (a surplus).
 */
class WisnPublishedExampleTest {

  static WorkingTime exampleTime() {
    return WorkingTime.builder()
        .workingDaysPerYear(260)
        .publicHolidays(13)
        .annualLeave(18)
        .sickLeave(12)
        .otherLeave(5)
        .hoursPerDay(Hours.of(8))
        .build();
  }

  static WisnInput example() {
    return WisnInput.builder()
        .staffCategory("WISN regression ward")
        .workingTime(exampleTime())
        .addHealthServiceActivity(
            HealthServiceActivity.builder()
                .name("Annual clinical workload")
                .standard(ActivityStandard.ofUnitTime(Hours.of(1)))
                .annualWorkload(1696)
                .build())
        .addCategoryAllowance(
            CategoryAllowance.of("Shift handover", PeriodicHours.ofDaily(Hours.of(1))))
        .addIndividualAllowance(
            IndividualAllowance.builder()
                .name("Annual teaching activity")
                .hoursPerYear(Hours.of("0.5").multipliedBy(1696))
                .staff(1)
                .build())
        .currentStaff(Fte.of("2"))
        .build();
  }

  private static BigDecimal ratio(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), Hours.MATH_CONTEXT);
  }

  @Test
  void reproducesThePublishedFiguresAtTheirPublishedPrecision() {
    WisnResult r = example().result();

    assertThat(r.availableWorkingTime()).isEqualTo(Hours.of(1696));
    assertThat(r.healthServiceStaff()).isEqualTo(Fte.of("1.0"));
    assertThat(r.categoryAllowanceFactor().setScale(3, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.143");
    assertThat(r.individualAllowanceFactor()).isEqualTo(Fte.of("0.5"));
    assertThat(r.requiredStaff().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("1.64"));
    assertThat(r.ratio().orElseThrow().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.22");
    assertThat(r.difference().isPositive()).isTrue();
  }

  @Test
  void keepsTheExactFiguresBehindTheRoundedOnes() {
    WisnResult r = example().result();

    assertThat(r.activityLines()).hasSize(1);
    assertThat(r.activityLines().get(0).standardWorkload()).isEqualByComparingTo("1696");
    assertThat(r.activityLines().get(0).staff()).isEqualTo(Fte.ONE);
    assertThat(r.allowanceLines().get(0).share()).isEqualTo(Percentage.ofPercent("12.5"));
    assertThat(r.categoryAllowance()).isEqualTo(Percentage.ofPercent("12.5"));
    // CAF = 1 / (1 - 1/8) = 8/7, to 34 significant digits
    assertThat(r.categoryAllowanceFactor()).isEqualTo(ratio(8, 7));
    assertThat(r.individualAllowanceHours()).isEqualTo(Hours.of(848));
    // required = 1 x 8/7 + 1/2 = 23/14; difference = 2 - 23/14 = 5/14; ratio = 28/23
    assertThat(r.requiredStaff()).isEqualTo(Fte.of(Fraction.of(23, 14)));
    assertThat(r.difference()).isEqualTo(Fte.of("2").minus(r.requiredStaff()));
    assertThat(r.ratio().orElseThrow().subtract(ratio(28, 23)).abs())
        .isLessThan(new BigDecimal("1e-32"));
    assertThat(r.currentStaff()).isEqualTo(Fte.of("2"));
  }

  @Test
  void explainsEveryFigureWithItsFormulaAndInputs() {
    WisnResult r = example().result();
    Explanation worksheet = r.explain();

    assertThat(worksheet.name()).isEqualTo("WISN (WISN regression ward)");
    assertThat(worksheet.result()).isEqualTo(r.requiredStaff());
    assertThat(worksheet.details())
        .extracting(Explanation::name)
        .containsExactly(
            "AWT",
            "Standard workload (Annual clinical workload)",
            "Staff (Annual clinical workload)",
            "A",
            "Category allowance (Shift handover)",
            "Total category allowance",
            "CAF",
            "Individual allowance (Annual teaching activity)",
            "IAF",
            "Required staff",
            "WISN difference",
            "WISN ratio");
    assertThat(worksheet.details())
        .extracting(Explanation::toString)
        .containsExactly(
            "AWT = (working days - public holidays - annual leave - sick leave - other leave)"
                + " x hours per day = (260 - 13 - 18 - 12 - 5) x 8h = 1696h",
            "Standard workload (Annual clinical workload) = AWT / time per unit"
                + " = 1696h / 1h/unit = 1696",
            "Staff (Annual clinical workload) = annual workload / standard workload"
                + " = 1696 / 1696 = 1 FTE",
            "A = sum of annual workload / standard workload = 1 FTE = 1 FTE",
            "Category allowance (Shift handover) = allowance per day / hours per day"
                + " = 1h / 8h = 12.5%",
            "Total category allowance = sum of the category allowances = 12.5% = 12.5%",
            "CAF = 1 / (1 - total category allowance as a fraction) = 1 / (1 - 0.125) ≈ 1.1429",
            "Individual allowance (Annual teaching activity) = hours per year x staff"
                + " = 848h x 1 = 848h",
            "IAF = individual allowance hours / AWT = 848h / 1696h = 0.5 FTE",
            "Required staff = A x CAF + IAF = 1 FTE x 1.1429 + 0.5 FTE ≈ 1.6429 FTE",
            "WISN difference = current staff - required staff = 2 FTE - 1.6429 FTE ≈ 0.3571 FTE",
            "WISN ratio = current staff / required staff = 2 FTE / 1.6429 FTE ≈ 1.2174");
    assertThat(worksheet.toString())
        .startsWith("WISN (WISN regression ward) = required staff ≈ 1.6429 FTE\n  AWT = ")
        .endsWith("\n  WISN ratio = current staff / required staff = 2 FTE / 1.6429 FTE ≈ 1.2174");
    // the lines hold the exact figures, from which the published ones round
    Explanation awt = worksheet.details().get(0);
    assertThat(awt.result()).isEqualTo(Hours.of(1696));
    assertThat(awt.inputs())
        .containsExactly(
            Map.entry("working days", new BigDecimal("260")),
            Map.entry("public holidays", new BigDecimal("13")),
            Map.entry("annual leave", new BigDecimal("18")),
            Map.entry("sick leave", new BigDecimal("12")),
            Map.entry("other leave", new BigDecimal("5")),
            Map.entry("hours per day", Hours.of(8)));
    Explanation caf = worksheet.details().get(6);
    assertThat(caf.inputs())
        .containsExactly(Map.entry("total category allowance as a fraction", new BigDecimal("0.125")));
    assertThat(((BigDecimal) caf.result()).setScale(3, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.143");
    Explanation required = worksheet.details().get(9);
    assertThat(required.inputs())
        .containsExactly(
            Map.entry("A", Fte.ONE),
            Map.entry("CAF", r.categoryAllowanceFactor()),
            Map.entry("IAF", Fte.of("0.5")));
    assertThat(((Fte) required.result()).rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("1.64"));
    assertThat(((BigDecimal) worksheet.details().get(11).result()).setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.22");
  }

  @Test
  void eachLineExplainsItselfAsTheWorksheetDoes() {
    WisnInput input = example();
    WisnResult r = input.result();
    Explanation worksheet = r.explain();

    assertThat(input.workingTime().explain()).isEqualTo(worksheet.details().get(0));
    assertThat(r.activityLines().get(0).explainStandardWorkload())
        .isEqualTo(worksheet.details().get(1));
    assertThat(r.activityLines().get(0).explain()).isEqualTo(worksheet.details().get(2));
    assertThat(r.allowanceLines().get(0).explain())
        .isEqualTo(input.categoryAllowances().get(0).explain(input.workingTime()))
        .isEqualTo(worksheet.details().get(4));
    assertThat(input.individualAllowances().get(0).explain()).isEqualTo(worksheet.details().get(7));
    assertThat(input.workingTime().explain().working())
        .contains(
            "({working days} - {public holidays} - {annual leave} - {sick leave} - {other leave})"
                + " x {hours per day}");
  }

  @Test
  void worksheetAsAnExplanationTableShowsTheWorkingAndRoundsForReading() {
    Table table = example().result().explain().toTable();

    assertThat(table.title()).isEqualTo("WISN (WISN regression ward)");
    assertThat(table.cell(0, 0)).isEqualTo("WISN (WISN regression ward)");
    assertThat(table.cell(0, 2)).isEqualTo("required staff");
    assertThat(table.toText())
        .containsPattern(
            "\\n  CAF +1\\.14 +1 / \\(1 - total category allowance as a fraction\\)"
                + " = 1 / \\(1 - 0\\.125\\)\\n");
    assertThat(table.toCsv())
        .contains(
            "\r\n  Required staff (FTE),1.642857142857,"
                + "A x CAF + IAF = 1 FTE x 1.1429 + 0.5 FTE\r\n");
  }

  @Test
  void presentsTheWorksheetAsATableRoundedForReadingAndExactInCsv() {
    Table table = example().result().toTable();

    assertThat(table.title()).isEqualTo("WISN: WISN regression ward");
    assertThat(table.columns()).containsExactly("Line", "Value");
    assertThat(table.rows()).hasSize(21);
    assertThat((BigDecimal) table.cell(5, 1)).isEqualByComparingTo("212");
    assertThat(table.cell(7, 0))
        .isEqualTo("Available working time AWT = available days x hours per day");
    assertThat(table.cell(7, 1)).isEqualTo(Hours.of(1696));
    assertThat(table.cell(17, 0)).isEqualTo("Required staff = A x CAF + IAF");
    assertThat(table.cell(17, 1)).isEqualTo(example().result().requiredStaff());
    assertThat(table.toText())
        .containsPattern("\\nWorking days per year +260\\n")
        .containsPattern("\\nCategory allowance, Shift handover = 1h/day / hours per day +12\\.5%\\n")
        .containsPattern("\\nCAF = 1 / \\(1 - total category allowance\\) +1\\.14\\n")
        .containsPattern("\\nIAF = individual allowance hours / AWT +0\\.50\\n")
        .containsPattern("\\nRequired staff = A x CAF \\+ IAF +1\\.64\\n")
        .containsPattern("\\nWISN difference = current - required +0\\.36\\n")
        .containsPattern("\\nWISN ratio = current / required +1\\.22\\n");
    assertThat(table.toCsv())
        .contains("Required staff = A x CAF + IAF (FTE),1.642857142857\r\n")
        .contains("Available working time AWT = available days x hours per day (h),1696\r\n");
  }

  @Test
  void describesItselfBriefly() {
    WisnInput input = example();
    assertThat(input.toString()).isEqualTo("WisnInput[WISN regression ward, 1 activity, 2 FTE]");
    assertThat(input.result().toString())
        .isEqualTo("WisnResult[WISN regression ward: required 1.64 FTE, current 2 FTE, ratio 1.22]");
    assertThat(input.workingTime().toString())
        .isEqualTo("WorkingTime[(260 - 13 - 18 - 12 - 5) days x 8h = 1696h]");
    assertThat(input.result().activityLines().get(0).toString())
        .isEqualTo("Annual clinical workload: 1696 units/year per staff, 1 staff");
    assertThat(input.result().allowanceLines().get(0).toString())
        .isEqualTo("Shift handover 1h/day = 12.5%");
  }

  @Test
  void comparesStaffingLevelsAgainstTheSameWorkload() {
    WisnInput input = example();
    WisnResult three = input.withCurrentStaff(Fte.of("3")).result();

    assertThat(three.requiredStaff()).isEqualTo(input.result().requiredStaff());
    assertThat(three.ratio().orElseThrow().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.83");
    WisnResult one = input.withCurrentStaff(Fte.ONE).result();
    assertThat(one.difference().isNegative()).isTrue();
    assertThat(one.ratio().orElseThrow()).isLessThan(BigDecimal.ONE);
  }
}

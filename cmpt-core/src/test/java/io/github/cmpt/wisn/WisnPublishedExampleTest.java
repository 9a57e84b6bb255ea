package io.github.cmpt.wisn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.report.Table;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    assertThat(r.requiredStaff()).isEqualTo(Fte.of(ratio(8, 7).add(new BigDecimal("0.5"))));
    assertThat(r.requiredStaff().toBigDecimal().subtract(ratio(23, 14)).abs())
        .isLessThan(new BigDecimal("1e-32"));
    assertThat(r.difference()).isEqualTo(Fte.of("2").minus(r.requiredStaff()));
    assertThat(r.ratio().orElseThrow().subtract(ratio(28, 23)).abs())
        .isLessThan(new BigDecimal("1e-32"));
    assertThat(r.currentStaff()).isEqualTo(Fte.of("2"));
  }

  @Test
  void explainsEveryFigureWithItsFormulaAndInputs() {
    assertThat(example().result().explain())
        .containsExactly(
            "AWT = (working days - public holidays - annual leave - sick leave - other leave)"
                + " x hours per day = (260 - 13 - 18 - 12 - 5) x 8h = 1696h",
            "Standard workload (Annual clinical workload) = AWT / time per unit"
                + " = 1696h / 1h/unit = 1696 units",
            "Staff (Annual clinical workload) = annual workload / standard workload"
                + " = 1696 / 1696 = 1",
            "A = sum of annual workload / standard workload = 1",
            "Shift handover = 1h/day / 8h per day = 12.5%",
            "Total category allowance = 12.5%",
            "CAF = 1 / (1 - total category allowance) = 1 / (1 - 0.125) ≈ 1.1429",
            "Annual teaching activity = 848h/year x 1 staff = 848h",
            "IAF = individual allowance hours / AWT = 848h / 1696h = 0.5",
            "Required staff = A x CAF + IAF = 1 x 1.1429 + 0.5 ≈ 1.6429",
            "WISN difference = current staff - required staff = 2 - 1.6429 ≈ 0.3571",
            "WISN ratio = current staff / required staff = 2 / 1.6429 ≈ 1.2174");
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
        .contains("Required staff = A x CAF + IAF,1.642857142857142857142857142857143\r\n")
        .contains("Available working time AWT = available days x hours per day,1696\r\n");
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

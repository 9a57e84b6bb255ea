package io.github.cmpt.demand;

import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

  private static final Figure DATA = Figure.ofRecords(dec("40"), 42, "mean");

  @Test
  void blendIsTheWeightedSum() {
    // (1 - 0.3) x 40 + 0.3 x 50 = 28 + 15 = 43
    Figure blended = DATA.blendedWith(dec("50"), dec("0.3"), "new protocol");
    assertThat(blended.value()).isEqualByComparingTo("43");
    assertThat(blended.provenance())
        .isEqualTo(Provenance.ofBlend(dec("0.3"), "new protocol", DATA.provenance()));
    assertThat(blended).hasToString("43 [blend 30% judgment / 70% records (n=42, mean)]");
  }

  @Test
  void blendIsExact() {
    // (1 - 1/8) x 45 + 1/8 x 52 = 39.375 + 6.5 = 45.875
    assertThat(DATA.replacedBy(dec("45"), "x").blendedWith(dec("52"), dec("0.125"), "").value())
        .isEqualByComparingTo("45.875");
  }

  @Test
  void weightZeroKeepsTheDataAndWeightOneTakesTheJudgment() {
    assertThat(DATA.blendedWith(dec("50"), BigDecimal.ZERO, "").value())
        .isEqualByComparingTo("40");
    assertThat(DATA.blendedWith(dec("50"), BigDecimal.ONE, "").value())
        .isEqualByComparingTo("50");
  }

  @Test
  void blendLiesBetweenDataAndJudgment() {
    qt().forAll(
            integers().between(0, 100_000),
            integers().between(0, 100_000),
            integers().between(0, 100))
        .checkAssert(
            (d, j, w) -> {
              BigDecimal weight = BigDecimal.valueOf(w, 2);
              Figure f = Figure.ofRecords(BigDecimal.valueOf(d, 1), 5, "median");
              BigDecimal blended = f.blendedWith(BigDecimal.valueOf(j, 1), weight, "").value();
              BigDecimal lo = BigDecimal.valueOf(Math.min(d, j), 1);
              BigDecimal hi = BigDecimal.valueOf(Math.max(d, j), 1);
              assertThat(blended).isBetween(lo, hi);
              // moving the weight toward judgment moves the value toward it: (j - d) x w
              assertThat(blended.subtract(f.value()))
                  .isEqualByComparingTo(
                      BigDecimal.valueOf(j - d, 1).multiply(weight));
            });
  }

  @Test
  void replacedByIsJudgment() {
    Figure judged = DATA.replacedBy(dec("55"), "team consensus 2026");
    assertThat(judged).isEqualTo(Figure.ofJudgment(55, "team consensus 2026"));
    assertThat(judged).hasToString("55 [judgment: \"team consensus 2026\"]");
  }

  @Test
  void blendWeightIsChecked() {
    assertThatThrownBy(() -> DATA.blendedWith(dec("50"), dec("1.01"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weight (valid values 0 <= x <= 1): 1.01");
  }

  @Test
  void nullsNameTheParameter() {
    assertThatThrownBy(() -> Figure.of(null, Examples.PLAN)).hasMessage("value");
    assertThatThrownBy(() -> Figure.of(BigDecimal.ONE, null)).hasMessage("provenance");
    assertThatThrownBy(() -> DATA.blendedWith(null, BigDecimal.ONE, ""))
        .hasMessage("judgmentValue");
    assertThatThrownBy(() -> DATA.blendedWith(BigDecimal.ONE, null, "")).hasMessage("weight");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(DATA, Figure.ofRecords(dec("40.00"), 42, "mean"))
        .addEqualityGroup(Figure.ofRecords(dec("41"), 42, "mean"))
        .addEqualityGroup(Figure.ofJudgment(40, "mean"))
        .testEquals();
  }

  @Test
  void toStringShowsValueAndProvenance() {
    assertThat(Figure.ofRecords(dec("45.50"), 42, "median"))
        .hasToString("45.5 [records (n=42, median)]");
  }
}

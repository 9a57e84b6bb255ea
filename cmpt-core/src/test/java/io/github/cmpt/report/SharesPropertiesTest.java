package io.github.cmpt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The laws of {@link Shares#rounded(int)}, checked over generated parts. */
class SharesPropertiesTest {

  /** Non-negative parts with up to three decimals, many of them zero, with a positive total. */
  private static Gen<List<BigDecimal>> parts() {
    Gen<BigDecimal> part =
        longs()
            .between(0, 1_000_000)
            .zip(integers().between(0, 3), BigDecimal::valueOf)
            .mix(Generate.constant(BigDecimal.ZERO), 20);
    return lists()
        .of(part)
        .ofSizeBetween(1, 25)
        .assuming(l -> l.stream().anyMatch(p -> p.signum() > 0));
  }

  private static BigDecimal sum(List<Percentage> shares) {
    BigDecimal total = BigDecimal.ZERO;
    for (Percentage p : shares) {
      total = total.add(p.toPercent());
    }
    return total;
  }

  @Test
  void roundedSharesSumToExactly100() {
    qt().forAll(parts(), integers().between(0, 6))
        .checkAssert(
            (parts, decimals) -> {
              List<Percentage> rounded = Shares.of(parts).rounded(decimals);
              assertThat(rounded).hasSameSizeAs(parts);
              assertThat(sum(rounded)).isEqualByComparingTo("100");
              for (Percentage p : rounded) {
                assertThat(p.toPercent().scale()).isEqualTo(decimals);
                assertThat(p.isNegative()).isFalse();
              }
            });
  }

  @Test
  void eachRoundedShareIsLessThanOneUnitFromItsExactShare() {
    qt().forAll(parts(), integers().between(0, 6))
        .checkAssert(
            (parts, decimals) -> {
              Shares shares = Shares.of(parts);
              List<Percentage> rounded = shares.rounded(decimals);
              BigDecimal total = shares.total();
              BigDecimal unitTimesTotal = total.scaleByPowerOfTen(-decimals);
              for (int i = 0; i < parts.size(); i++) {
                // |rounded - 100 x part / total| < unit, multiplied by total to stay exact
                BigDecimal gap =
                    rounded
                        .get(i)
                        .toPercent()
                        .multiply(total)
                        .subtract(parts.get(i).multiply(BigDecimal.valueOf(100)))
                        .abs();
                assertThat(gap).isLessThan(unitTimesTotal);
              }
            });
  }

  @Test
  void scalingEveryPartGivesTheSameShares() {
    qt().forAll(parts(), integers().between(1, 1000), integers().between(0, 3))
        .checkAssert(
            (parts, factor, decimals) -> {
              List<BigDecimal> scaled = new ArrayList<>();
              for (BigDecimal p : parts) {
                scaled.add(p.multiply(BigDecimal.valueOf(factor)));
              }
              assertThat(Shares.of(scaled).rounded(decimals))
                  .isEqualTo(Shares.of(parts).rounded(decimals));
            });
  }

  @Test
  void hoursAndDecimalsGiveTheSameShares() {
    qt().forAll(parts(), integers().between(0, 3))
        .checkAssert(
            (parts, decimals) -> {
              List<Hours> hours = new ArrayList<>();
              for (BigDecimal p : parts) {
                hours.add(Hours.of(p));
              }
              assertThat(Shares.ofHours(hours).rounded(decimals))
                  .isEqualTo(Shares.of(parts).rounded(decimals));
            });
  }
}

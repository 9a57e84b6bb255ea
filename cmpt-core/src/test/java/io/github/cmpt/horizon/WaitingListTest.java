package io.github.cmpt.horizon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The waiting-list figures of Fong et al. (2022), "Understanding waiting list pressures", medRxiv
 * 10.1101/2022.08.23.22279117, against values worked out here with decimals, and the examples of
 * the R package NHSRwaitinglist's documentation.
 */
class WaitingListTest {

  private static final MathContext MC = new MathContext(30, RoundingMode.HALF_EVEN);

  private static BigDecimal dec(Fraction f) {
    return f.toBigDecimal(20, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal dec(BigDecimal d) {
    return d.setScale(20, RoundingMode.HALF_EVEN);
  }

  /** NHSRwaitinglist, calc_relief_capacity: 30 + (1200 - 390) / 26 = 61.15 a week. */
  @Test
  void reliefCapacityOfThePackagesExample() {
    Fraction target = WaitingList.targetQueueSize(Fraction.of(30), Fraction.of(52));
    assertThat(target).isEqualTo(Fraction.of(390)); // 30 x 52 / 4
    Fraction relief =
        WaitingList.reliefCapacity(Fraction.of(30), Fraction.of(1200), target, Fraction.of(26));
    BigDecimal expected =
        new BigDecimal(30).add(new BigDecimal(1200 - 390).divide(new BigDecimal(26), MC));
    assertThat(dec(relief)).isEqualTo(dec(expected));
    assertThat(relief.toBigDecimal(2, RoundingMode.HALF_UP)).isEqualByComparingTo("61.15");
  }

  /** Kingman: 4 a week, a 52-week target, factor 4, cv 1 and 1: 4 + 1 x 4 / 52. */
  @Test
  void targetCapacityByKingmansApproximation() {
    Fraction defaults = WaitingList.targetCapacity(Fraction.of(4), Fraction.of(52));
    assertThat(dec(defaults))
        .isEqualTo(dec(new BigDecimal(4).add(new BigDecimal(4).divide(new BigDecimal(52), MC))));
    // cv 0.5 and 1.5, factor 3, target 18 weeks: 10 + ((0.25 + 2.25) / 2) x (3 / 18)
    Fraction varied =
        WaitingList.targetCapacity(
            Fraction.of(10), Fraction.of(18), Fraction.of(3), Fraction.of(1, 2), Fraction.of(3, 2));
    BigDecimal expected =
        new BigDecimal("10")
            .add(
                new BigDecimal("0.25")
                    .add(new BigDecimal("2.25"))
                    .divide(new BigDecimal(2), MC)
                    .multiply(new BigDecimal(3).divide(new BigDecimal(18), MC), MC));
    assertThat(dec(varied)).isEqualTo(dec(expected));
  }

  @Test
  void loadTargetQueueAndPressure() {
    assertThat(WaitingList.load(Fraction.of(30), Fraction.of(25))).isEqualTo(Fraction.of(6, 5));
    // 12 a week, an 18-week target, factor 3: 12 x 18 / 3 = 72
    assertThat(WaitingList.targetQueueSize(Fraction.of(12), Fraction.of(18), Fraction.of(3)))
        .isEqualTo(Fraction.of(72));
    // NHSRwaitinglist, waiting_list_pressure(63, 52) = 2 x 63 / 52 = 2.42
    Fraction pressure = WaitingList.pressure(Fraction.of(63), Fraction.of(52));
    assertThat(dec(pressure))
        .isEqualTo(dec(new BigDecimal(126).divide(new BigDecimal(52), MC)));
    assertThat(WaitingList.pressure(Fraction.of(4), Fraction.of(18)).compareTo(Fraction.ONE))
        .isNegative();
  }

  /**
   * Caseload per WTE including those waiting, as the NHS Scotland paediatric OT services report it
   * (Good Goals study, Implementation Science 2012, 7:76): 96 on caseload and 57 waiting for 4.5
   * WTE are 153 / 4.5 = 34 clients per WTE.
   */
  @Test
  void caseloadAndWaitingPerWte() {
    Fraction perWte =
        WaitingList.caseloadAndWaitingPerFte(Fraction.of(96), Fraction.of(57), Fte.of("4.5"));
    assertThat(perWte).isEqualTo(Fraction.of(34));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> WaitingList.caseloadAndWaitingPerFte(Fraction.ONE, Fraction.ONE, Fte.ZERO))
        .withMessageContaining("fte");
  }

  @Test
  void outOfRangeArgumentsAreRejectedByName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WaitingList.load(Fraction.ONE, Fraction.ZERO))
        .withMessageContaining("capacity");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WaitingList.targetQueueSize(Fraction.of(-1), Fraction.ONE))
        .withMessageContaining("demand");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> WaitingList.reliefCapacity(Fraction.ONE, Fraction.ONE, Fraction.ONE, Fraction.ZERO))
        .withMessageContaining("weeks");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WaitingList.pressure(Fraction.ONE, Fraction.ZERO))
        .withMessageContaining("targetWait");
  }
}

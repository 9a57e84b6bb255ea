package io.github.cmpt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of shares rounded to keep their total at 100%. */
class SharesTest {

  private static List<Percentage> percents(String... values) {
    List<Percentage> out = new ArrayList<>();
    for (String v : values) {
      out.add(Percentage.ofPercent(v));
    }
    return out;
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).collect(java.util.stream.Collectors.toList());
  }

  /**
   * The rounding example of an ASHA-style workload calculator, as given in the method description
   * of this library: 15.0 h direct, 12.0 h indirect and 8.0 h compliance work of 35.0 h are 42.9%,
   * 34.3% and 22.9% when each share is rounded on its own, which sum to 100.1%.
   */
  @Test
  void keepsTheTotalOfTheWorkloadCalculatorExampleAt100Percent() {
    Shares week = Shares.ofHours(List.of(Hours.of("15.0"), Hours.of("12.0"), Hours.of("8.0")));

    List<Percentage> plain = new ArrayList<>();
    for (Percentage p : week.exact()) {
      plain.add(p.rounded(1, RoundingMode.HALF_UP));
    }
    assertThat(plain).isEqualTo(percents("42.9", "34.3", "22.9"));
    assertThat(plain.stream().map(Percentage::toPercent).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100.1");

    // Remainders in tenths of a percent: 428.571..., 342.857..., 228.571... The two missing
    // tenths go to the second share (remainder 0.857) and, of the two equal remainders 0.571,
    // to the first share: the third share is the one lowered, to 22.8%.
    List<Percentage> rounded = week.rounded(1);
    assertThat(rounded).isEqualTo(percents("42.9", "34.3", "22.8"));
    assertThat(rounded.stream().map(Percentage::toPercent).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100.0");
    assertThat(rounded.get(2).toPercent().scale()).isEqualTo(1);
    assertThat(rounded.get(2)).hasToString("22.8%");
  }

  @Test
  void breaksTiesBetweenEqualRemaindersByPosition() {
    // three equal thirds: 33.3...% each, one unit missing goes to the first
    assertThat(Shares.of(decimals("1", "1", "1")).rounded(0)).isEqualTo(percents("34", "33", "33"));
    assertThat(Shares.of(decimals("1", "1", "1")).rounded(1))
        .isEqualTo(percents("33.4", "33.3", "33.3"));
    // the larger remainder wins over position: 2/3 = 66.67%, 1/3 = 33.33%
    assertThat(Shares.of(decimals("1", "2")).rounded(0)).isEqualTo(percents("33", "67"));
    // six equal sixths, 16.666...%: four units missing go to the first four
    assertThat(Shares.of(decimals("1", "1", "1", "1", "1", "1")).rounded(0))
        .isEqualTo(percents("17", "17", "17", "17", "16", "16"));
  }

  @Test
  void leavesExactSharesAndZeroPartsAlone() {
    assertThat(Shares.of(decimals("1", "1", "2")).rounded(0)).isEqualTo(percents("25", "25", "50"));
    assertThat(Shares.of(decimals("0", "3", "0")).rounded(2))
        .isEqualTo(percents("0.00", "100.00", "0.00"));
    assertThat(Shares.of(decimals("7")).rounded(3)).isEqualTo(percents("100"));
    assertThat(Shares.of(decimals("0", "1", "1", "1")).rounded(0))
        .isEqualTo(percents("0", "34", "33", "33"));
  }

  @Test
  void exactSharesAreOneDivisionEach() {
    Shares s = Shares.of(decimals("1", "3"));
    assertThat(s.exact()).isEqualTo(percents("25", "75"));
    assertThat(s.total()).isEqualByComparingTo("4");
    assertThat(s.parts()).containsExactly(BigDecimal.ONE, BigDecimal.valueOf(3));
    assertThat(Shares.of(decimals("1", "2")).exact().get(0).toPercent())
        .isEqualTo(new BigDecimal(100).divide(new BigDecimal(3), Hours.MATH_CONTEXT));
  }

  @Test
  void rejectsWhatHasNoShares() {
    assertThatThrownBy(() -> Shares.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for parts (valid values at least one part): none");
    assertThatThrownBy(() -> Shares.of(decimals("2", "-1.5", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for parts[1] (valid values x >= 0): -1.5");
    assertThatThrownBy(() -> Shares.ofHours(List.of(Hours.ZERO, Hours.of("0.0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for total (valid values x > 0): 0");
    assertThatThrownBy(() -> Shares.ofHours(List.of(Hours.of(1), Hours.of(-2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for parts[1] (valid values x >= 0): -2");
    assertThatThrownBy(() -> Shares.of(decimals("1")).rounded(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for decimals (valid values 0 <= x <= 32): -1");
    assertThatThrownBy(() -> Shares.of(decimals("1")).rounded(33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for decimals (valid values 0 <= x <= 32): 33");
    List<BigDecimal> withNull = new ArrayList<>(decimals("1"));
    withNull.add(null);
    assertThatThrownBy(() -> Shares.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parts[1]");
  }

  @Test
  void equalityIgnoresTheScaleOfParts() {
    new EqualsTester()
        .addEqualityGroup(
            Shares.of(decimals("15", "12", "8")),
            Shares.of(decimals("15.0", "12.00", "8")),
            Shares.ofHours(List.of(Hours.of(15), Hours.of(12), Hours.of(8))))
        .addEqualityGroup(Shares.of(decimals("12", "15", "8")))
        .addEqualityGroup(Shares.of(decimals("15", "12")))
        .testEquals();
    assertThat(Shares.of(decimals("15.0", "12", "8"))).hasToString("Shares[15, 12, 8]");
  }

  @Test
  void amongEqualRemaindersTheLargerPartGetsTheUnit() {
    // 1, 10 and 1 of 12: 8.33%, 83.33% and 8.33%, all with a remainder of a third; the one unit
    // missing goes to the larger part, not to the first
    assertThat(Shares.of(List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE)).rounded(0))
        .extracting(p -> p.toPercent().intValueExact())
        .containsExactly(8, 84, 8);
  }
}

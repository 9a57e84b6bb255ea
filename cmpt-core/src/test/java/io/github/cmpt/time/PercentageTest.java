package io.github.cmpt.time;

import static io.github.cmpt.time.TimeGen.decimals;
import static io.github.cmpt.time.TimeGen.extraScales;
import static io.github.cmpt.time.TimeGen.hours;
import static io.github.cmpt.time.TimeGen.percentages;
import static io.github.cmpt.time.TimeGen.rescaled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

  // ---------------------------------------------------------------- constants and factories

  @Test
  void constants() {
    assertThat(Percentage.ZERO.toPercent()).isZero();
    assertThat(Percentage.ONE_HUNDRED.toPercent()).isEqualByComparingTo("100");
    assertThat(Percentage.ONE_HUNDRED.toFraction()).isEqualByComparingTo(Fraction.parse("1"));
    assertThat(Percentage.ONE_HUNDRED).hasToString("100%");
  }

  @ParameterizedTest
  @CsvSource({
    "12.5,  0.125",
    "15,    0.15",
    "100,   1",
    "0.5,   0.005",
    "150,   1.5",
    "-3,    -0.03",
    "0,     0",
  })
  void percentAndFraction(String percent, String fraction) {
    Percentage p = Percentage.ofPercent(percent);
    assertThat(p.toPercent()).isEqualByComparingTo(percent);
    assertThat(p.toFraction()).isEqualByComparingTo(Fraction.parse(fraction));
    assertThat(Percentage.ofFraction(new BigDecimal(fraction))).isEqualTo(p);
    assertThat(Percentage.ofPercent(new BigDecimal(percent))).isEqualTo(p);
  }

  @Test
  void ofWholePercent() {
    assertThat(Percentage.ofPercent(15)).isEqualTo(Percentage.ofPercent("15"));
    assertThat(Percentage.ofPercent(-20).isNegative()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "twelve", "12.5%", "1,5"})
  void ofPercentStringRejectsTextThatIsNotANumber(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Percentage.ofPercent(text))
        .withMessage("Invalid value for percent (valid values a decimal number): \"" + text + "\"");
  }

  // ---------------------------------------------------------------- parse and toString

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12.5%    | 12.5",
        "12.5     | 12.5",
        "'12.5 %' | 12.5",
        "' 15% '  | 15",
        "-3%      | -3",
        "100.0%   | 100",
        "150%     | 150",
        "0%       | 0",
      })
  void parse(String text, String percent) {
    assertThat(Percentage.parse(text)).isEqualTo(Percentage.ofPercent(percent));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%", "%%", "12.5 percent", "twelve%", "12,5%", "% 12.5"})
  void parseRejectsTextThatIsNotAPercentageNamingFieldAndText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Percentage.parse(text))
        .withMessage("Invalid value for percent (valid values a decimal number): \"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "12.5,   12.5%",
    "12.50,  12.5%",
    "100.0,  100%",
    "1E+2,   100%",
    "0.00,   0%",
    "-3,     -3%",
  })
  void toStringIsPlainWithSign(String percent, String text) {
    assertThat(Percentage.ofPercent(new BigDecimal(percent))).hasToString(text);
  }

  @Test
  void exactFractions() {
    Percentage third = Percentage.ofFraction(Fraction.of(1, 3));
    assertThat(third).hasToString("~33.3%");
    assertThat(third.toPercent()).isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
    assertThat(third.toFraction()).isEqualTo(Fraction.of(1, 3));
    assertThat(third.toFraction().toBigDecimal())
        .isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    assertThat(third.plus(third).plus(third)).isEqualTo(Percentage.ONE_HUNDRED);
    assertThat(third.shareOf(Hours.of(1950))).isEqualTo(Hours.of(650));
    assertThat(Percentage.ofPercent("12.5").toFraction()).isEqualTo(Fraction.of(1, 8));
    assertThat(Percentage.ofFraction(Fraction.of(1, 8))).isEqualTo(Percentage.ofPercent("12.5"));
    assertThat(Percentage.ofFraction(Fraction.of(1, 8))).hasToString("12.5%");
    // the DOMAIN.md rounding example: 15 of 35 hours, exactly 300/7 %
    Percentage share =
        Percentage.ofFraction(Hours.of(15).toFraction().dividedBy(Hours.of(35).toFraction()));
    assertThat(share).hasToString("~42.9%");
  }

  @Test
  void parseRejectsARoundedValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Percentage.parse("~33.3%"))
        .withMessage(
            "Invalid value for percent (valid values an exact decimal number; a value written"
                + " with ~ is rounded and cannot be read back, use the exact value): \"~33.3%\"");
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(percentages())
        .checkAssert(p -> assertThat(Percentage.parse(p.toString())).isEqualTo(p));
  }

  // ---------------------------------------------------------------- arithmetic examples

  @Test
  void shareOf() {
    assertThat(Percentage.ofPercent("12.5").shareOf(Hours.of("37.5")))
        .isEqualTo(Hours.of("4.6875"));
    assertThat(Percentage.ofPercent(15).shareOf(Hours.of(1950))).isEqualTo(Hours.of("292.5"));
    assertThat(Percentage.ONE_HUNDRED.shareOf(Hours.of("37.5"))).isEqualTo(Hours.of("37.5"));
    assertThat(Percentage.ZERO.shareOf(Hours.of("37.5"))).isEqualTo(Hours.ZERO);
  }

  @Test
  void plus() {
    assertThat(Percentage.ofPercent("42.9").plus(Percentage.ofPercent("57.1")))
        .isEqualTo(Percentage.ONE_HUNDRED);
  }

  @Test
  void roundedForPresentation() {
    // 15 of 35 hours are 42.857...%, shown as 42.9% (DOMAIN.md rounding example)
    Percentage share = Percentage.ofFraction(Hours.of(15).ratioTo(Hours.of(35)));
    assertThat(share.rounded(1, RoundingMode.HALF_UP)).hasToString("42.9%");
    assertThat(Percentage.ofPercent("12.25").rounded(1, RoundingMode.HALF_EVEN))
        .hasToString("12.2%");
  }

  // ---------------------------------------------------------------- equality and order

  @Test
  void equalsIgnoresScale() {
    new EqualsTester()
        .addEqualityGroup(
            Percentage.ofPercent("12.5"),
            Percentage.ofPercent("12.50"),
            Percentage.ofFraction(new BigDecimal("0.125")),
            Percentage.parse("12.5%"))
        .addEqualityGroup(
            Percentage.ONE_HUNDRED,
            Percentage.ofPercent(100),
            Percentage.ofPercent(new BigDecimal("1E+2")),
            Percentage.ofFraction(BigDecimal.ONE))
        .addEqualityGroup(
            Percentage.ZERO, Percentage.ofPercent("0.0"), Percentage.ofFraction(BigDecimal.ZERO))
        .addEqualityGroup(Percentage.ofPercent("-12.5"))
        .testEquals();
  }

  @Test
  void scaleNeverChangesEqualityOrHashCode() {
    qt().forAll(decimals(), extraScales())
        .checkAssert(
            (d, extra) -> {
              Percentage p = Percentage.ofPercent(d);
              Percentage same = Percentage.ofPercent(rescaled(d, extra));
              assertThat(same).isEqualTo(p);
              assertThat(same.hashCode()).isEqualTo(p.hashCode());
              assertThat(same.compareTo(p)).isZero();
            });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(percentages(), percentages())
        .checkAssert((a, b) -> assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
  }

  // ---------------------------------------------------------------- laws

  @Test
  void fractionRoundTrips() {
    qt().forAll(percentages())
        .checkAssert(p -> assertThat(Percentage.ofFraction(p.toFraction())).isEqualTo(p));
  }

  @Test
  void shareOfIsHoursTimesPercentOverHundredExactly() {
    qt().forAll(percentages(), hours())
        .checkAssert(
            (p, h) -> {
              BigDecimal expected =
                  h.toBigDecimal().multiply(p.toPercent()).divide(BigDecimal.valueOf(100));
              assertThat(p.shareOf(h).toBigDecimal()).isEqualByComparingTo(expected);
            });
  }

  @Test
  void sharesAddUp() {
    qt().forAll(percentages(), percentages(), hours())
        .checkAssert(
            (p, q, h) ->
                assertThat(p.plus(q).shareOf(h)).isEqualTo(p.shareOf(h).plus(q.shareOf(h))));
  }

  // ---------------------------------------------------------------- nulls

  @Test
  void nullArgumentsThrowNullPointerException() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Percentage.class);
    tester.testAllPublicInstanceMethods(Percentage.ofPercent("12.5"));
  }

  @Test
  void nullPointerExceptionNamesTheParameter() {
    Percentage p = Percentage.ofPercent(10);
    assertThatNullPointerException()
        .isThrownBy(() -> Percentage.ofPercent((BigDecimal) null))
        .withMessage("percent");
    assertThatNullPointerException()
        .isThrownBy(() -> Percentage.ofPercent((String) null))
        .withMessage("percent");
    assertThatNullPointerException()
        .isThrownBy(() -> Percentage.ofFraction((BigDecimal) null))
        .withMessage("fraction");
    assertThatNullPointerException().isThrownBy(() -> Percentage.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> p.plus(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> p.shareOf(null)).withMessage("hours");
    assertThatNullPointerException().isThrownBy(() -> p.rounded(1, null)).withMessage("mode");
  }
}

package io.github.cmpt.time;

import static io.github.cmpt.time.TimeGen.decimals;
import static io.github.cmpt.time.TimeGen.extraScales;
import static io.github.cmpt.time.TimeGen.factors;
import static io.github.cmpt.time.TimeGen.hours;
import static io.github.cmpt.time.TimeGen.rescaled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cmpt.internal.Bounds;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HoursTest {

  // ---------------------------------------------------------------- constants and factories

  @Test
  void zeroIsNoTime() {
    assertThat(Hours.ZERO.toBigDecimal()).isZero();
    assertThat(Hours.ZERO.isZero()).isTrue();
    assertThat(Hours.ZERO.isPositive()).isFalse();
    assertThat(Hours.ZERO.isNegative()).isFalse();
    assertThat(Hours.ZERO).hasToString("0h");
  }

  @Test
  void mathContextIsDecimal128() {
    assertThat(Hours.MATH_CONTEXT).isEqualTo(MathContext.DECIMAL128);
  }

  @Test
  void ofKeepsTheExactNumber() {
    assertThat(Hours.of(new BigDecimal("37.50")).toBigDecimal()).isEqualTo(new BigDecimal("37.50"));
    assertThat(Hours.of(52).toBigDecimal()).isEqualTo(BigDecimal.valueOf(52));
    assertThat(Hours.of(-3).isNegative()).isTrue();
    assertThat(Hours.of("0.1").isPositive()).isTrue();
  }

  @Test
  void ofZeroOfAnyScaleIsTheConstant() {
    assertThat(Hours.of(new BigDecimal("0.000"))).isSameAs(Hours.ZERO);
    assertThat(Hours.of(0)).isSameAs(Hours.ZERO);
  }

  @ParameterizedTest
  @CsvSource({
    "90,   1.5",
    "60,   1",
    "45,   0.75",
    "-30,  -0.5",
    "0,    0",
  })
  void ofMinutes(long minutes, String hours) {
    assertThat(Hours.ofMinutes(minutes).toBigDecimal()).isEqualByComparingTo(hours);
    assertThat(Hours.ofMinutes(BigDecimal.valueOf(minutes))).isEqualTo(Hours.of(hours));
  }

  @Test
  void ofMinutesIsExact() {
    // 20 minutes are a third of an hour, exactly; three of them are one hour
    assertThat(Hours.ofMinutes(20)).isEqualTo(Hours.of(Fraction.of(1, 3)));
    assertThat(Hours.ofMinutes(BigDecimal.valueOf(20))).isEqualTo(Hours.of(Fraction.of(1, 3)));
    assertThat(Hours.ofMinutes(20).multipliedBy(3)).isEqualTo(Hours.of(1));
    assertThat(Hours.ofMinutes(20)).hasToString("~0.33h");
  }

  @Test
  void ofMinutesRoundsToTheMathContextOnlyAsADecimal() {
    // 20 minutes are a third of an hour: as a decimal, 34 significant digits, half-even.
    assertThat(Hours.ofMinutes(20).toBigDecimal())
        .isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
    assertThat(Hours.ofMinutes(new BigDecimal("7.5"))).isEqualTo(Hours.of("0.125"));
  }

  @Test
  void toMinutes() {
    assertThat(Hours.of("1.5").toMinutes()).isEqualByComparingTo("90");
    assertThat(Hours.of("-0.25").toMinutes()).isEqualByComparingTo("-15");
  }

  // ---------------------------------------------------------------- parse and toString

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "37.5h       | 37.5",
        "37.5        | 37.5",
        "' 37.5h '   | 37.5",
        "'37.5 h'    | 37.5",
        "-0.5h       | -0.5",
        "+3h         | 3",
        "0h          | 0",
        "2.50h       | 2.5",
        "1950h       | 1950",
        "1E+3h       | 1000",
      })
  void parse(String text, String hours) {
    assertThat(Hours.parse(text)).isEqualTo(Hours.of(hours));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "h", "hh", "xh", "37.5hours", "37,5h", "1/2h", "h37.5", "37.5 H"})
  void parseRejectsTextThatIsNotHoursNamingFieldAndText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Hours.parse(text))
        .withMessage("Invalid value for hours (valid values a decimal number): \"" + text + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "1,5"})
  void ofStringRejectsTextThatIsNotANumber(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Hours.of(text))
        .withMessage("Invalid value for hours (valid values a decimal number): \"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "37.5,    37.5h",
    "2.00,    2h",
    "1E+3,    1000h",
    "0.000,   0h",
    "-0.50,   -0.5h",
    "0.0001,  0.0001h",
    "1.5E-7,  0.00000015h",
  })
  void toStringIsPlainWithoutTrailingZeros(String hours, String text) {
    assertThat(Hours.of(new BigDecimal(hours))).hasToString(text);
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(hours()).checkAssert(h -> assertThat(Hours.parse(h.toString())).isEqualTo(h));
  }

  @ParameterizedTest
  @CsvSource({
    "25,     3,      ~8.33h",
    "-25,    3,      ~-8.33h",
    "1,      3,      ~0.33h",
    "83,     10,     8.3h",
    "1,      1000000, 0.000001h",
    "1,      2000000, 0.0000005h",
    "1234567, 1048576, ~1.18h",
    "1,      300,    ~0.00h",
    "2,      3,      ~0.67h",
  })
  void toStringOfADerivedValueIsShort(long n, long d, String text) {
    assertThat(Hours.of(Fraction.of(n, d))).hasToString(text);
  }

  @Test
  void toStringOfADerivedValueNeverHas34Digits() {
    // 1950h a year over 52.143 weeks and 7 days: the exact value is 650000/121667h
    Hours perDay = Hours.of(1950).dividedBy(new BigDecimal("52.143")).dividedBy(7);
    assertThat(perDay).hasToString("~5.34h");
    assertThat(perDay.toBigDecimal())
        .isEqualTo(new BigDecimal("5.342451116572283363607222993909606"));
    assertThat(perDay.toFraction()).isEqualTo(Fraction.of(650_000, 121_667));
  }

  @ParameterizedTest
  @ValueSource(strings = {"~8.33h", "~8.33", " ~-8.33h", "~0.00h"})
  void parseRejectsARoundedValue(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Hours.parse(text))
        .withMessage(
            "Invalid value for hours (valid values an exact decimal number; a value written with ~"
                + " is rounded and cannot be read back, use the exact value): \""
                + text
                + "\"");
  }

  @Test
  void toStringIsExactOrMarkedRounded() {
    qt().forAll(FractionTest.fractions())
        .checkAssert(
            f -> {
              Hours h = Hours.of(f);
              String text = h.toString();
              if (text.startsWith("~")) {
                BigDecimal shown = new BigDecimal(text.substring(1, text.length() - 1));
                assertThat(shown.scale()).isEqualTo(2);
                assertThat(shown).isEqualTo(f.toBigDecimal(2, RoundingMode.HALF_EVEN));
              } else if (Bounds.within(h.toBigDecimal(), 12, 12)) {
                // an exact value beyond the bounds of an input (10^18 h) prints but is not read
                assertThat(Hours.parse(text)).isEqualTo(h);
              }
            });
  }

  // ---------------------------------------------------------------- exact values

  @Test
  void toFractionIsTheExactValue() {
    assertThat(Hours.of("37.5").toFraction()).isEqualTo(Fraction.of(75, 2));
    assertThat(Hours.of(Fraction.of(75, 2))).isEqualTo(Hours.of("37.5"));
    assertThat(Hours.of(Fraction.ZERO)).isSameAs(Hours.ZERO);
    assertThat(Hours.of("1950").multipliedBy(Fraction.of(2, 3))).isEqualTo(Hours.of(1300));
    assertThat(Hours.of("1950").dividedBy(Fraction.of(3, 2))).isEqualTo(Hours.of(1300));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Hours.of("37.5").dividedBy(Fraction.ZERO))
        .withMessage("Division by zero: 37.5h / 0");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Hours.of("37.5").ratioTo(Hours.ZERO))
        .withMessage("Division by zero: 37.5h / 0h");
  }

  @Test
  void decimalsOfDerivedValuesKeepTheScaleOfDecimalArithmetic() {
    // as BigDecimal would: a sum keeps the larger scale, a product the sum of the scales
    assertThat(Hours.of("37.50").multipliedBy(2).toBigDecimal()).isEqualTo(new BigDecimal("75.00"));
    assertThat(Hours.of("37.5").multipliedBy(new BigDecimal("0.80")).toBigDecimal())
        .isEqualTo(new BigDecimal("30.000"));
    assertThat(Hours.of("1.5").plus(Hours.of("2.25")).toBigDecimal())
        .isEqualTo(new BigDecimal("3.75"));
    assertThat(Hours.of("37.5").dividedBy(5).toBigDecimal()).isEqualTo(new BigDecimal("7.5"));
    assertThat(Hours.of("30.0").ratioTo(Hours.of("37.5"))).isEqualTo(Fraction.of(4, 5));
    assertThat(Hours.of(1).dividedBy(8).toBigDecimal()).isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void divisionIsExact() {
    qt().forAll(hours(), factors())
        .checkAssert(
            (h, f) -> {
              assertThat(h.dividedBy(f).multipliedBy(f)).isEqualTo(h);
              assertThat(h.dividedBy(Fraction.of(f)).toFraction())
                  .isEqualTo(h.toFraction().dividedBy(Fraction.of(f)));
            });
  }

  // ---------------------------------------------------------------- arithmetic examples

  @Test
  void plusAndMinus() {
    assertThat(Hours.of("37.5").plus(Hours.of("2.25"))).isEqualTo(Hours.of("39.75"));
    assertThat(Hours.of("7.5").minus(Hours.of("10"))).isEqualTo(Hours.of("-2.5"));
    assertThat(Hours.of("7.5").negated()).isEqualTo(Hours.of("-7.5"));
  }

  @Test
  void multipliedBy() {
    assertThat(Hours.of("37.5").multipliedBy(52)).isEqualTo(Hours.of(1950));
    assertThat(Hours.of("1950").multipliedBy(new BigDecimal("0.8"))).isEqualTo(Hours.of(1560));
    assertThat(Hours.of("37.5").multipliedBy(new BigDecimal("52.143")))
        .isEqualTo(Hours.of("1955.3625"));
  }

  @Test
  void dividedByIsExactAndRoundsOnlyAsADecimal() {
    assertThat(Hours.of("37.5").dividedBy(5)).isEqualTo(Hours.of("7.5"));
    assertThat(Hours.of(10).dividedBy(3)).isEqualTo(Hours.of(Fraction.of(10, 3)));
    assertThat(Hours.of(10).dividedBy(3).multipliedBy(3)).isEqualTo(Hours.of(10));
    assertThat(Hours.of(10).dividedBy(3).toBigDecimal())
        .isEqualTo(new BigDecimal("3.333333333333333333333333333333333"));
    assertThat(Hours.of(20).dividedBy(3).toBigDecimal())
        .isEqualTo(new BigDecimal("6.666666666666666666666666666666667"));
    assertThat(Hours.of("1950").dividedBy(new BigDecimal("52"))).isEqualTo(Hours.of("37.5"));
    assertThat(Hours.of("1950").dividedBy(Fraction.of(5, 24))).isEqualTo(Hours.of(9360));
  }

  @Test
  void dividedByZeroIsArithmeticTrouble() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Hours.of(1).dividedBy(0));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Hours.of(1).ratioTo(Hours.ZERO));
  }

  @Test
  void ratioTo() {
    assertThat(Hours.of(30).ratioTo(Hours.of("37.5"))).isEqualByComparingTo(Fraction.parse("0.8"));
    assertThat(Hours.of(1).ratioTo(Hours.of(3))).isEqualTo(Fraction.of(1, 3));
  }

  @Test
  void min() {
    assertThat(Hours.of(3).min(Hours.of(4))).isEqualTo(Hours.of(3));
    assertThat(Hours.of(4).min(Hours.of(-4))).isEqualTo(Hours.of(-4));
  }

  @ParameterizedTest
  @CsvSource({
    "7.25,  1, HALF_UP,   7.3",
    "7.25,  1, HALF_EVEN, 7.2",
    "7.25,  0, DOWN,      7",
    "-7.25, 1, HALF_UP,   -7.3",
    "7.2,   3, UNNECESSARY, 7.200",
  })
  void roundedForPresentation(String hours, int scale, RoundingMode mode, String expected) {
    Hours rounded = Hours.of(hours).rounded(scale, mode);
    assertThat(rounded.toBigDecimal()).isEqualByComparingTo(expected);
    assertThat(rounded.toBigDecimal().scale()).isEqualTo(scale);
  }

  @Test
  void sum() {
    assertThat(Hours.sum(List.of())).isSameAs(Hours.ZERO);
    assertThat(Hours.sum(List.of(Hours.of("1950"), Hours.of("-232.5"), Hours.of("0.25"))))
        .isEqualTo(Hours.of("1717.75"));
  }

  // ---------------------------------------------------------------- equality and order

  @Test
  void equalsIgnoresScale() {
    new EqualsTester()
        .addEqualityGroup(
            Hours.of(2), Hours.of("2.0"), Hours.of("2.00"), Hours.parse("2h"), Hours.ofMinutes(120))
        .addEqualityGroup(Hours.ZERO, Hours.of("0.00"), Hours.of("-0"), Hours.of(BigDecimal.ZERO))
        .addEqualityGroup(Hours.of(1000), Hours.of(new BigDecimal("1E+3")), Hours.of("1000.000"))
        .addEqualityGroup(Hours.of(-2), Hours.of("-2.0"))
        .addEqualityGroup(Hours.of("2.5"), Hours.ofMinutes(150))
        .addEqualityGroup(Fte.of("2"), Fte.of("2.0"))
        .testEquals();
  }

  @Test
  void scaleNeverChangesEqualityOrHashCode() {
    qt().forAll(decimals(), extraScales())
        .checkAssert(
            (d, extra) -> {
              Hours h = Hours.of(d);
              Hours same = Hours.of(rescaled(d, extra));
              assertThat(same).isEqualTo(h);
              assertThat(same.hashCode()).isEqualTo(h.hashCode());
              assertThat(same.compareTo(h)).isZero();
            });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(hours(), hours())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(Integer.signum(a.compareTo(b)))
                  .isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
            });
  }

  // ---------------------------------------------------------------- laws

  @Test
  void minusUndoesPlus() {
    qt().forAll(hours(), hours())
        .checkAssert(
            (a, b) -> {
              assertThat(a.plus(b).minus(b)).isEqualTo(a);
              assertThat(a.minus(b).plus(b)).isEqualTo(a);
              assertThat(a.minus(a)).isEqualTo(Hours.ZERO);
              assertThat(a.plus(a.negated())).isEqualTo(Hours.ZERO);
            });
  }

  @Test
  void sumDoesNotDependOnOrder() {
    qt().forAll(lists().of(hours()).ofSizeBetween(0, 20), longs().all())
        .checkAssert(
            (amounts, seed) -> {
              List<Hours> shuffled = new ArrayList<>(amounts);
              Collections.shuffle(shuffled, new Random(seed));
              Hours folded = Hours.ZERO;
              for (Hours h : amounts) {
                folded = folded.plus(h);
              }
              assertThat(Hours.sum(shuffled)).isEqualTo(Hours.sum(amounts)).isEqualTo(folded);
            });
  }

  @Test
  void multipliedByIsExact() {
    qt().forAll(hours(), factors())
        .checkAssert(
            (h, f) -> {
              Hours product = h.multipliedBy(f);
              assertThat(product.toBigDecimal()).isEqualByComparingTo(h.toBigDecimal().multiply(f));
              // an exact product divides back exactly: the quotient fits in 34 digits
              assertThat(product.dividedBy(f)).isEqualTo(h);
            });
  }

  @Test
  void multipliedByDistributesOverPlus() {
    qt().forAll(hours(), hours(), factors())
        .checkAssert(
            (a, b, f) ->
                assertThat(a.plus(b).multipliedBy(f))
                    .isEqualTo(a.multipliedBy(f).plus(b.multipliedBy(f))));
  }

  // ---------------------------------------------------------------- nulls

  @Test
  void nullArgumentsThrowNullPointerException() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Hours.class);
    tester.testAllPublicInstanceMethods(Hours.of("37.5"));
  }

  @Test
  void nullPointerExceptionNamesTheParameter() {
    Hours h = Hours.of(1);
    assertThatNullPointerException()
        .isThrownBy(() -> Hours.of((BigDecimal) null))
        .withMessage("hours");
    assertThatNullPointerException().isThrownBy(() -> Hours.of((String) null)).withMessage("hours");
    assertThatNullPointerException()
        .isThrownBy(() -> Hours.ofMinutes((BigDecimal) null))
        .withMessage("minutes");
    assertThatNullPointerException().isThrownBy(() -> Hours.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> h.plus(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> h.minus(null)).withMessage("other");
    assertThatNullPointerException()
        .isThrownBy(() -> h.multipliedBy((BigDecimal) null))
        .withMessage("factor");
    assertThatNullPointerException()
        .isThrownBy(() -> h.dividedBy((BigDecimal) null))
        .withMessage("divisor");
    assertThatNullPointerException().isThrownBy(() -> h.ratioTo(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> h.min(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> h.rounded(1, null)).withMessage("mode");
    assertThatNullPointerException().isThrownBy(() -> Hours.sum(null)).withMessage("amounts");
  }
}

package io.github.cmpt.time;

import static io.github.cmpt.time.TimeGen.decimals;
import static io.github.cmpt.time.TimeGen.extraScales;
import static io.github.cmpt.time.TimeGen.factors;
import static io.github.cmpt.time.TimeGen.ftes;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FteTest {

  // ---------------------------------------------------------------- constants and factories

  @Test
  void constants() {
    assertThat(Fte.ZERO.toBigDecimal()).isZero();
    assertThat(Fte.ZERO.isZero()).isTrue();
    assertThat(Fte.ONE.toBigDecimal()).isEqualByComparingTo("1");
    assertThat(Fte.ONE.isPositive()).isTrue();
    assertThat(Fte.ONE).hasToString("1 FTE");
    assertThat(Fte.ZERO).hasToString("0 FTE");
  }

  @Test
  void ofKeepsTheExactNumberOfAnySign() {
    assertThat(Fte.of(new BigDecimal("0.80")).toBigDecimal()).isEqualTo(new BigDecimal("0.80"));
    assertThat(Fte.of("-0.4").isNegative()).isTrue();
    assertThat(Fte.of("1.2").isPositive()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "eight", "0,8", "0.8 FTE"})
  void ofStringRejectsTextThatIsNotANumber(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fte.of(text))
        .withMessage("Invalid value for fte (valid values a decimal number): \"" + text + "\"");
  }

  // ---------------------------------------------------------------- parse and toString

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.8 FTE     | 0.8",
        "0.8FTE      | 0.8",
        "0.8         | 0.8",
        "' 1 FTE '   | 1",
        "1.00 FTE    | 1",
        "-0.25 FTE   | -0.25",
        "0 FTE       | 0",
        "1.2 FTE     | 1.2",
      })
  void parse(String text, String fte) {
    assertThat(Fte.parse(text)).isEqualTo(Fte.of(fte));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "FTE", "0.8 fte", "0.8 FTEs", "eight FTE", "0,8 FTE", "FTE 0.8"})
  void parseRejectsTextThatIsNotFteNamingFieldAndText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fte.parse(text))
        .withMessage("Invalid value for fte (valid values a decimal number): \"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "0.8,    0.8 FTE",
    "0.80,   0.8 FTE",
    "1.0,    1 FTE",
    "1E+1,   10 FTE",
    "-0.25,  -0.25 FTE",
    "0.000,  0 FTE",
  })
  void toStringIsPlainWithUnit(String fte, String text) {
    assertThat(Fte.of(new BigDecimal(fte))).hasToString(text);
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(ftes()).checkAssert(f -> assertThat(Fte.parse(f.toString())).isEqualTo(f));
  }

  @Test
  void toStringOfADerivedValueIsShortAndMarked() {
    // 2100 demand hours / 520 client-care hours per FTE = 105/26 = 4.0384615... FTE
    Fte required = Fte.of(Hours.of(2100).toFraction().dividedBy(Hours.of(520).toFraction()));
    assertThat(required).hasToString("~4.04 FTE");
    assertThat(required.toFraction()).isEqualTo(Fraction.of(105, 26));
    assertThat(required.toBigDecimal())
        .isEqualTo(new BigDecimal("4.038461538461538461538461538461538"));
    assertThat(Fte.of(Fraction.of(4, 5))).hasToString("0.8 FTE");
    assertThat(Fte.of(Fraction.of(2, 3))).hasToString("~0.67 FTE");
    assertThat(Fte.of(Fraction.ZERO)).isSameAs(Fte.ZERO);
  }

  @Test
  void parseRejectsARoundedValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fte.parse("~4.04 FTE"))
        .withMessage(
            "Invalid value for fte (valid values an exact decimal number; a value written with ~"
                + " is rounded and cannot be read back, use the exact value): \"~4.04 FTE\"");
  }

  @Test
  void exactArithmetic() {
    assertThat(Fte.of("1.5").multipliedBy(Fraction.of(2, 3))).isEqualTo(Fte.ONE);
    assertThat(Fte.of("1.5").dividedBy(Fraction.of(3, 2))).isEqualTo(Fte.ONE);
    assertThat(Fte.of("0.8").toFraction()).isEqualTo(Fraction.of(4, 5));
    assertThat(Fte.of(Fraction.of(1, 3)).plus(Fte.of(Fraction.of(2, 3)))).isEqualTo(Fte.ONE);
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Fte.ONE.dividedBy(Fraction.ZERO))
        .withMessage("Division by zero: 1 FTE / 0");
    // the decimal of a derived value keeps the scale decimal arithmetic gives it
    assertThat(Fte.of("0.80").multipliedBy(new BigDecimal("3")).toBigDecimal())
        .isEqualTo(new BigDecimal("2.40"));
  }

  // ---------------------------------------------------------------- arithmetic examples

  @Test
  void arithmetic() {
    assertThat(Fte.of("0.6").plus(Fte.ONE)).isEqualTo(Fte.of("1.6"));
    assertThat(Fte.of("2.4").minus(Fte.of("3"))).isEqualTo(Fte.of("-0.6"));
    assertThat(Fte.of("0.8").multipliedBy(new BigDecimal("3"))).isEqualTo(Fte.of("2.4"));
  }

  @ParameterizedTest
  @CsvSource({
    "0.125,  2, HALF_UP,   0.13",
    "0.125,  2, HALF_EVEN, 0.12",
    "1.6449, 2, HALF_UP,   1.64",
    "-0.125, 2, HALF_UP,   -0.13",
  })
  void roundedForPresentation(String fte, int scale, RoundingMode mode, String expected) {
    Fte rounded = Fte.of(fte).rounded(scale, mode);
    assertThat(rounded.toBigDecimal()).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void sum() {
    assertThat(Fte.sum(List.of())).isEqualTo(Fte.ZERO);
    assertThat(Fte.sum(List.of(Fte.ONE, Fte.of("0.6"), Fte.of("0.4")))).isEqualTo(Fte.of("2"));
  }

  // ---------------------------------------------------------------- equality and order

  @Test
  void equalsIgnoresScale() {
    new EqualsTester()
        .addEqualityGroup(Fte.ONE, Fte.of("1.0"), Fte.of("1.00"), Fte.parse("1 FTE"))
        .addEqualityGroup(Fte.ZERO, Fte.of("0.0"), Fte.of("-0.00"))
        .addEqualityGroup(Fte.of("0.8"), Fte.of("0.80"), Fte.parse("0.8 FTE"))
        .addEqualityGroup(Fte.of("-0.8"))
        .addEqualityGroup(Fte.of("10"), Fte.of(new BigDecimal("1E+1")))
        .addEqualityGroup(Hours.of(1))
        .testEquals();
  }

  @Test
  void scaleNeverChangesEqualityOrHashCode() {
    qt().forAll(decimals(), extraScales())
        .checkAssert(
            (d, extra) -> {
              Fte f = Fte.of(d);
              Fte same = Fte.of(rescaled(d, extra));
              assertThat(same).isEqualTo(f);
              assertThat(same.hashCode()).isEqualTo(f.hashCode());
            });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(ftes(), ftes())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  // ---------------------------------------------------------------- laws

  @Test
  void minusUndoesPlus() {
    qt().forAll(ftes(), ftes())
        .checkAssert(
            (a, b) -> {
              assertThat(a.plus(b).minus(b)).isEqualTo(a);
              assertThat(a.minus(b).plus(b)).isEqualTo(a);
            });
  }

  @Test
  void sumDoesNotDependOnOrder() {
    qt().forAll(lists().of(ftes()).ofSizeBetween(0, 20), longs().all())
        .checkAssert(
            (values, seed) -> {
              List<Fte> shuffled = new ArrayList<>(values);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(Fte.sum(shuffled)).isEqualTo(Fte.sum(values));
            });
  }

  @Test
  void multipliedByIsExact() {
    qt().forAll(ftes(), factors())
        .checkAssert(
            (f, k) ->
                assertThat(f.multipliedBy(k).toBigDecimal())
                    .isEqualByComparingTo(f.toBigDecimal().multiply(k)));
  }

  // ---------------------------------------------------------------- nulls

  @Test
  void nullArgumentsThrowNullPointerException() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Fte.class);
    tester.testAllPublicInstanceMethods(Fte.of("0.8"));
  }

  @Test
  void nullPointerExceptionNamesTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> Fte.of((BigDecimal) null))
        .withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> Fte.of((String) null)).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> Fte.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> Fte.ONE.plus(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> Fte.ONE.minus(null)).withMessage("other");
    assertThatNullPointerException()
        .isThrownBy(() -> Fte.ONE.multipliedBy((BigDecimal) null))
        .withMessage("factor");
    assertThatNullPointerException().isThrownBy(() -> Fte.ONE.rounded(2, null)).withMessage("mode");
    assertThatNullPointerException().isThrownBy(() -> Fte.sum(null)).withMessage("values");
  }
}

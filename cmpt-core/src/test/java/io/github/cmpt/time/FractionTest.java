package io.github.cmpt.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FractionTest {

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // ---------------------------------------------------------------- generators

  /** Longs of every size: small ones, ones near the ends of the range, and any. */
  private static Gen<Long> anyLongs() {
    return Generate.oneOf(
        longs().between(-1_000, 1_000),
        longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE),
        longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1_000),
        longs().between(-(1L << 40), 1L << 40),
        longs().all());
  }

  /** Denominators: small ones, products of 2s and 5s, ones near the top of the range, and any. */
  private static Gen<Long> denominators() {
    Gen<Long> terminating =
        integers().between(0, 30).zip(integers().between(0, 20), (a, b) -> (1L << a) * pow5(b));
    return Generate.oneOf(
            longs().between(1, 1_000),
            terminating,
            longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE),
            longs().between(1, Long.MAX_VALUE))
        .assuming(d -> d > 0);
  }

  private static long pow5(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 5;
    }
    return p;
  }

  /** Fractions in long form, and fractions whose numerator or denominator exceeds a long. */
  static Gen<Fraction> fractions() {
    Gen<Fraction> small = anyLongs().zip(denominators(), Fraction::of);
    Gen<Fraction> big =
        anyLongs()
            .zip(
                anyLongs(),
                denominators(),
                (a, b, d) ->
                    Fraction.of(
                        BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)),
                        BigInteger.valueOf(d).multiply(BigInteger.valueOf(3))));
    return small.mix(big, 30);
  }

  // ---------------------------------------------------------------- reference

  /** The exact value as a reduced pair of BigIntegers, computed independently of Fraction. */
  private static BigInteger[] ref(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    return new BigInteger[] {n.divide(g), d.divide(g)};
  }

  private static BigInteger[] ref(Fraction f) {
    return new BigInteger[] {f.numerator(), f.denominator()};
  }

  private static void assertIs(Fraction actual, BigInteger[] expected) {
    assertThat(actual.numerator()).isEqualTo(expected[0]);
    assertThat(actual.denominator()).isEqualTo(expected[1]);
  }

  private static void assertReduced(Fraction f) {
    assertThat(f.denominator().signum()).isPositive();
    assertThat(f.numerator().gcd(f.denominator())).isEqualTo(BigInteger.ONE);
  }

  // ---------------------------------------------------------------- examples

  @Test
  void wholeCountsStayWhole() {
    // 1950 h of client care at 5/24 h (12.5 min) per episode: exactly 9360 episodes
    Fraction episodes = Fraction.of(1950).dividedBy(Fraction.of(5, 24));
    assertThat(episodes).isEqualTo(Fraction.of(9360));
    assertThat(episodes.floor()).isEqualTo(9360);
    assertThat(episodes.isInteger()).isTrue();
    assertThat(episodes).hasToString("9360");
    // the same through Hours, the kernel every step uses
    assertThat(Hours.of("1950").toFraction().dividedBy(Fraction.of(5, 24)).floor())
        .isEqualTo(9360);
  }

  @Test
  void sharesInProportionAddUpToTheWhole() {
    // 300 episodes shared in proportion 1.0 : 0.5 (two clinicians' FTE): 200 and 100, exactly
    Fraction whole = Fraction.of(300);
    Fraction a = Fte.of("1.0").toFraction();
    Fraction b = Fte.of("0.5").toFraction();
    Fraction total = a.plus(b);
    Fraction first = whole.multipliedBy(a).dividedBy(total);
    Fraction second = whole.multipliedBy(b).dividedBy(total);
    assertThat(first).isEqualTo(Fraction.of(200));
    assertThat(second).isEqualTo(Fraction.of(100));
    assertThat(first.plus(second)).isEqualTo(whole);
    assertThat(first.floor() + second.floor()).isEqualTo(300);
  }

  @ParameterizedTest
  @CsvSource({
    "9360,    1,   9360",
    "625,     2,   312.5",
    "1000,    3,   1000/3",
    "-1,      8,   -0.125",
    "2,       4,   0.5",
    "6,       -4,  -1.5",
    "0,       -7,  0",
    "-7,      3,   -7/3",
    "1,       1024, 0.0009765625",
  })
  void toStringIsTheExactDecimalOrTheFraction(long n, long d, String text) {
    Fraction f = Fraction.of(n, d);
    assertThat(f).hasToString(text);
    assertThat(Fraction.parse(text)).isEqualTo(f);
  }

  @ParameterizedTest
  @CsvSource({
    "7,   2,  3,  4",
    "-7,  2,  -4, -3",
    "6,   3,  2,  2",
    "-6,  3,  -2, -2",
    "0,   5,  0,  0",
    "1,   3,  0,  1",
    "-1,  3,  -1, 0",
  })
  void floorAndCeiling(long n, long d, long floor, long ceiling) {
    assertThat(Fraction.of(n, d).floor()).isEqualTo(floor);
    assertThat(Fraction.of(n, d).ceiling()).isEqualTo(ceiling);
  }

  @Test
  void floorOutsideTheLongRangeIsArithmeticTrouble() {
    Fraction huge = Fraction.of(LONG_MAX.multiply(BigInteger.TEN), BigInteger.ONE);
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(huge::floor)
        .withMessageContaining("outside the range of long");
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(huge::ceiling);
    // just inside: MAX + 1/2 floors to MAX
    Fraction justInside =
        Fraction.of(LONG_MAX.multiply(BigInteger.TWO).add(BigInteger.ONE), BigInteger.TWO);
    assertThat(justInside.floor()).isEqualTo(Long.MAX_VALUE);
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(justInside::ceiling);
  }

  @Test
  void divisionByZeroNamesTheDividend() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Fraction.of(1000, 3).dividedBy(Fraction.ZERO))
        .withMessage("Division by zero: 1000/3 / 0");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Fraction.of(5).dividedBy(0))
        .withMessage("Division by zero: 5 / 0");
  }

  @Test
  void aZeroDenominatorIsInvalid() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fraction.of(1, 0))
        .withMessage("Invalid value for denominator (valid values x != 0): 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fraction.of(BigInteger.ONE, BigInteger.ZERO))
        .withMessage("Invalid value for denominator (valid values x != 0): 0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "/", "1/", "/2", "1/0", "1/-2", "1/2/3", "a/b", "1.5/2", "~8.33", "1 000", "x"})
  void parseRejectsTextThatIsNotAFraction(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fraction.parse(text))
        .withMessage(
            "Invalid value for fraction (valid values a decimal number or numerator/denominator"
                + " with a positive denominator): \""
                + text
                + "\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"2/4 | 1/2", "' -7/2 ' | -3.5", "+3/1 | 3", "1E+3 | 1000", "0.50 | 1/2", "-0 | 0"})
  void parseReadsDecimalsAndUnreducedFractions(String text, String same) {
    assertThat(Fraction.parse(text)).isEqualTo(Fraction.parse(same));
  }

  @Test
  void decimals() {
    assertThat(Fraction.of(new BigDecimal("312.500"))).isEqualTo(Fraction.of(625, 2));
    assertThat(Fraction.of(new BigDecimal("1E+3"))).isEqualTo(Fraction.of(1000));
    assertThat(Fraction.of(625, 2).toBigDecimal()).isEqualTo(new BigDecimal("312.5"));
    assertThat(Fraction.of(9360).toBigDecimal()).isEqualTo(new BigDecimal("9360"));
    // not terminating: rounded once to DECIMAL128
    assertThat(Fraction.of(1000, 3).toBigDecimal())
        .isEqualTo(new BigDecimal("333.3333333333333333333333333333333"));
    assertThat(Fraction.of(1000, 3).toBigDecimal(2, RoundingMode.HALF_EVEN))
        .isEqualTo(new BigDecimal("333.33"));
    assertThat(Fraction.of(2, 3).toBigDecimal(0, RoundingMode.HALF_EVEN))
        .isEqualTo(new BigDecimal("1"));
    assertThat(Fraction.of(1, 8).isTerminating()).isTrue();
    assertThat(Fraction.of(1, 3).isTerminating()).isFalse();
    assertThat(Fraction.of(7, 20).isTerminating()).isTrue();
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Fraction.of(1, 3).toBigDecimal(5, RoundingMode.UNNECESSARY));
    assertThat(Fraction.of(1, 4).doubleValue()).isEqualTo(0.25);
    assertThat(Fraction.of(1, 3).doubleValue()).isEqualTo(1.0 / 3);
  }

  @Test
  void minMaxNegatedSignum() {
    Fraction third = Fraction.of(1, 3);
    Fraction half = Fraction.of(1, 2);
    assertThat(third.min(half)).isSameAs(third);
    assertThat(third.max(half)).isSameAs(half);
    assertThat(third.negated()).isEqualTo(Fraction.of(-1, 3));
    assertThat(third.negated().signum()).isEqualTo(-1);
    assertThat(Fraction.ZERO.signum()).isZero();
    assertThat(Fraction.ZERO.negated()).isSameAs(Fraction.ZERO);
  }

  @Test
  void equalityAcrossRepresentations() {
    BigInteger two63 = LONG_MAX.add(BigInteger.ONE);
    new EqualsTester()
        .addEqualityGroup(
            Fraction.of(1, 2),
            Fraction.of(new BigDecimal("0.50")),
            Fraction.of(-3, -6),
            Fraction.of(BigInteger.valueOf(4), BigInteger.valueOf(8)),
            Fraction.parse("1/2"),
            Fraction.parse("0.5"),
            Fraction.of(1, 4).plus(Fraction.of(1, 4)),
            // through the BigInteger form and back
            Fraction.of(two63, BigInteger.ONE)
                .dividedBy(Fraction.of(two63, BigInteger.TWO))
                .dividedBy(4))
        .addEqualityGroup(
            Fraction.of(Long.MAX_VALUE),
            Fraction.of(two63, BigInteger.ONE).minus(Fraction.ONE),
            Fraction.parse(Long.toString(Long.MAX_VALUE)))
        .addEqualityGroup(
            Fraction.of(Long.MIN_VALUE),
            Fraction.of(two63.negate(), BigInteger.ONE),
            Fraction.of(Long.MIN_VALUE, 1),
            Fraction.of(Long.MIN_VALUE + 1).minus(Fraction.ONE))
        .addEqualityGroup(
            Fraction.of(two63, BigInteger.ONE), Fraction.of(Long.MAX_VALUE).plus(Fraction.ONE))
        .addEqualityGroup(Fraction.ZERO, Fraction.of(0, 5), Fraction.of(BigDecimal.ZERO))
        .addEqualityGroup(Fraction.ONE, Fraction.of(7, 7), Fraction.of(new BigDecimal("1.000")))
        .addEqualityGroup(Fraction.of(1000, 3), Fraction.parse("1000/3"))
        .testEquals();
  }

  @Test
  void nullArgumentsThrowNullPointerException() {
    NullPointerTester tester = new NullPointerTester().setDefault(Fraction.class, Fraction.ONE);
    tester.testAllPublicStaticMethods(Fraction.class);
    tester.testAllPublicInstanceMethods(Fraction.of(1000, 3));
    assertThatNullPointerException()
        .isThrownBy(() -> Fraction.ONE.plus(null))
        .withMessage("other");
    assertThatNullPointerException()
        .isThrownBy(() -> Fraction.ONE.dividedBy(null))
        .withMessage("divisor");
    assertThatNullPointerException().isThrownBy(() -> Fraction.parse(null)).withMessage("text");
  }

  // ---------------------------------------------------------------- against BigInteger

  @Test
  void gcdIsTheGreatestCommonDivisor() {
    qt().forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (a, b) ->
                assertThat(Fraction.gcd(a, b))
                    .isEqualTo(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue()));
  }

  @Test
  void ofIsReducedWithAPositiveDenominator() {
    qt().forAll(anyLongs(), anyLongs().assuming(d -> d != 0))
        .checkAssert(
            (n, d) -> {
              Fraction f = Fraction.of(n, d);
              assertReduced(f);
              assertIs(f, ref(BigInteger.valueOf(n), BigInteger.valueOf(d)));
            });
  }

  @Test
  void arithmeticIsExact() {
    qt().forAll(fractions(), fractions())
        .checkAssert(
            (x, y) -> {
              BigInteger[] a = ref(x);
              BigInteger[] b = ref(y);
              Fraction sum = x.plus(y);
              assertReduced(sum);
              assertIs(sum, ref(a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1])));
              assertIs(
                  x.minus(y),
                  ref(a[0].multiply(b[1]).subtract(b[0].multiply(a[1])), a[1].multiply(b[1])));
              Fraction product = x.multipliedBy(y);
              assertReduced(product);
              assertIs(product, ref(a[0].multiply(b[0]), a[1].multiply(b[1])));
              if (y.signum() != 0) {
                Fraction quotient = x.dividedBy(y);
                assertReduced(quotient);
                assertIs(quotient, ref(a[0].multiply(b[1]), a[1].multiply(b[0])));
              }
              assertThat(Integer.signum(x.compareTo(y)))
                  .isEqualTo(a[0].multiply(b[1]).compareTo(b[0].multiply(a[1])));
            });
  }

  @Test
  void arithmeticWithLongsIsExact() {
    qt().forAll(fractions(), anyLongs())
        .checkAssert(
            (x, k) -> {
              BigInteger[] a = ref(x);
              BigInteger bk = BigInteger.valueOf(k);
              assertIs(x.multipliedBy(k), ref(a[0].multiply(bk), a[1]));
              assertThat(x.multipliedBy(k)).isEqualTo(x.multipliedBy(Fraction.of(k)));
              if (k != 0) {
                assertIs(x.dividedBy(k), ref(a[0], a[1].multiply(bk)));
                assertThat(x.dividedBy(k)).isEqualTo(x.dividedBy(Fraction.of(k)));
              }
            });
  }

  @Test
  void fieldLaws() {
    qt().forAll(fractions(), fractions(), fractions())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.multipliedBy(b)).isEqualTo(b.multipliedBy(a));
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.multipliedBy(b).multipliedBy(c))
                  .isEqualTo(a.multipliedBy(b.multipliedBy(c)));
              assertThat(a.multipliedBy(b.plus(c)))
                  .isEqualTo(a.multipliedBy(b).plus(a.multipliedBy(c)));
              assertThat(a.plus(Fraction.ZERO)).isEqualTo(a);
              assertThat(a.multipliedBy(Fraction.ONE)).isEqualTo(a);
              assertThat(a.minus(a)).isEqualTo(Fraction.ZERO);
              assertThat(a.plus(a.negated())).isEqualTo(Fraction.ZERO);
              if (b.signum() != 0) {
                assertThat(a.dividedBy(b).multipliedBy(b)).isEqualTo(a);
                assertThat(b.dividedBy(b)).isEqualTo(Fraction.ONE);
              }
            });
  }

  @Test
  void orderIsConsistentWithEqualsAndHashCode() {
    qt().forAll(fractions(), fractions())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              Fraction same = Fraction.of(a.numerator(), a.denominator());
              assertThat(same).isEqualTo(a);
              assertThat(same.hashCode()).isEqualTo(a.hashCode());
              assertThat(a.min(b).compareTo(a.max(b))).isNotPositive();
            });
  }

  @Test
  void floorAndCeilingAreThoseOfTheExactValue() {
    qt().forAll(fractions())
        .checkAssert(
            f -> {
              BigInteger[] qr = f.numerator().divideAndRemainder(f.denominator());
              BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
              BigInteger ceiling = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
              if (floor.bitLength() < 64) {
                assertThat(f.floor()).isEqualTo(floor.longValueExact());
              } else {
                assertThatExceptionOfType(ArithmeticException.class).isThrownBy(f::floor);
              }
              if (ceiling.bitLength() < 64) {
                assertThat(f.ceiling()).isEqualTo(ceiling.longValueExact());
              } else {
                assertThatExceptionOfType(ArithmeticException.class).isThrownBy(f::ceiling);
              }
              assertThat(f.isInteger()).isEqualTo(qr[1].signum() == 0);
            });
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(fractions())
        .checkAssert(
            f -> {
              assertThat(Fraction.parse(f.toString())).isEqualTo(f);
              assertThat(f.toString().contains("/")).isEqualTo(!f.isTerminating());
            });
  }

  @Test
  void decimalsAreExactWhenTheyTerminateAndRoundedOnceOtherwise() {
    qt().forAll(fractions())
        .checkAssert(
            f -> {
              BigDecimal n = new BigDecimal(f.numerator());
              BigDecimal d = new BigDecimal(f.denominator());
              if (f.isTerminating()) {
                assertThat(Fraction.of(f.toBigDecimal())).isEqualTo(f);
                assertThat(f.toBigDecimal().scale()).isNotNegative();
              } else {
                assertThat(f.toBigDecimal()).isEqualTo(n.divide(d, MathContext.DECIMAL128));
              }
              assertThat(f.toBigDecimal(3, RoundingMode.HALF_EVEN))
                  .isEqualTo(n.divide(d, 3, RoundingMode.HALF_EVEN));
              assertThat(f.doubleValue())
                  .isCloseTo(
                      n.divide(d, MathContext.DECIMAL64).doubleValue(),
                      org.assertj.core.data.Percentage.withPercentage(1e-12));
            });
  }

  @Test
  void ofDecimalIsUnscaledOverTenToTheScale() {
    qt().forAll(anyLongs(), integers().between(-20, 40))
        .checkAssert(
            (unscaled, scale) -> {
              BigDecimal value = BigDecimal.valueOf(unscaled, scale);
              Fraction f = Fraction.of(value);
              assertThat(new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator())))
                  .isEqualByComparingTo(value);
              assertThat(f.isTerminating()).isTrue();
              assertThat(f.toBigDecimal()).isEqualByComparingTo(value);
            });
  }

  @Test
  void sumsOfManyTermsAreExactWhateverTheirForm() {
    // the sums keep their partial sum in two longs while it fits: near the ends of the range a
    // partial sum leaves that form and may come back to it
    qt().withExamples(300)
        .forAll(lists().of(fractions()).ofSizeBetween(0, 7))
        .checkAssert(
            terms -> {
              BigInteger n = BigInteger.ZERO;
              BigInteger d = BigInteger.ONE;
              for (Fraction f : terms) {
                n = n.multiply(f.denominator()).add(f.numerator().multiply(d));
                d = d.multiply(f.denominator());
              }
              BigInteger[] expected = ref(n, d);
              assertIs(Fraction.sum(terms), expected);
              assertIs(Fraction.sum(new java.util.LinkedList<>(terms)), expected);
              List<Hours> hours = new ArrayList<>();
              terms.forEach(f -> hours.add(Hours.of(f)));
              // by index (a list) and by iterator (any iterable) alike
              assertIs(Hours.sum(hours).toFraction(), expected);
              assertIs(Hours.sum(hours::iterator).toFraction(), expected);
            });
    assertThat(Fraction.sum(List.of())).isSameAs(Fraction.ZERO);
  }
}

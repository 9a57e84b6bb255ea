package io.github.cmpt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;

/**
 * Comparisons of figures that went through divisions rounded to {@link Hours#MATH_CONTEXT}
 * (34 significant digits): each such division is off by at most half a unit in the 34th digit, so a
 * chain of a few of them stays far within a relative tolerance of {@code 1e-25}.
 */
final class Close {

  private Close() {}

  /** The relative tolerance of a figure computed with a few rounded divisions. */
  static final BigDecimal TOLERANCE = new BigDecimal("1e-25");

  /**
   * Asserts {@code |actual - expected| <= |expected| x 1e-25}, which for an expected zero means
   * exactly zero.
   */
  static void assertClose(BigDecimal actual, BigDecimal expected, String what) {
    BigDecimal bound = expected.abs().multiply(TOLERANCE);
    assertThat(actual.subtract(expected).abs())
        .as("%s: %s close to %s", what, actual, expected)
        .isLessThanOrEqualTo(bound);
  }

  static void assertClose(Hours actual, Hours expected, String what) {
    assertClose(actual.toBigDecimal(), expected.toBigDecimal(), what);
  }

  static void assertClose(Fte actual, Fte expected, String what) {
    assertClose(actual.toBigDecimal(), expected.toBigDecimal(), what);
  }

  static void assertClose(Fraction actual, BigDecimal expected, String what) {
    assertClose(actual.toBigDecimal(), expected, what);
  }

  static void assertClose(Fraction actual, Fraction expected, String what) {
    assertClose(actual.toBigDecimal(), expected.toBigDecimal(), what);
  }

  /**
   * Asserts {@code |actual - expected| <= scale x 1e-25}: for a difference that should be zero, such
   * as a gap, measured against the size of the amounts it is the difference of.
   */
  static void assertNear(BigDecimal actual, BigDecimal expected, BigDecimal scale, String what) {
    assertThat(actual.subtract(expected).abs())
        .as("%s: %s near %s (scale %s)", what, actual, expected, scale)
        .isLessThanOrEqualTo(scale.abs().multiply(TOLERANCE));
  }
}

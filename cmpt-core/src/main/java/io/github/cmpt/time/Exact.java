package io.github.cmpt.time;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The decimal edges of the exact amounts ({@link Hours}, {@link Fte}, {@link Percentage}): their
 * decimal, their text, and the scale a decimal result keeps.
 *
 * <p>Each amount is a {@link Fraction} and a <em>scale</em>: the number of decimal places its
 * {@code toBigDecimal()} shows when the value terminates, which is the scale {@link BigDecimal}
 * arithmetic would have given the same operation (a sum keeps the larger scale, a product the sum of
 * the scales, a quotient their difference), so that {@code 37.50h x 2} is {@code 75.00} as before.
 * The scale never changes the value, equality or the hash code.
 */
final class Exact {

  /** The largest number of decimal places a value printed exactly may have. */
  static final int EXACT_PLACES = 6;

  /** The largest number of significant digits a value printed exactly may have beyond that. */
  static final int EXACT_DIGITS = 6;

  /** Scales are kept within this bound, far beyond any scale a caller could want shown. */
  private static final int MAX_SCALE = 1_000;

  private Exact() {}

  /** Returns a scale bounded to {@code -MAX_SCALE..MAX_SCALE}. */
  static int scale(long scale) {
    return (int) Math.max(-MAX_SCALE, Math.min(MAX_SCALE, scale));
  }

  /**
   * Returns the decimal of a value: exact, of scale {@code max(places, scale)} where {@code places}
   * is the fewest decimal places that hold it, when it terminates; otherwise rounded to {@link
   * Hours#MATH_CONTEXT}.
   */
  static BigDecimal decimal(Fraction value, int scale) {
    BigDecimal exact = value.toBigDecimal();
    if (!value.isTerminating()) {
      return exact;
    }
    if (scale > exact.scale()) {
      return exact.setScale(scale);
    }
    if (scale < 0 && exact.scale() == 0 && exact.signum() != 0) {
      BigDecimal stripped = exact.stripTrailingZeros();
      return stripped.setScale(Math.max(stripped.scale(), scale));
    }
    return exact;
  }

  /**
   * Returns the text of a value without its unit: the exact plain decimal when the value has at
   * most {@link #EXACT_PLACES} decimal places or at most {@link #EXACT_DIGITS} significant digits;
   * otherwise {@code ~} and the value rounded half-even to {@code approximatePlaces}, trailing zeros
   * kept, such as {@code ~8.30}.
   */
  static String text(Fraction value, int approximatePlaces) {
    int places = value.decimalPlaces();
    if (places >= 0) {
      BigDecimal exact = value.toBigDecimal();
      if (places <= EXACT_PLACES || exact.stripTrailingZeros().precision() <= EXACT_DIGITS) {
        return Checks.plain(exact);
      }
    }
    return "~" + value.toBigDecimal(approximatePlaces, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * Throws when a text is an approximate value, as {@code toString()} writes one, naming the field.
   */
  static void checkNotApproximate(String number, String field, CharSequence text) {
    if (number.startsWith("~")) {
      throw new IllegalArgumentException(
          Checks.invalid(
              field,
              "an exact decimal number; a value written with ~ is rounded and cannot be read back,"
                  + " use the exact value",
              Bounds.quote(text)));
    }
  }

  /** Returns the exception of a division of an amount by zero, naming the dividend. */
  static ArithmeticException divisionByZero(Object dividend, Object divisor) {
    return new ArithmeticException("Division by zero: " + dividend + " / " + divisor);
  }
}

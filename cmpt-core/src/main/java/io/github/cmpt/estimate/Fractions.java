package io.github.cmpt.estimate;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;

/**
 * Quotients of whole numbers as decimals, divided once, and the plain form of decimals.
 */
final class Fractions {

  private Fractions() {}

  static long gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  /** Returns {@code num / den}: exact when the quotient is a whole number or den is 1. */
  static BigDecimal value(long num, long den) {
    if (den == 1) {
      return BigDecimal.valueOf(num);
    }
    if (num % den == 0) {
      return BigDecimal.valueOf(num / den);
    }
    return normal(BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), Hours.MATH_CONTEXT));
  }

  /**
   * Returns the decimal without trailing zeros and with a scale of at least zero, so that it
   * prints in plain notation.
   */
  static BigDecimal normal(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}

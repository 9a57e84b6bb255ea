package io.github.cmpt.estimate;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;

/**
 * Exact fractions of two {@code long}s, for the shares of group sessions: {@code minutes / group
 * size} summed exactly, kept in lowest terms so that equal sums have equal representations
 * whatever the order of the additions.
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

  /**
   * Adds {@code num / den} to the fraction stored at {@code cells[at]} (numerator) and
   * {@code cells[at + 1]} (denominator), in lowest terms; the array is unchanged when the sum
   * overflows.
   *
   * @throws ArithmeticException when the sum does not fit in {@code long}s
   */
  static void addTo(long[] cells, int at, long num, long den) {
    long n1 = cells[at];
    long d1 = cells[at + 1];
    long n;
    long d;
    if (d1 == den) {
      n = Math.addExact(n1, num);
      d = den;
    } else {
      long g = gcd(d1, den);
      d = Math.multiplyExact(d1 / g, den);
      n = Math.addExact(Math.multiplyExact(n1, d / d1), Math.multiplyExact(num, d / den));
    }
    if (d != 1) {
      long r = gcd(n, d);
      if (r > 1) {
        n /= r;
        d /= r;
      }
    }
    cells[at] = n;
    cells[at + 1] = d;
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

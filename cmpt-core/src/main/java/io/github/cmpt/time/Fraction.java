package io.github.cmpt.time;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number, such as {@code 1000/3} or {@code 312.5}: the kernel under
 * {@link Hours}, {@link Fte} and {@link Percentage}, in which a division is as exact as a sum.
 *
 * <p>A fraction is kept reduced, with a positive denominator: {@code n/d} with
 * {@code gcd(|n|, d) = 1} and {@code d >= 1}. Arithmetic is exact; a whole count derived by
 * division is whole:
 *
 * <pre>{@code
 * Fraction episodes = Fraction.of(1950).dividedBy(Fraction.of(5, 24));
 * episodes.floor();   // 9360
 * Fraction third = Fraction.of(1000, 3);
 * third.toString();   // 1000/3
 * }</pre>
 *
 * <p>The numerator and denominator are two {@code long}s while they fit, so that the usual
 * arithmetic allocates one object per result and no {@link BigInteger}; an operation whose exact
 * result does not fit in two {@code long}s continues in {@code BigInteger}, and a result that fits
 * again returns to {@code long}s. The two representations of a value are never both in use, so
 * equality and hash codes do not depend on how a value was computed.
 *
 * <p>Formulas: {@code a/b + c/d = (a x d/g + c x b/g) / (b/g x d)} with {@code g = gcd(b, d)};
 * {@code a/b x c/d = (a/g1 x c/g2) / (b/g2 x d/g1)} with {@code g1 = gcd(a, d)} and
 * {@code g2 = gcd(c, b)}; greatest common divisors of {@code long}s are binary (Stein's algorithm).
 *
 * <p>Text: {@link #toString()} writes the exact decimal of a fraction whose decimal terminates
 * ({@code 9360}, {@code 312.5}, {@code -0.125}), otherwise {@code numerator/denominator}
 * ({@code 1000/3}); {@link #parse(CharSequence)} reads both.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero: {@code 0/1}. */
  public static final Fraction ZERO = new Fraction(0, 1);

  /** One: {@code 1/1}. */
  public static final Fraction ONE = new Fraction(1, 1);

  /** The largest scale, either way, a fraction is rounded to as a decimal. */
  private static final int MAX_ROUNDING_SCALE = 1_000;

  private static final BigInteger FIVE = BigInteger.valueOf(5);
  private static final long[] POWERS_OF_TEN = new long[19];
  /** More digits than a double holds, so that converting the decimal rounds about once. */
  private static final MathContext DOUBLE_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);

  static {
    long p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  /** The numerator when {@link #big} is null. */
  private final long num;
  /** The denominator when {@link #big} is null. */
  private final long den;
  /**
   * The numerator and denominator, when one of them does not fit the long form. One reference
   * rather than two keeps a fraction in long form to 32 bytes.
   */
  private final @Nullable Big big;

  /** The parts of a fraction that does not fit the long form. */
  private static final class Big {
    final BigInteger num;
    final BigInteger den;

    Big(BigInteger num, BigInteger den) {
      this.num = num;
      this.den = den;
    }
  }

  /** A fraction in long form: reduced, {@code den >= 1}, {@code num != Long.MIN_VALUE}. */
  private Fraction(long num, long den) {
    this.num = num;
    this.den = den;
    this.big = null;
  }

  /** A fraction in BigInteger form: reduced, positive denominator, not fitting the long form. */
  private Fraction(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.big = new Big(num, den);
  }

  // ------------------------------------------------------------------------------- factories

  /**
   * Returns a whole number as a fraction, such as {@code 52}.
   *
   * @param value the number, any sign
   * @return the fraction {@code value/1}
   */
  public static Fraction of(long value) {
    if (value == 0) {
      return ZERO;
    }
    if (value == 1) {
      return ONE;
    }
    if (value == Long.MIN_VALUE) {
      return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }
    return new Fraction(value, 1);
  }

  /**
   * Returns the fraction {@code numerator/denominator}, reduced, such as {@code 5/24}.
   *
   * @param numerator the numerator, any sign
   * @param denominator the denominator, any sign but not zero
   * @return the reduced fraction
   * @throws IllegalArgumentException when the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    Checks.check(denominator != 0, "denominator", "x != 0", denominator);
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return ofBig(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (denominator < 0) {
      return reduced(-numerator, -denominator);
    }
    return reduced(numerator, denominator);
  }

  /**
   * Returns the fraction {@code numerator/denominator}, reduced.
   *
   * @param numerator the numerator, any sign, {@code |x| < 10^100}, not null
   * @param denominator the denominator, any sign but not zero, {@code |x| < 10^100}, not null
   * @return the reduced fraction
   * @throws IllegalArgumentException when the denominator is zero, or a part is out of bounds
   * @throws NullPointerException when an argument is null
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Checks.notNull(numerator, "numerator");
    Checks.notNull(denominator, "denominator");
    BigInteger n = Bounds.integer("numerator", numerator, Bounds.FRACTION_DIGITS);
    BigInteger d = Bounds.integer("denominator", denominator, Bounds.FRACTION_DIGITS);
    Checks.check(d.signum() != 0, "denominator", "x != 0", d);
    return ofBig(n, d);
  }

  /**
   * Returns the exact value of a decimal: its unscaled value divided by {@code 10^scale}, so that
   * {@code Fraction.of(new BigDecimal("0.50"))} is {@code 1/2}.
   *
   * <p>A subclass of {@code BigDecimal} is copied to a plain {@code BigDecimal} before it is used.
   *
   * @param value the decimal, {@code |x| < 10^100}, at most 100 decimal places (trailing zeros left
   *     out), not null
   * @return the fraction of the same value
   * @throws IllegalArgumentException when {@code value} is out of bounds
   * @throws NullPointerException when {@code value} is null
   */
  public static Fraction of(BigDecimal value) {
    Checks.notNull(value, "value");
    return ofDecimal(
        Bounds.decimal("value", value, Bounds.FRACTION_DIGITS, Bounds.FRACTION_DIGITS));
  }

  /** Returns the exact value of a decimal that is already checked or that comes from this kernel. */
  static Fraction ofDecimal(BigDecimal value) {
    int scale = value.scale();
    if (value.signum() == 0) {
      return ZERO;
    }
    if (scale == 0 && value.precision() <= 18) {
      return of(value.longValue());
    }
    BigInteger unscaled = value.unscaledValue();
    if (scale > 0 && scale < POWERS_OF_TEN.length && unscaled.bitLength() < 63) {
      return reduced(unscaled.longValue(), POWERS_OF_TEN[scale]);
    }
    if (scale <= 0) {
      return ofBig(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }
    return ofBig(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * Reads a fraction as written by {@link #toString()}: a decimal such as {@code "312.5"} or
   * {@code "-2"} (in the notation of {@link BigDecimal#BigDecimal(String)}), or
   * {@code numerator/denominator} such as {@code "1000/3"} or {@code "-7/2"}, with a positive
   * denominator. The fraction need not be reduced: {@code "2/4"} is {@code 1/2}.
   *
   * @param text the text, at most 256 characters, not null; a decimal {@code |x| < 10^100} with at
   *     most 100 decimal places, or a numerator and a denominator each {@code |x| < 10^100}
   * @return the fraction
   * @throws IllegalArgumentException when the text is not a fraction, or is out of bounds
   * @throws NullPointerException when {@code text} is null
   */
  public static Fraction parse(CharSequence text) {
    Checks.notNull(text, "text");
    if (text.length() > Bounds.TEXT_LENGTH) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "fraction",
              "a fraction of at most " + Bounds.TEXT_LENGTH + " characters",
              Bounds.quote(text)));
    }
    String s = text.toString().trim();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return ofDecimal(
            Bounds.decimal(
                "fraction", new BigDecimal(s), Bounds.FRACTION_DIGITS, Bounds.FRACTION_DIGITS));
      }
      String n = s.substring(0, slash).trim();
      String d = s.substring(slash + 1).trim();
      if (isInteger(n, true) && isInteger(d, false)) {
        BigInteger denominator =
            Bounds.integer("denominator", new BigInteger(d), Bounds.FRACTION_DIGITS);
        if (denominator.signum() > 0) {
          return ofBig(
              Bounds.integer("numerator", new BigInteger(n), Bounds.FRACTION_DIGITS),
              denominator);
        }
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(invalidText(text), e);
    }
    throw new IllegalArgumentException(invalidText(text));
  }

  private static String invalidText(CharSequence text) {
    return Checks.invalid(
        "fraction",
        "a decimal number or numerator/denominator with a positive denominator",
        "\"" + text + "\"");
  }

  private static boolean isInteger(String s, boolean signed) {
    int start = signed && !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    if (s.length() == start) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code n/d} reduced, for {@code d > 0} and {@code n != Long.MIN_VALUE}. */
  private static Fraction reduced(long n, long d) {
    if (n == 0) {
      return ZERO;
    }
    if (d == 1) {
      return n == 1 ? ONE : new Fraction(n, 1);
    }
    long g = gcd(Math.abs(n), d);
    return g == 1 ? new Fraction(n, d) : new Fraction(n / g, d / g);
  }

  /** Returns {@code n/d} reduced, in long form when it fits, for any {@code d != 0}. */
  private static Fraction ofBig(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    return canonical(n, d);
  }

  /** Returns the reduced fraction {@code n/d} ({@code d > 0}) in long form when it fits. */
  private static Fraction canonical(BigInteger n, BigInteger d) {
    if (n.bitLength() < 64 && d.bitLength() < 64) {
      long ln = n.longValue();
      if (ln != Long.MIN_VALUE) {
        long ld = d.longValue();
        if (ln == 0) {
          return ZERO;
        }
        return ln == 1 && ld == 1 ? ONE : new Fraction(ln, ld);
      }
    }
    return new Fraction(n, d);
  }

  /**
   * The greatest common divisor of two non-negative longs: one Euclid step, then Stein's binary
   * algorithm; {@code gcd(0, b) = b}.
   */
  static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    if (a == 1 || b == 1) {
      return 1;
    }
    // one Euclid step first: a denominator is often far smaller than the numerator
    if (a > b) {
      a %= b;
      if (a == 0) {
        return b;
      }
    } else if (b > a) {
      b %= a;
      if (b == 0) {
        return a;
      }
    } else {
      return a;
    }
    int aTwos = Long.numberOfTrailingZeros(a);
    a >>= aTwos;
    int bTwos = Long.numberOfTrailingZeros(b);
    b >>= bTwos;
    while (a != b) {
      // a and b are odd; replace the larger by their (even) difference, made odd again
      long delta = a - b;
      long minDeltaOrZero = delta & (delta >> (Long.SIZE - 1));
      a = delta - minDeltaOrZero - minDeltaOrZero;
      b += minDeltaOrZero;
      a >>= Long.numberOfTrailingZeros(a);
    }
    return a << Math.min(aTwos, bTwos);
  }

  /** Whether the product {@code x * y} of which {@code lo} is the low word fits in a long. */
  private static boolean productFits(long x, long y, long lo) {
    return Math.multiplyHigh(x, y) == (lo >> (Long.SIZE - 1)) && lo != Long.MIN_VALUE;
  }

  /** Whether the sum {@code x + y}, given as {@code r}, did not overflow and is not MIN_VALUE. */
  private static boolean sumFits(long x, long y, long r) {
    return ((x ^ r) & (y ^ r)) >= 0 && r != Long.MIN_VALUE;
  }

  // ------------------------------------------------------------------------------- accessors

  private boolean isLong() {
    return big == null;
  }

  /**
   * Returns the numerator of the reduced fraction, with the sign of the fraction.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    Big b = big;
    return b != null ? b.num : BigInteger.valueOf(num);
  }

  /**
   * Returns the denominator of the reduced fraction, always positive.
   *
   * @return the denominator, at least 1
   */
  public BigInteger denominator() {
    Big b = big;
    return b != null ? b.den : BigInteger.valueOf(den);
  }

  /**
   * Returns the sign of this fraction.
   *
   * @return -1, 0 or 1 as this fraction is negative, zero or positive
   */
  public int signum() {
    Big b = big;
    return b != null ? b.num.signum() : Long.signum(num);
  }

  /**
   * Returns whether this fraction is a whole number (its denominator is 1).
   *
   * @return true for a whole number
   */
  public boolean isInteger() {
    Big b = big;
    return b != null ? b.den.equals(BigInteger.ONE) : den == 1;
  }

  /**
   * Returns whether the decimal of this fraction terminates: its denominator has no prime factor
   * but 2 and 5, as in {@code 1/8 = 0.125} and unlike {@code 1/3 = 0.333...}.
   *
   * @return true when {@link #toBigDecimal()} is exact
   */
  public boolean isTerminating() {
    return decimalPlaces() >= 0;
  }

  /**
   * Returns the number of decimal places of the exact decimal of this fraction ({@code 1} for
   * {@code 312.5}, {@code 0} for a whole number), or -1 when the decimal does not terminate. For a
   * denominator {@code 2^a x 5^b} it is {@code max(a, b)}.
   */
  int decimalPlaces() {
    Big b = big;
    if (b == null) {
      long d = den;
      int twos = Long.numberOfTrailingZeros(d);
      d >>= twos;
      int fives = 0;
      while (d % 5 == 0) {
        d /= 5;
        fives++;
      }
      return d == 1 ? Math.max(twos, fives) : -1;
    }
    int twos = b.den.getLowestSetBit();
    BigInteger d = b.den.shiftRight(twos);
    int fives = 0;
    BigInteger[] qr = d.divideAndRemainder(FIVE);
    while (qr[1].signum() == 0) {
      d = qr[0];
      fives++;
      qr = d.divideAndRemainder(FIVE);
    }
    return d.equals(BigInteger.ONE) ? Math.max(twos, fives) : -1;
  }

  // ------------------------------------------------------------------------------- arithmetic

  /**
   * Returns the sum of this fraction and another, exactly.
   *
   * @param other the fraction to add, not null
   * @return {@code this + other}
   * @throws NullPointerException when {@code other} is null
   */
  public Fraction plus(Fraction other) {
    Checks.notNull(other, "other");
    if (isLong() && other.isLong()) {
      if (other.num == 0) {
        return this;
      }
      if (num == 0) {
        return other;
      }
      Fraction r = sum(num, den, other.num, other.den);
      if (r != null) {
        return r;
      }
    }
    BigInteger b = denominator();
    BigInteger d = other.denominator();
    return ofBig(numerator().multiply(d).add(other.numerator().multiply(b)), b.multiply(d));
  }

  /**
   * Returns {@code a/b + c/d} for reduced fractions in long form ({@code b, d > 0}), or null when
   * a part of the exact result does not fit in a long.
   */
  private static @Nullable Fraction sum(long a, long b, long c, long d) {
    if (b == d) {
      long n = a + c;
      return sumFits(a, c, n) ? reduced(n, b) : null;
    }
    long g = gcd(b, d);
    long bg = b / g;
    long dg = d / g;
    long ad = a * dg;
    long cb = c * bg;
    long n = ad + cb;
    long q = bg * d;
    if (productFits(a, dg, ad)
        && productFits(c, bg, cb)
        && sumFits(ad, cb, n)
        && productFits(bg, d, q)) {
      if (n == 0) {
        return ZERO;
      }
      long g2 = g == 1 ? 1 : gcd(Math.abs(n), g);
      return g2 == 1 ? new Fraction(n, q) : new Fraction(n / g2, q / g2);
    }
    return null;
  }

  /**
   * Returns the sum of fractions, exactly; zero for none. The partial sums are kept as two
   * {@code long}s while they fit, so that a long sum allocates one fraction for its result.
   *
   * @param fractions the fractions, not null, without null elements
   * @return their sum
   * @throws NullPointerException when {@code fractions} or an element is null
   */
  public static Fraction sum(Iterable<Fraction> fractions) {
    Checks.notNull(fractions, "fractions");
    Sum total = new Sum();
    for (Fraction f : fractions) {
      total.add(Checks.notNull(f, "fractions element"));
    }
    return total.value();
  }

  /**
   * Returns the sum of the values of the items of a list, by index, as {@link Sum} adds them but
   * with the partial sum in local variables: no object but the result while it stays in the long
   * form.
   */
  static <T> Fraction sum(List<T> items, Function<? super T, Fraction> value) {
    long num = 0;
    long den = 1;
    int size = items.size();
    for (int i = 0; i < size; i++) {
      Fraction f = value.apply(items.get(i));
      long c = f.num;
      if (f.big == null) {
        if (c == 0) {
          continue;
        }
        long a = num;
        long b = den;
        long d = f.den;
        if (a == 0) {
          num = c;
          den = d;
          continue;
        }
        if (b == d) {
          long n = a + c;
          if (sumFits(a, c, n)) {
            long g = n == 0 ? b : gcd(Math.abs(n), b);
            num = n / g;
            den = b / g;
            continue;
          }
        } else {
          long g = gcd(b, d);
          long bg = b / g;
          long dg = d / g;
          long ad = a * dg;
          long cb = c * bg;
          long n = ad + cb;
          long q = bg * d;
          if (productFits(a, dg, ad)
              && productFits(c, bg, cb)
              && sumFits(ad, cb, n)
              && productFits(bg, d, q)) {
            if (n == 0) {
              num = 0;
              den = 1;
            } else {
              long g2 = g == 1 ? 1 : gcd(Math.abs(n), g);
              num = n / g2;
              den = q / g2;
            }
            continue;
          }
        }
      }
      // out of the long form: the rest of the sum as fractions
      Sum rest = new Sum();
      rest.add(num == 0 ? ZERO : new Fraction(num, den));
      for (int j = i; j < size; j++) {
        rest.add(value.apply(items.get(j)));
      }
      return rest.value();
    }
    if (num == 0) {
      return ZERO;
    }
    return num == 1 && den == 1 ? ONE : new Fraction(num, den);
  }

  /**
   * A running sum of fractions, for the sums of this package: the partial sum stays in two
   * {@code long}s, reduced, while it fits, and continues as a fraction when it does not, so that
   * adding a term in long form allocates nothing.
   */
  static final class Sum {
    private long num;
    private long den = 1;
    /** The partial sum, when it does not fit the long form. */
    private @Nullable Fraction rest;

    /** Adds a fraction to the sum. */
    void add(Fraction f) {
      long c = f.num;
      if (rest == null && f.big == null) {
        if (c == 0) {
          return;
        }
        long a = num;
        long b = den;
        long d = f.den;
        if (a == 0) {
          num = c;
          den = d;
          return;
        }
        if (b == d) {
          long n = a + c;
          if (sumFits(a, c, n)) {
            long g = n == 0 ? b : gcd(Math.abs(n), b);
            num = n / g;
            den = b / g;
            return;
          }
        } else {
          long g = gcd(b, d);
          long bg = b / g;
          long dg = d / g;
          long ad = a * dg;
          long cb = c * bg;
          long n = ad + cb;
          long q = bg * d;
          if (productFits(a, dg, ad)
              && productFits(c, bg, cb)
              && sumFits(ad, cb, n)
              && productFits(bg, d, q)) {
            if (n == 0) {
              num = 0;
              den = 1;
              return;
            }
            long g2 = g == 1 ? 1 : gcd(Math.abs(n), g);
            num = n / g2;
            den = q / g2;
            return;
          }
        }
      }
      Fraction total = value().plus(f);
      if (total.big == null) {
        num = total.num;
        den = total.den;
        rest = null;
      } else {
        rest = total;
      }
    }

    /** Returns the sum so far. */
    Fraction value() {
      Fraction r = rest;
      if (r != null) {
        return r;
      }
      if (num == 0) {
        return ZERO;
      }
      return num == 1 && den == 1 ? ONE : new Fraction(num, den);
    }
  }

  /**
   * Returns the difference of this fraction and another, exactly.
   *
   * @param other the fraction to subtract, not null
   * @return {@code this - other}
   * @throws NullPointerException when {@code other} is null
   */
  public Fraction minus(Fraction other) {
    Checks.notNull(other, "other");
    if (isLong() && other.isLong()) {
      if (other.num == 0) {
        return this;
      }
      // the long form never holds Long.MIN_VALUE, so the negation is exact
      Fraction r =
          num == 0 ? new Fraction(-other.num, other.den) : sum(num, den, -other.num, other.den);
      if (r != null) {
        return r;
      }
    }
    return plus(other.negated());
  }

  /**
   * Returns the product of this fraction and another, exactly.
   *
   * @param other the factor, not null
   * @return {@code this x other}
   * @throws NullPointerException when {@code other} is null
   */
  public Fraction multipliedBy(Fraction other) {
    Checks.notNull(other, "other");
    if (other == ONE) {
      return this;
    }
    if (this == ONE) {
      return other;
    }
    if (isLong() && other.isLong()) {
      return times(num, den, other.num, other.den);
    }
    return ofBig(
        numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * Returns the product of this fraction and a whole number, exactly.
   *
   * @param factor the factor, any sign
   * @return {@code this x factor}
   */
  public Fraction multipliedBy(long factor) {
    if (isLong() && factor != Long.MIN_VALUE) {
      return times(num, den, factor, 1);
    }
    return ofBig(numerator().multiply(BigInteger.valueOf(factor)), denominator());
  }

  /**
   * Returns the quotient of this fraction and another, exactly.
   *
   * @param divisor the divisor, not zero, not null
   * @return {@code this / divisor}
   * @throws ArithmeticException when the divisor is zero, naming this dividend
   * @throws NullPointerException when {@code divisor} is null
   */
  public Fraction dividedBy(Fraction divisor) {
    Checks.notNull(divisor, "divisor");
    int sign = divisor.signum();
    if (sign == 0) {
      throw divisionByZero(this);
    }
    if (divisor == ONE) {
      return this;
    }
    if (isLong() && divisor.isLong()) {
      return sign > 0
          ? times(num, den, divisor.den, divisor.num)
          : times(num, den, -divisor.den, -divisor.num);
    }
    return ofBig(
        numerator().multiply(divisor.denominator()), denominator().multiply(divisor.numerator()));
  }

  /**
   * Returns the quotient of this fraction and a whole number, exactly.
   *
   * @param divisor the divisor, not zero
   * @return {@code this / divisor}
   * @throws ArithmeticException when the divisor is zero, naming this dividend
   */
  public Fraction dividedBy(long divisor) {
    if (divisor == 0) {
      throw divisionByZero(this);
    }
    if (isLong() && divisor != Long.MIN_VALUE) {
      return divisor > 0 ? times(num, den, 1, divisor) : times(num, den, -1, -divisor);
    }
    return ofBig(numerator(), denominator().multiply(BigInteger.valueOf(divisor)));
  }

  /** Returns the message of a division of a value by zero, naming the dividend. */
  static ArithmeticException divisionByZero(Object dividend) {
    return new ArithmeticException("Division by zero: " + dividend + " / 0");
  }

  /** {@code a/b x c/d} for reduced {@code a/b} and {@code c/d}, {@code b, d > 0}. */
  private static Fraction times(long a, long b, long c, long d) {
    if (a == 0 || c == 0) {
      return ZERO;
    }
    long g1 = d == 1 ? 1 : gcd(Math.abs(a), d);
    long g2 = b == 1 ? 1 : gcd(Math.abs(c), b);
    long a1 = a / g1;
    long c1 = c / g2;
    long b1 = b / g2;
    long d1 = d / g1;
    long n = a1 * c1;
    long q = b1 * d1;
    if (productFits(a1, c1, n) && productFits(b1, d1, q)) {
      return q == 1 && n == 1 ? ONE : new Fraction(n, q);
    }
    return canonical(
        BigInteger.valueOf(a1).multiply(BigInteger.valueOf(c1)),
        BigInteger.valueOf(b1).multiply(BigInteger.valueOf(d1)));
  }

  /**
   * Returns the negation of this fraction.
   *
   * @return {@code -this}
   */
  public Fraction negated() {
    Big b = big;
    if (b == null) {
      return num == 0 ? this : new Fraction(-num, den);
    }
    return canonical(b.num.negate(), b.den);
  }

  /**
   * Returns the smaller of this fraction and another.
   *
   * @param other the other fraction, not null
   * @return the smaller, this one when they are equal
   * @throws NullPointerException when {@code other} is null
   */
  public Fraction min(Fraction other) {
    Checks.notNull(other, "other");
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of this fraction and another.
   *
   * @param other the other fraction, not null
   * @return the larger, this one when they are equal
   * @throws NullPointerException when {@code other} is null
   */
  public Fraction max(Fraction other) {
    Checks.notNull(other, "other");
    return compareTo(other) >= 0 ? this : other;
  }

  // ------------------------------------------------------------------------------- conversions

  /**
   * Returns the largest whole number not above this fraction, exactly: {@code floor(7/2) = 3},
   * {@code floor(-7/2) = -4}.
   *
   * @return the floor
   * @throws ArithmeticException when the floor is outside the range of {@code long}
   */
  public long floor() {
    if (isLong()) {
      return Math.floorDiv(num, den);
    }
    BigInteger[] qr = numerator().divideAndRemainder(denominator());
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return toLong(q, "floor");
  }

  /**
   * Returns the smallest whole number not below this fraction, exactly: {@code ceiling(7/2) = 4},
   * {@code ceiling(-7/2) = -3}.
   *
   * @return the ceiling
   * @throws ArithmeticException when the ceiling is outside the range of {@code long}
   */
  public long ceiling() {
    if (isLong()) {
      return -Math.floorDiv(-num, den);
    }
    BigInteger[] qr = numerator().divideAndRemainder(denominator());
    BigInteger q = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return toLong(q, "ceiling");
  }

  private long toLong(BigInteger value, String what) {
    if (value.bitLength() >= 64) {
      throw new ArithmeticException(
          "The " + what + " of " + this + " is outside the range of long: " + value);
    }
    return value.longValue();
  }

  /**
   * Returns this fraction as a decimal: exact when the decimal terminates (see
   * {@link #isTerminating()}), with no trailing zeros and no negative scale ({@code 9360},
   * {@code 312.5}); otherwise rounded once from the exact value to {@link MathContext#DECIMAL128}
   * (34 significant digits, half-even), so that {@code 1000/3} gives
   * {@code 333.3333333333333333333333333333333}.
   *
   * @return the decimal
   */
  public BigDecimal toBigDecimal() {
    Big b = big;
    if (b == null && den == 1) {
      return BigDecimal.valueOf(num);
    }
    int places = decimalPlaces();
    BigDecimal n = b != null ? new BigDecimal(b.num) : BigDecimal.valueOf(num);
    BigDecimal d = b != null ? new BigDecimal(b.den) : BigDecimal.valueOf(den);
    if (places >= 0) {
      return n.divide(d, places, RoundingMode.UNNECESSARY);
    }
    return n.divide(d, MathContext.DECIMAL128);
  }

  /**
   * Returns this fraction as a decimal of the given scale, rounded once from the exact value, such
   * as {@code 1000/3} to two decimals half-even: {@code 333.33}.
   *
   * @param scale the number of decimal places, negative to round to tens, hundreds...,
   *     {@code -1000 <= x <= 1000}
   * @param mode how to round, not null; {@link RoundingMode#UNNECESSARY} throws
   *     {@code ArithmeticException} unless the value has that scale exactly
   * @return the rounded decimal, of exactly that scale
   * @throws ArithmeticException when {@code mode} is {@code UNNECESSARY} and rounding is necessary
   * @throws IllegalArgumentException when {@code scale} is out of bounds
   * @throws NullPointerException when {@code mode} is null
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    Bounds.count("scale", scale, -MAX_ROUNDING_SCALE, MAX_ROUNDING_SCALE);
    Big b = big;
    BigDecimal n = b != null ? new BigDecimal(b.num) : BigDecimal.valueOf(num);
    BigDecimal d = b != null ? new BigDecimal(b.den) : BigDecimal.valueOf(den);
    return n.divide(d, scale, mode);
  }

  /**
   * Returns the {@code double} nearest this fraction (within one unit in the last place when the
   * numerator or denominator exceeds {@code 2^53}), for plotting or statistics, never for
   * amounts that must add up.
   *
   * @return the value as a double
   */
  public double doubleValue() {
    if (isLong() && Math.abs(num) <= (1L << 53) && den <= (1L << 53)) {
      return (double) num / den;
    }
    return new BigDecimal(numerator())
        .divide(new BigDecimal(denominator()), DOUBLE_CONTEXT)
        .doubleValue();
  }

  // ------------------------------------------------------------------------------- order

  /**
   * Compares fractions numerically.
   *
   * @param other the other fraction, not null
   * @return negative, zero or positive as this fraction is less than, equal to, or more than the
   *     other
   */
  @Override
  public int compareTo(Fraction other) {
    if (isLong() && other.isLong()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      // compare num x other.den with other.num x den in 128 bits
      long h1 = Math.multiplyHigh(num, other.den);
      long h2 = Math.multiplyHigh(other.num, den);
      if (h1 != h2) {
        return Long.compare(h1, h2);
      }
      return Long.compareUnsigned(num * other.den, other.num * den);
    }
    return numerator()
        .multiply(other.denominator())
        .compareTo(other.numerator().multiply(denominator()));
  }

  /**
   * Returns whether another object is a fraction of the same value.
   *
   * @param obj the other object
   * @return true for an equal value
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Fraction)) {
      return false;
    }
    Fraction o = (Fraction) obj;
    Big b = big;
    Big ob = o.big;
    if (b == null) {
      return ob == null && num == o.num && den == o.den;
    }
    return ob != null && b.num.equals(ob.num) && b.den.equals(ob.den);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    Big b = big;
    if (b == null) {
      return 31 * Long.hashCode(num) + Long.hashCode(den);
    }
    return 31 * b.num.hashCode() + b.den.hashCode();
  }

  /**
   * Returns the exact decimal of this fraction when it terminates, such as {@code 9360},
   * {@code 312.5} or {@code -0.125}, otherwise {@code numerator/denominator}, such as
   * {@code 1000/3}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the fraction as text
   */
  @Override
  public String toString() {
    Big b = big;
    if (b == null && den == 1) {
      return Long.toString(num);
    }
    if (isTerminating()) {
      return toBigDecimal().toPlainString();
    }
    return b == null ? num + "/" + den : b.num + "/" + b.den;
  }
}

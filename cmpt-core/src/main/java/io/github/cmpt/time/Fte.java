package io.github.cmpt.time;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A number of full-time equivalents, such as {@code 0.8 FTE}: {@code 1.0} is one full-time contract.
 *
 * <p>Like {@link Hours}, an FTE is an exact rational number (a {@link Fraction}) compared without
 * regard to the scale of the decimal it was given as, and may be negative so that it can express a
 * difference (a gap in FTE). Sums, products and quotients are exact; {@link #toBigDecimal()} gives
 * the exact decimal when it terminates, otherwise the value rounded once to
 * {@link Hours#MATH_CONTEXT}. A contract's FTE is checked where the contract is made
 * ({@code WorkHours}).
 *
 * <pre>{@code
 * Fte partTime = Fte.of("0.6");
 * Fte team = partTime.plus(Fte.ONE);   // 1.6 FTE
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Fte implements Comparable<Fte> {

  /** No staff. */
  public static final Fte ZERO = new Fte(Fraction.ZERO, 0, BigDecimal.ZERO);

  /** One full-time equivalent. */
  public static final Fte ONE = new Fte(Fraction.ONE, 0, BigDecimal.ONE);

  private static final String SUFFIX = " FTE";

  private final Fraction value;
  /** The scale of the decimal of a terminating value; see {@link Exact}. */
  private final int scale;
  /** The decimal given, or the one worked out at the first call of {@link #toBigDecimal()}. */
  private @Nullable BigDecimal decimal;

  private Fte(Fraction value, int scale, @Nullable BigDecimal decimal) {
    this.value = value;
    this.scale = scale;
    this.decimal = decimal;
  }

  /** Returns a derived FTE, {@link #ZERO} for zero. */
  private static Fte derived(Fraction value, long scale) {
    return value.signum() == 0 ? ZERO : new Fte(value, Exact.scale(scale), null);
  }

  /**
   * Returns a number of full-time equivalents.
   *
   * <p>A subclass of {@code BigDecimal} is copied to a plain {@code BigDecimal} before it is used.
   *
   * @param value the number, any sign, {@code |x| < 10^12}, at most 12 decimal places (trailing zeros
   *     left out), not null
   * @return the FTE
   * @throws IllegalArgumentException when {@code value} is out of bounds
   * @throws NullPointerException when {@code value} is null
   */
  public static Fte of(BigDecimal value) {
    Checks.notNull(value, "value");
    return exact(Bounds.amount("fte", value));
  }

  /** Returns the FTE of a decimal already checked, or not to be checked (a rounded value). */
  private static Fte exact(BigDecimal value) {
    return new Fte(Fraction.ofDecimal(value), value.scale(), value);
  }

  /**
   * Returns an exact number of full-time equivalents, such as {@code Fraction.of(2, 3)}.
   *
   * @param value the number, any sign, not null
   * @return the FTE
   * @throws NullPointerException when {@code value} is null
   */
  public static Fte of(Fraction value) {
    Checks.notNull(value, "value");
    return derived(value, 0);
  }

  /**
   * Returns a number of full-time equivalents written in decimal notation, such as {@code "0.8"}.
   *
   * @param value the number in the notation of {@link BigDecimal#BigDecimal(String)}, at most 256
   *     characters, {@code |x| < 10^12}, at most 12 decimal places
   * @return the FTE
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is not a decimal number, or is out of
   *     bounds
   */
  public static Fte of(String value) {
    Checks.notNull(value, "value");
    return of(Checks.decimal(value, "fte"));
  }

  /**
   * Reads an FTE as written by {@link #toString()} for an exact value, such as {@code "0.8 FTE"};
   * the unit may be left out. A rounded value as {@code toString()} writes it
   * ({@code "~4.04 FTE"}) is rejected: it is not the value; read the exact value from
   * {@link #toFraction()} or {@link #toBigDecimal()} instead.
   *
   * @param text the text, at most 256 characters, not null; the number {@code |x| < 10^12}, at most 12 decimal places
   * @return the FTE
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when the text is not a number of FTE, is a rounded one, or is
   *     out of bounds
   */
  public static Fte parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith("FTE")) {
      s = s.substring(0, s.length() - 3);
    }
    Exact.checkNotApproximate(s.trim(), "fte", text);
    return of(Checks.decimal(s, "fte", text));
  }

  /**
   * Returns the number of full-time equivalents as a decimal: the decimal given to
   * {@link #of(BigDecimal)}, with its scale; for a value computed from others, the exact decimal
   * when it terminates, otherwise the value rounded once to {@link Hours#MATH_CONTEXT}.
   * {@link #toFraction()} is always exact.
   *
   * @return the number
   */
  public BigDecimal toBigDecimal() {
    BigDecimal d = decimal;
    if (d == null) {
      d = Exact.decimal(value, scale);
      decimal = d;
    }
    return d;
  }

  /**
   * Returns the exact number of full-time equivalents.
   *
   * @return the number as a fraction
   */
  public Fraction toFraction() {
    return value;
  }

  /**
   * Returns whether this FTE is above zero.
   *
   * @return true for a positive number
   */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  /**
   * Returns whether this FTE is below zero.
   *
   * @return true for a negative number
   */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /**
   * Returns whether this FTE is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Returns the sum of this FTE and another, exactly.
   *
   * @param other the FTE to add, not null
   * @return the sum
   * @throws NullPointerException when {@code other} is null
   */
  public Fte plus(Fte other) {
    Checks.notNull(other, "other");
    return derived(value.plus(other.value), Math.max(scale, other.scale));
  }

  /**
   * Returns the difference of this FTE and another, exactly.
   *
   * @param other the FTE to subtract, not null
   * @return the difference, which may be negative
   * @throws NullPointerException when {@code other} is null
   */
  public Fte minus(Fte other) {
    Checks.notNull(other, "other");
    return derived(value.minus(other.value), Math.max(scale, other.scale));
  }

  /**
   * Returns this FTE multiplied by a factor, exactly.
   *
   * @param factor the factor, {@code |x| < 10^100}, at most 100 decimal places, not null
   * @return the product
   * @throws IllegalArgumentException when {@code factor} is out of bounds
   * @throws NullPointerException when {@code factor} is null
   */
  public Fte multipliedBy(BigDecimal factor) {
    Checks.notNull(factor, "factor");
    BigDecimal f = Bounds.decimal("factor", factor, Bounds.FRACTION_DIGITS, Bounds.FRACTION_DIGITS);
    return derived(value.multipliedBy(Fraction.ofDecimal(f)), (long) scale + f.scale());
  }

  /**
   * Returns this FTE multiplied by an exact factor, such as {@code Fraction.of(2, 3)}.
   *
   * @param factor the factor, any sign, not null
   * @return the exact product
   * @throws NullPointerException when {@code factor} is null
   */
  public Fte multipliedBy(Fraction factor) {
    Checks.notNull(factor, "factor");
    return derived(value.multipliedBy(factor), scale);
  }

  /**
   * Returns this FTE divided by an exact divisor, such as a number of clinicians sharing it.
   *
   * @param divisor the divisor, not zero, not null
   * @return the exact quotient
   * @throws ArithmeticException when the divisor is zero, naming this FTE
   * @throws NullPointerException when {@code divisor} is null
   */
  public Fte dividedBy(Fraction divisor) {
    Checks.notNull(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw Exact.divisionByZero(this, 0);
    }
    return derived(value.dividedBy(divisor), scale);
  }

  /**
   * Returns this FTE rounded for presentation, such as to two decimals.
   *
   * @param scale the number of decimals to keep, {@code -1000 <= x <= 1000}
   * @param mode how to round, not null
   * @return the rounded FTE
   * @throws IllegalArgumentException when {@code scale} is out of bounds
   * @throws NullPointerException when {@code mode} is null
   */
  public Fte rounded(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    return exact(value.toBigDecimal(scale, mode));
  }

  /**
   * Returns the sum of several FTE, exactly; the order does not matter.
   *
   * @param values the FTE, none null
   * @return their sum, {@link #ZERO} when there are none
   * @throws NullPointerException when {@code values} is null
   */
  public static Fte sum(Iterable<Fte> values) {
    Checks.notNull(values, "values");
    if (values instanceof List && values instanceof RandomAccess) {
      // by index, the partial sums in local variables: the short lists of lines and of a plan
      List<Fte> list = (List<Fte>) values;
      int scale = 0;
      for (int i = 0; i < list.size(); i++) {
        scale = Math.max(scale, Checks.notNull(list.get(i), "values element").scale);
      }
      return derived(Fraction.sum(list, f -> f.value), scale);
    }
    Fraction.Sum total = new Fraction.Sum();
    int scale = 0;
    for (Fte f : values) {
      Checks.notNull(f, "values element");
      total.add(f.value);
      scale = Math.max(scale, f.scale);
    }
    return derived(total.value(), scale);
  }

  /**
   * Compares FTE numerically.
   *
   * @param other the other FTE, not null
   * @return negative, zero or positive as this is less than, equal to, or more than the other
   */
  @Override
  public int compareTo(Fte other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether another object is the same number of FTE, whatever its scale.
   *
   * @param obj the other object
   * @return true for the same number
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Fte && value.equals(((Fte) obj).value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the FTE as plain decimal followed by its unit, such as {@code 0.8 FTE}: exactly,
   * without trailing zeros, when the value is a decimal of at most 6 decimal places or at most 6
   * significant digits; otherwise (a derived value such as 4.0384615...) rounded half-even to 2
   * decimal places and marked {@code ~}, such as {@code ~4.04 FTE}. The exact value is
   * {@link #toFraction()}; {@link #parse(CharSequence)} reads the exact text and rejects the
   * rounded one.
   *
   * @return the FTE as text
   */
  @Override
  public String toString() {
    return Exact.text(value, 2) + SUFFIX;
  }
}

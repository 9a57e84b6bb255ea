package io.github.cmpt.time;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of working time, such as {@code 37.5h}.
 *
 * <p>The amount is an exact rational number, a {@link Fraction}: sums, products and quotients are
 * all exact, so that 1950 hours at 5/24 of an hour each are exactly 9360 episodes, and a third of
 * an hour is a third, not 0.333... Decimals enter and leave at the edges: {@link #of(BigDecimal)}
 * keeps the decimal it is given, and {@link #toBigDecimal()} gives the exact decimal when it
 * terminates, otherwise the value rounded once to {@link #MATH_CONTEXT}. Equality ignores the
 * scale: {@code 2.0h} equals {@code 2.00h}. An amount can be negative, so that a difference such as
 * a gap between supply and demand is an amount too; the types that take amounts as input reject
 * negative ones where the method forbids them.
 *
 * <pre>{@code
 * Hours week = Hours.of("37.5");
 * Hours year = week.multipliedBy(52);   // 1950h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Hours implements Comparable<Hours> {

  /** No time at all. */
  public static final Hours ZERO = new Hours(Fraction.ZERO, 0, BigDecimal.ZERO);

  /**
   * The context in which a value whose decimal does not terminate (such as a third of an hour) is
   * rounded when it is asked for as a decimal: 34 significant digits, rounding half-even. Arithmetic
   * never rounds; this context is used only by {@link #toBigDecimal()}, {@link #toMinutes()} and
   * {@link #ratioTo(Hours)} (and by the other types' {@code toBigDecimal()}), once, from the exact
   * value.
   */
  public static final MathContext MATH_CONTEXT = Checks.MATH_CONTEXT;

  private static final int SIXTY = 60;

  private final Fraction value;
  /** The scale of the decimal of a terminating value; see {@link Exact}. */
  private final int scale;
  /** The decimal given, or the one worked out at the first call of {@link #toBigDecimal()}. */
  private @Nullable BigDecimal decimal;

  private Hours(Fraction value, int scale, @Nullable BigDecimal decimal) {
    this.value = value;
    this.scale = scale;
    this.decimal = decimal;
  }

  /** Returns a derived amount, {@link #ZERO} for zero. */
  private static Hours derived(Fraction value, long scale) {
    return value.signum() == 0 ? ZERO : new Hours(value, Exact.scale(scale), null);
  }

  /**
   * Returns an amount of hours.
   *
   * <p>A subclass of {@code BigDecimal} is copied to a plain {@code BigDecimal} before it is used.
   *
   * @param hours the number of hours, any sign, {@code |x| < 10^12}, at most 12 decimal places (trailing
   *     zeros left out), not null
   * @return the amount
   * @throws IllegalArgumentException when {@code hours} is out of bounds
   * @throws NullPointerException when {@code hours} is null
   */
  public static Hours of(BigDecimal hours) {
    Checks.notNull(hours, "hours");
    return exact(Bounds.amount("hours", hours));
  }

  /** Returns the amount of a decimal already checked, or not to be checked (a rounded value). */
  private static Hours exact(BigDecimal hours) {
    return hours.signum() == 0 ? ZERO : new Hours(Fraction.ofDecimal(hours), hours.scale(), hours);
  }

  /**
   * Returns an exact amount of hours, such as {@code Fraction.of(1000, 3)} for a thousand hours
   * shared by three.
   *
   * @param hours the number of hours, any sign, not null
   * @return the amount
   * @throws NullPointerException when {@code hours} is null
   */
  public static Hours of(Fraction hours) {
    Checks.notNull(hours, "hours");
    return derived(hours, 0);
  }

  /**
   * Returns an amount of whole hours.
   *
   * @param hours the number of hours, any sign, {@code |x| < 10^12}
   * @return the amount
   * @throws IllegalArgumentException when {@code hours} is out of bounds
   */
  public static Hours of(long hours) {
    Bounds.whole("hours", hours);
    return hours == 0 ? ZERO : new Hours(Fraction.of(hours), 0, null);
  }

  /**
   * Returns an amount of hours written in decimal notation, such as {@code "37.5"}.
   *
   * @param hours the number of hours in the notation of {@link BigDecimal#BigDecimal(String)}, at
   *     most 256 characters, {@code |x| < 10^12}, at most 12 decimal places
   * @return the amount
   * @throws NullPointerException when {@code hours} is null
   * @throws IllegalArgumentException when {@code hours} is not a decimal number, or is out of
   *     bounds
   */
  public static Hours of(String hours) {
    return of(Checks.decimal(hours, "hours"));
  }

  /**
   * Returns an amount of time given in minutes, exactly, such as {@code 90} minutes for
   * {@code 1.5h} and {@code 20} minutes for a third of an hour.
   *
   * @param minutes the number of minutes, any sign, {@code |x| < 10^12}
   * @return the amount: {@code minutes / 60}
   * @throws IllegalArgumentException when {@code minutes} is out of bounds
   */
  public static Hours ofMinutes(long minutes) {
    Bounds.whole("minutes", minutes);
    return derived(Fraction.of(minutes, SIXTY), 0);
  }

  /**
   * Returns an amount of time given in minutes as a decimal, exactly.
   *
   * @param minutes the number of minutes, any sign, {@code |x| < 10^12}, at most 12 decimal places, not
   *     null
   * @return the amount: {@code minutes / 60}
   * @throws IllegalArgumentException when {@code minutes} is out of bounds
   * @throws NullPointerException when {@code minutes} is null
   */
  public static Hours ofMinutes(BigDecimal minutes) {
    Checks.notNull(minutes, "minutes");
    BigDecimal m = Bounds.amount("minutes", minutes);
    return derived(Fraction.ofDecimal(m).dividedBy(SIXTY), m.scale());
  }

  /**
   * Reads an amount as written by {@link #toString()} for an exact value, such as {@code "37.5h"};
   * the unit may be left out. A rounded value as {@code toString()} writes it ({@code "~8.33h"})
   * is rejected: it is not the value; read the exact value from {@link #toFraction()} or
   * {@link #toBigDecimal()} instead.
   *
   * @param text the text, at most 256 characters, not null; the amount {@code |x| < 10^12}, at most 12 decimal places
   * @return the amount
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when the text is not an amount of hours, is a rounded one, or
   *     is out of bounds
   */
  public static Hours parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith("h")) {
      s = s.substring(0, s.length() - 1);
    }
    Exact.checkNotApproximate(s, "hours", text);
    return of(Checks.decimal(s, "hours", text));
  }

  /**
   * Returns the number of hours as a decimal: the decimal given to {@link #of(BigDecimal)}, with
   * its scale; for a value computed from others, the exact decimal when it terminates (with the
   * scale decimal arithmetic would give it: {@code 37.50h x 2} is {@code 75.00}), otherwise the
   * value rounded once to {@link #MATH_CONTEXT} (a third of an hour is
   * {@code 0.3333333333333333333333333333333333}). {@link #toFraction()} is always exact.
   *
   * @return the number of hours
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
   * Returns the exact number of hours.
   *
   * @return the number of hours as a fraction
   */
  public Fraction toFraction() {
    return value;
  }

  /**
   * Returns the number of minutes: exact when its decimal terminates, otherwise rounded once to
   * {@link #MATH_CONTEXT}.
   *
   * @return the number of minutes, {@code hours x 60}
   */
  public BigDecimal toMinutes() {
    return Exact.decimal(value.multipliedBy(SIXTY), scale);
  }

  /**
   * Returns whether this amount is zero.
   *
   * @return true for zero hours
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Returns whether this amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /**
   * Returns whether this amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  /**
   * Returns the sum of this amount and another, exactly.
   *
   * @param other the amount to add, not null
   * @return the sum
   * @throws NullPointerException when {@code other} is null
   */
  public Hours plus(Hours other) {
    Checks.notNull(other, "other");
    return derived(value.plus(other.value), Math.max(scale, other.scale));
  }

  /**
   * Returns the difference of this amount and another, exactly.
   *
   * @param other the amount to subtract, not null
   * @return the difference, which may be negative
   * @throws NullPointerException when {@code other} is null
   */
  public Hours minus(Hours other) {
    Checks.notNull(other, "other");
    return derived(value.minus(other.value), Math.max(scale, other.scale));
  }

  /**
   * Returns this amount multiplied by a factor, exactly.
   *
   * @param factor the factor, any sign, {@code |x| < 10^100}, at most 100 decimal places, not
   *     null
   * @return the product
   * @throws IllegalArgumentException when {@code factor} is out of bounds
   * @throws NullPointerException when {@code factor} is null
   */
  public Hours multipliedBy(BigDecimal factor) {
    Checks.notNull(factor, "factor");
    BigDecimal f = Bounds.decimal("factor", factor, Bounds.FRACTION_DIGITS, Bounds.FRACTION_DIGITS);
    return derived(value.multipliedBy(Fraction.ofDecimal(f)), (long) scale + f.scale());
  }

  /**
   * Returns this amount multiplied by a whole factor, exactly.
   *
   * @param factor the factor, any sign
   * @return the product
   */
  public Hours multipliedBy(long factor) {
    return derived(value.multipliedBy(factor), scale);
  }

  /**
   * Returns this amount multiplied by an exact factor, such as {@code Fraction.of(2, 3)}.
   *
   * @param factor the factor, any sign, not null
   * @return the exact product
   * @throws NullPointerException when {@code factor} is null
   */
  public Hours multipliedBy(Fraction factor) {
    Checks.notNull(factor, "factor");
    return factor == Fraction.ONE ? this : derived(value.multipliedBy(factor), scale);
  }

  /** Returns this amount multiplied by a factor whose decimal has the given scale. */
  Hours multipliedBy(Fraction factor, int factorScale) {
    return derived(value.multipliedBy(factor), (long) scale + factorScale);
  }

  /**
   * Returns this amount divided by a divisor, exactly: {@code 10h / 3} is a third of ten hours,
   * whose {@link #toBigDecimal()} rounds to {@link #MATH_CONTEXT}.
   *
   * @param divisor the divisor, not zero, {@code |x| < 10^100}, at most 100 decimal places,
   *     not null
   * @return the exact quotient
   * @throws ArithmeticException when the divisor is zero, naming this amount
   * @throws IllegalArgumentException when {@code divisor} is out of bounds
   * @throws NullPointerException when {@code divisor} is null
   */
  public Hours dividedBy(BigDecimal divisor) {
    Checks.notNull(divisor, "divisor");
    BigDecimal d = Bounds.decimal("divisor", divisor, Bounds.FRACTION_DIGITS, Bounds.FRACTION_DIGITS);
    if (d.signum() == 0) {
      throw Exact.divisionByZero(this, Checks.plain(d));
    }
    return derived(value.dividedBy(Fraction.ofDecimal(d)), (long) scale - d.scale());
  }

  /**
   * Returns this amount divided by a whole divisor, exactly.
   *
   * @param divisor the divisor, not zero
   * @return the exact quotient
   * @throws ArithmeticException when the divisor is zero, naming this amount
   */
  public Hours dividedBy(long divisor) {
    if (divisor == 0) {
      throw Exact.divisionByZero(this, 0);
    }
    return derived(value.dividedBy(divisor), scale);
  }

  /**
   * Returns this amount divided by an exact divisor, such as the share of this amount in
   * {@code Fraction.of(3, 2)} parts.
   *
   * @param divisor the divisor, not zero, not null
   * @return the exact quotient
   * @throws ArithmeticException when the divisor is zero, naming this amount
   * @throws NullPointerException when {@code divisor} is null
   */
  public Hours dividedBy(Fraction divisor) {
    Checks.notNull(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw Exact.divisionByZero(this, 0);
    }
    return derived(value.dividedBy(divisor), scale);
  }

  /**
   * Returns the exact ratio of this amount to another, such as {@code 25/3} for 50h / 6h; {@link
   * Fraction#toBigDecimal()} gives it as a decimal.
   *
   * @param other the amount to divide by, not zero, not null
   * @return this divided by {@code other}
   * @throws ArithmeticException when {@code other} is zero, naming this amount
   * @throws NullPointerException when {@code other} is null
   */
  public Fraction ratioTo(Hours other) {
    Checks.notNull(other, "other");
    if (other.isZero()) {
      throw Exact.divisionByZero(this, other);
    }
    return value.dividedBy(other.value);
  }

  /**
   * Returns the negation of this amount.
   *
   * @return the amount with the opposite sign
   */
  public Hours negated() {
    return derived(value.negated(), scale);
  }

  /**
   * Returns the smaller of this amount and another.
   *
   * @param other the other amount, not null
   * @return the smaller amount
   * @throws NullPointerException when {@code other} is null
   */
  public Hours min(Hours other) {
    Checks.notNull(other, "other");
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns this amount rounded for presentation.
   *
   * @param scale the number of decimals to keep, {@code -1000 <= x <= 1000}
   * @param mode how to round, not null
   * @return the rounded amount
   * @throws IllegalArgumentException when {@code scale} is out of bounds
   * @throws NullPointerException when {@code mode} is null
   */
  public Hours rounded(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    return exact(value.toBigDecimal(scale, mode));
  }

  /**
   * Returns the sum of amounts, exactly; the order of the amounts does not matter.
   *
   * @param amounts the amounts, none null
   * @return their sum, {@link #ZERO} when there are none
   * @throws NullPointerException when {@code amounts} is null
   */
  public static Hours sum(Iterable<Hours> amounts) {
    Checks.notNull(amounts, "amounts");
    if (amounts instanceof List && amounts instanceof RandomAccess) {
      // by index, the partial sums in local variables: the short lists of lines and of a plan
      List<Hours> list = (List<Hours>) amounts;
      int scale = 0;
      for (int i = 0; i < list.size(); i++) {
        scale = Math.max(scale, Checks.notNull(list.get(i), "amounts element").scale);
      }
      return derived(Fraction.sum(list, h -> h.value), scale);
    }
    Fraction.Sum total = new Fraction.Sum();
    int scale = 0;
    for (Hours h : amounts) {
      Checks.notNull(h, "amounts element");
      total.add(h.value);
      scale = Math.max(scale, h.scale);
    }
    return derived(total.value(), scale);
  }

  /**
   * Compares amounts numerically.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive as this amount is less than, equal to, or more than the other
   */
  @Override
  public int compareTo(Hours other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether another object is an amount of the same number of hours, whatever its scale.
   *
   * @param obj the other object
   * @return true for the same number of hours
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Hours && value.equals(((Hours) obj).value);
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
   * Returns the amount as plain decimal hours, such as {@code 37.5h}: exactly, without trailing
   * zeros, when the value is a decimal of at most 6 decimal places or at most 6 significant digits;
   * otherwise (a third of 25 hours, or a long derived value) rounded half-even to 2 decimal places
   * and marked {@code ~}, such as {@code ~8.33h}, so that a derived value never prints 34 digits.
   * The exact value is {@link #toFraction()}; {@link #parse(CharSequence)} reads the exact text
   * and rejects the rounded one.
   *
   * @return the amount followed by {@code h}
   */
  @Override
  public String toString() {
    return Exact.text(value, 2) + "h";
  }
}

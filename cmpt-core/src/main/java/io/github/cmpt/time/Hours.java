package io.github.cmpt.time;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of working time, such as {@code 37.5h}.
 *
 * <p>The amount is a {@link BigDecimal}; sums and products are exact, and division rounds to
 * {@link #MATH_CONTEXT} (34 significant digits, half-even). Equality ignores the scale:
 * {@code 2.0h} equals {@code 2.00h}. An amount can be negative, so that a difference such as a gap
 * between supply and demand is an amount too; the types that take amounts as input reject negative
 * ones where the method forbids them.
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
  public static final Hours ZERO = new Hours(BigDecimal.ZERO);

  /** The context of every division in cmpt: 34 significant digits, rounding half-even. */
  public static final MathContext MATH_CONTEXT = Checks.MATH_CONTEXT;

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final BigDecimal amount;

  private Hours(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Returns an amount of hours.
   *
   * @param hours the number of hours, any sign, not null
   * @return the amount
   * @throws NullPointerException when {@code hours} is null
   */
  public static Hours of(BigDecimal hours) {
    Checks.notNull(hours, "hours");
    return hours.signum() == 0 ? ZERO : new Hours(hours);
  }

  /**
   * Returns an amount of whole hours.
   *
   * @param hours the number of hours, any sign
   * @return the amount
   */
  public static Hours of(long hours) {
    return of(BigDecimal.valueOf(hours));
  }

  /**
   * Returns an amount of hours written in decimal notation, such as {@code "37.5"}.
   *
   * @param hours the number of hours in the notation of {@link BigDecimal#BigDecimal(String)}
   * @return the amount
   * @throws NullPointerException when {@code hours} is null
   * @throws IllegalArgumentException when {@code hours} is not a decimal number
   */
  public static Hours of(String hours) {
    return of(Checks.decimal(hours, "hours"));
  }

  /**
   * Returns an amount of time given in minutes, such as {@code 90} minutes for {@code 1.5h}.
   *
   * @param minutes the number of minutes, any sign
   * @return the amount
   */
  public static Hours ofMinutes(long minutes) {
    return of(BigDecimal.valueOf(minutes).divide(SIXTY, MATH_CONTEXT));
  }

  /**
   * Returns an amount of time given in minutes as a decimal.
   *
   * @param minutes the number of minutes, any sign, not null
   * @return the amount
   * @throws NullPointerException when {@code minutes} is null
   */
  public static Hours ofMinutes(BigDecimal minutes) {
    Checks.notNull(minutes, "minutes");
    return of(minutes.divide(SIXTY, MATH_CONTEXT));
  }

  /**
   * Reads an amount as written by {@link #toString()}, such as {@code "37.5h"}; the unit may be
   * left out.
   *
   * @param text the text, not null
   * @return the amount
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when the text is not an amount of hours
   */
  public static Hours parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith("h")) {
      s = s.substring(0, s.length() - 1);
    }
    return of(Checks.decimal(s, "hours", text));
  }

  /**
   * Returns the number of hours.
   *
   * @return the exact number of hours
   */
  public BigDecimal toBigDecimal() {
    return amount;
  }

  /**
   * Returns the number of minutes.
   *
   * @return the exact number of minutes
   */
  public BigDecimal toMinutes() {
    return amount.multiply(SIXTY);
  }

  /**
   * Returns whether this amount is zero.
   *
   * @return true for zero hours
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns whether this amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Returns whether this amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
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
    return of(amount.add(other.amount));
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
    return of(amount.subtract(other.amount));
  }

  /**
   * Returns this amount multiplied by a factor, exactly.
   *
   * @param factor the factor, any sign, not null
   * @return the product
   * @throws NullPointerException when {@code factor} is null
   */
  public Hours multipliedBy(BigDecimal factor) {
    Checks.notNull(factor, "factor");
    return of(amount.multiply(factor));
  }

  /**
   * Returns this amount multiplied by a whole factor, exactly.
   *
   * @param factor the factor, any sign
   * @return the product
   */
  public Hours multipliedBy(long factor) {
    return multipliedBy(BigDecimal.valueOf(factor));
  }

  /**
   * Returns this amount divided by a divisor, rounded to {@link #MATH_CONTEXT}.
   *
   * @param divisor the divisor, not zero, not null
   * @return the quotient
   * @throws ArithmeticException when the divisor is zero
   * @throws NullPointerException when {@code divisor} is null
   */
  public Hours dividedBy(BigDecimal divisor) {
    Checks.notNull(divisor, "divisor");
    return of(amount.divide(divisor, MATH_CONTEXT));
  }

  /**
   * Returns this amount divided by a whole divisor, rounded to {@link #MATH_CONTEXT}.
   *
   * @param divisor the divisor, not zero
   * @return the quotient
   * @throws ArithmeticException when the divisor is zero
   */
  public Hours dividedBy(long divisor) {
    return dividedBy(BigDecimal.valueOf(divisor));
  }

  /**
   * Returns the ratio of this amount to another, rounded to {@link #MATH_CONTEXT}.
   *
   * @param other the amount to divide by, not zero, not null
   * @return this divided by {@code other}
   * @throws ArithmeticException when {@code other} is zero
   * @throws NullPointerException when {@code other} is null
   */
  public BigDecimal ratioTo(Hours other) {
    Checks.notNull(other, "other");
    return amount.divide(other.amount, MATH_CONTEXT);
  }

  /**
   * Returns the negation of this amount.
   *
   * @return the amount with the opposite sign
   */
  public Hours negated() {
    return of(amount.negate());
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
   * @param scale the number of decimals to keep
   * @param mode how to round, not null
   * @return the rounded amount
   * @throws NullPointerException when {@code mode} is null
   */
  public Hours rounded(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    return of(amount.setScale(scale, mode));
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
    BigDecimal total = BigDecimal.ZERO;
    for (Hours h : amounts) {
      total = total.add(h.amount);
    }
    return of(total);
  }

  /**
   * Compares amounts numerically.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive as this amount is less than, equal to, or more than the other
   */
  @Override
  public int compareTo(Hours other) {
    return amount.compareTo(other.amount);
  }

  /**
   * Returns whether another object is an amount of the same number of hours, whatever its scale.
   *
   * @param obj the other object
   * @return true for the same number of hours
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Hours && amount.compareTo(((Hours) obj).amount) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Checks.hash(amount);
  }

  /**
   * Returns the amount as plain decimal hours, such as {@code 37.5h}.
   *
   * @return the amount, without trailing zeros, followed by {@code h}
   */
  @Override
  public String toString() {
    return Checks.plain(amount) + "h";
  }
}

package io.github.cmpt.time;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A number of full-time equivalents, such as {@code 0.8 FTE}: {@code 1.0} is one full-time contract.
 *
 * <p>Like {@link Hours}, an FTE is an exact decimal compared without regard to scale, and may be
 * negative so that it can express a difference (a gap in FTE). A contract's FTE is checked where the
 * contract is made ({@code WorkHours}).
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
  public static final Fte ZERO = new Fte(BigDecimal.ZERO);

  /** One full-time equivalent. */
  public static final Fte ONE = new Fte(BigDecimal.ONE);

  private static final String SUFFIX = " FTE";

  private final BigDecimal value;

  private Fte(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns a number of full-time equivalents.
   *
   * @param value the number, any sign, not null
   * @return the FTE
   * @throws NullPointerException when {@code value} is null
   */
  public static Fte of(BigDecimal value) {
    Checks.notNull(value, "value");
    return new Fte(value);
  }

  /**
   * Returns a number of full-time equivalents written in decimal notation, such as {@code "0.8"}.
   *
   * @param value the number in the notation of {@link BigDecimal#BigDecimal(String)}
   * @return the FTE
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is not a decimal number
   */
  public static Fte of(String value) {
    Checks.notNull(value, "value");
    return of(Checks.decimal(value, "fte"));
  }

  /**
   * Reads an FTE as written by {@link #toString()}, such as {@code "0.8 FTE"}; the unit may be left
   * out.
   *
   * @param text the text, not null
   * @return the FTE
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when the text is not a number of FTE
   */
  public static Fte parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith("FTE")) {
      s = s.substring(0, s.length() - 3);
    }
    return of(Checks.decimal(s, "fte", text));
  }

  /**
   * Returns the number of full-time equivalents.
   *
   * @return the exact number
   */
  public BigDecimal toBigDecimal() {
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
    return of(value.add(other.value));
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
    return of(value.subtract(other.value));
  }

  /**
   * Returns this FTE multiplied by a factor, exactly.
   *
   * @param factor the factor, not null
   * @return the product
   * @throws NullPointerException when {@code factor} is null
   */
  public Fte multipliedBy(BigDecimal factor) {
    Checks.notNull(factor, "factor");
    return of(value.multiply(factor));
  }

  /**
   * Returns this FTE rounded for presentation, such as to two decimals.
   *
   * @param scale the number of decimals to keep
   * @param mode how to round, not null
   * @return the rounded FTE
   * @throws NullPointerException when {@code mode} is null
   */
  public Fte rounded(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    return of(value.setScale(scale, mode));
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
    BigDecimal total = BigDecimal.ZERO;
    for (Fte f : values) {
      total = total.add(f.value);
    }
    return of(total);
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
    return obj instanceof Fte && value.compareTo(((Fte) obj).value) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Checks.hash(value);
  }

  /**
   * Returns the FTE as plain decimal followed by its unit, such as {@code 0.8 FTE}.
   *
   * @return the FTE as text
   */
  @Override
  public String toString() {
    return Checks.plain(value) + SUFFIX;
  }
}

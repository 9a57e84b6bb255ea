package io.github.cmpt.time;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A share of a whole, such as {@code 12.5%}.
 *
 * <p>A percentage keeps its exact value, a {@link Fraction} of percent, so that a third is exactly
 * a third ({@code Percentage.ofFraction(Fraction.of(1, 3))}, shown {@code ~33.3%});
 * {@link #toFraction()} is the same value divided by 100, exactly, and {@link #toFraction()}
 * its decimal. Equality ignores the scale. Any sign and size is allowed here, because a percentage
 * can also report a result (utilisation above 100%); the types that take a share as input check its
 * range.
 *
 * <pre>{@code
 * Percentage admin = Percentage.ofPercent("12.5");
 * admin.toFraction();   // 0.125
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

  /** Zero percent. */
  public static final Percentage ZERO = new Percentage(Fraction.ZERO, 0, BigDecimal.ZERO);

  /** One hundred percent: the whole. */
  public static final Percentage ONE_HUNDRED =
      new Percentage(Fraction.of(100), 0, BigDecimal.valueOf(100));

  private static final int HUNDRED = 100;

  /** The number of percent. */
  private final Fraction percent;
  /** The scale of the decimal of a terminating number of percent; see {@link Exact}. */
  private final int scale;
  /** The decimal given, or the one worked out at the first call of {@link #toPercent()}. */
  private @Nullable BigDecimal decimal;
  /** {@code percent / 100}, worked out at the first call of {@link #toFraction()}. */
  private @Nullable Fraction fraction;

  private Percentage(Fraction percent, int scale, @Nullable BigDecimal decimal) {
    this.percent = percent;
    this.scale = scale;
    this.decimal = decimal;
  }

  private static Percentage derived(Fraction percent, long scale) {
    return new Percentage(percent, Exact.scale(scale), null);
  }

  /**
   * Returns a percentage given in percent, such as {@code 12.5} for 12.5%.
   *
   * <p>A subclass of {@code BigDecimal} is copied to a plain {@code BigDecimal} before it is used.
   *
   * @param percent the number of percent, {@code |x| < 10^12}, at most 12 decimal places (trailing zeros
   *     left out), not null
   * @return the percentage
   * @throws IllegalArgumentException when {@code percent} is out of bounds
   * @throws NullPointerException when {@code percent} is null
   */
  public static Percentage ofPercent(BigDecimal percent) {
    Checks.notNull(percent, "percent");
    return exact(Bounds.amount("percent", percent));
  }

  /** Returns the percentage of a decimal already checked, or not to be checked (a rounded value). */
  private static Percentage exact(BigDecimal percent) {
    return new Percentage(Fraction.ofDecimal(percent), percent.scale(), percent);
  }

  /**
   * Returns a percentage given in whole percent, such as {@code 15} for 15%.
   *
   * @param percent the number of percent, {@code |x| < 10^12}
   * @return the percentage
   * @throws IllegalArgumentException when {@code percent} is out of bounds
   */
  public static Percentage ofPercent(long percent) {
    Bounds.whole("percent", percent);
    return derived(Fraction.of(percent), 0);
  }

  /**
   * Returns a percentage given in decimal notation, such as {@code "12.5"} for 12.5%.
   *
   * @param percent the number of percent in the notation of {@link BigDecimal#BigDecimal(String)},
   *     at most 256 characters, {@code |x| < 10^12}, at most 12 decimal places
   * @return the percentage
   * @throws NullPointerException when {@code percent} is null
   * @throws IllegalArgumentException when {@code percent} is not a decimal number, or is out of
   *     bounds
   */
  public static Percentage ofPercent(String percent) {
    return ofPercent(Checks.decimal(percent, "percent"));
  }

  /**
   * Returns a percentage given as a fraction of one, such as {@code 0.125} for 12.5%.
   *
   * @param fraction the fraction, {@code |x| < 10^12}, at most 12 decimal places, not null
   * @return the percentage
   * @throws IllegalArgumentException when {@code fraction} is out of bounds
   * @throws NullPointerException when {@code fraction} is null
   */
  public static Percentage ofFraction(BigDecimal fraction) {
    Checks.notNull(fraction, "fraction");
    BigDecimal f = Bounds.amount("fraction", fraction);
    return derived(Fraction.ofDecimal(f).multipliedBy(HUNDRED), f.scale());
  }

  /**
   * Returns a percentage given as an exact fraction of one, such as {@code Fraction.of(1, 3)} for
   * a third ({@code ~33.3%}) or the ratio of two amounts,
   * {@code part.toFraction().dividedBy(whole.toFraction())}.
   *
   * @param fraction the fraction of one, not null
   * @return the percentage, {@code fraction x 100} percent
   * @throws NullPointerException when {@code fraction} is null
   */
  public static Percentage ofFraction(Fraction fraction) {
    Checks.notNull(fraction, "fraction");
    Percentage p = derived(fraction.multipliedBy(HUNDRED), 0);
    p.fraction = fraction;
    return p;
  }

  /**
   * Reads a percentage as written by {@link #toString()} for an exact value, such as
   * {@code "12.5%"}; the sign may be left out. A rounded value as {@code toString()} writes it
   * ({@code "~33.3%"}) is rejected: it is not the value; read the exact value from
   * {@link #toFraction()} or {@link #toPercent()} instead.
   *
   * @param text the text, at most 256 characters, not null; the number of percent
   *     {@code |x| < 10^12}, at most 12 decimal places
   * @return the percentage
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when the text is not a percentage, is a rounded one, or is
   *     out of bounds
   */
  public static Percentage parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1);
    }
    Exact.checkNotApproximate(s, "percent", text);
    return ofPercent(Checks.decimal(s, "percent", text));
  }

  /**
   * Returns the number of percent, such as {@code 12.5}: the decimal given to
   * {@link #ofPercent(BigDecimal)}, with its scale; otherwise the exact decimal when it terminates,
   * or the value rounded once to {@link Hours#MATH_CONTEXT}.
   *
   * @return the number of percent
   */
  public BigDecimal toPercent() {
    BigDecimal d = decimal;
    if (d == null) {
      d = Exact.decimal(percent, scale);
      decimal = d;
    }
    return d;
  }

  /**
   * Returns the exact fraction of one, such as {@code 1/8} for {@code 12.5%}; {@link
   * Fraction#toBigDecimal()} gives it as a decimal ({@code 0.125}).
   *
   * @return the fraction of one, {@code percent / 100}
   */
  public Fraction toFraction() {
    Fraction f = fraction;
    if (f == null) {
      f = percent.dividedBy(HUNDRED);
      fraction = f;
    }
    return f;
  }

  /**
   * Returns whether this percentage is below zero.
   *
   * @return true for a negative percentage
   */
  public boolean isNegative() {
    return percent.signum() < 0;
  }

  /**
   * Returns the sum of this percentage and another, exactly.
   *
   * @param other the percentage to add, not null
   * @return the sum
   * @throws NullPointerException when {@code other} is null
   */
  public Percentage plus(Percentage other) {
    Checks.notNull(other, "other");
    return derived(percent.plus(other.percent), Math.max(scale, other.scale));
  }

  /**
   * Returns the given share of an amount of hours, exactly: {@code hours x percent / 100}.
   *
   * @param hours the whole, not null
   * @return this share of the whole
   * @throws NullPointerException when {@code hours} is null
   */
  public Hours shareOf(Hours hours) {
    Checks.notNull(hours, "hours");
    return hours.multipliedBy(toFraction(), Math.max(0, scale + 2));
  }

  /**
   * Returns this percentage rounded for presentation.
   *
   * @param scale the number of decimals of percent to keep, {@code -1000 <= x <= 1000}
   * @param mode how to round, not null
   * @return the rounded percentage
   * @throws IllegalArgumentException when {@code scale} is out of bounds
   * @throws NullPointerException when {@code mode} is null
   */
  public Percentage rounded(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    return exact(percent.toBigDecimal(scale, mode));
  }

  /**
   * Compares percentages numerically.
   *
   * @param other the other percentage, not null
   * @return negative, zero or positive as this is less than, equal to, or more than the other
   */
  @Override
  public int compareTo(Percentage other) {
    return percent.compareTo(other.percent);
  }

  /**
   * Returns whether another object is the same percentage, whatever its scale.
   *
   * @param obj the other object
   * @return true for the same percentage
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Percentage && percent.equals(((Percentage) obj).percent);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  /**
   * Returns the percentage as plain decimal followed by {@code %}, such as {@code 12.5%}: exactly,
   * without trailing zeros, when the number of percent is a decimal of at most 6 decimal places or
   * at most 6 significant digits; otherwise (a third, or a long derived value) rounded half-even to
   * 1 decimal place and marked {@code ~}, such as {@code ~33.3%}. The exact value is
   * {@link #toFraction()}; {@link #parse(CharSequence)} reads the exact text and rejects the
   * rounded one.
   *
   * @return the percentage as text
   */
  @Override
  public String toString() {
    return Exact.text(percent, 1) + "%";
  }
}

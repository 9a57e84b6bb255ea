package io.github.cmpt.time;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A share of a whole, such as {@code 12.5%}.
 *
 * <p>A percentage keeps its exact decimal value; {@link #toFraction()} is the same value divided by
 * 100 (exactly). Equality ignores the scale. Any sign and size is allowed here, because a percentage
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
  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

  /** One hundred percent: the whole. */
  public static final Percentage ONE_HUNDRED = new Percentage(BigDecimal.valueOf(100));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal percent;

  private Percentage(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * Returns a percentage given in percent, such as {@code 12.5} for 12.5%.
   *
   * @param percent the number of percent, not null
   * @return the percentage
   * @throws NullPointerException when {@code percent} is null
   */
  public static Percentage ofPercent(BigDecimal percent) {
    Checks.notNull(percent, "percent");
    return new Percentage(percent);
  }

  /**
   * Returns a percentage given in whole percent, such as {@code 15} for 15%.
   *
   * @param percent the number of percent
   * @return the percentage
   */
  public static Percentage ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * Returns a percentage given in decimal notation, such as {@code "12.5"} for 12.5%.
   *
   * @param percent the number of percent in the notation of {@link BigDecimal#BigDecimal(String)}
   * @return the percentage
   * @throws NullPointerException when {@code percent} is null
   * @throws IllegalArgumentException when {@code percent} is not a decimal number
   */
  public static Percentage ofPercent(String percent) {
    return ofPercent(Checks.decimal(percent, "percent"));
  }

  /**
   * Returns a percentage given as a fraction of one, such as {@code 0.125} for 12.5%.
   *
   * @param fraction the fraction, not null
   * @return the percentage
   * @throws NullPointerException when {@code fraction} is null
   */
  public static Percentage ofFraction(BigDecimal fraction) {
    Checks.notNull(fraction, "fraction");
    return new Percentage(fraction.multiply(HUNDRED));
  }

  /**
   * Reads a percentage as written by {@link #toString()}, such as {@code "12.5%"}; the sign may be
   * left out.
   *
   * @param text the text, not null
   * @return the percentage
   * @throws NullPointerException when {@code text} is null
   * @throws IllegalArgumentException when the text is not a percentage
   */
  public static Percentage parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1);
    }
    return ofPercent(Checks.decimal(s, "percent", text));
  }

  /**
   * Returns the number of percent, such as {@code 12.5}.
   *
   * @return the exact number of percent
   */
  public BigDecimal toPercent() {
    return percent;
  }

  /**
   * Returns the fraction of one, such as {@code 0.125}.
   *
   * @return the exact fraction
   */
  public BigDecimal toFraction() {
    return percent.movePointLeft(2);
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
    return new Percentage(percent.add(other.percent));
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
    return hours.multipliedBy(toFraction());
  }

  /**
   * Returns this percentage rounded for presentation.
   *
   * @param scale the number of decimals of percent to keep
   * @param mode how to round, not null
   * @return the rounded percentage
   * @throws NullPointerException when {@code mode} is null
   */
  public Percentage rounded(int scale, RoundingMode mode) {
    Checks.notNull(mode, "mode");
    return new Percentage(percent.setScale(scale, mode));
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
    return obj instanceof Percentage && percent.compareTo(((Percentage) obj).percent) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Checks.hash(percent);
  }

  /**
   * Returns the percentage as plain decimal followed by {@code %}, such as {@code 12.5%}.
   *
   * @return the percentage as text
   */
  @Override
  public String toString() {
    return Checks.plain(percent) + "%";
  }
}

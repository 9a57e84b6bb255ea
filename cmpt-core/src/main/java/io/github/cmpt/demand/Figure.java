package io.github.cmpt.demand;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact number with its {@link Provenance}, such as {@code 45 [records (n=42, median)]}: minutes
 * per occurrence, weeks per episode, or any other estimate of Step 2.
 *
 * <p>A figure has no unit of its own; the attribute that holds it names the unit
 * ({@code minutes}, {@code episodeWeeks}) and checks its range. Professional judgment can
 * {@linkplain #replacedBy(BigDecimal, String) replace} a figure or be
 * {@linkplain #blendedWith(BigDecimal, BigDecimal, String) blended} with it; the result keeps where
 * it came from. Equality ignores the scale of the value: {@code 45.0} equals {@code 45}.
 *
 * <pre>{@code
 * Figure data = Figure.ofRecords(new BigDecimal("40"), 42, "mean");
 * Figure blended = data.blendedWith(new BigDecimal("50"), new BigDecimal("0.3"), "new protocol");
 * blended.toString();   // 43 [blend 30% judgment / 70% records (n=42, mean)]
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Figure {

  private final BigDecimal value;
  private final Provenance provenance;

  /** The decimal places a figure may have: those of a statistic rounded to 34 digits, and some. */

  private Figure(BigDecimal value, Provenance provenance) {
    this.value = value;
    this.provenance = provenance;
  }

  /**
   * Returns a figure.
   *
   * <p>A subclass of {@code BigDecimal} is copied to a plain {@code BigDecimal} before it is used.
   * The value may have more decimal places than an amount typed in, since a statistic of records
   * is a quotient rounded to 34 significant digits.
   *
   * @param value the exact value, any sign, {@code |x| < 10^12}, at most 36 decimal places
   *     (trailing zeros left out), not null
   * @param provenance where the value comes from, not null
   * @return the figure
   * @throws IllegalArgumentException when {@code value} is out of bounds
   * @throws NullPointerException when an argument is null
   */
  public static Figure of(BigDecimal value, Provenance provenance) {
    Checks.notNull(value, "value");
    Checks.notNull(provenance, "provenance");
    return new Figure(
        Bounds.decimal("value", value, Bounds.AMOUNT_DIGITS, Bounds.ESTIMATE_PLACES), provenance);
  }

  /**
   * Returns a figure computed from records: a statistic of a number of episodes.
   *
   * @param value the exact value, not null
   * @param episodes the number of episodes, {@code x >= 1}
   * @param statistic the statistic, such as {@code mean}, {@code median} or {@code P80}, not blank
   * @return the figure
   * @throws IllegalArgumentException when {@code episodes} is below 1 or the statistic is blank
   * @throws NullPointerException when an argument is null
   */
  public static Figure ofRecords(BigDecimal value, int episodes, String statistic) {
    return of(value, Provenance.ofRecords(episodes, statistic));
  }

  /**
   * Returns a figure from professional judgment.
   *
   * @param value the exact value, not null
   * @param rationale why the value is what it is, may be empty, not null
   * @return the figure
   * @throws NullPointerException when an argument is null
   */
  public static Figure ofJudgment(BigDecimal value, String rationale) {
    return of(value, Provenance.ofJudgment(rationale));
  }

  /**
   * Returns a whole-number figure from professional judgment, such as 45 minutes.
   *
   * @param value the value
   * @param rationale why the value is what it is, may be empty, not null
   * @return the figure
   * @throws NullPointerException when {@code rationale} is null
   */
  public static Figure ofJudgment(long value, String rationale) {
    return ofJudgment(BigDecimal.valueOf(value), rationale);
  }

  /**
   * Returns the value.
   *
   * @return the exact value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns where the value comes from.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns a figure whose value is professional judgment in place of this one.
   *
   * @param judgmentValue the value judged right, not null
   * @param rationale why, may be empty, not null
   * @return a figure with {@code judgmentValue} and a {@link Provenance.Judgment} provenance
   * @throws NullPointerException when an argument is null
   */
  public Figure replacedBy(BigDecimal judgmentValue, String rationale) {
    return ofJudgment(judgmentValue, rationale);
  }

  /**
   * Returns a blend of this figure and professional judgment, exactly:
   * <pre>{@code blended = (1 - w) x this.value + w x judgmentValue}</pre>
   * where {@code w} is the weight of judgment. The result's provenance is a
   * {@link Provenance.Blend} whose other source is this figure's provenance. A weight of 0 keeps
   * this value, 1 takes the judgment value.
   *
   * @param judgmentValue the value judgment gives, not null
   * @param weight the weight {@code w} of judgment, a fraction {@code 0 <= w <= 1}, not null
   * @param rationale why judgment is blended in, may be empty, not null
   * @return the blended figure
   * @throws IllegalArgumentException when the weight is outside {@code [0, 1]}
   * @throws NullPointerException when an argument is null
   */
  public Figure blendedWith(BigDecimal judgmentValue, BigDecimal weight, String rationale) {
    Checks.notNull(judgmentValue, "judgmentValue");
    Checks.notNull(weight, "weight");
    Provenance blend = Provenance.ofBlend(weight, rationale, provenance);
    BigDecimal blended =
        BigDecimal.ONE.subtract(weight).multiply(value).add(weight.multiply(judgmentValue));
    return new Figure(blended, blend);
  }

  /**
   * Returns whether another object is a figure with the same value, whatever its scale, and the
   * same provenance.
   *
   * @param obj the other object
   * @return true for an equal figure
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Figure)) {
      return false;
    }
    Figure f = (Figure) obj;
    return value.compareTo(f.value) == 0 && provenance.equals(f.provenance);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(Checks.hash(value), provenance);
  }

  /**
   * Returns the value and its provenance, such as {@code 45 [records (n=42, median)]}.
   *
   * @return the figure as text
   */
  @Override
  public String toString() {
    return Checks.plain(value) + " [" + provenance + "]";
  }
}

package io.github.cmpt.estimate;

import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The statistic that turns the distribution of a quantity over episodes into one figure of a
 * profile: the {@link #MEAN}, the {@link #MEDIAN}, or a percentile such as {@code P80}.
 *
 * <p>The mean plans for the total time the episodes took (a mean times a number of episodes is
 * their total); the median for a typical episode; a high percentile, such as P80, for a service
 * that wants most episodes to fit. Percentiles are those of {@link Summary#percentile(BigDecimal)}
 * ({@code PERCENTILE.INC}).
 *
 * <pre>{@code
 * Statistic median = Statistic.MEDIAN;             // median
 * Statistic p80 = Statistic.ofPercentile(80);      // P80
 * Statistic parsed = Statistic.parse("P80");       // P80, equal to p80
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Statistic {

  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The mean. */
  public static final Statistic MEAN = new Statistic(null);

  /** The median, the 50th percentile. */
  public static final Statistic MEDIAN = new Statistic(FIFTY);

  /** The percentile, or null for the mean. */
  private final @Nullable BigDecimal percentile;

  private Statistic(@Nullable BigDecimal percentile) {
    this.percentile = percentile;
  }

  /**
   * Returns a percentile; the 50th is the {@link #MEDIAN}.
   *
   * @param p the percentile, {@code 0 <= p <= 100}, not null
   * @return the statistic
   * @throws IllegalArgumentException when {@code p} is outside {@code [0, 100]}
   */
  public static Statistic ofPercentile(BigDecimal p) {
    Checks.notNull(p, "p");
    Checks.check(p.signum() >= 0 && p.compareTo(HUNDRED) <= 0, "p", "0 <= p <= 100", p);
    return p.compareTo(FIFTY) == 0 ? MEDIAN : new Statistic(Fractions.normal(p));
  }

  /**
   * Returns a percentile given in whole percents; the 50th is the {@link #MEDIAN}.
   *
   * @param p the percentile, {@code 0 <= p <= 100}
   * @return the statistic
   * @throws IllegalArgumentException when {@code p} is outside {@code [0, 100]}
   */
  public static Statistic ofPercentile(int p) {
    return ofPercentile(BigDecimal.valueOf(p));
  }

  /**
   * Reads a statistic as written by {@link #toString()}: {@code mean}, {@code median} or
   * {@code P} and a percentile, such as {@code P80} or {@code P37.5}, ignoring case.
   *
   * @param text the text, not null
   * @return the statistic
   * @throws IllegalArgumentException when the text is not a statistic
   */
  public static Statistic parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().trim().toLowerCase(Locale.ROOT);
    if (s.equals("mean")) {
      return MEAN;
    }
    if (s.equals("median")) {
      return MEDIAN;
    }
    if (s.startsWith("p") && s.length() > 1) {
      return ofPercentile(Checks.decimal(s.substring(1), "p"));
    }
    throw new IllegalArgumentException(
        Checks.invalid("statistic", "mean, median or P followed by a percentile", "\"" + text
            + "\""));
  }

  /**
   * Returns whether this is the mean.
   *
   * @return true for the mean
   */
  public boolean isMean() {
    return percentile == null;
  }

  /**
   * Returns this statistic of a distribution.
   *
   * @param summary the distribution, not null
   * @return the mean or the percentile of the values
   */
  public BigDecimal applyTo(Summary summary) {
    Checks.notNull(summary, "summary");
    return percentile == null ? summary.mean() : summary.percentile(percentile);
  }

  /**
   * Returns whether another object is the same statistic.
   *
   * @param obj the other object
   * @return true for the same statistic
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Statistic)) {
      return false;
    }
    BigDecimal p = ((Statistic) obj).percentile;
    return percentile == null ? p == null : p != null && percentile.compareTo(p) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return percentile == null ? 0 : Checks.hash(percentile);
  }

  /**
   * Returns the name, such as {@code mean}, {@code median} or {@code P80}; the name is the
   * statistic of a {@link io.github.cmpt.demand.Provenance.Records} provenance.
   *
   * @return the name
   */
  @Override
  public String toString() {
    if (percentile == null) {
      return "mean";
    }
    return percentile.compareTo(FIFTY) == 0 ? "median" : "P" + Checks.plain(percentile);
  }
}

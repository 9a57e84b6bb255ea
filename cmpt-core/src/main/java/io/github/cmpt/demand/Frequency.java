package io.github.cmpt.demand;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often an activity happens in an episode of care: {@code once}, a number of times per episode
 * such as {@code 3/episode}, or a number of times per week for a number of weeks such as
 * {@code 2/week x 6 weeks}.
 *
 * <p>Counts are exact decimals, so that a figure from records (a mean of 6.4 sessions per episode)
 * or a session every other week ({@code 0.5/week}) can be said. Every count is positive. Equality
 * ignores the scale of the counts; {@code 1/episode} is {@link #ONCE}.
 *
 * <pre>{@code
 * Frequency weekly = Frequency.ofPerWeek(2, 6);
 * weekly.occurrencesPerEpisode();   // 12
 * Frequency.parse("2/week x 6 weeks").equals(weekly);   // true
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Frequency {

  /** Once per episode. */
  public static final Frequency ONCE = new Frequency(BigDecimal.ONE, null);

  private static final BigDecimal MAX_PER_EPISODE = BigDecimal.valueOf(10_000);
  private static final BigDecimal MAX_PER_WEEK = BigDecimal.valueOf(168);
  private static final BigDecimal MAX_WEEKS = BigDecimal.valueOf(520);

  /** A count that may come from records: {@code |x| < 10^12}, at most 36 decimal places. */
  private static BigDecimal estimate(String field, BigDecimal value) {
    return Bounds.decimal(field, value, Bounds.AMOUNT_DIGITS, Bounds.ESTIMATE_PLACES);
  }

  private static final String PER_EPISODE = "/episode";
  private static final String PER_WEEK = "/week x ";

  private final BigDecimal times;
  private final @Nullable BigDecimal weeks;

  private Frequency(BigDecimal times, @Nullable BigDecimal weeks) {
    this.times = times;
    this.weeks = weeks;
  }

  /**
   * Returns a number of times per episode.
   *
   * @param times the number of times in an episode, {@code 0 < x <= 10000}, at most 36 decimal
   *     places, not null
   * @return the frequency
   * @throws IllegalArgumentException when {@code times} is out of bounds
   * @throws NullPointerException when {@code times} is null
   */
  public static Frequency ofPerEpisode(BigDecimal times) {
    times = estimate("timesPerEpisode", Checks.notNull(times, "times"));
    Checks.check(
        times.signum() > 0 && times.compareTo(MAX_PER_EPISODE) <= 0,
        "timesPerEpisode",
        "0 < x <= 10000",
        times);
    return times.compareTo(BigDecimal.ONE) == 0 ? ONCE : new Frequency(times, null);
  }

  /**
   * Returns a whole number of times per episode.
   *
   * @param times the number of times in an episode, {@code x > 0}
   * @return the frequency
   * @throws IllegalArgumentException when {@code times} is not positive
   */
  public static Frequency ofPerEpisode(long times) {
    return ofPerEpisode(BigDecimal.valueOf(times));
  }

  /**
   * Returns a number of times per week for a number of weeks.
   *
   * @param timesPerWeek the number of times in a week, {@code 0 < x <= 168} (once an hour of the
   *     week at the most), at most 36 decimal places, not null
   * @param weeks the number of weeks, {@code 0 < x <= 520}, at most 36 decimal places, not null
   * @return the frequency
   * @throws IllegalArgumentException when a count is out of bounds
   * @throws NullPointerException when an argument is null
   */
  public static Frequency ofPerWeek(BigDecimal timesPerWeek, BigDecimal weeks) {
    timesPerWeek = estimate("timesPerWeek", Checks.notNull(timesPerWeek, "timesPerWeek"));
    weeks = estimate("weeks", Checks.notNull(weeks, "weeks"));
    Checks.check(
        timesPerWeek.signum() > 0 && timesPerWeek.compareTo(MAX_PER_WEEK) <= 0,
        "timesPerWeek",
        "0 < x <= 168",
        timesPerWeek);
    Checks.check(
        weeks.signum() > 0 && weeks.compareTo(MAX_WEEKS) <= 0, "weeks", "0 < x <= 520", weeks);
    return new Frequency(timesPerWeek, weeks);
  }

  /**
   * Returns a whole number of times per week for a whole number of weeks.
   *
   * @param timesPerWeek the number of times in a week, {@code x > 0}
   * @param weeks the number of weeks, {@code x > 0}
   * @return the frequency
   * @throws IllegalArgumentException when a count is not positive
   */
  public static Frequency ofPerWeek(long timesPerWeek, long weeks) {
    return ofPerWeek(BigDecimal.valueOf(timesPerWeek), BigDecimal.valueOf(weeks));
  }

  /**
   * Reads a frequency as written by {@link #toString()}: {@code once}, {@code 3/episode} or
   * {@code 2/week x 6 weeks} ({@code week} or {@code weeks} at the end).
   *
   * @param text the text, not null
   * @return the frequency
   * @throws IllegalArgumentException when the text is not a frequency or a count is not positive
   * @throws NullPointerException when {@code text} is null
   */
  public static Frequency parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.equals("once")) {
      return ONCE;
    }
    if (s.endsWith(PER_EPISODE)) {
      return ofPerEpisode(
          Checks.decimal(s.substring(0, s.length() - PER_EPISODE.length()), "timesPerEpisode"));
    }
    int at = s.indexOf(PER_WEEK);
    String unit = s.endsWith(" weeks") ? " weeks" : " week";
    if (at > 0 && s.endsWith(unit)) {
      String weeks = s.substring(at + PER_WEEK.length(), s.length() - unit.length());
      return ofPerWeek(
          Checks.decimal(s.substring(0, at), "timesPerWeek"), Checks.decimal(weeks, "weeks"));
    }
    throw new IllegalArgumentException(
        Checks.invalid(
            "frequency", "once, n/episode or n/week x w weeks", "\"" + s + "\""));
  }

  /**
   * Returns the number of times per episode, or per week when the frequency is weekly.
   *
   * @return the exact count, {@code x > 0}
   */
  public BigDecimal times() {
    return times;
  }

  /**
   * Returns the number of weeks of a weekly frequency.
   *
   * @return the weeks, or empty for a frequency per episode
   */
  public Optional<BigDecimal> weeks() {
    return Optional.ofNullable(weeks);
  }

  /**
   * Returns whether the frequency is a number of times per week for a number of weeks.
   *
   * @return true for a weekly frequency
   */
  public boolean isWeekly() {
    return weeks != null;
  }

  /**
   * Returns the number of occurrences in an episode, exactly:
   * {@code times} for a frequency per episode, {@code timesPerWeek x weeks} for a weekly one.
   *
   * @return the exact number of occurrences, {@code x > 0}
   */
  public BigDecimal occurrencesPerEpisode() {
    return weeks == null ? times : times.multiply(weeks);
  }

  /**
   * Returns this frequency with the number of times multiplied by a factor, exactly; the weeks of a
   * weekly frequency stay the same, so the occurrences per episode are multiplied by the factor.
   *
   * @param factor the factor, {@code x > 0}, not null
   * @return the scaled frequency
   * @throws IllegalArgumentException when the factor is not positive
   * @throws NullPointerException when {@code factor} is null
   */
  public Frequency multipliedBy(BigDecimal factor) {
    Checks.notNull(factor, "factor");
    Checks.check(factor.signum() > 0, "factor", "x > 0", factor);
    BigDecimal t = times.multiply(factor);
    return weeks == null ? ofPerEpisode(t) : new Frequency(t, weeks);
  }

  /**
   * Returns whether another object is the same frequency, whatever the scale of its counts.
   *
   * @param obj the other object
   * @return true for an equal frequency
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Frequency)) {
      return false;
    }
    Frequency f = (Frequency) obj;
    if (times.compareTo(f.times) != 0) {
      return false;
    }
    return weeks == null ? f.weeks == null : f.weeks != null && weeks.compareTo(f.weeks) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(Checks.hash(times), weeks == null ? -1 : Checks.hash(weeks));
  }

  /**
   * Returns the frequency as text: {@code once}, {@code 3/episode}, {@code 2/week x 6 weeks} or
   * {@code 1/week x 1 week}.
   *
   * @return the frequency as text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    if (weeks == null) {
      return times.compareTo(BigDecimal.ONE) == 0 ? "once" : Checks.plain(times) + PER_EPISODE;
    }
    String unit = weeks.compareTo(BigDecimal.ONE) == 0 ? " week" : " weeks";
    return Checks.plain(times) + PER_WEEK + Checks.plain(weeks) + unit;
  }
}

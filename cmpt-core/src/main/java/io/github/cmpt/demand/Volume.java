package io.github.cmpt.demand;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many clients a complexity level has, given either as a concurrent caseload, such as
 * {@code 12 concurrent}, or as new episodes per year, such as {@code 40 episodes/year}.
 *
 * <p>The two are linked by the episode length and the service's weeks per year, by Little's law
 * (see {@link #toConcurrent(BigDecimal, BigDecimal)} and
 * {@link #toEpisodesPerYear(BigDecimal, BigDecimal)}). Counts are exact decimals, {@code x >= 0}.
 * Equality ignores the scale of the count.
 *
 * <pre>{@code
 * Volume v = Volume.ofEpisodesPerYear(26);
 * v.toConcurrent(new BigDecimal("8"), new BigDecimal("52"));   // 4: 26 x 8 / 52
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Volume {

  private static final String CONCURRENT = " concurrent";
  private static final String EPISODES_PER_YEAR = " episodes/year";

  private final BigDecimal count;
  private final boolean concurrent;
  /** The count as a fraction, worked out once. */
  private final Fraction fraction;

  private Volume(BigDecimal count, boolean concurrent) {
    this.fraction = Fraction.of(count);
    this.count = count;
    this.concurrent = concurrent;
  }

  /**
   * Returns a concurrent caseload: the clients on the list at one time.
   *
   * @param clients the number of clients, {@code 0 <= x < 10^12}, at most 36 decimal places, not
   *     null
   * @return the volume
   * @throws IllegalArgumentException when the number is negative
   * @throws NullPointerException when {@code clients} is null
   */
  public static Volume ofConcurrent(BigDecimal clients) {
    clients = count("concurrent", Checks.notNull(clients, "clients"));
    Checks.check(clients.signum() >= 0, "concurrent", "x >= 0", clients);
    return new Volume(clients, true);
  }

  /**
   * Returns a whole concurrent caseload.
   *
   * @param clients the number of clients, {@code x >= 0}
   * @return the volume
   * @throws IllegalArgumentException when the number is negative
   */
  public static Volume ofConcurrent(long clients) {
    return ofConcurrent(BigDecimal.valueOf(clients));
  }

  /**
   * Returns a number of new episodes per year.
   *
   * @param episodes the number of episodes starting in a year, {@code 0 <= x < 10^12}, at most 36
   *     decimal places, not null
   * @return the volume
   * @throws IllegalArgumentException when the number is negative
   * @throws NullPointerException when {@code episodes} is null
   */
  public static Volume ofEpisodesPerYear(BigDecimal episodes) {
    episodes = count("episodesPerYear", Checks.notNull(episodes, "episodes"));
    Checks.check(episodes.signum() >= 0, "episodesPerYear", "x >= 0", episodes);
    return new Volume(episodes, false);
  }

  /**
   * Returns a whole number of new episodes per year.
   *
   * @param episodes the number of episodes starting in a year, {@code x >= 0}
   * @return the volume
   * @throws IllegalArgumentException when the number is negative
   */
  public static Volume ofEpisodesPerYear(long episodes) {
    return ofEpisodesPerYear(BigDecimal.valueOf(episodes));
  }

  /**
   * Reads a volume as written by {@link #toString()}, such as {@code "12 concurrent"} or
   * {@code "40 episodes/year"}.
   *
   * @param text the text, not null
   * @return the volume
   * @throws IllegalArgumentException when the text is not a volume or the count is negative
   * @throws NullPointerException when {@code text} is null
   */
  public static Volume parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().trim();
    if (s.endsWith(CONCURRENT)) {
      return ofConcurrent(
          Checks.decimal(s.substring(0, s.length() - CONCURRENT.length()), "concurrent"));
    }
    if (s.endsWith(EPISODES_PER_YEAR)) {
      return ofEpisodesPerYear(
          Checks.decimal(
              s.substring(0, s.length() - EPISODES_PER_YEAR.length()), "episodesPerYear"));
    }
    throw new IllegalArgumentException(
        Checks.invalid("volume", "n concurrent or n episodes/year", "\"" + s + "\""));
  }

  /**
   * Returns the count as given: clients for a concurrent caseload, episodes for episodes per year.
   *
   * @return the exact count, {@code x >= 0}
   */
  public BigDecimal count() {
    return count;
  }

  /**
   * Returns whether the volume is given as a concurrent caseload rather than episodes per year.
   *
   * @return true for a concurrent caseload
   */
  public boolean isConcurrent() {
    return concurrent;
  }

  /**
   * Returns the concurrent caseload, by Little's law:
   * <pre>{@code concurrent = episodesPerYear x episodeWeeks / weeksPerYear}</pre>
   * The count itself when the volume is concurrent; the result is exact.
   *
   * @param episodeWeeks the length of an episode in weeks, {@code x > 0}, not null
   * @param weeksPerYear the weeks in the service's year, such as 52 or 40 school weeks,
   *     {@code x > 0}, not null
   * @return the concurrent caseload, {@code x >= 0}
   * @throws IllegalArgumentException when a length is not positive
   * @throws NullPointerException when an argument is null
   */
  public Fraction toConcurrent(BigDecimal episodeWeeks, BigDecimal weeksPerYear) {
    checkWeeks(episodeWeeks, weeksPerYear);
    return concurrent
        ? fraction
        : toConcurrent(Fraction.of(episodeWeeks), Fraction.of(weeksPerYear));
  }

  /** {@link #toConcurrent(BigDecimal, BigDecimal)} of lengths already checked, as fractions. */
  Fraction toConcurrent(Fraction episodeWeeks, Fraction weeksPerYear) {
    return concurrent ? fraction : fraction.multipliedBy(episodeWeeks).dividedBy(weeksPerYear);
  }

  /**
   * Returns the new episodes per year, by Little's law:
   * <pre>{@code episodesPerYear = concurrent x weeksPerYear / episodeWeeks}</pre>
   * The count itself when the volume is given in episodes per year. The result is exact, so a
   * conversion to a concurrent caseload and back (or the reverse) gives the count again.
   *
   * @param episodeWeeks the length of an episode in weeks, {@code x > 0}, not null
   * @param weeksPerYear the weeks in the service's year, {@code x > 0}, not null
   * @return the episodes per year, {@code x >= 0}
   * @throws IllegalArgumentException when a length is not positive
   * @throws NullPointerException when an argument is null
   */
  public Fraction toEpisodesPerYear(BigDecimal episodeWeeks, BigDecimal weeksPerYear) {
    checkWeeks(episodeWeeks, weeksPerYear);
    if (!concurrent) {
      return fraction;
    }
    Fraction year = Fraction.of(weeksPerYear);
    return toEpisodesPerYear(Fraction.of(episodeWeeks), year);
  }

  /** {@link #toEpisodesPerYear(BigDecimal, BigDecimal)} of lengths already checked, as fractions. */
  Fraction toEpisodesPerYear(Fraction episodeWeeks, Fraction weeksPerYear) {
    return concurrent ? fraction.multipliedBy(weeksPerYear).dividedBy(episodeWeeks) : fraction;
  }

  /** A number of clients that may come from a conversion: {@code |x| < 10^12}, 36 places. */
  private static BigDecimal count(String field, BigDecimal value) {
    return Bounds.decimal(field, value, Bounds.AMOUNT_DIGITS, Bounds.ESTIMATE_PLACES);
  }

  private static void checkWeeks(BigDecimal episodeWeeks, BigDecimal weeksPerYear) {
    Checks.notNull(episodeWeeks, "episodeWeeks");
    Checks.notNull(weeksPerYear, "weeksPerYear");
    Checks.check(episodeWeeks.signum() > 0, "episodeWeeks", "x > 0", episodeWeeks);
    Checks.check(weeksPerYear.signum() > 0, "weeksPerYear", "x > 0", weeksPerYear);
  }

  /**
   * Returns whether another object is the same kind of volume with the same count, whatever its
   * scale.
   *
   * @param obj the other object
   * @return true for an equal volume
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Volume
        && concurrent == ((Volume) obj).concurrent
        && count.compareTo(((Volume) obj).count) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(Checks.hash(count), concurrent);
  }

  /**
   * Returns the count and its kind, such as {@code 12 concurrent} or {@code 40 episodes/year}.
   *
   * @return the volume as text, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return Checks.plain(count) + (concurrent ? CONCURRENT : EPISODES_PER_YEAR);
  }
}

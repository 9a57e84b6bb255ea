package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the records say about one activity, a kind performed by a role, in the episodes of one
 * complexity level, such as
 * {@code ActivityEstimate[group-intervention by PT, 40 of 52 episodes, 4.1 per episode, 60 min, group of 5.8]}.
 *
 * <p>Let {@code n} be the episodes of the level and, for an episode {@code e}, {@code c(e)} its
 * occurrences of the activity, {@code s(e)} their minutes (whole sessions) and {@code q(e)} its
 * share of them ({@code minutes / group size} summed over its records). Then:
 * <ul>
 *   <li>{@link #occurrencesPerEpisode()}: {@code c(e)} over all {@code n} episodes, zero for an
 *       episode without the activity;</li>
 *   <li>{@link #minutesPerOccurrence()}: {@code s(e) / c(e)} over the {@link #episodes()} that
 *       have the activity;</li>
 *   <li>{@link #minutesPerEpisode()}: {@code q(e)} over all {@code n} episodes;</li>
 *   <li>{@link #averageMinutesPerOccurrence()}: {@code sum s / sum c}, so that it times the mean
 *       occurrences per episode is the mean session minutes per episode;</li>
 *   <li>{@link #meanGroupSize()}: the mean group size over all occurrences, 1 for a session
 *       with one client;</li>
 *   <li>{@link #effectiveGroupSize()}: {@code sum s / sum q}, the group size that turns the
 *       minutes of the sessions into the clients' shares of them (a harmonic mean of the group
 *       sizes weighted by minutes); equal to the group size when every session had the same.</li>
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ActivityEstimate {

  private final ActivityKind kind;
  private final Role role;
  private final int episodes;
  private final long occurrences;
  private final long minutes;
  private final long groupSizes;
  private final LevelData data;
  private final int key;
  private volatile @Nullable Summary occurrencesPerEpisode;
  private volatile @Nullable Summary minutesPerOccurrence;
  private volatile @Nullable Summary minutesPerEpisode;

  ActivityEstimate(
      ActivityKind kind,
      Role role,
      int episodes,
      long occurrences,
      long minutes,
      long groupSizes,
      LevelData data,
      int key) {
    this.kind = kind;
    this.role = role;
    this.episodes = episodes;
    this.occurrences = occurrences;
    this.minutes = minutes;
    this.groupSizes = groupSizes;
    this.data = data;
    this.key = key;
  }

  /**
   * Returns the kind of activity.
   *
   * @return the kind
   */
  public ActivityKind kind() {
    return kind;
  }

  /**
   * Returns the role that performed it.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the number of episodes of the level with at least one occurrence.
   *
   * @return the episodes, at least 1
   */
  public int episodes() {
    return episodes;
  }

  /**
   * Returns the number of occurrences (accepted records) in all episodes of the level.
   *
   * @return the occurrences, at least 1
   */
  public long occurrences() {
    return occurrences;
  }

  /**
   * Returns the minutes of all occurrences, whole sessions (not divided by group size).
   *
   * @return the total minutes
   */
  public long minutes() {
    return minutes;
  }

  /**
   * Returns the occurrences per episode over all episodes of the level, zero for an episode
   * without the activity.
   *
   * @return the distribution of occurrences per episode
   */
  public Summary occurrencesPerEpisode() {
    Summary s = occurrencesPerEpisode;
    if (s == null) {
      s = data.occurrences(k -> k == key);
      occurrencesPerEpisode = s;
    }
    return s;
  }

  /**
   * Returns each episode's average minutes per occurrence (whole sessions), over the episodes
   * that have the activity.
   *
   * @return the distribution of minutes per occurrence
   */
  public Summary minutesPerOccurrence() {
    Summary s = minutesPerOccurrence;
    if (s == null) {
      s = data.perOccurrence(key);
      minutesPerOccurrence = s;
    }
    return s;
  }

  /**
   * Returns the episode's share of the minutes ({@code minutes / group size}) per episode over
   * all episodes of the level, zero for an episode without the activity.
   *
   * @return the distribution of minutes per episode
   */
  public Summary minutesPerEpisode() {
    Summary s = minutesPerEpisode;
    if (s == null) {
      s = data.shares(k -> k == key);
      minutesPerEpisode = s;
    }
    return s;
  }

  /**
   * Returns the minutes of all occurrences divided by their number, rounded to
   * {@link Hours#MATH_CONTEXT}.
   *
   * @return the average minutes per occurrence
   */
  public BigDecimal averageMinutesPerOccurrence() {
    return Fractions.value(minutes, occurrences);
  }

  /**
   * Returns the group sizes of all occurrences divided by their number, rounded to
   * {@link Hours#MATH_CONTEXT}; a session with one client counts as a group of 1.
   *
   * @return the mean group size, at least 1
   */
  public BigDecimal meanGroupSize() {
    return Fractions.value(groupSizes, occurrences);
  }

  /**
   * Returns the minutes of all occurrences divided by the episodes' shares of them
   * ({@code minutes / group size} summed), rounded to {@link Hours#MATH_CONTEXT}: the group size
   * that, with the minutes of whole sessions, gives the time the clients took. It lies between
   * the smallest and the largest group size recorded, and equals the group size when all
   * sessions had the same; when the minutes are all zero it is the {@link #meanGroupSize()}.
   *
   * @return the effective group size, at least 1
   */
  public BigDecimal effectiveGroupSize() {
    BigInteger shares = data.totalShare(key);
    if (shares.signum() == 0) {
      return meanGroupSize();
    }
    BigDecimal units = BigDecimal.valueOf(minutes).multiply(BigDecimal.valueOf(data.unit));
    return Fractions.normal(units.divide(new BigDecimal(shares), Hours.MATH_CONTEXT));
  }

  /** Returns whether some occurrence was recorded with a group size above 1. */
  boolean hasGroupSizes() {
    return groupSizes != occurrences;
  }

  /**
   * Returns whether another object is an estimate of the same activity with the same figures.
   *
   * @param obj the other object
   * @return true for an equal estimate
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ActivityEstimate)) {
      return false;
    }
    ActivityEstimate a = (ActivityEstimate) obj;
    return kind.equals(a.kind)
        && role.equals(a.role)
        && episodes == a.episodes
        && occurrences == a.occurrences
        && minutes == a.minutes
        && groupSizes == a.groupSizes
        && occurrencesPerEpisode().equals(a.occurrencesPerEpisode())
        && minutesPerOccurrence().equals(a.minutesPerOccurrence())
        && minutesPerEpisode().equals(a.minutesPerEpisode());
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, role, episodes, occurrences, minutes, groupSizes);
  }

  /**
   * Returns the activity and its main figures rounded for reading, such as
   * {@code ActivityEstimate[assessment by OT, 52 of 52 episodes, 1 per episode, 75 min]}.
   *
   * @return the estimate as text
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("ActivityEstimate[")
            .append(kind)
            .append(" by ")
            .append(role)
            .append(", ")
            .append(episodes)
            .append(" of ")
            .append(data.n)
            .append(" episodes, ")
            .append(Summary.shown(Fractions.value(occurrences, data.n)))
            .append(" per episode, ")
            .append(Summary.shown(averageMinutesPerOccurrence()))
            .append(" min");
    if (hasGroupSizes()) {
      sb.append(", group of ").append(Summary.shown(meanGroupSize()));
    }
    return sb.append(']').toString();
  }
}

package io.github.cmpt.plan;

import io.github.cmpt.report.Explanation;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many clients an amount of client-care time can serve in a year: the CMPT's "optimal number of
 * clients", as episodes per year and as a concurrent caseload, in total and by complexity level.
 *
 * <p>For a supply of {@code S} client-care hours, level shares {@code p_k} (of episodes) and hours per
 * episode {@code t_k} of the role that gives the time:
 * <pre>
 * episodes per year  N   = S / sum(p_k x t_k)
 * by level           N_k = N x p_k
 * concurrent by level    = N_k x episodeWeeks_k / weeksPerYear   (Little's law)
 * </pre>
 * With {@code p_k = e_k / E} for the levels' episodes {@code e_k} and their total {@code E}, these
 * are computed with one division each, from exact sums: {@code N = S x E / W} and
 * {@code N_k = S x e_k / W}, where {@code W = sum(e_k x t_k)}, so that a supply that fits a whole
 * number of episodes exactly gives that number. For a single level, {@code p} is 1 for that level. The exact values are kept; the {@code whole...}
 * methods round <em>down</em>, so a presented count never exceeds what fits.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Capacity {

  private final Role role;
  private final Hours supply;
  private final Hours hoursPerEpisode;
  private final BigDecimal episodes;
  private final BigDecimal concurrent;
  private final Map<ComplexityLevel, BigDecimal> episodesByLevel;
  private final Map<ComplexityLevel, BigDecimal> concurrentByLevel;

  private Capacity(
      Role role,
      Hours supply,
      Hours hoursPerEpisode,
      BigDecimal episodes,
      BigDecimal concurrent,
      Map<ComplexityLevel, BigDecimal> episodesByLevel,
      Map<ComplexityLevel, BigDecimal> concurrentByLevel) {
    this.role = role;
    this.supply = supply;
    this.hoursPerEpisode = hoursPerEpisode;
    this.episodes = episodes;
    this.concurrent = concurrent;
    this.episodesByLevel = Collections.unmodifiableMap(new LinkedHashMap<>(episodesByLevel));
    this.concurrentByLevel = Collections.unmodifiableMap(new LinkedHashMap<>(concurrentByLevel));
  }

  /**
   * Computes a capacity.
   *
   * @param role the role whose time is the supply
   * @param supply client-care hours per year, {@code x >= 0}
   * @param episodes each level's episodes per year (the weights of the case mix), {@code x >= 0}
   * @param hoursPerEpisode each level's hours per episode of the role
   * @param episodeWeeks each level's episode length in weeks
   * @param weeksPerYear the service's weeks per year
   * @return the capacity
   */
  static Capacity of(
      Role role,
      Hours supply,
      Map<ComplexityLevel, BigDecimal> episodes,
      Map<ComplexityLevel, Hours> hoursPerEpisode,
      Map<ComplexityLevel, BigDecimal> episodeWeeks,
      BigDecimal weeksPerYear) {
    Checks.check(!supply.isNegative(), "supply", "x >= 0", supply);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weightedWeeks = BigDecimal.ZERO;
    for (Map.Entry<ComplexityLevel, BigDecimal> e : episodes.entrySet()) {
      total = total.add(e.getValue());
      weighted =
          weighted.add(
              hoursPerEpisode
                  .getOrDefault(e.getKey(), Hours.ZERO)
                  .toBigDecimal()
                  .multiply(e.getValue()));
      weightedWeeks = weightedWeeks.add(e.getValue().multiply(episodeWeeks.get(e.getKey())));
    }
    Checks.check(
        weighted.signum() > 0,
        "hours per episode of " + role,
        "x > 0 for the case mix",
        weighted);
    BigDecimal s = supply.toBigDecimal();
    Map<ComplexityLevel, BigDecimal> byLevel = new LinkedHashMap<>();
    Map<ComplexityLevel, BigDecimal> concurrent = new LinkedHashMap<>();
    for (Map.Entry<ComplexityLevel, BigDecimal> e : episodes.entrySet()) {
      byLevel.put(e.getKey(), s.multiply(e.getValue()).divide(weighted, Hours.MATH_CONTEXT));
      concurrent.put(
          e.getKey(),
          s.multiply(e.getValue())
              .multiply(episodeWeeks.get(e.getKey()))
              .divide(weighted.multiply(weeksPerYear), Hours.MATH_CONTEXT));
    }
    return new Capacity(
        role,
        supply,
        Hours.of(weighted.divide(total, Hours.MATH_CONTEXT)),
        s.multiply(total).divide(weighted, Hours.MATH_CONTEXT),
        s.multiply(weightedWeeks).divide(weighted.multiply(weeksPerYear), Hours.MATH_CONTEXT),
        byLevel,
        concurrent);
  }

  /**
   * Returns the role whose client-care time the capacity is computed from.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the supply: client-care hours per year.
   *
   * @return the hours
   */
  public Hours supplyHours() {
    return supply;
  }

  /**
   * Returns the hours of the role that an average episode of the case mix needs:
   * {@code sum(p_k x t_k)}.
   *
   * @return hours per episode, positive
   */
  public Hours hoursPerEpisode() {
    return hoursPerEpisode;
  }

  /**
   * Returns the episodes per year the supply serves: {@code S / sum(p_k x t_k)}, exact to
   * {@link Hours#MATH_CONTEXT}.
   *
   * @return episodes per year, at least 0
   */
  public BigDecimal episodesPerYear() {
    return episodes;
  }

  /**
   * Returns the episodes per year of each level: {@code N x p_k}.
   *
   * @return an unmodifiable map in level order
   */
  public Map<ComplexityLevel, BigDecimal> episodesPerYearByLevel() {
    return episodesByLevel;
  }

  /**
   * Returns the concurrent caseload the supply carries: the sum over levels of
   * {@code N_k x episodeWeeks_k / weeksPerYear}.
   *
   * @return clients at one time, at least 0
   */
  public BigDecimal concurrentCaseload() {
    return concurrent;
  }

  /**
   * Returns the concurrent caseload of each level.
   *
   * @return an unmodifiable map in level order
   */
  public Map<ComplexityLevel, BigDecimal> concurrentCaseloadByLevel() {
    return concurrentByLevel;
  }

  /**
   * Returns the whole episodes per year that fit: {@link #episodesPerYear()} rounded down.
   *
   * @return whole episodes, never more than fit
   */
  public long wholeEpisodesPerYear() {
    return floor(episodesPerYear());
  }

  /**
   * Returns the whole clients that fit at one time: {@link #concurrentCaseload()} rounded down.
   *
   * @return whole clients, never more than fit
   */
  public long wholeConcurrentCaseload() {
    return floor(concurrentCaseload());
  }

  /**
   * Returns the whole episodes per year of one level that fit: its share of
   * {@link #episodesPerYear()} rounded down.
   *
   * @param level a level of the case mix, not null
   * @return whole episodes, never more than fit
   * @throws IllegalArgumentException when the level is not in the case mix
   */
  public long wholeEpisodesPerYear(ComplexityLevel level) {
    return floor(levelValue(episodesPerYearByLevel(), level));
  }

  /**
   * Returns the whole clients of one level that fit at one time: its part of
   * {@link #concurrentCaseload()} rounded down.
   *
   * @param level a level of the case mix, not null
   * @return whole clients, never more than fit
   * @throws IllegalArgumentException when the level is not in the case mix
   */
  public long wholeConcurrentCaseload(ComplexityLevel level) {
    return floor(levelValue(concurrentCaseloadByLevel(), level));
  }

  private static BigDecimal levelValue(Map<ComplexityLevel, BigDecimal> values, ComplexityLevel level) {
    BigDecimal v = values.get(Checks.notNull(level, "level"));
    Checks.check(v != null, "level", "a level of the case mix " + values.keySet(), level);
    return v;
  }

  static long floor(BigDecimal value) {
    return value.setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /**
   * Returns how the capacity was computed.
   *
   * @return the explanation
   */
  public Explanation explain() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("client-care hours of " + role, supply);
    inputs.put("hours of " + role + " per episode of the case mix", hoursPerEpisode);
    return Explanation.of(
        "Episodes per year (" + role + ")",
        "client-care hours / sum(share of level x hours per episode)",
        inputs,
        episodesPerYear());
  }

  /**
   * Returns whether another object is an equal capacity; figures compare without regard to scale.
   *
   * @param obj the other object
   * @return true for the same role, supply and figures
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Capacity)) {
      return false;
    }
    Capacity c = (Capacity) obj;
    return role.equals(c.role)
        && supply.equals(c.supply)
        && hoursPerEpisode.equals(c.hoursPerEpisode)
        && sameNumbers(episodesByLevel, c.episodesByLevel)
        && sameNumbers(concurrentByLevel, c.concurrentByLevel);
  }

  /** Whether two maps have the same keys and numerically equal values, whatever their scale. */
  private static boolean sameNumbers(
      Map<ComplexityLevel, BigDecimal> a, Map<ComplexityLevel, BigDecimal> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<ComplexityLevel, BigDecimal> e : a.entrySet()) {
      if (e.getValue().compareTo(b.get(e.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(role, supply, hoursPerEpisode);
  }

  /**
   * Returns the whole counts that fit, such as
   * {@code Capacity[PT: 212 episodes/year, 18 concurrent]}.
   *
   * @return the capacity as text
   */
  @Override
  public String toString() {
    return "Capacity["
        + role
        + ": "
        + wholeEpisodesPerYear()
        + " episodes/year, "
        + wholeConcurrentCaseload()
        + " concurrent]";
  }
}

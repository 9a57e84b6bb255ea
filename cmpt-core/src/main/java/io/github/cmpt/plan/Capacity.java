package io.github.cmpt.plan;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * are {@code N = S x E / W} and {@code N_k = S x e_k / W}, where {@code W = sum(e_k x t_k)}. For a
 * single level, {@code p} is 1 for that level. Every value is an exact {@link Fraction}; the
 * {@code whole...} methods are its floor, so a presented count never exceeds what fits and a supply
 * that fits a whole number of episodes exactly gives that number.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Capacity {

  private final Role role;
  private final Hours supply;
  private final Hours hoursPerEpisode;
  private final Fraction episodes;
  private final Fraction concurrent;
  private final ImmutableMap<ComplexityLevel, Fraction> episodesByLevel;
  private final ImmutableMap<ComplexityLevel, Fraction> concurrentByLevel;

  private Capacity(
      Role role,
      Hours supply,
      Hours hoursPerEpisode,
      Fraction episodes,
      Fraction concurrent,
      ImmutableMap<ComplexityLevel, Fraction> episodesByLevel,
      ImmutableMap<ComplexityLevel, Fraction> concurrentByLevel) {
    this.role = role;
    this.supply = supply;
    this.hoursPerEpisode = hoursPerEpisode;
    this.episodes = episodes;
    this.concurrent = concurrent;
    this.episodesByLevel = episodesByLevel;
    this.concurrentByLevel = concurrentByLevel;
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
      Map<ComplexityLevel, Fraction> episodes,
      Map<ComplexityLevel, Hours> hoursPerEpisode,
      Map<ComplexityLevel, Fraction> episodeWeeks,
      Fraction weeksPerYear) {
    Checks.check(!supply.isNegative(), "supply", "x >= 0", supply);
    int n = episodes.size();
    Fraction[] e = new Fraction[n];
    Fraction[] w = new Fraction[n];
    List<Fraction> weights = new ArrayList<>(n);
    List<Fraction> weeks = new ArrayList<>(n);
    int i = 0;
    for (Map.Entry<ComplexityLevel, Fraction> entry : episodes.entrySet()) {
      e[i] = entry.getValue();
      w[i] = Objects.requireNonNull(episodeWeeks.get(entry.getKey()));
      weights.add(
          hoursPerEpisode.getOrDefault(entry.getKey(), Hours.ZERO).toFraction().multipliedBy(e[i]));
      weeks.add(e[i].multipliedBy(w[i]));
      i++;
    }
    Fraction total = Fraction.sum(episodes.values());
    Fraction weighted = Fraction.sum(weights);
    Fraction weightedWeeks = Fraction.sum(weeks);
    if (weighted.signum() <= 0) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "hours per episode of " + role, "x > 0 for the case mix", Hours.of(weighted)));
    }
    // S / W once; each figure is then one product
    Fraction perWeighted = supply.toFraction().dividedBy(weighted);
    Fraction perWeightedWeek = perWeighted.dividedBy(weeksPerYear);
    ImmutableMap.Builder<ComplexityLevel, Fraction> byLevel =
        ImmutableMap.builderWithExpectedSize(n);
    ImmutableMap.Builder<ComplexityLevel, Fraction> concurrent =
        ImmutableMap.builderWithExpectedSize(n);
    i = 0;
    for (ComplexityLevel level : episodes.keySet()) {
      byLevel.put(level, perWeighted.multipliedBy(e[i]));
      concurrent.put(level, perWeightedWeek.multipliedBy(weeks.get(i)));
      i++;
    }
    return new Capacity(
        role,
        supply,
        Hours.of(weighted.dividedBy(total)),
        perWeighted.multipliedBy(total),
        perWeightedWeek.multipliedBy(weightedWeeks),
        byLevel.build(),
        concurrent.build());
  }

  /**
   * Computes the capacity if every client were of one level: {@link #of} with a share of 1 for
   * that level.
   *
   * @param role the role whose time is the supply
   * @param supply client-care hours per year, {@code x >= 0}
   * @param level the level
   * @param hoursPerEpisode the level's hours per episode of the role, {@code x > 0}
   * @param episodeWeeks the level's episode length in weeks
   * @param weeksPerYear the service's weeks per year
   * @return the capacity
   */
  static Capacity ofLevel(
      Role role,
      Hours supply,
      ComplexityLevel level,
      Hours hoursPerEpisode,
      Fraction episodeWeeks,
      Fraction weeksPerYear) {
    Checks.check(!supply.isNegative(), "supply", "x >= 0", supply);
    // with one level of weight 1: W = t, N = S / t, N_k = N, concurrent = N / Y x weeks
    Fraction t = hoursPerEpisode.toFraction();
    Fraction episodes = supply.toFraction().dividedBy(t);
    Fraction concurrent = episodes.dividedBy(weeksPerYear).multipliedBy(episodeWeeks);
    return new Capacity(
        role,
        supply,
        Hours.of(t),
        episodes,
        concurrent,
        ImmutableMap.of(level, episodes),
        ImmutableMap.of(level, concurrent));
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
  public Fraction episodesPerYear() {
    return episodes;
  }

  /**
   * Returns the episodes per year of each level: {@code N x p_k}.
   *
   * @return an unmodifiable map in level order
   */
  public ImmutableMap<ComplexityLevel, Fraction> episodesPerYearByLevel() {
    return episodesByLevel;
  }

  /**
   * Returns the concurrent caseload the supply carries: the sum over levels of
   * {@code N_k x episodeWeeks_k / weeksPerYear}.
   *
   * @return clients at one time, at least 0
   */
  public Fraction concurrentCaseload() {
    return concurrent;
  }

  /**
   * Returns the concurrent caseload of each level.
   *
   * @return an unmodifiable map in level order
   */
  public ImmutableMap<ComplexityLevel, Fraction> concurrentCaseloadByLevel() {
    return concurrentByLevel;
  }

  /**
   * Returns the whole episodes per year that fit: {@link #episodesPerYear()} rounded down.
   *
   * @return whole episodes, never more than fit
   */
  public long wholeEpisodesPerYear() {
    return episodesPerYear().floor();
  }

  /**
   * Returns the whole clients that fit at one time: {@link #concurrentCaseload()} rounded down.
   *
   * @return whole clients, never more than fit
   */
  public long wholeConcurrentCaseload() {
    return concurrentCaseload().floor();
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
    return levelValue(episodesPerYearByLevel(), level).floor();
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
    return levelValue(concurrentCaseloadByLevel(), level).floor();
  }

  private static Fraction levelValue(
      Map<ComplexityLevel, Fraction> values, ComplexityLevel level) {
    Fraction v = values.get(Checks.notNull(level, "level"));
    if (v == null) {
      throw new IllegalArgumentException(
          Checks.invalid("level", "a level of the case mix " + values.keySet(), level));
    }
    return v;
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
   * Returns whether another object is an equal capacity: the same role, supply and figures.
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
        && episodesByLevel.equals(c.episodesByLevel)
        && concurrentByLevel.equals(c.concurrentByLevel);
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

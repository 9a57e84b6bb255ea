package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The clients of a service and the time they need in a year: for each complexity level, an
 * intervention profile and a volume (a concurrent caseload or new episodes per year), such as
 * {@code ServiceDemand[3 levels, 52 weeks/year, 1234.5h/year]}.
 *
 * <p>The weeks per year are those of the service (52, or 40 school weeks): they convert a
 * concurrent caseload to episodes per year and back by Little's law. When a
 * {@linkplain #scale() scale} is given, every level must belong to it. Rules: {@code 0 < weeksPerYear
 * <= 53}; at least one level; one entry for each level, with unique codes and ranks; at least one
 * client in total. The levels are kept in rank order, and every map this class returns is in rank
 * order too.
 *
 * <p>Every figure is exact: sums and products are exact and each division rounds once to
 * {@link Hours#MATH_CONTEXT}; nothing is rounded for presentation.
 *
 * <pre>{@code
 * ServiceDemand demand = ServiceDemand.builder()
 *     .weeksPerYear(52)
 *     .scale(scale)
 *     .addLevel(lowProfile, Volume.ofEpisodesPerYear(60))
 *     .addLevel(moderateProfile, Volume.ofConcurrent(12))
 *     .build();
 * demand.demandHours();          // annual demand hours, all levels
 * demand.demandHoursByRole();    // {OT=..., OTA=...}
 * demand.caseMixByClients();     // shares of episodes per year, summing to 100%
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class ServiceDemand {

  private static final BigDecimal WEEKS_PER_YEAR_MAX = BigDecimal.valueOf(53);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  ServiceDemand() {}

  /**
   * Returns a builder of a service's demand; the weeks per year and at least one level are
   * required, the scale is optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the weeks in the service's year, such as 52, or 40 for a school-year service.
   *
   * @return the weeks per year, {@code 0 < x <= 53}, without trailing zeros
   */
  public abstract BigDecimal weeksPerYear();

  /**
   * Returns the complexity scale every level belongs to, if one was given.
   *
   * @return the scale, or empty
   */
  public abstract Optional<ComplexityScale> scale();

  /**
   * Returns the demand of each level, in rank order.
   *
   * @return an unmodifiable list of at least one level's demand
   */
  public abstract List<LevelDemand> levels();

  /**
   * Returns a copy of this demand with other levels, for a what-if.
   *
   * @param levels the demand of each level, at least one, none null
   * @return the copy, its levels in rank order
   * @throws IllegalArgumentException when the levels break the rules of the class
   */
  public abstract ServiceDemand withLevels(Iterable<? extends LevelDemand> levels);

  /**
   * Returns a copy of this demand with other weeks in the service's year.
   *
   * @param weeksPerYear the weeks per year, {@code 0 < x <= 53}, not null
   * @return the copy
   * @throws IllegalArgumentException when the weeks break their rule
   */
  public abstract ServiceDemand withWeeksPerYear(BigDecimal weeksPerYear);

  /**
   * Returns a copy of this demand in which one level has another volume of clients.
   *
   * @param level a level of this demand, not null
   * @param volume the clients of the level, not null
   * @return the copy
   * @throws IllegalArgumentException when the level is not in this demand
   */
  public ServiceDemand withVolume(ComplexityLevel level, Volume volume) {
    Checks.notNull(volume, "volume");
    return withLevel(LevelDemand.of(levelDemand(level).profile(), volume));
  }

  /**
   * Returns a copy of this demand in which one level's entry is replaced by another for the same
   * level.
   *
   * @param replacement the new demand of a level of this demand, not null
   * @return the copy
   * @throws IllegalArgumentException when the level is not in this demand
   */
  public ServiceDemand withLevel(LevelDemand replacement) {
    levelDemand(replacement.level());
    List<LevelDemand> levels = new ArrayList<>();
    for (LevelDemand d : levels()) {
      levels.add(d.level().equals(replacement.level()) ? replacement : d);
    }
    return withLevels(levels);
  }

  /**
   * Returns the demand of one level.
   *
   * @param level a level of this demand, not null
   * @return its profile and volume
   * @throws IllegalArgumentException when the level is not in this demand
   */
  public LevelDemand levelDemand(ComplexityLevel level) {
    Checks.notNull(level, "level");
    for (LevelDemand d : levels()) {
      if (d.level().equals(level)) {
        return d;
      }
    }
    throw new IllegalArgumentException(Checks.invalid("level", "a level of the demand", level));
  }

  @Value.Check
  ServiceDemand check() {
    BigDecimal weeks = weeksPerYear();
    Checks.check(
        weeks.signum() > 0 && weeks.compareTo(WEEKS_PER_YEAR_MAX) <= 0,
        "weeksPerYear",
        "0 < x <= 53",
        weeks);
    Checks.check(!levels().isEmpty(), "levels", "at least one level", "none");
    Map<String, ComplexityLevel> codes = new HashMap<>();
    Map<Integer, ComplexityLevel> ranks = new HashMap<>();
    BigDecimal clients = BigDecimal.ZERO;
    for (LevelDemand d : levels()) {
      ComplexityLevel level = d.level();
      Checks.check(
          codes.put(level.code(), level) == null,
          "levels",
          "one entry for each level",
          "\"" + level.code() + "\" twice");
      Checks.check(
          ranks.put(level.rank(), level) == null, "rank", "unique across levels", level.rank());
      scale()
          .ifPresent(s -> Checks.check(s.contains(level), "level", "a level of " + s, level));
      clients = clients.add(d.volume().count());
    }
    Checks.check(clients.signum() > 0, "volume", "at least one client in total", clients);
    List<LevelDemand> sorted = new ArrayList<>(levels());
    sorted.sort((a, b) -> a.level().compareTo(b.level()));
    BigDecimal normalWeeks = Checks.normal(weeks);
    if (sorted.equals(levels()) && normalWeeks.scale() == weeks.scale()) {
      return this;
    }
    return ImmutableServiceDemand.builder()
        .weeksPerYear(normalWeeks)
        .scale(scale())
        .addAllLevels(sorted)
        .build();
  }

  /**
   * Returns the new episodes per year of each level: the volume itself when given in episodes per
   * year, otherwise by Little's law
   * <pre>{@code episodesPerYear = concurrent x weeksPerYear / episodeWeeks}</pre>
   * (see {@link Volume#toEpisodesPerYear(BigDecimal, BigDecimal)}).
   *
   * @return an unmodifiable map in rank order
   */
  public Map<ComplexityLevel, BigDecimal> episodesPerYearByLevel() {
    Map<ComplexityLevel, BigDecimal> out = new LinkedHashMap<>();
    for (LevelDemand d : levels()) {
      out.put(d.level(), episodesPerYear(d));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the concurrent caseload of each level: the volume itself when given as a concurrent
   * caseload, otherwise by Little's law
   * <pre>{@code concurrent = episodesPerYear x episodeWeeks / weeksPerYear}</pre>
   * (see {@link Volume#toConcurrent(BigDecimal, BigDecimal)}).
   *
   * @return an unmodifiable map in rank order
   */
  public Map<ComplexityLevel, BigDecimal> concurrentCaseloadByLevel() {
    Map<ComplexityLevel, BigDecimal> out = new LinkedHashMap<>();
    for (LevelDemand d : levels()) {
      out.put(
          d.level(),
          d.volume().toConcurrent(d.profile().episodeWeeks().value(), weeksPerYear()));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the annual demand hours of each level:
   * <pre>{@code demandHours(level) = episodesPerYear(level) x hoursPerEpisode(level)}</pre>
   * The product is exact.
   *
   * @return an unmodifiable map in rank order
   */
  public Map<ComplexityLevel, Hours> demandHoursByLevel() {
    Map<ComplexityLevel, Hours> out = new LinkedHashMap<>();
    for (LevelDemand d : levels()) {
      out.put(d.level(), d.profile().hoursPerEpisode().multipliedBy(episodesPerYear(d)));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the annual demand hours of each role:
   * <pre>{@code demandHours(role) = sum over levels of episodesPerYear(level) x hoursPerEpisode(level, role)}</pre>
   * The standard roles come first, in the order of {@link Role#standardRoles()}, then other roles
   * in the order they first appear, level by level. The values add up exactly to
   * {@link #demandHours()}.
   *
   * @return an unmodifiable map, with only the roles that perform activities
   */
  public Map<Role, Hours> demandHoursByRole() {
    Map<Role, Hours> sums = new LinkedHashMap<>();
    for (LevelDemand d : levels()) {
      BigDecimal episodes = episodesPerYear(d);
      d.profile()
          .hoursPerEpisodeByRole()
          .forEach((role, h) -> Decimals.add(sums, role, h.multipliedBy(episodes)));
    }
    return Decimals.ordered(sums, Role.standardRoles());
  }

  /**
   * Returns the annual demand hours of each kind of activity:
   * <pre>{@code demandHours(kind) = sum over levels of episodesPerYear(level) x hoursPerEpisode(level, kind)}</pre>
   * The standard kinds come first, in the order of {@link ActivityKind#standardKinds()}, then
   * user-named kinds in the order they first appear, level by level. The values add up exactly to
   * {@link #demandHours()}.
   *
   * @return an unmodifiable map, with only the kinds present
   */
  public Map<ActivityKind, Hours> demandHoursByKind() {
    Map<ActivityKind, Hours> sums = new LinkedHashMap<>();
    for (LevelDemand d : levels()) {
      BigDecimal episodes = episodesPerYear(d);
      d.profile()
          .hoursPerEpisodeByKind()
          .forEach((kind, h) -> Decimals.add(sums, kind, h.multipliedBy(episodes)));
    }
    return Decimals.ordered(sums, ActivityKind.standardKinds());
  }

  /**
   * Returns the new episodes per year of all levels, the exact sum of
   * {@link #episodesPerYearByLevel()}.
   *
   * @return the episodes per year, {@code x > 0}
   */
  public BigDecimal episodesPerYear() {
    return sum(episodesPerYearByLevel());
  }

  /**
   * Returns the concurrent caseload of all levels, the exact sum of
   * {@link #concurrentCaseloadByLevel()}.
   *
   * @return the concurrent caseload, {@code x > 0}
   */
  public BigDecimal concurrentCaseload() {
    return sum(concurrentCaseloadByLevel());
  }

  /**
   * Returns the annual demand hours of all levels:
   * <pre>{@code demandHours = sum over levels of episodesPerYear(level) x hoursPerEpisode(level)}</pre>
   * the exact sum of {@link #demandHoursByLevel()}.
   *
   * @return the annual demand hours, {@code x > 0}
   */
  public Hours demandHours() {
    return Hours.sum(demandHoursByLevel().values());
  }

  /**
   * Returns the case mix in clients: each level's share of the episodes per year,
   * <pre>{@code share(level) = 100 x episodesPerYear(level) / episodesPerYear}</pre>
   * Each share is rounded to {@link Hours#MATH_CONTEXT}, except that of the level with the largest
   * number of episodes (the least complex one among equals), which is {@code 100%} minus the others:
   * the shares sum to exactly {@code 100%}, and when every division is exact, every share is exact.
   *
   * @return an unmodifiable map in rank order, summing to exactly 100%
   */
  public Map<ComplexityLevel, Percentage> caseMixByClients() {
    return shares(episodesPerYearByLevel());
  }

  /**
   * Returns the case mix in time: each level's share of the annual demand hours,
   * <pre>{@code share(level) = 100 x demandHours(level) / demandHours}</pre>
   * Each share is rounded to {@link Hours#MATH_CONTEXT}, except that of the level with the most
   * demand hours (the least complex one among equals), which is {@code 100%} minus the others: the
   * shares sum to exactly {@code 100%}, and when every division is exact, every share is exact.
   *
   * @return an unmodifiable map in rank order, summing to exactly 100%
   */
  public Map<ComplexityLevel, Percentage> caseMixByTime() {
    Map<ComplexityLevel, BigDecimal> hours = new LinkedHashMap<>();
    demandHoursByLevel().forEach((level, h) -> hours.put(level, h.toBigDecimal()));
    return shares(hours);
  }

  private BigDecimal episodesPerYear(LevelDemand d) {
    return d.volume().toEpisodesPerYear(d.profile().episodeWeeks().value(), weeksPerYear());
  }

  private static BigDecimal sum(Map<ComplexityLevel, BigDecimal> values) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal v : values.values()) {
      total = total.add(v);
    }
    return total;
  }

  private static Map<ComplexityLevel, Percentage> shares(Map<ComplexityLevel, BigDecimal> values) {
    BigDecimal total = sum(values);
    ComplexityLevel largest = null;
    for (Map.Entry<ComplexityLevel, BigDecimal> e : values.entrySet()) {
      if (largest == null || e.getValue().compareTo(values.get(largest)) > 0) {
        largest = e.getKey();
      }
    }
    Map<ComplexityLevel, Percentage> out = new LinkedHashMap<>();
    BigDecimal others = BigDecimal.ZERO;
    for (Map.Entry<ComplexityLevel, BigDecimal> e : values.entrySet()) {
      BigDecimal share =
          e.getKey().equals(largest)
              ? BigDecimal.ZERO
              : e.getValue().multiply(HUNDRED).divide(total, Hours.MATH_CONTEXT);
      others = others.add(share);
      out.put(e.getKey(), Percentage.ofPercent(share));
    }
    out.put(largest, Percentage.ofPercent(HUNDRED.subtract(others)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the number of levels, the weeks per year and the annual demand hours, such as
   * {@code ServiceDemand[3 levels, 52 weeks/year, 1234.5h/year]}, with hours to two decimals.
   *
   * @return the demand as text
   */
  @Override
  public String toString() {
    int n = levels().size();
    return "ServiceDemand["
        + n
        + (n == 1 ? " level, " : " levels, ")
        + Checks.plain(weeksPerYear())
        + " weeks/year, "
        + demandHours().rounded(2, java.math.RoundingMode.HALF_UP)
        + "/year]";
  }

  /**
   * Builds a {@link ServiceDemand}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableServiceDemand.Builder {
    Builder() {}

    /**
     * Sets a whole number of weeks per year, such as 52.
     *
     * @param weeksPerYear the weeks in the service's year, {@code 0 < x <= 53}
     * @return this builder
     */
    public Builder weeksPerYear(long weeksPerYear) {
      return weeksPerYear(BigDecimal.valueOf(weeksPerYear));
    }

    /**
     * Adds the demand of a level: its profile and its volume.
     *
     * @param profile the intervention profile of the level, not null
     * @param volume the clients of the level, not null
     * @return this builder
     * @throws NullPointerException when an argument is null
     */
    public Builder addLevel(InterventionProfile profile, Volume volume) {
      return addLevel(LevelDemand.of(profile, volume));
    }
  }
}

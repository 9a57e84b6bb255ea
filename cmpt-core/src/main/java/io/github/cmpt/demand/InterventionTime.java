package io.github.cmpt.demand;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Step 2 for a service: the client intervention time its demand needs in a year, level by level,
 * role by role and kind by kind.
 *
 * <p>Computed by {@link #of(ServiceDemand)}, once: for each level, its episodes per year and
 * concurrent caseload (Little's law, {@link Volume}), its hours per episode in total, by role and by
 * kind ({@link InterventionProfile}), and the demand hours they make
 * ({@code episodes per year x hours per episode}); the sums over levels; and the case mix. Every
 * map is in the rank order of the levels, then (for roles and kinds) the standard order of
 * {@link Role#standardRoles()} and {@link ActivityKind#standardKinds()}.
 *
 * <pre>{@code
 * InterventionTime time = InterventionTime.of(demand);
 * time.demandHours();          // annual demand hours, all levels
 * time.demandHoursByRole();    // {OT=..., OTA=...}
 * time.caseMixByClients();     // shares of episodes per year, summing to 100%
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class InterventionTime {


  private final ServiceDemand demand;
  private final ImmutableMap<ComplexityLevel, Fraction> episodes;
  private final ImmutableMap<ComplexityLevel, Fraction> concurrent;
  private final ImmutableMap<ComplexityLevel, Hours> hoursPerEpisode;
  private final ImmutableTable<ComplexityLevel, Role, Hours> hoursPerEpisodeByRole;
  private final ImmutableMap<ComplexityLevel, Hours> demandByLevel;
  private final ImmutableTable<ComplexityLevel, Role, Hours> demandByLevelAndRole;
  private final ImmutableMap<Role, Hours> demandByRole;
  private final ImmutableMap<ActivityKind, Hours> demandByKind;
  private final Hours demandHours;

  private InterventionTime(ServiceDemand demand) {
    this.demand = demand;
    Fraction weeksPerYear = Fraction.of(demand.weeksPerYear());
    ImmutableMap.Builder<ComplexityLevel, Fraction> episodes = ImmutableMap.builder();
    ImmutableMap.Builder<ComplexityLevel, Fraction> concurrent = ImmutableMap.builder();
    ImmutableMap.Builder<ComplexityLevel, Hours> perEpisode = ImmutableMap.builder();
    ImmutableMap.Builder<ComplexityLevel, Hours> byLevel = ImmutableMap.builder();
    ImmutableTable.Builder<ComplexityLevel, Role, Hours> perEpisodeByRole = ImmutableTable.builder();
    ImmutableTable.Builder<ComplexityLevel, Role, Hours> byLevelAndRole = ImmutableTable.builder();
    Map<Role, Hours> byRole = new LinkedHashMap<>();
    Map<ActivityKind, Hours> byKind = new LinkedHashMap<>();
    Hours total = Hours.ZERO;
    for (LevelDemand d : demand.levels()) {
      ComplexityLevel level = d.level();
      InterventionProfile profile = d.profile();
      // the demand's lengths are positive and bounded, checked when it was built
      Fraction weeks = Fraction.of(profile.episodeWeeks().value());
      Fraction e = d.volume().toEpisodesPerYear(weeks, weeksPerYear);
      episodes.put(level, e);
      concurrent.put(level, d.volume().toConcurrent(weeks, weeksPerYear));
      Hours h = profile.hoursPerEpisode();
      perEpisode.put(level, h);
      Hours levelHours = h.multipliedBy(e);
      byLevel.put(level, levelHours);
      total = total.plus(levelHours);
      for (Map.Entry<Role, Hours> r : profile.hoursPerEpisodeByRole().entrySet()) {
        Hours roleHours = r.getValue().multipliedBy(e);
        perEpisodeByRole.put(level, r.getKey(), r.getValue());
        byLevelAndRole.put(level, r.getKey(), roleHours);
        byRole.merge(r.getKey(), roleHours, Hours::plus);
      }
      profile
          .hoursPerEpisodeByKind()
          .forEach((kind, kh) -> byKind.merge(kind, kh.multipliedBy(e), Hours::plus));
    }
    this.episodes = episodes.build();
    this.concurrent = concurrent.build();
    this.hoursPerEpisode = perEpisode.build();
    this.hoursPerEpisodeByRole = perEpisodeByRole.build();
    this.demandByLevel = byLevel.build();
    this.demandByLevelAndRole = byLevelAndRole.build();
    this.demandByRole = HoursByKey.ordered(byRole, Role.standardRoles());
    this.demandByKind = HoursByKey.ordered(byKind, ActivityKind.standardKinds());
    this.demandHours = total;
  }

  /**
   * Computes Step 2 for a service's demand.
   *
   * @param demand the demand, not null
   * @return the intervention time it needs
   */
  public static InterventionTime of(ServiceDemand demand) {
    return new InterventionTime(Checks.notNull(demand, "demand"));
  }

  /**
   * Returns the demand this time was computed from.
   *
   * @return the demand
   */
  public ServiceDemand demand() {
    return demand;
  }

  /**
   * Returns the new episodes per year of each level: given, or from a concurrent caseload by
   * Little's law ({@code concurrent x weeksPerYear / episodeWeeks}).
   *
   * @return an immutable map in rank order
   */
  public ImmutableMap<ComplexityLevel, Fraction> episodesPerYearByLevel() {
    return episodes;
  }

  /**
   * Returns the concurrent caseload of each level: given, or from episodes per year by Little's
   * law ({@code episodesPerYear x episodeWeeks / weeksPerYear}).
   *
   * @return an immutable map in rank order
   */
  public ImmutableMap<ComplexityLevel, Fraction> concurrentCaseloadByLevel() {
    return concurrent;
  }

  /**
   * Returns the hours an episode of each level needs, all roles ({@link
   * InterventionProfile#hoursPerEpisode()}).
   *
   * @return an immutable map in rank order
   */
  public ImmutableMap<ComplexityLevel, Hours> hoursPerEpisodeByLevel() {
    return hoursPerEpisode;
  }

  /**
   * Returns the hours an episode of each level needs from each role, a level x role grid with a
   * cell only where the level's profile names the role.
   *
   * @return an immutable table, rows in rank order
   */
  public ImmutableTable<ComplexityLevel, Role, Hours> hoursPerEpisodeByLevelAndRole() {
    return hoursPerEpisodeByRole;
  }

  /**
   * Returns the demand hours per year of each level: {@code episodesPerYear x hoursPerEpisode}.
   *
   * @return an immutable map in rank order
   */
  public ImmutableMap<ComplexityLevel, Hours> demandHoursByLevel() {
    return demandByLevel;
  }

  /**
   * Returns the demand hours per year of each level from each role:
   * {@code episodesPerYear x hoursPerEpisode(role)}.
   *
   * @return an immutable table, rows in rank order
   */
  public ImmutableTable<ComplexityLevel, Role, Hours> demandHoursByLevelAndRole() {
    return demandByLevelAndRole;
  }

  /**
   * Returns the demand hours per year of each role, all levels; they add up to
   * {@link #demandHours()}.
   *
   * @return an immutable map, standard roles first
   */
  public ImmutableMap<Role, Hours> demandHoursByRole() {
    return demandByRole;
  }

  /**
   * Returns the demand hours per year of a role, zero when the clients need none of its time.
   *
   * @param role the role, not null
   * @return the demand hours
   */
  public Hours demandHours(Role role) {
    Hours h = demandByRole.get(Checks.notNull(role, "role"));
    return h == null ? Hours.ZERO : h;
  }

  /**
   * Returns the demand hours per year of each kind of activity, all levels; they add up to
   * {@link #demandHours()}.
   *
   * @return an immutable map, standard kinds first
   */
  public ImmutableMap<ActivityKind, Hours> demandHoursByKind() {
    return demandByKind;
  }

  /**
   * Returns the new episodes per year, all levels.
   *
   * @return the sum of {@link #episodesPerYearByLevel()}
   */
  public Fraction episodesPerYear() {
    return sum(episodes);
  }

  /**
   * Returns the concurrent caseload, all levels.
   *
   * @return the sum of {@link #concurrentCaseloadByLevel()}
   */
  public Fraction concurrentCaseload() {
    return sum(concurrent);
  }

  /**
   * Returns the annual demand hours: the sum over levels of episodes per year x hours per episode.
   *
   * @return demand hours per year
   */
  public Hours demandHours() {
    return demandHours;
  }

  /**
   * Returns the case mix by clients: each level's exact share of the episodes per year. The shares
   * add up to exactly 100%.
   *
   * @return an immutable map in rank order
   */
  public ImmutableMap<ComplexityLevel, Percentage> caseMixByClients() {
    return shares(episodes);
  }

  /**
   * Returns the case mix by time: each level's exact share of the demand hours. The shares add up
   * to exactly 100%.
   *
   * @return an immutable map in rank order
   */
  public ImmutableMap<ComplexityLevel, Percentage> caseMixByTime() {
    Map<ComplexityLevel, Fraction> hours = new LinkedHashMap<>();
    demandByLevel.forEach((level, h) -> hours.put(level, h.toFraction()));
    return shares(hours);
  }

  private static Fraction sum(Map<ComplexityLevel, Fraction> values) {
    Fraction total = Fraction.ZERO;
    for (Fraction v : values.values()) {
      total = total.plus(v);
    }
    return total;
  }

  /** Each value's exact share of the total; the shares add up to exactly 100%. */
  private static ImmutableMap<ComplexityLevel, Percentage> shares(
      Map<ComplexityLevel, Fraction> values) {
    Fraction total = sum(values);
    ImmutableMap.Builder<ComplexityLevel, Percentage> out = ImmutableMap.builder();
    values.forEach(
        (level, v) ->
            out.put(
                level,
                Percentage.ofFraction(total.signum() == 0 ? Fraction.ZERO : v.dividedBy(total))));
    return out.build();
  }

  /**
   * Returns whether another object is the intervention time of an equal demand.
   *
   * @param obj the other object
   * @return true for the same demand
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof InterventionTime && demand.equals(((InterventionTime) obj).demand);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return demand.hashCode();
  }

  /**
   * Returns the levels, episodes and demand hours, such as
   * {@code InterventionTime[3 levels, 180 episodes/year, 1234.5h/year]}, rounded to two decimals.
   *
   * @return the time as text
   */
  @Override
  public String toString() {
    int n = episodes.size();
    return "InterventionTime["
        + n
        + (n == 1 ? " level, " : " levels, ")
        + Checks.plain(episodesPerYear().toBigDecimal(2, java.math.RoundingMode.HALF_UP))
        + " episodes/year, "
        + demandHours.rounded(2, java.math.RoundingMode.HALF_UP)
        + "/year]";
  }
}

package io.github.cmpt.demand;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The clients of a service and the time they need in a year: for each complexity level, an
 * intervention profile and a volume (a concurrent caseload or new episodes per year), such as
 * {@code ServiceDemand[3 levels, 52 weeks/year]}.
 *
 * <p>The weeks per year are those of the service (52, or 40 school weeks): they convert a
 * concurrent caseload to episodes per year and back by Little's law. When a
 * {@linkplain #scale() scale} is given, every level must belong to it. Rules: {@code 0 < weeksPerYear
 * <= 53}; at least one level; one entry for each level, with unique codes and ranks; at least one
 * client in total. The levels are kept in rank order, and every map this class returns is in rank
 * order too.
 *
 * <p>A demand is data: building one checks its structure and computes nothing. Step 2 is
 * {@link InterventionTime#of(ServiceDemand)}, which works out the time the clients need.
 *
 * <pre>{@code
 * ServiceDemand demand = ServiceDemand.builder()
 *     .weeksPerYear(52)
 *     .scale(scale)
 *     .addLevel(lowProfile, Volume.ofEpisodesPerYear(60))
 *     .addLevel(moderateProfile, Volume.ofConcurrent(12))
 *     .build();
 * InterventionTime time = InterventionTime.of(demand);   // Step 2
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
   * @return an immutable list of at least one level's demand
   */
  public abstract ImmutableList<LevelDemand> levels();

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
    BigDecimal weeks = Bounds.amount("weeksPerYear", weeksPerYear());
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
    boolean plain = weeks == weeksPerYear();
    if (sorted.equals(levels()) && normalWeeks.scale() == weeks.scale() && plain) {
      return this;
    }
    return ImmutableServiceDemand.builder()
        .weeksPerYear(normalWeeks)
        .scale(scale())
        .addAllLevels(sorted)
        .build();
  }














  /**
   * Returns the number of levels and the weeks per year, such as
   * {@code ServiceDemand[3 levels, 52 weeks/year]}.
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
        + " weeks/year]";
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

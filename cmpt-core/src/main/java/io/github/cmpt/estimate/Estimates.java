package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a set of activity records says, per complexity level, with the account of the records
 * behind it, such as {@code Estimates[3 levels, 310 episodes, DataQuality[...]]}.
 *
 * <p>Produced by {@link EpisodeAccumulator#estimates()}. The estimates depend only on the records
 * accepted, never on their order or on how they were split between accumulators.
 *
 * <pre>{@code
 * EpisodeAccumulator acc = new EpisodeAccumulator(rules);
 * acc.acceptAll(records);
 * Estimates estimates = acc.estimates();
 * BigDecimal median = estimates.level(moderate).orElseThrow().minutesPerEpisode().median();
 * String table = estimates.toTable().toText();
 * String quality = estimates.quality().toTable().toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Estimates {

  private final EstimationRules rules;
  private final List<LevelEstimate> levels;
  private final DataQuality quality;

  Estimates(EstimationRules rules, List<LevelEstimate> levels, DataQuality quality) {
    this.rules = rules;
    this.levels = List.copyOf(levels);
    this.quality = quality;
  }

  /**
   * Returns the rules the records were accepted under.
   *
   * @return the rules
   */
  public EstimationRules rules() {
    return rules;
  }

  /**
   * Returns the estimates of the levels with at least one episode.
   *
   * @return an unmodifiable list, from the least to the most complex level
   */
  public List<LevelEstimate> levels() {
    return levels;
  }

  /**
   * Returns the estimate of one level, if it has episodes.
   *
   * @param level the level, not null
   * @return the estimate, or empty when no accepted record has this level
   */
  public Optional<LevelEstimate> level(ComplexityLevel level) {
    Checks.notNull(level, "level");
    for (LevelEstimate l : levels) {
      if (l.level().equals(level)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the account of the records seen, accepted, rejected and flagged.
   *
   * @return the data-quality account
   */
  public DataQuality quality() {
    return quality;
  }

  /**
   * Returns the intervention profile of each level under a statistic, as
   * {@link LevelEstimate#toProfile(Statistic)} makes it.
   *
   * @param statistic the statistic, such as {@link Statistic#MEDIAN}, not null
   * @return the profiles, from the least to the most complex level
   * @throws IllegalArgumentException when a level's records cannot make a profile
   */
  public List<InterventionProfile> toProfiles(Statistic statistic) {
    Checks.notNull(statistic, "statistic");
    List<InterventionProfile> out = new ArrayList<>(levels.size());
    for (LevelEstimate l : levels) {
      out.add(l.toProfile(statistic));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a table of the minutes per episode of each level, with sessions and weeks per
   * episode.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder t =
        Table.builder(
            "Minutes per episode by complexity level",
            "Level",
            "Episodes",
            "Mean",
            "Median",
            "P80",
            "P90",
            "SD",
            "Min",
            "Max",
            "Sessions",
            "Weeks");
    for (LevelEstimate l : levels) {
      List<Object> row =
          LevelEstimate.row(l.level().code() + " " + l.level().name(), l.minutesPerEpisode(),
              l.sessionsPerEpisode());
      row.add(1, l.episodes());
      row.add(l.episodeWeeks().mean());
      t.row(row);
    }
    t.note(
        "Minutes: an episode's share of its records (group sessions divided by group size);"
            + " percentiles as PERCENTILE.INC; SD: sample (n - 1).");
    t.note(
        "Sessions: mean records per episode; weeks: mean of (last date - first date + 1 day) / 7.");
    return t.build();
  }

  /**
   * Returns whether another object holds the same rules, level estimates and account.
   *
   * @param obj the other object
   * @return true for equal estimates
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Estimates)) {
      return false;
    }
    Estimates e = (Estimates) obj;
    return rules.equals(e.rules) && levels.equals(e.levels) && quality.equals(e.quality);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(rules, levels, quality);
  }

  /**
   * Returns the number of levels and episodes and the account, such as
   * {@code Estimates[3 levels, 310 episodes, DataQuality[...]]}.
   *
   * @return the estimates as text
   */
  @Override
  public String toString() {
    return "Estimates[" + levels.size() + " levels, " + quality.episodes() + " episodes, "
        + quality + "]";
  }
}

package io.github.cmpt.examples.javadoc;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.DataQuality;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.estimate} (Step 2 from records),
 * compiled: each method holds the code of one example and returns the value the example is about.
 *
 * <p>The records are those of {@code Fixtures.records()}: four episodes of 2024-25, three of
 * level M of 105, 150 and 225 minutes, and one of level L of 45 minutes.
 */
public final class EstimateExamples {

  private EstimateExamples() {}

  /**
   * The example of {@link ActivityRecord}: a group session of 60 minutes by a physiotherapist.
   *
   * @return the record, whose text hides the episode
   */
  public static ActivityRecord activityRecord() {
    ComplexityLevel moderate = Fixtures.moderate();
    ActivityRecord r =
        ActivityRecord.builder()
            .episode("E-1042")
            .level(moderate)
            .kind(ActivityKind.GROUP_INTERVENTION)
            .role(Role.PHYSIOTHERAPIST)
            .minutes(60)
            .date(LocalDate.of(2025, 3, 4))
            .groupSize(6)
            .build();
    // ActivityRecord[<redacted>, M, group-intervention, PT, 60 min, 2025-03-04, group of 6]
    return r;
  }

  /**
   * What the example of {@link EpisodeAccumulator} gives.
   *
   * @param estimates the estimates of one accumulator fed all the records
   * @param same the estimates of a parallel stream of the same records
   */
  public record AccumulatorResults(Estimates estimates, Estimates same) {}

  /**
   * The example of {@link EpisodeAccumulator}: the records accumulated in one pass and collected
   * from a parallel stream.
   *
   * @return the two estimates, which are equal
   */
  public static AccumulatorResults episodeAccumulator() {
    EstimationRules rules = Fixtures.rules();
    List<ActivityRecord> records = Fixtures.records();
    EpisodeAccumulator acc = new EpisodeAccumulator(rules);
    acc.acceptAll(records);
    Estimates estimates = acc.estimates();

    Estimates same = records.parallelStream().collect(EpisodeAccumulator.toEstimates(rules));
    return new AccumulatorResults(estimates, same);
  }

  /**
   * What the example of {@link Estimates} gives.
   *
   * @param medianMinutes the median minutes per episode of level M
   * @param table the estimates as a text table
   * @param quality the data-quality account as a text table
   */
  public record EstimatesFigures(BigDecimal medianMinutes, String table, String quality) {}

  /**
   * The example of {@link Estimates}: the median minutes per episode of level M, the estimates
   * and the data-quality account as text.
   *
   * @return the median, 150 minutes, and the two tables
   */
  public static EstimatesFigures estimates() {
    EstimationRules rules = Fixtures.rules();
    List<ActivityRecord> records = Fixtures.records();
    ComplexityLevel moderate = Fixtures.moderate();
    EpisodeAccumulator acc = new EpisodeAccumulator(rules);
    acc.acceptAll(records);
    Estimates estimates = acc.estimates();
    BigDecimal median = estimates.level(moderate).orElseThrow().minutesPerEpisode().median();
    String table = estimates.toTable().toText();
    String quality = estimates.quality().toTable().toText();
    return new EstimatesFigures(median, table, quality);
  }

  /**
   * The example of {@link EstimationRules}: three levels and the fiscal year 2024-25.
   *
   * @return the rules
   */
  public static EstimationRules estimationRules() {
    ComplexityLevel low = Fixtures.low();
    ComplexityLevel moderate = Fixtures.moderate();
    ComplexityLevel high = Fixtures.high();
    EstimationRules rules =
        EstimationRules.builder()
            .levels(List.of(low, moderate, high))
            .window(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))
            .build();
    return rules;
  }

  /**
   * The example of {@link Statistic}: the median, the 80th percentile, and the 80th percentile
   * parsed from its text.
   *
   * @return {@code median}, {@code P80}, {@code P80}
   */
  public static List<Statistic> statistic() {
    Statistic median = Statistic.MEDIAN; // median
    Statistic p80 = Statistic.ofPercentile(80); // P80
    Statistic parsed = Statistic.parse("P80"); // P80, equal to p80
    return List.of(median, p80, parsed);
  }

  /**
   * What the example of package {@code io.github.cmpt.estimate} gives.
   *
   * @param table the minutes per episode by level
   * @param quality the records seen, accepted and rejected, and the episodes flagged
   * @param profiles the intervention profiles under the median
   */
  public record PackageResults(
      Table table, DataQuality quality, List<InterventionProfile> profiles) {}

  /**
   * The example of package {@code io.github.cmpt.estimate}: the records under rules that know the
   * levels of a scale, and the profiles they give under the median.
   *
   * @return the table, the account and the profiles
   */
  public static PackageResults estimatePackage() {
    ComplexityScale scale = Fixtures.recordScale();
    List<ActivityRecord> records = Fixtures.records();
    EpisodeAccumulator acc =
        new EpisodeAccumulator(EstimationRules.builder().levels(scale).build());
    acc.acceptAll(records);
    Estimates estimates = acc.estimates();
    Table table = estimates.toTable(); // minutes per episode by level
    DataQuality quality = estimates.quality(); // seen, accepted, rejected, flagged
    List<InterventionProfile> profiles = estimates.toProfiles(Statistic.MEDIAN);
    return new PackageResults(table, quality, profiles);
  }
}

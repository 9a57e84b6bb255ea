package io.github.cmpt.examples;

import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.worksheet.Step2Worksheet;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.LevelEstimate;
import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.io.ActivityCsvReader;
import io.github.cmpt.io.CsvProblem;
import io.github.cmpt.io.CsvReadReport;
import io.github.cmpt.io.OnMalformedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Step 2 from retrospective data: reads a year of activity records of a community rehabilitation
 * service (the sample made by {@link ActivityRecordGenerator}), and prints per complexity level
 * the minutes, sessions and weeks per episode, and the data-quality account; then turns the
 * estimates into intervention profiles (the mean of the records, so that the hours add up to what
 * the episodes took) and, with the episodes of the year as the volume, into the Step 2 worksheet.
 *
 * <pre>{@code
 * EstimationRules rules = EstimationRules.builder()
 *     .levels(ActivityRecordGenerator.LEVELS)
 *     .window(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))
 *     .build();
 * EpisodeAccumulator acc = new EpisodeAccumulator(rules);
 * CsvReadReport read = ActivityCsvReader.builder()
 *     .onMalformedRow(OnMalformedRow.REJECT)
 *     .build()
 *     .read(Path.of("activity-records.csv"), acc);
 * Estimates estimates = acc.estimates();
 * List<InterventionProfile> profiles = estimates.toProfiles(Statistic.MEAN);
 * }</pre>
 */
public final class EstimatesFromRecords {

  /** The service's four levels. */
  public static final ComplexityScale SCALE = ComplexityScale.of(ActivityRecordGenerator.LEVELS);

  /** The rules: the service's four levels, and the fiscal year 2024-25. */
  public static final EstimationRules RULES =
      EstimationRules.builder()
          .levels(SCALE)
          .window(ActivityRecordGenerator.FIRST_DAY, ActivityRecordGenerator.LAST_DAY)
          .build();

  private EstimatesFromRecords() {}

  /**
   * Prints the report.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.print(report());
  }

  /**
   * Reads the sample into an accumulator under {@link #RULES}, counting malformed rows as
   * rejected.
   *
   * @param acc the accumulator
   * @return what the reader read
   */
  public static CsvReadReport readSample(EpisodeAccumulator acc) {
    InputStream in =
        Objects.requireNonNull(
            EstimatesFromRecords.class.getResourceAsStream(ActivityRecordGenerator.RESOURCE),
            ActivityRecordGenerator.RESOURCE);
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return ActivityCsvReader.builder()
          .onMalformedRow(OnMalformedRow.REJECT)
          .build()
          .read(reader, ActivityRecordGenerator.RESOURCE, acc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the demand of the year the records cover: the profiles the records give under a
   * statistic, and the episodes of each level in the year as the volume.
   *
   * @param estimates the estimates of the sample
   * @param statistic the statistic of the profiles
   * @return the demand
   */
  public static ServiceDemand demand(Estimates estimates, Statistic statistic) {
    ServiceDemand.Builder demand = ServiceDemand.builder();
    demand.weeksPerYear(52).scale(SCALE);
    List<InterventionProfile> profiles = estimates.toProfiles(statistic);
    for (int i = 0; i < profiles.size(); i++) {
      int episodes = estimates.levels().get(i).episodes();
      demand.addLevel(profiles.get(i), Volume.ofEpisodesPerYear(episodes));
    }
    return demand.build();
  }

  /**
   * Returns the report: the estimates per level, the minutes per activity kind of each level, the
   * data-quality account and where the rejected rows are (line, column and rule, never a value),
   * then the Step 2 worksheet of the profiles.
   *
   * @return the report as text
   */
  public static String report() {
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport read = readSample(acc);
    Estimates estimates = acc.estimates();
    StringBuilder out = new StringBuilder();
    out.append(read).append("\n\n");
    out.append(estimates.toTable().toText()).append('\n');
    for (LevelEstimate level : estimates.levels()) {
      out.append(level.toTable().toText()).append('\n');
    }
    out.append(estimates.quality().toTable().toText());
    for (CsvProblem problem : read.problems()) {
      out.append("Rejected, ").append(problem.rule()).append(": ").append(problem).append('\n');
    }
    out.append('\n')
        .append(Step2Worksheet.of(InterventionTime.of(demand(estimates, Statistic.MEAN))).toText());
    return out.toString();
  }
}

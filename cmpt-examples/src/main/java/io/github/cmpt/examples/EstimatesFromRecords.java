package io.github.cmpt.examples;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.LevelEstimate;
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
import java.util.Objects;

/**
 * Step 2 from retrospective data: reads a year of activity records of a community rehabilitation
 * service (the sample made by {@link ActivityRecordGenerator}), and prints per complexity level
 * the minutes, sessions and weeks per episode, and the data-quality account.
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
 * }</pre>
 */
public final class EstimatesFromRecords {

  /** The rules: the service's four levels, and the fiscal year 2024-25. */
  public static final EstimationRules RULES =
      EstimationRules.builder()
          .levels(ActivityRecordGenerator.LEVELS)
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
   * Returns the report: the estimates per level, the minutes per activity kind of each level, the
   * data-quality account and the malformed rows.
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
      out.append("Malformed: ").append(problem).append('\n');
    }
    return out.toString();
  }
}

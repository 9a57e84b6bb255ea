package io.github.cmpt.examples.javadoc;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.io.ActivityCsvReader;
import io.github.cmpt.io.CsvReadReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.io}, compiled: each method holds
 * the code of one example and returns the value the example is about.
 */
public final class IoExamples {

  private IoExamples() {}

  /**
   * What the example of {@link ActivityCsvReader} gives.
   *
   * @param report what the reader read
   * @param estimates the estimates of the records read
   */
  public record ReadResults(CsvReadReport report, Estimates estimates) {}

  /**
   * The example of {@link ActivityCsvReader}: a file of activity records read into an accumulator
   * under the rules of the {@link EstimationRules} example (levels L, M, H; 2024-25).
   *
   * @param visits the file, {@code visits.csv} in the example
   * @return the report of the reader and the estimates
   * @throws IOException when the file cannot be read
   */
  public static ReadResults activityCsvReader(Path visits) throws IOException {
    EstimationRules rules = Fixtures.rules();
    EpisodeAccumulator acc = new EpisodeAccumulator(rules);
    CsvReadReport report = ActivityCsvReader.standard().read(visits, acc);
    Estimates estimates = acc.estimates();
    return new ReadResults(report, estimates);
  }
}

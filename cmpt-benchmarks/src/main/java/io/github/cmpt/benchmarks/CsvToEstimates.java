package io.github.cmpt.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.io.ActivityCsvReader;
import io.github.cmpt.io.CsvReadReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The path from an activity-records CSV file to Step 2 estimates, in three benchmarks on the same
 * file: {@link #csvParsing} (FastCSV reading every field of every row, the baseline), {@link #read}
 * ({@link ActivityCsvReader} into an {@link EpisodeAccumulator}) and {@link #readAndEstimate} (the
 * same, then {@link EpisodeAccumulator#estimates()}).
 *
 * <p>The file is written once per trial into a temporary directory by {@link ActivityFile}, with
 * {@link #rows} rows and {@link #episodes} episodes: {@code few} is 1,000 episodes, {@code many}
 * is one episode per 10 rows. Each operation reads the whole file; divide the time, or the bytes
 * allocated per operation of {@code -prof gc} ({@code gc.alloc.rate.norm}), by the rows.
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main CsvToEstimates -p rows=1000000 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CsvToEstimates {

  /** The seed of the file. */
  public static final long SEED = 20250331L;

  /** The number of episodes of {@code few}. */
  public static final int FEW_EPISODES = 1_000;

  /** The rows per episode of {@code many}. */
  public static final int ROWS_PER_EPISODE_OF_MANY = 10;

  /** The number of rows of the file, after the header. */
  @Param({"100000", "1000000"})
  public int rows;

  /**
   * The episodes of the file: {@code few} (1,000) or {@code many} (one per 10 rows).
   */
  @Param({"few", "many"})
  public String episodes = "few";

  private final ActivityCsvReader reader = ActivityCsvReader.standard();
  private Path dir = Path.of(".");
  private Path file = Path.of(".");

  /** Makes the benchmarks; JMH calls this constructor. */
  public CsvToEstimates() {}

  /**
   * Returns the number of episodes of a size of file and a choice of episodes.
   *
   * @param rows the rows of the file
   * @param episodes {@code few} or {@code many}
   * @return the number of episodes
   * @throws IllegalArgumentException when the choice is neither
   */
  public static int episodes(int rows, String episodes) {
    switch (episodes) {
      case "few":
        return FEW_EPISODES;
      case "many":
        return Math.max(1, rows / ROWS_PER_EPISODE_OF_MANY);
      default:
        throw new IllegalArgumentException(
            "Invalid value for episodes (valid values few, many): " + episodes);
    }
  }

  /**
   * Writes the file of the trial.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("cmpt-benchmarks");
    file = dir.resolve("activity-records.csv");
    ActivityFile.write(file, rows, episodes(rows, episodes), SEED);
  }

  /**
   * Deletes the file of the trial.
   *
   * @throws IOException when the file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /**
   * The baseline: FastCSV reads every field of every row, as strings.
   *
   * @param bh consumes the fields
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public void csvParsing(Blackhole bh) throws IOException {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord row : csv) {
        for (int i = 0, n = row.getFieldCount(); i < n; i++) {
          bh.consume(row.getField(i));
        }
      }
    }
  }

  /**
   * The full path per record: the reader checks every row and adds it to an accumulator.
   *
   * @param bh consumes the report
   * @return the accumulator
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public EpisodeAccumulator read(Blackhole bh) throws IOException {
    EpisodeAccumulator acc = new EpisodeAccumulator(ActivityFile.RULES);
    CsvReadReport report = reader.read(file, acc);
    bh.consume(report);
    return acc;
  }

  /**
   * The full path, then the estimates of every level.
   *
   * @param bh consumes the report
   * @return the estimates
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public Estimates readAndEstimate(Blackhole bh) throws IOException {
    return read(bh).estimates();
  }
}

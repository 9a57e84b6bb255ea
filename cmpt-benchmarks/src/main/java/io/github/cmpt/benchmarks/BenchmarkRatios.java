package io.github.cmpt.benchmarks;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CsvToEstimates} with short settings and prints each result as a ratio to FastCSV
 * parsing alone in the same run, with the time and bytes allocated per row, such as (one run on
 * 2 cores)
 *
 * <pre>{@code
 * rows=100000 episodes=few
 *   CSV parsing alone:          193.9 ns/row,  421.9 bytes/row  (baseline)
 *   read into accumulator:       2.39x the time of CSV parsing alone,   60.9 bytes/row
 *   read, then estimates():      3.92x the time of CSV parsing alone,  926.1 bytes/row
 * }</pre>
 *
 * <p>Run it from the root of the project ({@code -Dexec.skip=true} keeps the examples module's
 * own {@code exec:java} from running):
 *
 * <pre>{@code
 * mvn -q -B -DskipTests package exec:java -pl cmpt-benchmarks -am -DskipBenchmarks=false \
 *     -Dexec.skip=true -Dexec.args="100000 1000000"
 * }</pre>
 *
 * <p>The arguments are the numbers of rows, 100000 by default. With a first argument {@code plan}
 * ({@code -Dexec.args="plan"}) it runs the plan benchmarks instead and prints their figures
 * ({@link PlanRatios}). The figures are those of one run on one machine: compare ratios of the
 * same run, not times across machines.
 */
public final class BenchmarkRatios {

  private static final String BASELINE = "csvParsing";

  private static final Map<String, String> NAMES =
      Map.of(
          "csvParsing", "CSV parsing alone",
          "read", "read into accumulator",
          "readAndEstimate", "read, then estimates()");

  private BenchmarkRatios() {}

  /**
   * Runs the benchmarks and prints the ratios: the CSV benchmarks, or with a first argument
   * {@code plan} the plan benchmarks ({@link PlanRatios}).
   *
   * @param args the numbers of rows of the files, 100000 by default; or {@code plan} followed by
   *     the numbers of clinicians of the generated teams, 10, 100 and 1000 by default
   * @throws RunnerException when JMH cannot run the benchmarks
   */
  public static void main(String[] args) throws RunnerException {
    if (args.length > 0 && args[0].equals("plan")) {
      PlanRatios.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    useClassPathOfThisLoader();
    String[] rows = args.length > 0 ? args : new String[] {"100000"};
    Options options =
        new OptionsBuilder()
            .include(CsvToEstimates.class.getName() + "\\.")
            .param("rows", rows)
            .param("episodes", "few", "many")
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(1))
            .forks(1)
            .addProfiler(GCProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.print(ratios(results));
  }

  /**
   * Returns the results as ratios to the baseline of the same rows and episodes.
   *
   * @param results the results of a run
   * @return the text, one block per rows and episodes
   */
  static String ratios(Collection<RunResult> results) {
    Map<String, List<RunResult>> groups = new LinkedHashMap<>();
    for (RunResult r : results) {
      String key =
          "rows=" + r.getParams().getParam("rows")
              + " episodes=" + r.getParams().getParam("episodes");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<RunResult>> group : groups.entrySet()) {
      out.append(group.getKey()).append('\n');
      RunResult base = null;
      for (RunResult r : group.getValue()) {
        if (method(r).equals(BASELINE)) {
          base = r;
        }
      }
      if (base == null) {
        out.append("  no baseline in this run\n");
        continue;
      }
      double rows = Double.parseDouble(base.getParams().getParam("rows"));
      double baseMillis = base.getPrimaryResult().getScore();
      out.append(
          String.format(
              Locale.ROOT,
              "  %-24s %8.1f ns/row, %6.1f bytes/row  (baseline)%n",
              NAMES.get(BASELINE) + ":",
              baseMillis * 1e6 / rows,
              bytes(base) / rows));
      for (RunResult r : group.getValue()) {
        if (r == base) {
          continue;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "  %-24s %8.2fx the time of CSV parsing alone, %6.1f bytes/row%n",
                NAMES.getOrDefault(method(r), method(r)) + ":",
                r.getPrimaryResult().getScore() / baseMillis,
                bytes(r) / rows));
      }
    }
    return out.toString();
  }

  private static String method(RunResult r) {
    String name = r.getParams().getBenchmark();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Returns the bytes allocated per operation, or NaN without the GC profiler. */
  private static double bytes(RunResult r) {
    Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  /**
   * Makes the forked benchmark JVMs use the class path of the loader of this class: under
   * {@code mvn exec:java} the JVM's own class path holds only Maven's launcher, and JMH gives
   * {@code java.class.path} to the forks.
   */
  static void useClassPathOfThisLoader() {
    ClassLoader loader = BenchmarkRatios.class.getClassLoader();
    if (!(loader instanceof URLClassLoader)) {
      return;
    }
    List<String> entries = new ArrayList<>();
    for (URL url : ((URLClassLoader) loader).getURLs()) {
      try {
        entries.add(Path.of(url.toURI()).toString());
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new IllegalStateException("Class path entry is not a file: " + url, e);
      }
    }
    if (!entries.isEmpty()) {
      System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }
  }
}

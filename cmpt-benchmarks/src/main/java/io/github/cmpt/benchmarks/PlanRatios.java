package io.github.cmpt.benchmarks;

import java.util.ArrayList;
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
 * Runs {@link PlanEvaluation} and {@link PlanScaling} with short settings and the GC profiler, and
 * prints, per flagship plan, the exact path's and the reference's time and bytes allocated per
 * evaluation with the ratio of their times; per team size the time and bytes per clinician; and
 * between two sizes the time and bytes of each clinician added (constant when the cost is linear
 * in clinicians), such as (lines of one run on 2 shared cores, shortened)
 *
 * <pre>{@code
 * Plan evaluation, per evaluation (exact: the library; reference: plain double)
 *   hospital    exact    2592.69 us ± 4316.60   2,441,718 B   reference       0.70 us ±    0.13 ...
 * Plan scaling, generated teams, per evaluation and per clinician
 *    1000 clinicians exact       54358.20 us ± 14576.85 168,982,339 B      54.358 us/clinician ...
 *   exact, from 100 to 1000 clinicians:    51.257 us and   166,197 B per added clinician
 * }</pre>
 *
 * <p>{@link BenchmarkRatios} runs it when its first argument is {@code plan}; the other arguments
 * are the team sizes, 10, 100 and 1000 by default. The figures are those of one run on one
 * machine: compare ratios of the same run, not times across machines.
 */
public final class PlanRatios {

  private static final String EXACT = "exact";
  private static final String REFERENCE = "reference";

  private PlanRatios() {}

  /**
   * Runs the plan benchmarks and prints the figures.
   *
   * @param sizes the numbers of clinicians of the generated teams, 10, 100 and 1000 by default
   * @throws RunnerException when JMH cannot run the benchmarks
   */
  public static void main(String[] sizes) throws RunnerException {
    BenchmarkRatios.useClassPathOfThisLoader();
    String[] clinicians = sizes.length > 0 ? sizes : new String[] {"10", "100", "1000"};
    Options options =
        new OptionsBuilder()
            .include(PlanEvaluation.class.getName() + "\\.")
            .include(PlanScaling.class.getName() + "\\.")
            .param("clinicians", clinicians)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .forks(1)
            .addProfiler(GCProfiler.class)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.print(text(results));
  }

  /**
   * Returns the figures of a run of the plan benchmarks.
   *
   * @param results the results of a run
   * @return the text, a block per benchmark class
   */
  static String text(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> plans = new LinkedHashMap<>();
    Map<String, Map<String, RunResult>> teams = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      if (name.contains(PlanEvaluation.class.getSimpleName() + ".")) {
        plans.computeIfAbsent(r.getParams().getParam("plan"), k -> new LinkedHashMap<>())
            .put(method, r);
      } else if (name.contains(PlanScaling.class.getSimpleName() + ".")) {
        teams.computeIfAbsent(r.getParams().getParam("clinicians"), k -> new LinkedHashMap<>())
            .put(method, r);
      }
    }
    StringBuilder out = new StringBuilder();
    if (!plans.isEmpty()) {
      out.append("Plan evaluation, per evaluation (exact: the library; reference: plain double)\n");
      for (Map.Entry<String, Map<String, RunResult>> e : plans.entrySet()) {
        RunResult exact = e.getValue().get(EXACT);
        RunResult reference = e.getValue().get(REFERENCE);
        out.append(String.format(Locale.ROOT, "  %-10s", e.getKey()));
        if (exact != null) {
          out.append(String.format(Locale.ROOT, "  exact %s", timeAndBytes(exact)));
        }
        if (reference != null) {
          out.append(String.format(Locale.ROOT, "   reference %s", timeAndBytes(reference)));
        }
        if (exact != null && reference != null) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "   exact/reference %6.1fx",
                  score(exact) / score(reference)));
        }
        out.append('\n');
      }
    }
    if (!teams.isEmpty()) {
      out.append("Plan scaling, generated teams, per evaluation and per clinician\n");
      List<String> sizes = new ArrayList<>(teams.keySet());
      for (String size : sizes) {
        double n = Double.parseDouble(size);
        for (String method : List.of(EXACT, REFERENCE)) {
          RunResult r = teams.get(size).get(method);
          if (r == null) {
            continue;
          }
          out.append(
              String.format(
                  Locale.ROOT,
                  "  %5s clinicians %-9s %s   %9.3f us/clinician %9s B/clinician%n",
                  size,
                  method,
                  timeAndBytes(r),
                  score(r) / n,
                  bytesText(bytes(r) / n)));
        }
        RunResult exact = teams.get(size).get(EXACT);
        RunResult reference = teams.get(size).get(REFERENCE);
        if (exact != null && reference != null) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "  %5s clinicians exact/reference %6.1fx%n",
                  size,
                  score(exact) / score(reference)));
        }
      }
      // linear in clinicians: the cost of each clinician added between two sizes
      for (int i = 1; i < sizes.size(); i++) {
        RunResult small = teams.get(sizes.get(i - 1)).get(EXACT);
        RunResult large = teams.get(sizes.get(i)).get(EXACT);
        if (small == null || large == null) {
          continue;
        }
        double added = Double.parseDouble(sizes.get(i)) - Double.parseDouble(sizes.get(i - 1));
        out.append(
            String.format(
                Locale.ROOT,
                "  exact, from %s to %s clinicians: %9.3f us and %9s B per added clinician%n",
                sizes.get(i - 1),
                sizes.get(i),
                (score(large) - score(small)) / added,
                bytesText((bytes(large) - bytes(small)) / added)));
      }
    }
    return out.toString();
  }

  private static String timeAndBytes(RunResult r) {
    return String.format(
        Locale.ROOT,
        "%10.2f us ± %7.2f %11s B",
        score(r),
        r.getPrimaryResult().getScoreError(),
        bytesText(bytes(r)));
  }

  private static String bytesText(double bytes) {
    return Double.isNaN(bytes) ? "?" : String.format(Locale.ROOT, "%,.0f", bytes);
  }

  private static double score(RunResult r) {
    return r.getPrimaryResult().getScore();
  }

  /** Returns the bytes allocated per operation, or NaN without the GC profiler. */
  private static double bytes(RunResult r) {
    Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }
}

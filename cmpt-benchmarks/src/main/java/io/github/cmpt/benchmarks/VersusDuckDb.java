package io.github.cmpt.benchmarks;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.LevelEstimate;
import io.github.cmpt.estimate.Summary;
import io.github.cmpt.io.ActivityCsvReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times cmpt (one thread, and all cores) against DuckDB (two threads) on the same seeded activity
 * file, computing the same per-level statistics of minutes per episode: count, mean, median,
 * 80th and 90th percentiles (PERCENTILE.INC), sample standard deviation, minimum and maximum.
 * Runs are interleaved (cmpt 1 thread, cmpt all cores, DuckDB, then again), the medians compared.
 * Every run's results are checked: cmpt's two runs equal exactly; cmpt and DuckDB equal in their
 * counts and within 1e-12 relative in every other figure (DuckDB sums shares in {@code double});
 * the program fails if not.
 *
 * <p>Arguments: rows (1,000,000 by default; episodes are one per 10 rows), runs (3), and
 * {@code cmpt} to time cmpt alone (for a run in a small heap, where DuckDB's own memory is not the
 * JVM's). The file is written once, to the system's temporary directory, and reused.
 */
public final class VersusDuckDb {

  /** The seed of the file. */
  public static final long SEED = 20250331L;

  private VersusDuckDb() {}

  /**
   * Runs the comparison.
   *
   * @param args rows, runs, and {@code cmpt} to leave DuckDB out
   * @throws Exception when a run fails or the results differ
   */
  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean duck = args.length < 3 || !args[2].equals("cmpt");
    int episodes = (int) Math.max(1, rows / 10);
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "cmpt-activity-" + rows + ".csv");
    if (!Files.exists(file)) {
      long t = System.nanoTime();
      ActivityFile.write(file, rows, episodes, SEED);
      System.out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", file, Files.size(file),
          (System.nanoTime() - t) / 1e9);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "%,d rows, %,d episodes drawn, %d cores, max heap %d MB%n",
        rows, episodes, cores, Runtime.getRuntime().maxMemory() >> 20);
    List<Double> one = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    List<Double> db = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Map<String, double[]> a = cmpt(file, 1);
      long t1 = System.nanoTime();
      Map<String, double[]> b = cmpt(file, cores);
      long t2 = System.nanoTime();
      one.add((t1 - t0) / 1e9);
      all.add((t2 - t1) / 1e9);
      check("cmpt on " + cores + " cores", b, a, 0);
      String line =
          String.format(Locale.ROOT, "run %d: cmpt 1 thread %.2f s, %d threads %.2f s", r + 1,
              one.get(r), cores, all.get(r));
      if (duck) {
        long t3 = System.nanoTime();
        Map<String, double[]> c = duckDb(file, 2);
        db.add((System.nanoTime() - t3) / 1e9);
        check("DuckDB", c, a, 1e-12);
        line += String.format(Locale.ROOT, ", DuckDB 2 threads %.2f s", db.get(r));
      }
      System.out.println(line + "; results agree");
    }
    double m1 = median(one);
    double mn = median(all);
    System.out.printf(Locale.ROOT, "medians: cmpt 1 thread %.2f s (%.2f M rows/s), %d threads"
        + " %.2f s (%.2fx one thread)%n", m1, rows / m1 / 1e6, cores, mn, m1 / mn);
    if (duck) {
      double md = median(db);
      System.out.printf(Locale.ROOT, "DuckDB 2 threads %.2f s: cmpt 1 thread is %.2fx DuckDB's"
          + " speed, cmpt %d threads %.2fx%n", md, md / m1, cores, md / mn);
    }
  }

  /** Reads the file and works out the estimates; returns the figures per level code. */
  static Map<String, double[]> cmpt(Path file, int threads) throws IOException {
    EpisodeAccumulator acc = new EpisodeAccumulator(ActivityFile.RULES);
    ActivityCsvReader.builder().threads(threads).build().read(file, acc);
    Estimates estimates = acc.estimates(threads);
    if (estimates.quality().rejected() != 0) {
      throw new IllegalStateException("rejected rows in a file of valid rows: " + estimates);
    }
    Map<String, double[]> out = new TreeMap<>();
    for (LevelEstimate l : estimates.levels()) {
      Summary s = l.minutesPerEpisode();
      out.put(l.level().code(), new double[] {
          s.count(), d(s.mean()), d(s.median()), d(s.p80()), d(s.p90()),
          d(s.standardDeviation().orElse(BigDecimal.ZERO)), d(s.min()), d(s.max())});
    }
    return out;
  }

  private static double d(BigDecimal v) {
    return v.doubleValue();
  }

  /** The same figures from DuckDB, in SQL as a researcher would write them. */
  static Map<String, double[]> duckDb(Path file, int threads) throws SQLException {
    String sql =
        "WITH e AS (SELECT episode, level, sum(minutes / coalesce(group_size, 1)) AS m"
            + " FROM read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "',"
            + " header = true, columns = {'episode': 'VARCHAR', 'level': 'VARCHAR',"
            + " 'kind': 'VARCHAR', 'role': 'VARCHAR', 'minutes': 'BIGINT', 'date': 'DATE',"
            + " 'group_size': 'INTEGER'})"
            + " GROUP BY episode, level)"
            + " SELECT level, count(*), avg(m), quantile_cont(m, 0.5), quantile_cont(m, 0.8),"
            + " quantile_cont(m, 0.9), stddev_samp(m), min(m), max(m)"
            + " FROM e GROUP BY level ORDER BY level";
    Map<String, double[]> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("SET threads TO " + threads);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          double[] v = new double[8];
          for (int i = 0; i < 8; i++) {
            v[i] = rs.getDouble(i + 2);
          }
          out.put(rs.getString(1), v);
        }
      }
    }
    return out;
  }

  private static final String[] NAMES = {
    "count", "mean", "median", "p80", "p90", "sd", "min", "max"
  };

  /** Fails unless the figures agree: counts equal, the others within a relative tolerance. */
  static void check(String what, Map<String, double[]> actual, Map<String, double[]> expected,
      double tolerance) {
    if (!actual.keySet().equals(expected.keySet())) {
      throw new IllegalStateException(what + ": levels " + actual.keySet() + " where cmpt has "
          + expected.keySet());
    }
    for (String level : expected.keySet()) {
      double[] a = actual.get(level);
      double[] e = expected.get(level);
      for (int i = 0; i < e.length; i++) {
        double diff = Math.abs(a[i] - e[i]);
        boolean ok = i == 0 ? a[i] == e[i] : diff <= tolerance * Math.max(1, Math.abs(e[i]));
        if (!ok) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "%s differs at level %s, %s: %.17g where cmpt has %.17g", what, level, NAMES[i],
              a[i], e[i]));
        }
      }
    }
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}

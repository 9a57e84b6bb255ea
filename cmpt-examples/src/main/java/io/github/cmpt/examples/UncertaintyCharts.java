package io.github.cmpt.examples;

import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.SampleSummary;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.vocabulary.Role;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of the uncertainty of a plan, drawn with XChart: a tornado chart of a {@link Sensitivity}
 * analysis (one horizontal bar per input, from the FTE required at its low value to that at its
 * high value, largest swing on top, the base as a vertical line) and a histogram of the FTE
 * required of a {@link MonteCarlo} simulation with its mean and 5th, 50th, 80th and 95th
 * percentiles marked. Each is written as SVG and PNG.
 *
 * <pre>{@code
 * UncertaintyCharts.write(sensitivity, monteCarlo, Role.OCCUPATIONAL_THERAPIST,
 *     Path.of("docs/images"), "community-ot");
 * }</pre>
 */
public final class UncertaintyCharts {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  private static final int BINS = 60;
  private static final Color[] PERCENTILE_COLORS = {
    new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c), new Color(0xff, 0x7f, 0x0e),
    new Color(0xd6, 0x27, 0x28), new Color(0x44, 0x44, 0x44)
  };

  private UncertaintyCharts() {}

  /**
   * Returns the tornado chart of a role's FTE required.
   *
   * @param sensitivity the analysis
   * @param role the role whose FTE required the bars show
   * @return the chart
   */
  public static XYChart tornado(Sensitivity sensitivity, Role role) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(
                "Sensitivity of FTE required (" + role + "), "
                    + sensitivity.plan().plan().name())
            .xAxisTitle("FTE required (" + role + "), each input at its low and high value")
            .yAxisTitle("inputs, largest swing on top")
            .build();
    style(chart);
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    var ranked = sensitivity.ranked(role);
    int n = ranked.size();
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(n + 1.0);
    for (int i = 0; i < n; i++) {
      var s = ranked.get(i);
      double y = n - i;
      double lo = s.fteAtLow(role);
      double hi = s.fteAtHigh(role);
      String name =
          String.format(Locale.ROOT, "%s: %s .. %s (swing %.2f FTE)", s.input().name(),
              number(s.low()), number(s.high()), s.swing(role));
      XYSeries bar = chart.addSeries(name, new double[] {lo, hi}, new double[] {y, y});
      bar.setMarker(SeriesMarkers.NONE);
      bar.setLineStyle(new BasicStroke(22f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }
    double base = sensitivity.baseFteRequired(role);
    XYSeries line =
        chart.addSeries(
            String.format(Locale.ROOT, "base %.2f FTE", base),
            new double[] {base, base},
            new double[] {0.3, n + 0.7});
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(Color.BLACK);
    line.setLineStyle(new BasicStroke(1.5f));
    return chart;
  }

  /**
   * Returns the histogram of a role's FTE required over the samples, with its mean and
   * percentiles.
   *
   * @param monteCarlo the simulation
   * @param role the role
   * @return the chart
   */
  public static XYChart histogram(MonteCarlo monteCarlo, Role role) {
    SampleSummary fte = monteCarlo.fteRequired(role);
    double[] values = fte.toArray();
    double min = fte.min();
    double max = fte.max();
    double width = (max - min) / BINS;
    double[] counts = new double[BINS];
    for (double v : values) {
      int b = width == 0 ? 0 : (int) Math.min(BINS - 1, (v - min) / width);
      counts[b]++;
    }
    // a step outline of the bins, as shares of the samples
    double[] x = new double[2 * BINS + 2];
    double[] y = new double[2 * BINS + 2];
    x[0] = min;
    for (int b = 0; b < BINS; b++) {
      x[2 * b + 1] = min + b * width;
      x[2 * b + 2] = min + (b + 1) * width;
      y[2 * b + 1] = 100 * counts[b] / values.length;
      y[2 * b + 2] = y[2 * b + 1];
    }
    x[2 * BINS + 1] = max;
    double top = 0;
    for (double c : y) {
      top = Math.max(top, c);
    }
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(
                "FTE required (" + role + "), " + monteCarlo.samples() + " samples, seed "
                    + monteCarlo.seed())
            .xAxisTitle("FTE required (" + role + ")")
            .yAxisTitle("% of samples per bin")
            .build();
    style(chart);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setYAxisMin(0.0);
    XYSeries bars = chart.addSeries("samples", x, y);
    bars.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Area);
    bars.setMarker(SeriesMarkers.NONE);
    bars.setFillColor(new Color(0x9e, 0xc5, 0xe8));
    bars.setLineColor(new Color(0x5a, 0x8d, 0xbd));
    String[] names = {"P5", "P50", "P80", "P95", "mean"};
    double[] at = {
      fte.percentile(5), fte.percentile(50), fte.percentile(80), fte.percentile(95), fte.mean()
    };
    for (int i = 0; i < names.length; i++) {
      XYSeries mark =
          chart.addSeries(
              String.format(Locale.ROOT, "%s %.2f FTE", names[i], at[i]),
              new double[] {at[i], at[i]},
              new double[] {0, top * 1.05});
      mark.setMarker(SeriesMarkers.NONE);
      mark.setLineColor(PERCENTILE_COLORS[i]);
      mark.setLineStyle(
          i == names.length - 1
              ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                  new float[] {6f, 4f}, 0f)
              : new BasicStroke(2f));
    }
    double available = monteCarlo.gapFte(role).mean() + fte.mean();
    XYSeries staff =
        chart.addSeries(
            String.format(Locale.ROOT, "available %.2f FTE (P(short) %.0f%%)", available,
                100 * monteCarlo.probabilityUnderstaffed(role)),
            new double[] {available, available},
            new double[] {0, top * 1.05});
    staff.setMarker(SeriesMarkers.NONE);
    staff.setLineColor(Color.BLACK);
    staff.setLineStyle(new BasicStroke(1f));
    return chart;
  }

  private static void style(XYChart chart) {
    var s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setLegendBorderColor(Color.WHITE);
    s.setPlotGridLinesColor(new Color(0xdd, 0xdd, 0xdd));
    s.setPlotBorderVisible(false);
    s.setAntiAlias(true);
    chart.getStyler().setToolTipsEnabled(false);
  }

  private static String number(double v) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v))
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Writes the tornado chart and the histogram of a role, each as SVG and PNG, named
   * {@code <prefix>-tornado} and {@code <prefix>-fte-histogram}.
   *
   * @param sensitivity the analysis
   * @param monteCarlo the simulation
   * @param role the role
   * @param directory the directory, created if need be
   * @param prefix the start of the file names
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(
      Sensitivity sensitivity, MonteCarlo monteCarlo, Role role, Path directory, String prefix)
      throws IOException {
    Files.createDirectories(directory);
    List<Path> out = new ArrayList<>();
    out.addAll(save(tornado(sensitivity, role), directory.resolve(prefix + "-tornado")));
    out.addAll(save(histogram(monteCarlo, role), directory.resolve(prefix + "-fte-histogram")));
    return out;
  }

  private static List<Path> save(XYChart chart, Path base) throws IOException {
    BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
    VectorGraphicsEncoder.saveVectorGraphic(
        chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return List.of(Path.of(base + ".png"), Path.of(base + ".svg"));
  }
}

package io.github.cmpt.examples;

import io.github.cmpt.horizon.Projection;
import io.github.cmpt.horizon.ProjectionComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the community OT program's waiting list and caseload week by week, as projected for the
 * plan and for the two part-time therapists working full time
 * ({@link CommunityOccupationalTherapy#projection()}), with XChart, as SVG and PNG.
 *
 * <p>Run it with {@code -Dexec.mainClass=io.github.cmpt.examples.WaitingListChart}; the files go
 * to {@code target/charts}, or to the directory given as the argument ({@code docs} refreshes the
 * charts the README shows).
 */
public final class WaitingListChart {

  /** The file name of the charts, without extension. */
  public static final String FILE = "community-ot-waiting-list";

  private WaitingListChart() {}

  /**
   * Writes the charts.
   *
   * @param args the output directory, optional
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/charts");
    for (Path p : write(dir)) {
      System.out.println(p);
    }
  }

  /**
   * Builds the chart of the two projections.
   *
   * @return the chart
   */
  public static XYChart chart() {
    ProjectionComparison comparison =
        ProjectionComparison.of(
            CommunityOccupationalTherapy.horizonPlan(), CommunityOccupationalTherapy.fullTime());
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(560)
            .title("Cedar Valley community OT, 2026: waiting list and caseload by week")
            .xAxisTitle("Week (week 1 from Monday 29 December 2025)")
            .yAxisTitle("Clients (end of week)")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("0");
    boolean first = true;
    for (Map.Entry<String, Projection> e : comparison.projections().entrySet()) {
      Projection p = e.getValue();
      int n = p.horizon().size();
      double[] weeks = new double[n];
      double[] waiting = new double[n];
      double[] caseload = new double[n];
      for (int j = 0; j < n; j++) {
        weeks[j] = j + 1;
        waiting[j] = p.waitingAtEnd(j).doubleValue();
        caseload[j] = p.caseloadAtEnd(j).doubleValue();
      }
      String name = first ? "as planned" : e.getKey();
      XYSeries w = chart.addSeries("Waiting - " + name, weeks, waiting);
      XYSeries c = chart.addSeries("On caseload - " + name, weeks, caseload);
      for (XYSeries s : List.of(w, c)) {
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(first ? SeriesLines.SOLID : SeriesLines.DASH_DASH);
      }
      w.setLineColor(first ? new java.awt.Color(0xB2, 0x18, 0x2B) : new java.awt.Color(0xEF, 0x8A, 0x62));
      c.setLineColor(first ? new java.awt.Color(0x21, 0x66, 0xAC) : new java.awt.Color(0x67, 0xA9, 0xCF));
      first = false;
    }
    return chart;
  }

  /**
   * Writes the chart as {@value #FILE}.svg and {@value #FILE}.png in a directory.
   *
   * @param dir the directory, created when missing
   * @return the two files
   * @throws IOException when a file cannot be written
   */
  public static List<Path> write(Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    XYChart chart = chart();
    Path base = dir.resolve(FILE);
    VectorGraphicsEncoder.saveVectorGraphic(
        chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
    return List.of(dir.resolve(FILE + ".svg"), dir.resolve(FILE + ".png"));
  }
}

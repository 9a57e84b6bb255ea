package io.github.cmpt.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.estimate.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  /** Minutes per episode drawn from a skewed (exponential-like) distribution around 300. */
  private static List<BigDecimal> episodes(int n, long seed) {
    Random random = new Random(seed);
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(BigDecimal.valueOf(60 + Math.round(-240 * Math.log(1 - random.nextDouble()))));
    }
    return out;
  }

  private static double width(Distribution d) {
    return d.high().doubleValue() - d.low().doubleValue();
  }

  @Test
  void episodesThatAreAllEqualGiveAnIntervalCollapsedToTheirValue() {
    List<BigDecimal> same = Collections.nCopies(37, new BigDecimal("52.5"));
    for (Statistic s : List.of(Statistic.MEAN, Statistic.MEDIAN, Statistic.ofPercentile(80))) {
      Distribution d = Bootstrap.of(same, s, 500, 3);
      assertThat(d.low()).isEqualByComparingTo("52.5");
      assertThat(d.high()).isEqualByComparingTo("52.5");
      assertThat(d.isDegenerate()).isTrue();
    }
  }

  /** Generated records of {@code n} episodes of level 2: 1 to 6 sessions of 30 to 90 minutes. */
  private static Summary minutesPerEpisodeOfRecords(int n, long seed) {
    Random random = new Random(seed);
    io.github.cmpt.demand.ComplexityScale scale =
        io.github.cmpt.demand.ComplexityScale.ofThreeLevels();
    io.github.cmpt.vocabulary.ComplexityLevel level = scale.level("2");
    io.github.cmpt.estimate.EstimationRules rules =
        io.github.cmpt.estimate.EstimationRules.builder()
            .levels(scale.levels())
            .window(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31))
            .build();
    io.github.cmpt.estimate.EpisodeAccumulator acc =
        new io.github.cmpt.estimate.EpisodeAccumulator(rules);
    java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 3);
    for (int e = 0; e < n; e++) {
      int sessions = 1 + random.nextInt(6);
      for (int k = 0; k < sessions; k++) {
        acc.accept(
            io.github.cmpt.estimate.ActivityRecord.builder()
                .episode("E-" + e)
                .level(level)
                .kind(k == 0 ? io.github.cmpt.vocabulary.ActivityKind.ASSESSMENT
                    : io.github.cmpt.vocabulary.ActivityKind.INDIVIDUAL_INTERVENTION)
                .role(io.github.cmpt.vocabulary.Role.OCCUPATIONAL_THERAPIST)
                .minutes(30 + random.nextInt(61))
                .date(day.plusDays(7L * k))
                .build());
      }
    }
    return acc.estimates().level(level).orElseThrow().minutesPerEpisode();
  }

  @Test
  void theIntervalOfTheMeanMinutesOfGeneratedRecordsShrinksAsOneOverTheSquareRootOfEpisodes() {
    int[] sizes = {60, 240, 960};
    double[] widths = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      Summary s = minutesPerEpisodeOfRecords(sizes[i], 100 + i);
      assertThat(s.count()).isEqualTo(sizes[i]);
      widths[i] = width(Bootstrap.of(s, Statistic.MEAN, 2000, 9));
    }
    assertThat(widths[0] / widths[1]).isBetween(1.5, 2.6);
    assertThat(widths[1] / widths[2]).isBetween(1.5, 2.6);
  }

  @Test
  void theIntervalOfAMeanShrinksAsOneOverTheSquareRootOfTheEpisodes() {
    double[] widths = new double[3];
    int[] sizes = {50, 200, 800};
    for (int i = 0; i < sizes.length; i++) {
      widths[i] = width(Bootstrap.of(episodes(sizes[i], 11 + i), Statistic.MEAN, 2000, 5));
    }
    // four times the episodes, half the width, within sampling noise
    assertThat(widths[0] / widths[1]).isBetween(1.5, 2.6);
    assertThat(widths[1] / widths[2]).isBetween(1.5, 2.6);
    assertThat(widths[0] / widths[2]).isBetween(3.0, 5.3);
  }

  @Test
  void theBootstrapOfAMeanIsCentredOnTheMeanWithItsStandardError() {
    List<BigDecimal> values = episodes(400, 1);
    Summary s = Summary.of(values);
    Distribution d = Bootstrap.of(s, Statistic.MEAN, 4000, 8);
    double mean = s.mean().doubleValue();
    double se = s.standardDeviation().orElseThrow().doubleValue() / Math.sqrt(400);
    assertThat(d.mean()).isCloseTo(mean, within(0.1 * se));
    // the 95% percentile interval is about mean +- 1.96 se
    assertThat(width(d)).isCloseTo(2 * 1.96 * se, within(0.15 * 2 * 1.96 * se));
  }

  @Test
  void theSameSeedGivesTheSameReplicates() {
    List<BigDecimal> values = episodes(60, 2);
    assertThat(Bootstrap.of(values, Statistic.MEDIAN, 300, 4))
        .isEqualTo(Bootstrap.of(values, Statistic.MEDIAN, 300, 4))
        .isNotEqualTo(Bootstrap.of(values, Statistic.MEDIAN, 300, 5));
  }
}

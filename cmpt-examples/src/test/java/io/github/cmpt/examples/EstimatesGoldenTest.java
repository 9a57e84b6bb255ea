package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.estimate.ActivityEstimate;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EpisodeFlag;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.LevelEstimate;
import io.github.cmpt.estimate.Summary;
import io.github.cmpt.io.ActivityCsvReader;
import io.github.cmpt.io.OnMalformedRow;
import io.github.cmpt.vocabulary.ActivityKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every figure of the estimates of the shipped sample and of generated files against the figures
 * the previous accumulator gave (recorded in {@code golden/}): counts, identifiers, whole and
 * terminating values equal; the others within 1e-32 relative.
 *
 * <p>The previous accumulator added each activity's share of a group session as a decimal
 * already rounded to 34 digits, so an episode with two such activities had a value rounded twice
 * (and sums of them carried more than 34 digits, such as a 90th percentile of
 * {@code 603.500000000000000000000000000000002} for {@code 603.5}). The present one adds shares
 * exactly, in whole units, and divides once: its figures are the exact ones rounded once.
 */
class EstimatesGoldenTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4})
  void everyFigureEqualsThePreviousImplementations(long which) throws IOException {
    String csv =
        which == 0
            ? ActivityRecordGenerator.csv(ActivityRecordGenerator.SEED)
            : ActivityRecordGenerator.csv(which * 7919);
    EpisodeAccumulator acc = new EpisodeAccumulator(EstimatesFromRecords.RULES);
    ActivityCsvReader.builder()
        .onMalformedRow(OnMalformedRow.REJECT)
        .build()
        .read(new StringReader(csv), "golden.csv", acc);
    String name = "golden/estimates-" + which + ".txt";
    String expected;
    try (InputStream in = EstimatesGoldenTest.class.getResourceAsStream(name)) {
      expected = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = dump(acc.estimates());
    String[] a = actual.split("[ ,\\[\\]\n]+");
    String[] b = expected.split("[ ,\\[\\]\n]+");
    assertThat(a).hasSameSizeAs(b);
    BigDecimal tolerance = new BigDecimal("1e-32");
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) {
        continue;
      }
      BigDecimal x = new BigDecimal(a[i]);
      BigDecimal y = new BigDecimal(b[i]);
      assertThat(y.stripTrailingZeros().precision())
          .as("a figure that differs was not exact before: %s for %s", a[i], b[i])
          .isGreaterThan(30);
      BigDecimal scale = y.abs().max(BigDecimal.ONE);
      assertThat(x.subtract(y).abs()).isLessThanOrEqualTo(scale.multiply(tolerance));
    }
  }

  static String dump(Estimates e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.quality()).append('\n');
    for (EpisodeFlag f : EpisodeFlag.values()) {
      sb.append(f).append(' ').append(e.quality().flaggedEpisodes(f)).append('\n');
    }
    for (LevelEstimate l : e.levels()) {
      sb.append(l.level()).append(' ').append(l.episodes()).append(" fences ")
          .append(l.lowerFence().toPlainString()).append(' ')
          .append(l.upperFence().toPlainString());
      for (EpisodeFlag f : EpisodeFlag.values()) {
        sb.append(' ').append(f).append(' ').append(l.flagged(f));
      }
      sb.append('\n');
      summary(sb, "minutes", l.minutesPerEpisode());
      summary(sb, "sessions", l.sessionsPerEpisode());
      summary(sb, "weeks", l.episodeWeeks());
      for (Map.Entry<ActivityKind, Summary> k : l.minutesPerEpisodeByKind().entrySet()) {
        summary(sb, "minutes " + k.getKey(), k.getValue());
        summary(sb, "sessions " + k.getKey(), l.sessionsPerEpisode(k.getKey()));
      }
      for (ActivityEstimate a : l.activities()) {
        sb.append(a.kind()).append(' ').append(a.role()).append(' ').append(a.episodes())
            .append(' ').append(a.occurrences()).append(' ').append(a.minutes()).append(' ')
            .append(a.meanGroupSize().toPlainString()).append(' ')
            .append(a.effectiveGroupSize().toPlainString()).append(' ')
            .append(a.averageMinutesPerOccurrence().toPlainString()).append('\n');
        summary(sb, "  occurrences", a.occurrencesPerEpisode());
        summary(sb, "  per occurrence", a.minutesPerOccurrence());
        summary(sb, "  share", a.minutesPerEpisode());
      }
    }
    return sb.toString();
  }

  private static void summary(StringBuilder sb, String name, Summary s) {
    sb.append(name).append(": n ").append(s.count());
    append(sb, "sum", s.sum());
    append(sb, "mean", s.mean());
    append(sb, "median", s.median());
    append(sb, "p25", s.percentile(25));
    append(sb, "p80", s.p80());
    append(sb, "p90", s.p90());
    append(sb, "sd", s.standardDeviation().orElse(BigDecimal.ZERO));
    append(sb, "min", s.min());
    append(sb, "max", s.max());
    sb.append("\n  values");
    for (BigDecimal v : s.values()) {
      sb.append(' ').append(v.toPlainString());
    }
    sb.append('\n');
  }

  private static void append(StringBuilder sb, String name, BigDecimal v) {
    sb.append(", ").append(name).append(' ').append(v.toPlainString());
  }
}

package io.github.cmpt.examples;

import io.github.cmpt.demand.InterventionTime;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.estimate.DataQuality;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EpisodeFlag;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.LevelEstimate;
import io.github.cmpt.estimate.Rejection;
import io.github.cmpt.estimate.Statistic;
import java.math.BigDecimal;
import java.math.MathContext;
import io.github.cmpt.io.CsvReadReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatesFromRecordsTest {

  @Test
  void theDeliberatelyBadRowsAreAccountedForEachUnderItsReason() {
    EpisodeAccumulator acc = new EpisodeAccumulator(EstimatesFromRecords.RULES);
    CsvReadReport read = EstimatesFromRecords.readSample(acc);
    DataQuality q = acc.estimates().quality();
    assertThat(q.rejections())
        .containsExactly(
            Map.entry(Rejection.MALFORMED, 2L),
            Map.entry(Rejection.MISSING_LEVEL, 3L),
            Map.entry(Rejection.UNKNOWN_KIND, 2L),
            Map.entry(Rejection.UNKNOWN_ROLE, 1L),
            Map.entry(Rejection.NEGATIVE_MINUTES, 2L),
            Map.entry(Rejection.ABSURD_MINUTES, 2L),
            Map.entry(Rejection.INVALID_GROUP_SIZE, 1L),
            Map.entry(Rejection.DATE_OUTSIDE_WINDOW, 2L));
    assertThat(q.seen()).isEqualTo(read.rows());
    assertThat(q.accepted() + q.rejected()).isEqualTo(q.seen());
    assertThat(read.malformed()).isEqualTo(2);
    // every rejected row located: fewer than 10 per rule, so all are kept
    assertThat(read.problems()).hasSize(15);
    assertThat(read.rejected()).isEqualTo(q.rejected());
    for (Rejection reason : Rejection.values()) {
      assertThat(read.rejected(reason)).isEqualTo(q.rejected(reason));
    }
    assertThat(q.flagged(EpisodeFlag.MIXED_LEVELS)).isPositive();
    assertThat(q.flagged(EpisodeFlag.SINGLE_RECORD)).isPositive();
  }

  @Test
  void everyLevelHasEpisodesAndMoreComplexLevelsTakeLonger() {
    EpisodeAccumulator acc = new EpisodeAccumulator(EstimatesFromRecords.RULES);
    EstimatesFromRecords.readSample(acc);
    Estimates e = acc.estimates();
    assertThat(e.levels()).extracting(LevelEstimate::level)
        .containsExactlyElementsOf(ActivityRecordGenerator.LEVELS);
    for (int i = 1; i < e.levels().size(); i++) {
      assertThat(e.levels().get(i).minutesPerEpisode().median())
          .isGreaterThan(e.levels().get(i - 1).minutesPerEpisode().median());
      assertThat(e.levels().get(i).episodeWeeks().mean())
          .isGreaterThan(e.levels().get(i - 1).episodeWeeks().mean());
    }
  }

  @Test
  void theDemandOfTheMeanProfilesIsTheTimeTheEpisodesTook() {
    EpisodeAccumulator acc = new EpisodeAccumulator(EstimatesFromRecords.RULES);
    EstimatesFromRecords.readSample(acc);
    Estimates e = acc.estimates();
    BigDecimal minutes = BigDecimal.ZERO;
    for (LevelEstimate l : e.levels()) {
      minutes = minutes.add(l.minutesPerEpisode().sum());
    }
    BigDecimal recorded = minutes.divide(BigDecimal.valueOf(60), MathContext.DECIMAL128);
    BigDecimal demand = InterventionTime.of(EstimatesFromRecords.demand(e, Statistic.MEAN)).demandHours().toBigDecimal();
    // Equal but for the rounding of group sizes to whole clients: well within 0.5%.
    assertThat(demand.subtract(recorded).abs())
        .isLessThan(recorded.multiply(new BigDecimal("0.005")));
  }

  @Test
  void theReportShowsEstimatesAccountAndWhereTheMalformedRowsAre() {
    String report = EstimatesFromRecords.report();
    assertThat(report)
        .contains("Minutes per episode by complexity level")
        .contains("V Very high")
        .contains("Data quality")
        .contains("Demand hours by role")
        .contains("records (n=120, mean)")
        .containsPattern("Rejected, minutes-format: activity-records.csv, line \\d+, column 5"
            + " \\(minutes\\): not a whole number of minutes \\(a value of 4 characters\\)")
        .containsPattern("Rejected, unknown-role: activity-records.csv, line \\d+, column 4"
            + " \\(role\\): not one of the rules' roles")
        .doesNotContain("1h30")
        .doesNotContain("EP-1");
  }
}

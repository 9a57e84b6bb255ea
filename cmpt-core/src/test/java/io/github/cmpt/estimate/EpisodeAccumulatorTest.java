package io.github.cmpt.estimate;

import static io.github.cmpt.vocabulary.ActivityKind.ASSESSMENT;
import static io.github.cmpt.vocabulary.ActivityKind.GROUP_INTERVENTION;
import static io.github.cmpt.vocabulary.ActivityKind.INDIRECT;
import static io.github.cmpt.vocabulary.ActivityKind.INDIVIDUAL_INTERVENTION;
import static io.github.cmpt.vocabulary.Role.OCCUPATIONAL_THERAPIST;
import static io.github.cmpt.vocabulary.Role.OT_ASSISTANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EpisodeAccumulatorTest {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);
  static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);

  static ActivityRecord rec(
      String episode,
      @Nullable ComplexityLevel level,
      ActivityKind kind,
      Role role,
      long minutes,
      String date) {
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.episode(episode).kind(kind).role(role).minutes(minutes).date(LocalDate.parse(date));
    if (level != null) {
      b.level(level);
    }
    return b.build();
  }

  static ActivityRecord group(
      String episode, ComplexityLevel level, Role role, long minutes, String date, int size) {
    ActivityRecord.Builder b = ActivityRecord.builder();
    return b.episode(episode)
        .level(level)
        .kind(GROUP_INTERVENTION)
        .role(role)
        .minutes(minutes)
        .date(LocalDate.parse(date))
        .groupSize(size)
        .build();
  }

  static ActivityRecord withEpisode(ActivityRecord r, String episode) {
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.episode(episode).kind(r.kind()).role(r.role()).minutes(r.minutes()).date(r.date());
    r.level().ifPresent(b::level);
    r.groupSize().ifPresent(b::groupSize);
    return b.build();
  }

  /** Three moderate episodes worked by hand, and one high episode of one record. */
  static List<ActivityRecord> worked() {
    List<ActivityRecord> r = new ArrayList<>();
    // A: 60 + 45 + 30 + 60/4 = 150 minutes, 4 sessions, 2025-01-06 to 01-17: 12 days.
    r.add(rec("A", MODERATE, ASSESSMENT, OCCUPATIONAL_THERAPIST, 60, "2025-01-06"));
    r.add(rec("A", MODERATE, INDIVIDUAL_INTERVENTION, OCCUPATIONAL_THERAPIST, 45, "2025-01-08"));
    r.add(rec("A", MODERATE, INDIVIDUAL_INTERVENTION, OT_ASSISTANT, 30, "2025-01-15"));
    r.add(group("A", MODERATE, OCCUPATIONAL_THERAPIST, 60, "2025-01-17", 4));
    // B: 90 + 45 = 135 minutes, 2 sessions, 3 days.
    r.add(rec("B", MODERATE, ASSESSMENT, OCCUPATIONAL_THERAPIST, 90, "2025-02-03"));
    r.add(rec("B", MODERATE, INDIVIDUAL_INTERVENTION, OCCUPATIONAL_THERAPIST, 45, "2025-02-05"));
    // C: 75 + 30 = 105 minutes, 2 sessions, 1 day.
    r.add(rec("C", MODERATE, ASSESSMENT, OCCUPATIONAL_THERAPIST, 75, "2025-03-03"));
    r.add(rec("C", MODERATE, INDIRECT, OCCUPATIONAL_THERAPIST, 30, "2025-03-03"));
    // D: one record at the high level.
    r.add(rec("D", HIGH, ASSESSMENT, OCCUPATIONAL_THERAPIST, 120, "2025-03-10"));
    return r;
  }

  @Test
  void minutesPerEpisodeOfAHandWorkedLevel() {
    Estimates e = new EpisodeAccumulator().acceptAll(worked()).estimates();
    LevelEstimate m = e.level(MODERATE).orElseThrow();
    assertThat(m.episodes()).isEqualTo(3);
    Summary minutes = m.minutesPerEpisode();
    assertThat(minutes.values()).extracting(BigDecimal::intValueExact).containsExactly(105, 135,
        150);
    assertThat(minutes.mean()).isEqualByComparingTo("130");
    assertThat(minutes.median()).isEqualByComparingTo("135");
    assertThat(minutes.p80()).isEqualByComparingTo("144"); // h = 1.6: 135 + 0.6 x 15
    assertThat(minutes.p90()).isEqualByComparingTo("147"); // h = 1.8: 135 + 0.8 x 15
    assertThat(minutes.standardDeviation().orElseThrow())
        .isEqualByComparingTo("22.91287847477920003294023596864004"); // sqrt(1050 / 2)
    assertThat(minutes.min()).isEqualByComparingTo("105");
    assertThat(minutes.max()).isEqualByComparingTo("150");
  }

  @Test
  void minutesPerKindIncludeZerosAndAddUpToTheWhole() {
    LevelEstimate m =
        new EpisodeAccumulator().acceptAll(worked()).estimates().level(MODERATE).orElseThrow();
    assertThat(m.minutesPerEpisodeByKind().keySet())
        .containsExactly(ASSESSMENT, INDIVIDUAL_INTERVENTION, GROUP_INTERVENTION, INDIRECT);
    assertThat(m.minutesPerEpisode(ASSESSMENT).mean()).isEqualByComparingTo("75");
    assertThat(m.minutesPerEpisode(INDIVIDUAL_INTERVENTION).values())
        .extracting(BigDecimal::intValueExact).containsExactly(0, 45, 75);
    assertThat(m.minutesPerEpisode(INDIVIDUAL_INTERVENTION).median()).isEqualByComparingTo("45");
    assertThat(m.minutesPerEpisode(GROUP_INTERVENTION).mean()).isEqualByComparingTo("5");
    assertThat(m.minutesPerEpisode(INDIRECT).mean()).isEqualByComparingTo("10");
    assertThat(m.minutesPerEpisode(ActivityKind.CONSULTATION).max()).isEqualByComparingTo("0");
    BigDecimal sum = BigDecimal.ZERO;
    for (Summary s : m.minutesPerEpisodeByKind().values()) {
      sum = sum.add(s.mean());
    }
    assertThat(sum).isEqualByComparingTo(m.minutesPerEpisode().mean());
  }

  @Test
  void sessionsAndWeeksPerEpisode() {
    LevelEstimate m =
        new EpisodeAccumulator().acceptAll(worked()).estimates().level(MODERATE).orElseThrow();
    assertThat(m.sessionsPerEpisode().values()).extracting(BigDecimal::intValueExact)
        .containsExactly(2, 2, 4);
    assertThat(m.sessionsPerEpisode().mean())
        .isEqualByComparingTo("2.666666666666666666666666666666667");
    assertThat(m.sessionsPerEpisode(INDIVIDUAL_INTERVENTION).sum()).isEqualByComparingTo("3");
    // (last - first + 1 day) / 7: 12/7, 3/7 and 1/7 weeks.
    Summary weeks = m.episodeWeeks();
    assertThat(weeks.max()).isEqualByComparingTo("1.714285714285714285714285714285714");
    assertThat(weeks.median()).isEqualByComparingTo("0.4285714285714285714285714285714286");
    assertThat(weeks.mean()).isEqualByComparingTo("0.7619047619047619047619047619047619");
  }

  @Test
  void activitiesSeparateKindAndRoleAndShareGroupSessions() {
    LevelEstimate m =
        new EpisodeAccumulator().acceptAll(worked()).estimates().level(MODERATE).orElseThrow();
    assertThat(m.activities())
        .extracting(a -> a.kind() + " by " + a.role())
        .containsExactly(
            "assessment by OT",
            "individual-intervention by OT",
            "individual-intervention by OTA",
            "group-intervention by OT",
            "indirect by OT");
    ActivityEstimate individual =
        m.activity(INDIVIDUAL_INTERVENTION, OCCUPATIONAL_THERAPIST).orElseThrow();
    assertThat(individual.episodes()).isEqualTo(2);
    assertThat(individual.occurrences()).isEqualTo(2);
    assertThat(individual.minutes()).isEqualTo(90);
    assertThat(individual.occurrencesPerEpisode().values())
        .extracting(BigDecimal::intValueExact).containsExactly(0, 1, 1);
    assertThat(individual.minutesPerOccurrence().values())
        .extracting(BigDecimal::intValueExact).containsExactly(45, 45);
    ActivityEstimate grp = m.activity(GROUP_INTERVENTION, OCCUPATIONAL_THERAPIST).orElseThrow();
    assertThat(grp.minutesPerOccurrence().max()).isEqualByComparingTo("60");
    assertThat(grp.minutesPerEpisode().max()).isEqualByComparingTo("15");
    assertThat(grp.meanGroupSize()).isEqualByComparingTo("4");
    assertThat(grp.averageMinutesPerOccurrence()).isEqualByComparingTo("60");
    assertThat(grp.toString())
        .isEqualTo("ActivityEstimate[group-intervention by OT, 1 of 3 episodes, 0.33 per episode,"
            + " 60 min, group of 4]");
    assertThat(m.activity(ActivityKind.CONSULTATION, OCCUPATIONAL_THERAPIST)).isEmpty();
  }

  @Test
  void groupSharesThatAreNotWholeStayExactFractionsPerEpisode() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    // 3 x 50/3 = 50 exactly, though each share is 16.666...
    for (int i = 0; i < 3; i++) {
      acc.accept(group("E", LOW, OCCUPATIONAL_THERAPIST, 50, "2025-01-0" + (i + 1), 3));
    }
    acc.accept(group("F", LOW, OCCUPATIONAL_THERAPIST, 50, "2025-01-01", 3));
    LevelEstimate low = acc.estimates().level(LOW).orElseThrow();
    assertThat(low.minutesPerEpisode().max()).isEqualByComparingTo("50");
    assertThat(low.minutesPerEpisode().min())
        .isEqualByComparingTo("16.66666666666666666666666666666667");
  }

  @Test
  void theAccountFlagsWithoutDropping() {
    Estimates e = new EpisodeAccumulator().acceptAll(worked()).estimates();
    DataQuality q = e.quality();
    assertThat(q.seen()).isEqualTo(9);
    assertThat(q.accepted()).isEqualTo(9);
    assertThat(q.rejected()).isZero();
    assertThat(q.episodes()).isEqualTo(4);
    assertThat(q.flagged(EpisodeFlag.SINGLE_RECORD)).isEqualTo(1);
    assertThat(q.flaggedEpisodes(EpisodeFlag.SINGLE_RECORD)).containsExactly("D");
    assertThat(q.flagged(EpisodeFlag.OUTLIER)).isZero();
    assertThat(e.level(HIGH).orElseThrow().episodes()).isEqualTo(1);
    // Moderate fences: Q1 = 120, Q3 = 142.5, IQR = 22.5: 86.25 and 176.25.
    LevelEstimate m = e.level(MODERATE).orElseThrow();
    assertThat(m.lowerFence()).isEqualByComparingTo("86.25");
    assertThat(m.upperFence()).isEqualByComparingTo("176.25");
  }

  @Test
  void outliersOutsideTukeysFencesAreFlaggedAndKept() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    long[] minutes = {100, 100, 110, 100, 400, 20};
    for (int i = 0; i < minutes.length; i++) {
      acc.accept(rec("E" + i, LOW, ASSESSMENT, OCCUPATIONAL_THERAPIST, minutes[i], "2025-01-01"));
      acc.accept(rec("E" + i, LOW, INDIRECT, OCCUPATIONAL_THERAPIST, 0, "2025-01-02"));
    }
    Estimates e = acc.estimates();
    LevelEstimate low = e.level(LOW).orElseThrow();
    // Sorted 20, 100, 100, 100, 110, 400: Q1 = 100 (h = 1.25), Q3 = 107.5 (h = 3.75): IQR 7.5,
    // fences 88.75 and 118.75.
    assertThat(low.lowerFence()).isEqualByComparingTo("88.75");
    assertThat(low.upperFence()).isEqualByComparingTo("118.75");
    assertThat(low.flagged(EpisodeFlag.OUTLIER)).isEqualTo(2);
    assertThat(e.quality().flaggedEpisodes(EpisodeFlag.OUTLIER)).containsExactly("E4", "E5");
    assertThat(low.episodes()).isEqualTo(6);
    assertThat(low.minutesPerEpisode().max()).isEqualByComparingTo("400");
  }

  @Test
  void anOutlierFactorOfZeroFlagsEverythingOutsideTheQuartiles() {
    EpisodeAccumulator acc =
        new EpisodeAccumulator(EstimationRules.builder().outlierFactor(BigDecimal.ZERO).build());
    for (int i = 1; i <= 5; i++) {
      acc.accept(rec("E" + i, LOW, ASSESSMENT, OCCUPATIONAL_THERAPIST, 10L * i, "2025-01-01"));
    }
    // 10..50: Q1 = 20, Q3 = 40: 10 and 50 are outside.
    assertThat(acc.estimates().quality().flaggedEpisodes(EpisodeFlag.OUTLIER))
        .containsExactly("E1", "E5");
  }

  @Test
  void anEpisodeWithSeveralLevelsIsFlaggedAndCountedAtTheMostComplex() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    acc.accept(rec("X", HIGH, ASSESSMENT, OCCUPATIONAL_THERAPIST, 60, "2025-01-01"));
    acc.accept(rec("X", LOW, INDIRECT, OCCUPATIONAL_THERAPIST, 30, "2025-01-02"));
    acc.accept(rec("Y", LOW, INDIRECT, OCCUPATIONAL_THERAPIST, 30, "2025-01-02"));
    Estimates e = acc.estimates();
    assertThat(e.quality().flaggedEpisodes(EpisodeFlag.MIXED_LEVELS)).containsExactly("X");
    assertThat(e.level(HIGH).orElseThrow().minutesPerEpisode().max()).isEqualByComparingTo("90");
    assertThat(e.level(LOW).orElseThrow().episodes()).isEqualTo(1);
    assertThat(e.level(HIGH).orElseThrow().flagged(EpisodeFlag.MIXED_LEVELS)).isEqualTo(1);
  }

  @Test
  void eachRejectionIsCountedUnderTheFirstRuleBroken() {
    EstimationRules rules =
        EstimationRules.builder()
            .levels(List.of(LOW, MODERATE))
            .kinds(List.of(ASSESSMENT, INDIRECT))
            .roles(List.of(OCCUPATIONAL_THERAPIST))
            .maxMinutes(240)
            .window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
            .build();
    EpisodeAccumulator acc = new EpisodeAccumulator(rules);
    Role ot = OCCUPATIONAL_THERAPIST;
    assertThat(acc.accept(rec("1", null, ASSESSMENT, ot, -5, "2025-02-01")))
        .contains(Rejection.MISSING_LEVEL);
    assertThat(acc.accept(rec("2", HIGH, ASSESSMENT, ot, 30, "2025-02-01")))
        .contains(Rejection.UNKNOWN_LEVEL);
    assertThat(acc.accept(rec("3", LOW, GROUP_INTERVENTION, ot, -5, "2025-02-01")))
        .contains(Rejection.UNKNOWN_KIND);
    assertThat(acc.accept(rec("4", LOW, ASSESSMENT, Role.PHYSIOTHERAPIST, -5, "2025-02-01")))
        .contains(Rejection.UNKNOWN_ROLE);
    assertThat(acc.accept(rec("5", LOW, ASSESSMENT, ot, -1, "2026-02-01")))
        .contains(Rejection.NEGATIVE_MINUTES);
    assertThat(acc.accept(rec("6", LOW, ASSESSMENT, ot, 241, "2025-02-01")))
        .contains(Rejection.ABSURD_MINUTES);
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.episode("7").level(LOW).kind(ASSESSMENT).role(ot).minutes(30);
    assertThat(acc.accept(b.date(LocalDate.of(2025, 2, 1)).groupSize(0).build()))
        .contains(Rejection.INVALID_GROUP_SIZE);
    assertThat(acc.accept(rec("8", LOW, ASSESSMENT, ot, 30, "2024-12-31")))
        .contains(Rejection.DATE_OUTSIDE_WINDOW);
    assertThat(acc.accept(rec("9", LOW, ASSESSMENT, ot, 30, "2026-01-01")))
        .contains(Rejection.DATE_OUTSIDE_WINDOW);
    // Both ends of the window and of the minutes are inclusive.
    assertThat(acc.accept(rec("10", LOW, ASSESSMENT, ot, 240, "2025-01-01"))).isEmpty();
    assertThat(acc.accept(rec("10", LOW, ASSESSMENT, ot, 0, "2025-12-31"))).isEmpty();
    acc.countRejected(Rejection.MALFORMED);

    DataQuality q = acc.estimates().quality();
    assertThat(q.rejections())
        .containsExactly(
            Map.entry(Rejection.MALFORMED, 1L),
            Map.entry(Rejection.MISSING_LEVEL, 1L),
            Map.entry(Rejection.UNKNOWN_LEVEL, 1L),
            Map.entry(Rejection.UNKNOWN_KIND, 1L),
            Map.entry(Rejection.UNKNOWN_ROLE, 1L),
            Map.entry(Rejection.NEGATIVE_MINUTES, 1L),
            Map.entry(Rejection.ABSURD_MINUTES, 1L),
            Map.entry(Rejection.INVALID_GROUP_SIZE, 1L),
            Map.entry(Rejection.DATE_OUTSIDE_WINDOW, 2L));
    assertThat(q.seen()).isEqualTo(12);
    assertThat(q.accepted()).isEqualTo(2);
    assertThat(q.rejected()).isEqualTo(10);
    assertThat(q.episodes()).isEqualTo(1);
    assertThat(acc.seen()).isEqualTo(12);
    assertThat(acc.accepted()).isEqualTo(2);
    assertThat(q.toString())
        .isEqualTo("DataQuality[seen 12, accepted 2, rejected 10 (malformed 1, missing-level 1,"
            + " unknown-level 1, unknown-kind 1, unknown-role 1, negative-minutes 1,"
            + " absurd-minutes 1, invalid-group-size 1, date-outside-window 2), episodes 1"
            + " (single-record 0, mixed-levels 0, outlier 0)]");
  }

  @Test
  void thePrimitiveEntryReadsAReusedBufferAndKeepsOnlyNewIdentifiers() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    StringBuilder buffer = new StringBuilder();
    long day = LocalDate.of(2025, 1, 1).toEpochDay();
    String[] ids = {"E1", "E2", "E1", "E10", "E2"};
    for (int i = 0; i < ids.length; i++) {
      buffer.setLength(0);
      buffer.append(ids[i]);
      assertThat(acc.accept(buffer, LOW, ASSESSMENT, OCCUPATIONAL_THERAPIST, 10, day + i, 1))
          .isEmpty();
    }
    buffer.setLength(0);
    buffer.append("garbage");
    assertThat(acc.episodes()).isEqualTo(3);
    Estimates e = acc.estimates();
    assertThat(e.level(LOW).orElseThrow().minutesPerEpisode().values())
        .extracting(BigDecimal::intValueExact).containsExactly(10, 20, 20);
    assertThat(e.quality().flaggedEpisodes(EpisodeFlag.SINGLE_RECORD)).containsExactly("E10");
  }

  @Test
  void identifiersNeverAppearInTextOrMessages() {
    String id = "MRN-7731946";
    EpisodeAccumulator acc = new EpisodeAccumulator();
    acc.accept(rec(id, LOW, ASSESSMENT, OCCUPATIONAL_THERAPIST, 60, "2025-01-01"));
    acc.accept(rec(id + "x", LOW, ASSESSMENT, OCCUPATIONAL_THERAPIST, 6000, "2025-01-01"));
    Estimates e = acc.estimates();
    String all =
        acc + " " + e + " " + e.quality() + " " + e.levels() + " " + e.toTable().toText() + " "
            + e.quality().toTable().toText() + " " + e.levels().get(0).toTable().toText()
            + " " + e.levels().get(0).activities();
    assertThat(all).doesNotContain("7731946");
    assertThatThrownBy(
            () -> acc.accept(" \t", LOW, ASSESSMENT, OCCUPATIONAL_THERAPIST, 60, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for episode (valid values non-blank): a blank text of length 2");
    assertThat(acc.seen()).isEqualTo(2);
  }

  @Test
  void mergingRequiresTheSameRulesAndAnotherAccumulator() {
    EpisodeAccumulator a = new EpisodeAccumulator();
    EpisodeAccumulator b = new EpisodeAccumulator(EstimationRules.builder().maxMinutes(60).build());
    assertThatThrownBy(() -> a.merge(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid value for other.rules (valid values equal to this"
            + " accumulator's rules EstimationRules[");
    assertThatThrownBy(() -> a.merge(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for other (valid values another accumulator): this"
            + " accumulator");
  }

  @Test
  void mergingLeavesTheOtherAccumulatorUnchanged() {
    List<ActivityRecord> records = worked();
    EpisodeAccumulator a = new EpisodeAccumulator().acceptAll(records.subList(0, 5));
    EpisodeAccumulator b = new EpisodeAccumulator().acceptAll(records.subList(5, 9));
    Estimates before = b.estimates();
    a.merge(b);
    a.accept(rec("C", MODERATE, INDIRECT, OCCUPATIONAL_THERAPIST, 30, "2025-03-04"));
    assertThat(b.estimates()).isEqualTo(before);
    assertThat(a.episodes()).isEqualTo(4);
  }

  @Test
  void aParallelStreamCollectsTheSameEstimates() {
    List<ActivityRecord> records = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      for (ActivityRecord r : worked()) {
        records.add(withEpisode(r, r.episode() + (i % 37)));
      }
    }
    Estimates sequential = new EpisodeAccumulator().acceptAll(records).estimates();
    Estimates parallel =
        records.parallelStream().collect(EpisodeAccumulator.toEstimates(EstimationRules.STANDARD));
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.quality().seen()).isEqualTo(records.size());
  }

  @Test
  void tablesShowEachLevelAndEachKind() {
    Estimates e = new EpisodeAccumulator().acceptAll(worked()).estimates();
    String text = e.toTable().toText();
    assertThat(text).containsPattern("M Moderate +3 +130 +135 +144 +147 +22.91").contains("H High");
    assertThat(e.level(MODERATE).orElseThrow().toTable().title())
        .isEqualTo("Minutes per episode, M Moderate (3 episodes)");
    assertThat(e.level(MODERATE).orElseThrow().toTable().toText())
        .contains("Assessment")
        .contains("All activities");
    assertThat(e.quality().toTable().toCsv()).contains("Records seen,9,");
    assertThat(e.toString())
        .isEqualTo("Estimates[2 levels, 4 episodes, DataQuality[seen 9, accepted 9, rejected 0,"
            + " episodes 4 (single-record 1, mixed-levels 0, outlier 0)]]");
    assertThat(e.levels().get(0).toString())
        .isEqualTo("LevelEstimate[ComplexityLevel[2 Moderate], 3 episodes, minutes mean 130"
            + " median 135, sessions mean 2.67, weeks mean 0.76]");
  }

  @Test
  void sharesStayExactForGroupSizesThat840DoesNotDivide() {
    // 60/9 + 60/11 + 60/13 in one episode and one activity: exactly 60 x 359 / 1287
    EstimationRules rules = EstimationRules.builder().maxMinutes(Long.MAX_VALUE).build();
    EpisodeAccumulator whole = new EpisodeAccumulator(rules);
    EpisodeAccumulator a = new EpisodeAccumulator(rules);
    EpisodeAccumulator b = new EpisodeAccumulator(rules);
    int[] sizes = {9, 11, 13, 1_000_003};
    for (int i = 0; i < sizes.length; i++) {
      ActivityRecord r = group("E", LOW, OCCUPATIONAL_THERAPIST, 60, "2025-01-0" + (i + 1), sizes[i]);
      whole.accept(r);
      (i % 2 == 0 ? a : b).accept(r);
    }
    BigDecimal exact =
        new BigDecimal("60")
            .multiply(
                BigDecimal.valueOf(11L * 13 * 1_000_003 + 9L * 13 * 1_000_003 + 9L * 11 * 1_000_003
                    + 9L * 11 * 13))
            .divide(BigDecimal.valueOf(9L * 11 * 13 * 1_000_003), java.math.MathContext.DECIMAL128);
    Estimates e = whole.estimates();
    assertThat(e.level(LOW).orElseThrow().minutesPerEpisode().max()).isEqualTo(exact);
    // accumulators with different units merge into the same figures
    assertThat(a.merge(b).estimates()).isEqualTo(e);
    // a share beyond a long stays exact
    EpisodeAccumulator huge = new EpisodeAccumulator(rules);
    huge.accept(group("H", LOW, OCCUPATIONAL_THERAPIST, Long.MAX_VALUE / 2, "2025-01-01", 7));
    huge.accept(group("H", LOW, OCCUPATIONAL_THERAPIST, Long.MAX_VALUE / 2, "2025-01-02", 7));
    assertThat(huge.estimates().level(LOW).orElseThrow().minutesPerEpisode().max())
        .isEqualTo(new BigDecimal(java.math.BigInteger.valueOf(Long.MAX_VALUE / 2).shiftLeft(1))
            .divide(BigDecimal.valueOf(7), java.math.MathContext.DECIMAL128));
  }
}

package io.github.cmpt.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of the accumulator: recovery of a known profile, merging, and conservation. */
class EpisodeAccumulatorPropertiesTest {

  @Test
  void recordsGeneratedFromAKnownProfileGiveThatProfileBack() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              List<RecordGen.Profile> profiles = RecordGen.profiles(rnd);
              List<ActivityRecord> records = RecordGen.records(rnd, profiles);
              Estimates e = new EpisodeAccumulator(RecordGen.RULES).acceptAll(records).estimates();

              assertThat(e.quality().rejected()).isZero();
              assertThat(e.quality().seen()).isEqualTo(records.size());
              assertThat(e.levels()).hasSize(profiles.size());
              for (RecordGen.Profile p : profiles) {
                LevelEstimate l = e.level(p.level).orElseThrow();
                assertThat(l.episodes()).isEqualTo(p.episodes);
                BigDecimal perEpisode = BigDecimal.ZERO;
                for (RecordGen.Activity a : p.activities) {
                  ActivityEstimate est = l.activity(a.kind, a.role).orElseThrow();
                  BigDecimal share =
                      BigDecimal.valueOf(a.minutes * a.times)
                          .divide(BigDecimal.valueOf(a.groupSize)); // terminating: 1, 2, 4, 5, 8
                  perEpisode = perEpisode.add(share);
                  assertThat(est.episodes()).isEqualTo(p.episodes);
                  assertThat(est.occurrences()).isEqualTo((long) p.episodes * a.times);
                  assertConstant(est.occurrencesPerEpisode(), BigDecimal.valueOf(a.times));
                  assertConstant(est.minutesPerOccurrence(), BigDecimal.valueOf(a.minutes));
                  assertConstant(est.minutesPerEpisode(), share);
                  assertThat(est.averageMinutesPerOccurrence())
                      .isEqualByComparingTo(BigDecimal.valueOf(a.minutes));
                  assertThat(est.meanGroupSize())
                      .isEqualByComparingTo(BigDecimal.valueOf(a.groupSize));
                }
                assertThat(l.activities()).hasSize(p.activities.size());
                assertConstant(l.minutesPerEpisode(), perEpisode);
                assertConstant(l.sessionsPerEpisode(), BigDecimal.valueOf(p.sessions()));
                assertConstant(l.episodeWeeks(), BigDecimal.valueOf(p.weeks));
              }
            });
  }

  private static void assertConstant(Summary s, BigDecimal value) {
    assertThat(s.min()).isEqualByComparingTo(value);
    assertThat(s.max()).isEqualByComparingTo(value);
    assertThat(s.mean()).isEqualByComparingTo(value);
    assertThat(s.median()).isEqualByComparingTo(value);
    assertThat(s.p90()).isEqualByComparingTo(value);
    assertThat(s.percentile(new BigDecimal("37.5"))).isEqualByComparingTo(value);
    if (s.count() > 1) {
      assertThat(s.standardDeviation()).contains(BigDecimal.ZERO);
    }
  }

  @Test
  void mergingPartsInAnyOrderAndGroupingEqualsOnePass() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 6), integers().between(0, 400))
        .checkAssert(
            (seed, parts, count) -> {
              Random rnd = new Random(seed);
              List<ActivityRecord> records = RecordGen.mixed(rnd, count);
              Estimates whole =
                  new EpisodeAccumulator(RecordGen.RULES).acceptAll(records).estimates();

              List<List<ActivityRecord>> split = split(rnd, records, parts);
              List<EpisodeAccumulator> accs = new ArrayList<>();
              for (List<ActivityRecord> part : split) {
                accs.add(new EpisodeAccumulator(RecordGen.RULES).acceptAll(part));
              }
              // Merge pairs picked at random until one accumulator is left: any grouping, any
              // order.
              while (accs.size() > 1) {
                EpisodeAccumulator a = accs.remove(rnd.nextInt(accs.size()));
                EpisodeAccumulator b = accs.remove(rnd.nextInt(accs.size()));
                accs.add(a.merge(b));
              }
              assertThat(accs.get(0).estimates()).isEqualTo(whole);
              assertThat(accs.get(0).estimates(1 + rnd.nextInt(4))).isEqualTo(whole);
            });
  }

  @Test
  void mergingIsCommutativeAndAssociative() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, count) -> {
              Random rnd = new Random(seed);
              List<ActivityRecord> records = RecordGen.mixed(rnd, count);
              List<List<ActivityRecord>> p = split(rnd, records, 3);
              Estimates ab = acc(p.get(0)).merge(acc(p.get(1))).estimates();
              Estimates ba = acc(p.get(1)).merge(acc(p.get(0))).estimates();
              assertThat(ab).isEqualTo(ba);
              Estimates abC = acc(p.get(0)).merge(acc(p.get(1))).merge(acc(p.get(2))).estimates();
              Estimates aBc = acc(p.get(0)).merge(acc(p.get(1)).merge(acc(p.get(2)))).estimates();
              Estimates cAb = acc(p.get(2)).merge(acc(p.get(0)).merge(acc(p.get(1)))).estimates();
              assertThat(abC).isEqualTo(aBc).isEqualTo(cAb);
              assertThat(abC.hashCode()).isEqualTo(aBc.hashCode());
            });
  }

  @Test
  void theOrderOfTheRecordsDoesNotMatter() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 300))
        .checkAssert(
            (seed, count) -> {
              Random rnd = new Random(seed);
              List<ActivityRecord> records = RecordGen.mixed(rnd, count);
              List<ActivityRecord> shuffled = new ArrayList<>(records);
              Collections.shuffle(shuffled, rnd);
              assertThat(acc(shuffled).estimates()).isEqualTo(acc(records).estimates());
            });
  }

  @Test
  void everyRecordIsCountedOnceAcceptedOrRejectedWithItsReason() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 400))
        .checkAssert(
            (seed, count) -> {
              Random rnd = new Random(seed);
              List<ActivityRecord> records = RecordGen.mixed(rnd, count);
              Map<Rejection, Long> expected = new EnumMap<>(Rejection.class);
              long accepted = 0;
              EpisodeAccumulator acc = new EpisodeAccumulator(RecordGen.RULES);
              for (ActivityRecord r : records) {
                Rejection reason = RecordGen.expectedRejection(r);
                assertThat(acc.accept(r)).isEqualTo(Optional.ofNullable(reason));
                if (reason == null) {
                  accepted++;
                } else {
                  expected.merge(reason, 1L, Long::sum);
                }
              }
              int malformed = rnd.nextInt(3);
              for (int i = 0; i < malformed; i++) {
                acc.countRejected(Rejection.MALFORMED);
                expected.merge(Rejection.MALFORMED, 1L, Long::sum);
              }
              DataQuality q = acc.estimates().quality();
              assertThat(q.rejections()).isEqualTo(expected);
              assertThat(q.seen()).isEqualTo(count + malformed);
              assertThat(q.accepted()).isEqualTo(accepted);
              assertThat(q.accepted() + q.rejected()).isEqualTo(q.seen());
              // The accepted records are exactly the sessions of the estimates.
              long sessions = 0;
              for (LevelEstimate l : acc.estimates().levels()) {
                sessions += l.sessionsPerEpisode().sum().longValueExact();
                assertThat(l.flagged(EpisodeFlag.OUTLIER)).isLessThan(l.episodes() + 1);
              }
              assertThat(sessions).isEqualTo(accepted);
            });
  }

  private static EpisodeAccumulator acc(List<ActivityRecord> records) {
    return new EpisodeAccumulator(RecordGen.RULES).acceptAll(records);
  }

  /** Splits records at random into parts, each shuffled; an episode may fall in several parts. */
  private static List<List<ActivityRecord>> split(
      Random rnd, List<ActivityRecord> records, int parts) {
    List<List<ActivityRecord>> out = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      out.add(new ArrayList<>());
    }
    for (ActivityRecord r : records) {
      out.get(rnd.nextInt(parts)).add(r);
    }
    for (List<ActivityRecord> part : out) {
      Collections.shuffle(part, rnd);
    }
    return out;
  }
}

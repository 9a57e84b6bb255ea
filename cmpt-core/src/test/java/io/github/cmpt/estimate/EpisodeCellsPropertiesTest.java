package io.github.cmpt.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The accumulator's compact cells hold every total exactly, however large: many occurrences of
 * one activity, minutes beyond what a small cell holds, group sizes beyond 31 and ones that do not
 * divide the unit of shares, identifiers beyond ASCII; through merges, the serial form, and
 * records accepted after estimates were taken. Expected figures are worked out here with exact
 * fractions, record by record.
 */
class EpisodeCellsPropertiesTest {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);
  static final EstimationRules RULES =
      EstimationRules.builder().levels(List.of(LOW, HIGH)).maxMinutes(100_000).build();
  static final ActivityKind[] KINDS = {ActivityKind.ASSESSMENT, ActivityKind.GROUP_INTERVENTION};
  static final Role[] ROLES = {Role.OCCUPATIONAL_THERAPIST, Role.PHYSIOTHERAPIST};
  static final String[] IDS = {"E-1", "E-2", "\u00c9-3", "\ud835\udd3c-4", "E\ud800-5", "E-6"};
  static final int[] GROUPS = {1, 1, 1, 1, 2, 3, 5, 9, 11, 13, 31, 32, 40};
  static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  /** One record, as the primitive entry takes it. */
  static final class Rec {
    final String id;
    final ComplexityLevel level;
    final int kind;
    final int role;
    final long minutes;
    final long day;
    final int group;

    Rec(Random rnd) {
      id = IDS[rnd.nextInt(IDS.length)];
      level = rnd.nextInt(6) == 0 ? HIGH : LOW;
      kind = rnd.nextInt(KINDS.length);
      role = rnd.nextInt(ROLES.length);
      minutes = rnd.nextInt(3) == 0 ? 5_000 + rnd.nextInt(95_001) : rnd.nextInt(60);
      day = DAY.toEpochDay() + rnd.nextInt(400);
      group = rnd.nextInt(3) == 0 ? GROUPS[rnd.nextInt(GROUPS.length)] : 1;
    }

    void into(EpisodeAccumulator acc) {
      assertThat(acc.accept(id, level, KINDS[kind], ROLES[role], minutes, day, group)).isEmpty();
    }
  }

  static List<Rec> records(Random rnd, int n) {
    List<Rec> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Rec(rnd));
    }
    return out;
  }

  /** Exact totals of one episode, record by record. */
  static final class Expected {
    ComplexityLevel level = LOW;
    long records;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    final long[][] count = new long[2][2];
    final long[][] minutes = new long[2][2];
    final long[][] groups = new long[2][2];

    void add(Rec r) {
      if (r.level == HIGH) {
        level = HIGH;
      }
      records++;
      first = Math.min(first, r.day);
      last = Math.max(last, r.day);
      BigInteger g = BigInteger.valueOf(r.group);
      num = num.multiply(g).add(BigInteger.valueOf(r.minutes).multiply(den));
      den = den.multiply(g);
      count[r.kind][r.role]++;
      minutes[r.kind][r.role] += r.minutes;
      groups[r.kind][r.role] += r.group;
    }

    BigDecimal share() {
      return new BigDecimal(num).divide(new BigDecimal(den), Hours.MATH_CONTEXT);
    }
  }

  static Map<String, Expected> expected(List<Rec> records) {
    Map<String, Expected> out = new HashMap<>();
    for (Rec r : records) {
      out.computeIfAbsent(r.id, k -> new Expected()).add(r);
    }
    return out;
  }

  static void assertFigures(Estimates estimates, Map<String, Expected> expected) {
    for (ComplexityLevel level : List.of(LOW, HIGH)) {
      List<Expected> of = new ArrayList<>();
      for (Expected e : expected.values()) {
        if (e.level == level) {
          of.add(e);
        }
      }
      if (of.isEmpty()) {
        assertThat(estimates.level(level)).isEmpty();
        continue;
      }
      LevelEstimate l = estimates.level(level).orElseThrow();
      assertThat(l.episodes()).isEqualTo(of.size());
      List<BigDecimal> shares = new ArrayList<>();
      List<BigDecimal> sessions = new ArrayList<>();
      List<BigDecimal> days = new ArrayList<>();
      for (Expected e : of) {
        shares.add(e.share());
        sessions.add(BigDecimal.valueOf(e.records));
        days.add(BigDecimal.valueOf(e.last - e.first + 1));
      }
      shares.sort(null);
      sessions.sort(null);
      days.sort(null);
      assertEqualValues(l.minutesPerEpisode().values(), shares);
      assertEqualValues(l.sessionsPerEpisode().values(), sessions);
      List<BigDecimal> weeks = new ArrayList<>();
      for (BigDecimal d : days) {
        weeks.add(d.divide(BigDecimal.valueOf(7), Hours.MATH_CONTEXT));
      }
      assertEqualValues(l.episodeWeeks().values(), weeks);
      for (int k = 0; k < 2; k++) {
        for (int r = 0; r < 2; r++) {
          long count = 0;
          long minutes = 0;
          long groups = 0;
          int episodes = 0;
          for (Expected e : of) {
            count += e.count[k][r];
            minutes += e.minutes[k][r];
            groups += e.groups[k][r];
            episodes += e.count[k][r] > 0 ? 1 : 0;
          }
          var a = l.activity(KINDS[k], ROLES[r]);
          if (count == 0) {
            assertThat(a).isEmpty();
            continue;
          }
          assertThat(a.orElseThrow().occurrences()).isEqualTo(count);
          assertThat(a.orElseThrow().minutes()).isEqualTo(minutes);
          assertThat(a.orElseThrow().episodes()).isEqualTo(episodes);
          assertThat(a.orElseThrow().meanGroupSize())
              .isEqualByComparingTo(
                  BigDecimal.valueOf(groups).divide(BigDecimal.valueOf(count), Hours.MATH_CONTEXT));
        }
      }
    }
  }

  static void assertEqualValues(List<BigDecimal> actual, List<BigDecimal> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("value " + i).isEqualByComparingTo(expected.get(i));
    }
  }

  static EpisodeAccumulator roundTrip(EpisodeAccumulator acc) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      acc.writeTo(new DataOutputStream(bytes));
      return EpisodeAccumulator.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), RULES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void largeCellsHoldExactTotalsThroughMergesAndTheSerialForm() {
    qt().withExamples(120)
        .forAll(longs().all(), integers().between(1, 400), integers().between(0, 400))
        .checkAssert(
            (seed, n, cut) -> {
              Random rnd = new Random(seed);
              List<Rec> records = records(rnd, n);
              Map<String, Expected> expected = expected(records);
              EpisodeAccumulator one = new EpisodeAccumulator(RULES);
              records.forEach(r -> r.into(one));
              assertFigures(one.estimates(), expected);
              // two parts, merged either way, and through the serial form
              int at = Math.min(cut, n);
              EpisodeAccumulator a = new EpisodeAccumulator(RULES);
              EpisodeAccumulator b = new EpisodeAccumulator(RULES);
              records.subList(0, at).forEach(r -> r.into(a));
              records.subList(at, n).forEach(r -> r.into(b));
              EpisodeAccumulator ab = roundTrip(a).merge(roundTrip(b));
              assertFigures(ab.estimates(), expected);
              assertThat(ab.estimates()).isEqualTo(one.estimates());
              // absorbing gives what merging gives, and leaves the other empty
              EpisodeAccumulator taken = roundTrip(b);
              EpisodeAccumulator absorbed = roundTrip(a).absorb(taken);
              assertFigures(absorbed.estimates(), expected);
              assertThat(absorbed.seen()).isEqualTo((long) n);
              assertThat(taken.seen()).isZero();
              assertThat(taken.episodes()).isZero();
              records.subList(0, at).forEach(r -> r.into(taken));
              assertFigures(taken.estimates(), expected(records.subList(0, at)));
              assertThat(roundTrip(one).estimates()).isEqualTo(one.estimates());
            });
  }

  @Test
  void estimatesTakenEarlierDoNotChangeWhenMoreRecordsArrive() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(1, 200), integers().between(1, 200))
        .checkAssert(
            (seed, n, more) -> {
              Random rnd = new Random(seed);
              List<Rec> first = records(rnd, n);
              List<Rec> later = records(rnd, more);
              EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
              first.forEach(r -> r.into(acc));
              Estimates before = acc.estimates();
              // an empty accumulator that merges shares the other's episodes until either changes
              EpisodeAccumulator copy = new EpisodeAccumulator(RULES).merge(acc);
              later.forEach(r -> r.into(acc));
              assertFigures(before, expected(first));
              assertFigures(copy.estimates(), expected(first));
              later.forEach(r -> r.into(copy));
              List<Rec> all = new ArrayList<>(first);
              all.addAll(later);
              assertFigures(acc.estimates(), expected(all));
              assertFigures(copy.estimates(), expected(all));
              assertFigures(before, expected(first));
            });
  }

  @Test
  void anIdentifierGivenAsUtf8BytesIsTheSameEpisodeAsItsText() {
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    for (String id : IDS) {
      if (id.equals("E\ud800-5")) {
        continue; // a lone surrogate has no UTF-8 form
      }
      byte[] b = ("xx" + id).getBytes(StandardCharsets.UTF_8);
      acc.accept(id, LOW, KINDS[0], ROLES[0], 10, DAY.toEpochDay(), 1);
      acc.accept(b, 2, b.length - 2, LOW, KINDS[0], ROLES[0], 20, DAY.toEpochDay(), 1);
    }
    assertThat(acc.episodes()).isEqualTo(IDS.length - 1);
    assertThat(acc.estimates().level(LOW).orElseThrow().minutesPerEpisode().values())
        .allSatisfy(v -> assertThat(v).isEqualByComparingTo("30"));
  }

  @Test
  void cellsSlidTogetherWhileEpisodesGrowKeepTheirTotals() {
    EstimationRules rules = EstimationRules.builder().levels(List.of(LOW, HIGH)).build();
    List<ActivityKind> kinds = rules.kinds();
    List<Role> roles = rules.roles();
    Random rnd = new Random(20251201);
    int episodes = 2_000;
    List<long[]> rest = new ArrayList<>();
    EpisodeAccumulator interleaved = new EpisodeAccumulator(rules, 4096);
    EpisodeAccumulator grouped = new EpisodeAccumulator(rules, 4096);
    for (int e = 0; e < episodes; e++) {
      // each episode is created in the same order in both
      for (EpisodeAccumulator acc : List.of(interleaved, grouped)) {
        acc.accept("E" + e, LOW, kinds.get(0), roles.get(0), 30, DAY.toEpochDay(), 1);
      }
      for (int r = 0; r < 16; r++) {
        rest.add(new long[] {e, rnd.nextInt(kinds.size()), rnd.nextInt(roles.size()),
            rnd.nextInt(90), rnd.nextInt(300), rnd.nextInt(5) == 0 ? 2 + rnd.nextInt(40) : 1});
      }
    }
    List<long[]> shuffled = new ArrayList<>(rest);
    java.util.Collections.shuffle(shuffled, rnd);
    for (long[] r : shuffled) {
      add(interleaved, r, kinds, roles);
    }
    for (long[] r : rest) {
      add(grouped, r, kinds, roles);
    }
    assertThat(interleaved.compactions()).isPositive();
    assertThat(interleaved.estimates()).isEqualTo(grouped.estimates());
    assertThat(roundTrip(interleaved, rules).estimates()).isEqualTo(grouped.estimates());
    EpisodeAccumulator some = new EpisodeAccumulator(rules, 4096);
    some.accept("X", LOW, kinds.get(0), roles.get(0), 1, DAY.toEpochDay(), 1);
    EpisodeAccumulator all = new EpisodeAccumulator(rules, 4096);
    all.accept("X", LOW, kinds.get(0), roles.get(0), 1, DAY.toEpochDay(), 1);
    all.merge(grouped);
    assertThat(some.absorb(interleaved).estimates()).isEqualTo(all.estimates());
  }

  private static void add(EpisodeAccumulator acc, long[] r, List<ActivityKind> kinds,
      List<Role> roles) {
    acc.accept("E" + r[0], r[0] % 7 == 0 ? HIGH : LOW, kinds.get((int) r[1]),
        roles.get((int) r[2]), r[3], DAY.toEpochDay() + r[4], (int) r[5]);
  }

  static EpisodeAccumulator roundTrip(EpisodeAccumulator acc, EstimationRules rules) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      acc.writeTo(new DataOutputStream(bytes));
      return EpisodeAccumulator.readFrom(
          new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

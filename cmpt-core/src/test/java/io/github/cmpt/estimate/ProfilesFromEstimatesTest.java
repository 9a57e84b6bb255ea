package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ComplexityLevel;
import static io.github.cmpt.vocabulary.ActivityKind.ASSESSMENT;
import static io.github.cmpt.vocabulary.ActivityKind.GROUP_INTERVENTION;
import static io.github.cmpt.vocabulary.ActivityKind.INDIRECT;
import static io.github.cmpt.vocabulary.ActivityKind.INDIVIDUAL_INTERVENTION;
import static io.github.cmpt.estimate.EpisodeAccumulatorTest.MODERATE;
import static io.github.cmpt.estimate.EpisodeAccumulatorTest.group;
import static io.github.cmpt.estimate.EpisodeAccumulatorTest.rec;
import static io.github.cmpt.vocabulary.Role.OCCUPATIONAL_THERAPIST;
import static io.github.cmpt.vocabulary.Role.OT_ASSISTANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProfilesFromEstimatesTest {

  private static LevelEstimate moderate() {
    return new EpisodeAccumulator()
        .acceptAll(EpisodeAccumulatorTest.worked())
        .estimates()
        .level(MODERATE)
        .orElseThrow();
  }

  private static InterventionActivity find(InterventionProfile p, ActivityKind kind, Role role) {
    return p.activities().stream()
        .filter(a -> a.kind().equals(kind) && a.role().equals(role))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theMeanProfileOfTheHandWorkedLevel() {
    InterventionProfile p = moderate().toProfile(Statistic.MEAN);
    assertThat(p.level()).isEqualTo(MODERATE);
    // Weeks: (12 + 3 + 1) / 7 / 3 = 16/21.
    assertThat(p.episodeWeeks())
        .isEqualTo(Figure.ofRecords(new BigDecimal("0.7619047619047619047619047619047619"), 3,
            "mean"));
    assertThat(p.activities()).hasSize(5);
    InterventionActivity assessment = find(p, ASSESSMENT, OCCUPATIONAL_THERAPIST);
    assertThat(assessment.minutes()).isEqualTo(Figure.ofRecords(new BigDecimal("75"), 3, "mean"));
    assertThat(assessment.frequency()).isEqualTo(Frequency.ONCE);
    assertThat(assessment.frequencyProvenance()).isEqualTo(Provenance.ofRecords(3, "mean"));
    InterventionActivity individual = find(p, INDIVIDUAL_INTERVENTION, OCCUPATIONAL_THERAPIST);
    assertThat(individual.minutes()).isEqualTo(Figure.ofRecords(new BigDecimal("45"), 2, "mean"));
    assertThat(individual.frequency().occurrencesPerEpisode())
        .isEqualByComparingTo("0.6666666666666666666666666666666667");
    InterventionActivity grp = find(p, GROUP_INTERVENTION, OCCUPATIONAL_THERAPIST);
    assertThat(grp.minutes().value()).isEqualByComparingTo("60");
    assertThat(grp.groupSize()).hasValue(4);
    assertThat(find(p, INDIVIDUAL_INTERVENTION, OT_ASSISTANT).minutes().value())
        .isEqualByComparingTo("30");
    // The mean profile keeps the mean minutes per episode: 130 minutes.
    assertThat(p.hoursPerEpisode().toMinutes())
        .isCloseTo(new BigDecimal("130"), within(new BigDecimal("1e-30")));
  }

  @Test
  void theMedianProfileLeavesOutWhatMostEpisodesLack() {
    InterventionProfile p = moderate().toProfile(Statistic.MEDIAN);
    assertThat(p.activities())
        .extracting(a -> a.kind() + " by " + a.role())
        .containsExactly("assessment by OT", "individual-intervention by OT");
    assertThat(find(p, ASSESSMENT, OCCUPATIONAL_THERAPIST).minutes())
        .isEqualTo(Figure.ofRecords(new BigDecimal("75"), 3, "median"));
    assertThat(p.episodeWeeks().value())
        .isEqualByComparingTo("0.4285714285714285714285714285714286");
    assertThat(p.episodeWeeks().provenance()).isEqualTo(Provenance.ofRecords(3, "median"));
    // P80 of occurrences {0, 0, 1}: h = 1.6, 0.6 times per episode.
    InterventionProfile p80 = moderate().toProfile(Statistic.ofPercentile(80));
    assertThat(find(p80, GROUP_INTERVENTION, OCCUPATIONAL_THERAPIST).frequency())
        .isEqualTo(Frequency.ofPerEpisode(new BigDecimal("0.6")));
    assertThat(find(p80, GROUP_INTERVENTION, OCCUPATIONAL_THERAPIST).frequencyProvenance())
        .isEqualTo(Provenance.ofRecords(3, "P80"));
  }

  @Test
  void judgmentCanReplaceOrBlendAFigureFromRecords() {
    InterventionProfile p = moderate().toProfile(Statistic.MEDIAN);
    InterventionActivity assessment = find(p, ASSESSMENT, OCCUPATIONAL_THERAPIST);
    Figure blended =
        assessment.minutes().blendedWith(new BigDecimal("90"), new BigDecimal("0.5"),
            "new standardised assessment");
    InterventionActivity changed = assessment.withMinutes(blended);
    assertThat(changed.minutes().value()).isEqualByComparingTo("82.5");
    assertThat(changed.minutes().provenance().kind()).isEqualTo(Provenance.Kind.BLEND);
    assertThat(changed.minutes().toString())
        .isEqualTo("82.5 [blend 50% judgment / 50% records (n=3, median)]");
    InterventionProfile judged =
        p.withEpisodeWeeks(p.episodeWeeks().replacedBy(new BigDecimal("4"), "team consensus"));
    assertThat(judged.episodeWeeks().provenance().kind()).isEqualTo(Provenance.Kind.JUDGMENT);
  }

  @Test
  void groupSessionsWithoutGroupSizesCannotMakeAGroupActivity() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    acc.accept(rec("A", MODERATE, ASSESSMENT, OCCUPATIONAL_THERAPIST, 60, "2025-01-06"));
    acc.accept(rec("A", MODERATE, GROUP_INTERVENTION, OCCUPATIONAL_THERAPIST, 60, "2025-01-08"));
    LevelEstimate l = acc.estimates().level(MODERATE).orElseThrow();
    assertThatThrownBy(() -> l.toProfile(Statistic.MEAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for groupSize of group-intervention by OT at"
            + " ComplexityLevel[2 Moderate] (valid values an effective group size of at least 1.5"
            + " clients, from recorded group sizes): 1");
  }

  @Test
  void anotherKindWithGroupSizesCountsTheClientsShare() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    acc.accept(group("A", MODERATE, OCCUPATIONAL_THERAPIST, 60, "2025-01-06", 2));
    ActivityRecord.Builder b = ActivityRecord.builder();
    acc.accept(b.episode("A").level(MODERATE).kind(ASSESSMENT).role(OCCUPATIONAL_THERAPIST)
        .minutes(90).date(java.time.LocalDate.of(2025, 1, 7)).groupSize(3).build());
    InterventionProfile p =
        acc.estimates().level(MODERATE).orElseThrow().toProfile(Statistic.MEAN);
    assertThat(find(p, ASSESSMENT, OCCUPATIONAL_THERAPIST).minutes().value())
        .isEqualByComparingTo("30");
    assertThat(find(p, ASSESSMENT, OCCUPATIONAL_THERAPIST).groupSize()).isEmpty();
    assertThat(p.hoursPerEpisode().toMinutes()) // 60/2 + 90/3
        .isCloseTo(new BigDecimal("60"), within(new BigDecimal("1e-30")));
  }

  @Test
  void theEffectiveGroupSizeKeepsTheClientsShareOfMixedGroups() {
    EpisodeAccumulator acc = new EpisodeAccumulator();
    // 60 minutes with 2 clients, 60 with 6: shares 30 + 10 = 40 of 120 minutes, a group of 3
    // (the arithmetic mean of the sizes, 4, would give 30).
    acc.accept(group("A", MODERATE, OCCUPATIONAL_THERAPIST, 60, "2025-01-06", 2));
    acc.accept(group("A", MODERATE, OCCUPATIONAL_THERAPIST, 60, "2025-01-13", 6));
    LevelEstimate l = acc.estimates().level(MODERATE).orElseThrow();
    ActivityEstimate a = l.activity(GROUP_INTERVENTION, OCCUPATIONAL_THERAPIST).orElseThrow();
    assertThat(a.meanGroupSize()).isEqualByComparingTo("4");
    assertThat(a.effectiveGroupSize()).isEqualByComparingTo("3");
    InterventionProfile p = l.toProfile(Statistic.MEAN);
    assertThat(p.activities().get(0).groupSize()).hasValue(3);
    assertThat(p.hoursPerEpisode().toMinutes())
        .isCloseTo(new BigDecimal("40"), within(new BigDecimal("1e-30")));
  }

  @Test
  void estimatesGiveOneProfilePerLevel() {
    Estimates e = new EpisodeAccumulator().acceptAll(EpisodeAccumulatorTest.worked()).estimates();
    assertThat(e.toProfiles(Statistic.MEDIAN))
        .extracting(InterventionProfile::level)
        .containsExactly(EpisodeAccumulatorTest.MODERATE, EpisodeAccumulatorTest.HIGH);
  }

  @Test
  void recordsGeneratedFromAProfileGiveTheSameProfileUnderAnyStatistic() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 100))
        .checkAssert(
            (seed, p) -> {
              Random rnd = new Random(seed);
              List<RecordGen.Profile> profiles = RecordGen.profiles(rnd, true);
              Estimates e =
                  new EpisodeAccumulator(RecordGen.RULES)
                      .acceptAll(RecordGen.records(rnd, profiles))
                      .estimates();
              for (Statistic statistic :
                  List.of(Statistic.MEAN, Statistic.MEDIAN, Statistic.ofPercentile(80),
                      Statistic.ofPercentile(p))) {
                List<InterventionProfile> got = e.toProfiles(statistic);
                assertThat(got).hasSize(profiles.size());
                for (int i = 0; i < profiles.size(); i++) {
                  InterventionProfile expected = expected(profiles.get(i), statistic.toString());
                  assertThat(got.get(i)).isEqualTo(expected);
                }
              }
            });
  }

  /** The profile the generator used, as a model profile with record provenance. */
  private static InterventionProfile expected(RecordGen.Profile p, String statistic) {
    List<RecordGen.Activity> activities = new ArrayList<>(p.activities);
    List<ActivityKind> kinds = RecordGen.RULES.kinds();
    List<Role> roles = RecordGen.RULES.roles();
    activities.sort(
        Comparator.<RecordGen.Activity>comparingInt(a -> kinds.indexOf(a.kind))
            .thenComparingInt(a -> roles.indexOf(a.role)));
    InterventionProfile.Builder b = InterventionProfile.builder();
    b.level(p.level)
        .episodeWeeks(Figure.ofRecords(BigDecimal.valueOf(p.weeks), p.episodes, statistic));
    for (RecordGen.Activity a : activities) {
      InterventionActivity.Builder ab = InterventionActivity.builder();
      ab.kind(a.kind)
          .role(a.role)
          .minutes(Figure.ofRecords(BigDecimal.valueOf(a.minutes), p.episodes, statistic))
          .frequency(Frequency.ofPerEpisode(a.times))
          .frequencyProvenance(Provenance.ofRecords(p.episodes, statistic));
      if (a.groupSize > 1) {
        ab.groupSize(a.groupSize);
      }
      b.addActivity(ab.build());
    }
    return b.build();
  }
}

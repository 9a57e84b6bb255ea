package io.github.cmpt.demand;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import static io.github.cmpt.demand.Examples.HIGH;
import static io.github.cmpt.demand.Examples.LOW;
import static io.github.cmpt.demand.Examples.MODERATE;
import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ServiceDemandTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Test
  void workedExamplePerLevel() {
    // Low: 104 episodes/year given; 104 x 6 / 52 = 12 concurrent; 104 x 5h = 520h
    // Moderate: 10 concurrent given; 10 x 52 / 8 = 65 episodes/year; 65 x 13h = 845h
    // High: 6 concurrent given; 6 x 52 / 12 = 26 episodes/year; 26 x 36h = 936h
    ServiceDemand d = Examples.demand();
    assertThat(InterventionTime.of(d).episodesPerYearByLevel())
        .containsExactly(
            Map.entry(LOW, Fraction.of(104)),
            Map.entry(MODERATE, Fraction.of(65)),
            Map.entry(HIGH, Fraction.of(26)));
    assertThat(InterventionTime.of(d).concurrentCaseloadByLevel().values())
        .containsExactly(Fraction.of(12), Fraction.of(10), Fraction.of(6));
    assertThat(InterventionTime.of(d).demandHoursByLevel())
        .containsExactly(
            Map.entry(LOW, Hours.of(520)),
            Map.entry(MODERATE, Hours.of(845)),
            Map.entry(HIGH, Hours.of(936)));
  }

  @Test
  void workedExampleTotals() {
    ServiceDemand d = Examples.demand();
    assertThat(InterventionTime.of(d).episodesPerYear()).isEqualByComparingTo(Fraction.parse("195"));
    assertThat(InterventionTime.of(d).concurrentCaseload()).isEqualByComparingTo(Fraction.parse("28"));
    assertThat(InterventionTime.of(d).demandHours()).isEqualTo(Hours.of(2301));
  }

  @Test
  void workedExampleByRoleAndKind() {
    ServiceDemand d = Examples.demand();
    // OT: 104 x 5 + 65 x 11.5 + 26 x 36 = 520 + 747.5 + 936; OTA: 65 x 1.5 (the group)
    assertThat(InterventionTime.of(d).demandHoursByRole())
        .containsExactly(
            Map.entry(Role.OCCUPATIONAL_THERAPIST, Hours.of("2203.5")),
            Map.entry(Role.OT_ASSISTANT, Hours.of("97.5")));
    // assessment 104 x 1 + 65 x 1.5 + 26 x 2; individual 104 x 3 + 65 x 9 + 26 x 20; ...
    assertThat(InterventionTime.of(d).demandHoursByKind())
        .containsExactly(
            Map.entry(ActivityKind.ASSESSMENT, Hours.of("253.5")),
            Map.entry(ActivityKind.INDIVIDUAL_INTERVENTION, Hours.of(1417)),
            Map.entry(ActivityKind.GROUP_INTERVENTION, Hours.of("97.5")),
            Map.entry(ActivityKind.INDIRECT, Hours.of(104)),
            Map.entry(ActivityKind.CONSULTATION, Hours.of(169)),
            Map.entry(ActivityKind.CLIENT_TRAVEL, Hours.of(260)));
  }

  @Test
  void workedExampleCaseMix() {
    ServiceDemand d = Examples.demand();
    // clients: 104, 65 and 26 of 195 episodes: exactly 8/15, 1/3 and 2/15, which sum to 100%
    Map<ComplexityLevel, Percentage> clients = InterventionTime.of(d).caseMixByClients();
    assertThat(clients.get(MODERATE))
        .isEqualTo(Percentage.ofFraction(Fraction.of(1, 3)));
    assertThat(clients.get(HIGH))
        .isEqualTo(Percentage.ofFraction(Fraction.of(2, 15)));
    assertThat(clients.get(LOW))
        .isEqualTo(Percentage.ofFraction(Fraction.of(8, 15)));
    // time: 520, 845 and 936 of 2301 hours
    Map<ComplexityLevel, Percentage> time = InterventionTime.of(d).caseMixByTime();
    assertThat(time.keySet()).containsExactly(LOW, MODERATE, HIGH);
    assertThat(time.get(LOW).toPercent())
        .isEqualTo(dec("52000").divide(dec("2301"), Hours.MATH_CONTEXT));
    assertThat(time.get(MODERATE).toPercent())
        .isEqualTo(dec("84500").divide(dec("2301"), Hours.MATH_CONTEXT));
    assertThat(sum(time)).isEqualByComparingTo("100");
  }

  @Test
  void caseMixIsExactWhenTheDivisionsAre() {
    ServiceDemand d =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .addLevel(Examples.low(), Volume.ofEpisodesPerYear(30))
            .addLevel(Examples.moderate(), Volume.ofEpisodesPerYear(10))
            .build();
    // clients: 30 and 10 of 40 = 75% and 25%; time: 150h and 130h of 280h = 53.57...%, 46.42...%
    assertThat(InterventionTime.of(d).caseMixByClients())
        .containsExactly(
            Map.entry(LOW, Percentage.ofPercent(75)), Map.entry(MODERATE, Percentage.ofPercent(25)));
  }

  /** Any demand of one to four levels, each with a random profile and volume. */
  private static Gen<ServiceDemand> demands() {
    Gen<LevelDemand> level =
        lists()
            .of(InterventionProfileTest.activities())
            .ofSizeBetween(1, 3)
            .zip(
                integers().between(1, 520),
                integers().between(0, 100_000),
                booleans().all(),
                (activities, weeks, count, concurrent) ->
                    LevelDemand.of(
                        InterventionProfileTest.profile(activities)
                            .withEpisodeWeeks(Figure.ofJudgment(BigDecimal.valueOf(weeks, 1), "")),
                        concurrent
                            ? Volume.ofConcurrent(BigDecimal.valueOf(count, 1))
                            : Volume.ofEpisodesPerYear(BigDecimal.valueOf(count, 1))));
    return lists()
        .of(level)
        .ofSizeBetween(1, 4)
        .zip(
            integers().between(1, 53),
            (levels, weeksPerYear) -> {
              ServiceDemand.Builder b = ServiceDemand.builder().weeksPerYear(weeksPerYear);
              int rank = 1;
              for (LevelDemand l : levels) {
                ComplexityLevel cl = ComplexityLevel.of("L" + rank, "Level " + rank, rank);
                b.addLevel(
                    LevelDemand.of(
                        InterventionProfile.builder()
                            .level(cl)
                            .episodeWeeks(l.profile().episodeWeeks())
                            .addAllActivities(l.profile().activities())
                            .build(),
                        l.volume()));
                rank++;
              }
              return b;
            })
        .assuming(ServiceDemandTest::hasClients)
        .map(ServiceDemand.Builder::build);
  }

  private static boolean hasClients(ServiceDemand.Builder b) {
    try {
      b.build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void caseMixSumsToExactlyOneHundredPercent() {
    qt().withExamples(300)
        .forAll(demands())
        .checkAssert(
            d -> {
              assertThat(sum(InterventionTime.of(d).caseMixByClients())).isEqualByComparingTo(HUNDRED);
              assertThat(sum(InterventionTime.of(d).caseMixByTime())).isEqualByComparingTo(HUNDRED);
              assertThat(InterventionTime.of(d).caseMixByClients().values()).noneMatch(Percentage::isNegative);
              assertThat(InterventionTime.of(d).caseMixByTime().values()).noneMatch(Percentage::isNegative);
            });
  }

  @Test
  void partsAddUpToTheTotals() {
    qt().withExamples(200)
        .forAll(demands())
        .checkAssert(
            d -> {
              assertThat(Hours.sum(InterventionTime.of(d).demandHoursByRole().values())).isEqualTo(InterventionTime.of(d).demandHours());
              assertThat(Hours.sum(InterventionTime.of(d).demandHoursByKind().values())).isEqualTo(InterventionTime.of(d).demandHours());
              assertThat(Hours.sum(InterventionTime.of(d).demandHoursByLevel().values())).isEqualTo(InterventionTime.of(d).demandHours());
            });
  }

  @Test
  void littlesLawRoundTripsThroughTheDemand() {
    // given as concurrent, converted to episodes/year, given again as episodes/year: the
    // concurrent caseload comes back to a relative 10^-32
    qt().withExamples(200)
        .forAll(demands())
        .checkAssert(
            d -> {
              ServiceDemand.Builder b = ServiceDemand.builder().weeksPerYear(d.weeksPerYear());
              Map<ComplexityLevel, Fraction> episodes =
                  InterventionTime.of(d).episodesPerYearByLevel();
              // episodes per year that terminate as decimals round-trip exactly
              boolean exact = episodes.values().stream().allMatch(Fraction::isTerminating);
              for (LevelDemand l : d.levels()) {
                b.addLevel(
                    l.profile(),
                    Volume.ofEpisodesPerYear(episodes.get(l.level()).toBigDecimal()));
              }
              Map<ComplexityLevel, Fraction> back =
                  InterventionTime.of(b.build()).concurrentCaseloadByLevel();
              InterventionTime.of(d)
                  .concurrentCaseloadByLevel()
                  .forEach(
                      (level, c) -> {
                        if (exact) {
                          assertThat(back.get(level)).isEqualTo(c);
                        } else {
                          assertThat(back.get(level).minus(c).toBigDecimal().abs())
                              .isLessThanOrEqualTo(c.toBigDecimal().movePointLeft(32));
                        }
                      });
            });
  }

  @Test
  void weeksPerYearIsAParameterOfTheDemand() {
    // the same 10 concurrent moderate clients in a 40-week school year: 10 x 40 / 8 = 50 episodes
    ServiceDemand school =
        ServiceDemand.builder()
            .weeksPerYear(40)
            .addLevel(Examples.moderate(), Volume.ofConcurrent(10))
            .build();
    assertThat(InterventionTime.of(school).episodesPerYear()).isEqualByComparingTo(Fraction.parse("50"));
    assertThat(InterventionTime.of(school).demandHours()).isEqualTo(Hours.of(650));
  }

  @Test
  void levelsAreKeptInRankOrder() {
    ServiceDemand shuffled =
        ServiceDemand.builder()
            .weeksPerYear(dec("52.0"))
            .scale(Examples.SCALE)
            .addLevel(Examples.high(), Volume.ofConcurrent(6))
            .addLevel(Examples.low(), Volume.ofEpisodesPerYear(104))
            .addLevel(Examples.moderate(), Volume.ofConcurrent(10))
            .build();
    assertThat(shuffled).isEqualTo(Examples.demand());
    assertThat(shuffled.levels()).extracting(LevelDemand::level).containsExactly(LOW, MODERATE, HIGH);
    assertThat(shuffled.weeksPerYear()).isEqualTo(dec("52"));
  }

  @Test
  void weeksPerYearRange() {
    assertThatThrownBy(() -> oneLevel().weeksPerYear(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weeksPerYear (valid values 0 < x <= 53): 0");
    assertThatThrownBy(() -> oneLevel().weeksPerYear(dec("53.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weeksPerYear (valid values 0 < x <= 53): 53.5");
  }

  private static ServiceDemand.Builder oneLevel() {
    return ServiceDemand.builder().addLevel(Examples.low(), Volume.ofConcurrent(3));
  }

  @Test
  void needsALevel() {
    assertThatThrownBy(() -> ServiceDemand.builder().weeksPerYear(52).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for levels (valid values at least one level): none");
  }

  @Test
  void oneEntryForEachLevel() {
    assertThatThrownBy(
            () ->
                oneLevel()
                    .weeksPerYear(52)
                    .addLevel(Examples.low(), Volume.ofConcurrent(2))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for levels (valid values one entry for each level): \"1\" twice");
  }

  @Test
  void ranksAreUnique() {
    InterventionProfile sameRank =
        InterventionProfile.builder()
            .level(ComplexityLevel.of("X", "Other", 1))
            .episodeWeeks(Figure.ofJudgment(8, ""))
            .addAllActivities(Examples.moderate().activities())
            .build();
    assertThatThrownBy(
            () -> oneLevel().weeksPerYear(52).addLevel(sameRank, Volume.ofConcurrent(2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for rank (valid values unique across levels): 1");
  }

  @Test
  void levelsBelongToTheScale() {
    ComplexityScale other = ComplexityScale.ofFourLevels();
    assertThatThrownBy(() -> oneLevel().weeksPerYear(52).scale(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for level (valid values a level of ComplexityScale[1 Low, 2 Moderate,"
                + " 3 High, 4 Very high]): ComplexityLevel[1 Low]");
  }

  @Test
  void needsClients() {
    assertThatThrownBy(
            () ->
                ServiceDemand.builder()
                    .weeksPerYear(52)
                    .addLevel(Examples.low(), Volume.ofConcurrent(0))
                    .addLevel(Examples.moderate(), Volume.ofEpisodesPerYear(0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for volume (valid values at least one client in total): 0");
  }

  @Test
  void aLevelWithoutClientsHasAZeroShare() {
    ServiceDemand d =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .addLevel(Examples.low(), Volume.ofConcurrent(0))
            .addLevel(Examples.moderate(), Volume.ofConcurrent(3))
            .build();
    assertThat(InterventionTime.of(d).caseMixByClients())
        .containsExactly(
            Map.entry(LOW, Percentage.ZERO), Map.entry(MODERATE, Percentage.ONE_HUNDRED));
    assertThat(InterventionTime.of(d).caseMixByTime().get(LOW)).isEqualTo(Percentage.ZERO);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Examples.demand(), Examples.demand())
        .addEqualityGroup(oneLevel().weeksPerYear(52).build())
        .addEqualityGroup(oneLevel().weeksPerYear(40).build())
        .addEqualityGroup(oneLevel().weeksPerYear(52).scale(Examples.SCALE).build())
        .testEquals();
  }

  @Test
  void toStringIsShort() {
    assertThat(Examples.demand()).hasToString("ServiceDemand[3 levels, 52 weeks/year]");
    assertThat(oneLevel().weeksPerYear(52).build())
        .hasToString("ServiceDemand[1 level, 52 weeks/year]");
    assertThat(InterventionTime.of(oneLevel().weeksPerYear(52).build()).toString())
        .endsWith(" episodes/year, 130h/year]");
    assertThat(LevelDemand.of(Examples.low(), Volume.ofConcurrent(12)))
        .hasToString("LevelDemand[1 Low, 12 concurrent]");
  }

  /** The exact sum of the shares, in percent. */
  private static BigDecimal sum(Map<ComplexityLevel, Percentage> shares) {
    Fraction total = Fraction.ZERO;
    for (Percentage p : shares.values()) {
      total = total.plus(p.toFraction());
    }
    return total.multipliedBy(100).toBigDecimal();
  }

  @Test
  void levelDemandEquality() {
    new EqualsTester()
        .addEqualityGroup(
            LevelDemand.of(Examples.low(), Volume.ofConcurrent(12)),
            LevelDemand.of(Examples.low(), Volume.ofConcurrent(dec("12.0"))))
        .addEqualityGroup(LevelDemand.of(Examples.low(), Volume.ofEpisodesPerYear(12)))
        .addEqualityGroup(LevelDemand.of(Examples.moderate(), Volume.ofConcurrent(12)))
        .testEquals();
    assertThat(List.of(LevelDemand.of(Examples.low(), Volume.ofConcurrent(1))))
        .extracting(LevelDemand::level)
        .containsExactly(LOW);
  }
}

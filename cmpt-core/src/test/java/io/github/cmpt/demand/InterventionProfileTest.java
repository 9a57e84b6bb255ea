package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ActivityKind;
import static io.github.cmpt.demand.Examples.MODERATE;
import static io.github.cmpt.demand.Examples.PLAN;
import static io.github.cmpt.demand.Examples.activity;
import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class InterventionProfileTest {

  private static final Role OT = Role.OCCUPATIONAL_THERAPIST;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** An activity of any kind: minutes to a tenth, per episode or weekly, individual or group. */
  static Gen<InterventionActivity> activities() {
    return integers()
        .between(1, 6_000)
        .zip(
            integers().between(1, 40),
            integers().between(0, 20),
            integers().between(0, 9),
            (minutes, times, weeks, size) -> {
              InterventionActivity.Builder b =
                  InterventionActivity.builder()
                      .role(size % 2 == 0 ? OT : Role.OT_ASSISTANT)
                      .minutes(Figure.ofJudgment(BigDecimal.valueOf(minutes, 1), ""))
                      .frequency(
                          weeks == 0
                              ? Frequency.ofPerEpisode(BigDecimal.valueOf(times, 1))
                              : Frequency.ofPerWeek(BigDecimal.valueOf(times, 1), BigDecimal.valueOf(weeks)))
                      .frequencyProvenance(PLAN);
              if (size >= 2) {
                b.kind(ActivityKind.GROUP_INTERVENTION).groupSize(size);
              } else {
                b.kind(size == 0 ? ActivityKind.INDIVIDUAL_INTERVENTION : ActivityKind.INDIRECT);
              }
              return b.build();
            });
  }

  static InterventionProfile profile(List<InterventionActivity> activities) {
    return InterventionProfile.builder()
        .level(MODERATE)
        .episodeWeeks(Figure.ofJudgment(8, ""))
        .addAllActivities(activities)
        .build();
  }

  @Test
  void workedExample() {
    // Examples.moderate(): 1.5h + 9h + 1.5h (group of 4, OTA) + 1h = 13h over 8 weeks
    InterventionProfile p = Examples.moderate();
    assertThat(p.hoursPerEpisode()).isEqualTo(Hours.of(13));
    assertThat(p.hoursPerWeek()).isEqualTo(Hours.of("1.625"));
    assertThat(p.hoursPerEpisodeByRole())
        .containsExactly(
            Map.entry(OT, Hours.of("11.5")), Map.entry(Role.OT_ASSISTANT, Hours.of("1.5")));
    assertThat(p.hoursPerEpisodeByKind())
        .containsExactly(
            Map.entry(ActivityKind.ASSESSMENT, Hours.of("1.5")),
            Map.entry(ActivityKind.INDIVIDUAL_INTERVENTION, Hours.of(9)),
            Map.entry(ActivityKind.GROUP_INTERVENTION, Hours.of("1.5")),
            Map.entry(ActivityKind.CONSULTATION, Hours.of(1)));
  }

  @Test
  void mapsAreInStandardOrderThenInOrderOfAppearance() {
    ActivityKind fitting = ActivityKind.of("Equipment fitting");
    Role kin = Role.ofClinician("KIN", "Kinesiologist");
    InterventionProfile p =
        profile(
            List.of(
                activity(fitting, kin, 60, Frequency.ONCE),
                activity(ActivityKind.INDIRECT, Role.OT_ASSISTANT, 30, Frequency.ONCE),
                activity(ActivityKind.ASSESSMENT, Role.PHYSIOTHERAPIST, 60, Frequency.ONCE),
                activity(ActivityKind.INDIRECT, OT, 30, Frequency.ONCE)));
    assertThat(p.hoursPerEpisodeByKind().keySet())
        .containsExactly(ActivityKind.ASSESSMENT, ActivityKind.INDIRECT, fitting);
    assertThat(p.hoursPerEpisodeByKind().get(ActivityKind.INDIRECT)).isEqualTo(Hours.of(1));
    assertThat(p.hoursPerEpisodeByRole().keySet())
        .containsExactly(OT, Role.PHYSIOTHERAPIST, Role.OT_ASSISTANT, kin);
  }

  @Test
  void partsAddUpToTheHoursPerEpisode() {
    qt().withExamples(300)
        .forAll(lists().of(activities()).ofSizeBetween(1, 6))
        .checkAssert(
            list -> {
              InterventionProfile p = profile(list);
              assertThat(Hours.sum(p.hoursPerEpisodeByKind().values()))
                  .isEqualTo(p.hoursPerEpisode());
              assertThat(Hours.sum(p.hoursPerEpisodeByRole().values()))
                  .isEqualTo(p.hoursPerEpisode());
            });
  }

  @Test
  void doublingEveryFrequencyDoublesTheHoursPerEpisode() {
    // Exact when the divisions by 60 x group size are exact; otherwise each division rounds to 34
    // significant digits, so the two agree to a relative 10^-32.
    qt().withExamples(300)
        .forAll(lists().of(activities()).ofSizeBetween(1, 6))
        .checkAssert(
            list -> {
              List<InterventionActivity> doubled = new ArrayList<>();
              for (InterventionActivity a : list) {
                doubled.add(
                    a.withFrequency(a.frequency().multipliedBy(TWO), a.frequencyProvenance()));
              }
              BigDecimal once = profile(list).hoursPerEpisode().toBigDecimal();
              BigDecimal twice = profile(doubled).hoursPerEpisode().toBigDecimal();
              BigDecimal tolerance = once.movePointLeft(32);
              assertThat(twice.subtract(once.multiply(TWO)).abs()).isLessThanOrEqualTo(tolerance);
            });
  }

  @Test
  void doublingIsExactWhenTheDivisionsAre() {
    // whole hours per occurrence: every division by 60 is exact
    qt().forAll(integers().between(1, 20), integers().between(1, 20), integers().between(1, 10))
        .checkAssert(
            (hours, times, weeks) -> {
              InterventionActivity a =
                  activity(
                      ActivityKind.INDIVIDUAL_INTERVENTION,
                      OT,
                      60L * hours,
                      Frequency.ofPerWeek(times, weeks));
              InterventionProfile p = profile(List.of(a));
              InterventionProfile p2 =
                  p.withActivities(
                      List.of(a.withFrequency(a.frequency().multipliedBy(TWO), PLAN)));
              assertThat(p2.hoursPerEpisode()).isEqualTo(p.hoursPerEpisode().multipliedBy(2));
            });
  }

  @Test
  void needsAnActivity() {
    assertThatThrownBy(
            () ->
                InterventionProfile.builder()
                    .level(MODERATE)
                    .episodeWeeks(Figure.ofJudgment(8, ""))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for activities (valid values at least one activity): none");
  }

  @Test
  void episodeWeeksArePositive() {
    assertThatThrownBy(() -> Examples.moderate().withEpisodeWeeks(Figure.ofJudgment(0, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for episodeWeeks (valid values x > 0): 0");
  }

  @Test
  void withEpisodeWeeksChangesTheHoursPerWeek() {
    InterventionProfile p = Examples.moderate().withEpisodeWeeks(Figure.ofJudgment(13, ""));
    assertThat(p.hoursPerWeek()).isEqualTo(Hours.of(1));
    assertThat(p.hoursPerEpisode()).isEqualTo(Hours.of(13));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Examples.moderate(), Examples.moderate())
        .addEqualityGroup(Examples.moderate().withEpisodeWeeks(Figure.ofJudgment(9, "")))
        .addEqualityGroup(Examples.low())
        .addEqualityGroup(
            Examples.moderate().withActivities(Examples.moderate().activities().subList(0, 2)))
        .testEquals();
  }

  @Test
  void toStringIsShort() {
    assertThat(Examples.moderate())
        .hasToString("InterventionProfile[2 Moderate, 4 activities, 8 weeks, 13h/episode]");
    assertThat(profile(List.of(activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE))))
        .hasToString("InterventionProfile[2 Moderate, 1 activity, 8 weeks, 1.5h/episode]");
  }

  @Test
  void episodeWeeksKeepTheirProvenance() {
    assertThat(Examples.low().episodeWeeks())
        .isEqualTo(Figure.ofRecords(dec("6"), 30, "median"));
  }
}

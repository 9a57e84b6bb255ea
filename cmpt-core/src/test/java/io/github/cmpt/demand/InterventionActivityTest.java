package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ActivityKind;
import static io.github.cmpt.demand.Examples.PLAN;
import static io.github.cmpt.demand.Examples.activity;
import static io.github.cmpt.demand.Examples.dec;
import static io.github.cmpt.demand.Examples.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionActivityTest {

  private static final Role OT = Role.OCCUPATIONAL_THERAPIST;

  @Test
  void hoursPerEpisodeOfAnIndividualActivity() {
    // 45 min x (2/week x 6 weeks) / 60 = 9h
    InterventionActivity a =
        activity(ActivityKind.INDIVIDUAL_INTERVENTION, OT, 45, Frequency.ofPerWeek(2, 6));
    assertThat(a.hoursPerEpisode()).isEqualTo(Hours.of(9));
    // 90 min once = 1.5h
    assertThat(activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE).hoursPerEpisode())
        .isEqualTo(Hours.of("1.5"));
  }

  @Test
  void frequencyAndItsProvenanceInOneCall() {
    InterventionActivity a =
        InterventionActivity.builder()
            .kind(ActivityKind.ASSESSMENT)
            .role(OT)
            .minutes(Figure.ofJudgment(60, "team consensus"))
            .frequency(Frequency.ONCE, Provenance.ofJudgment("program design"))
            .build();
    assertThat(a.frequency()).isEqualTo(Frequency.ONCE);
    assertThat(a.frequencyProvenance()).isEqualTo(Provenance.ofJudgment("program design"));
    assertThatThrownBy(
            () ->
                InterventionActivity.builder()
                    .frequencyProvenance(Provenance.ofJudgment("x"))
                    .frequency(Frequency.ONCE, Provenance.ofJudgment("y")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frequencyProvenance");
  }

  @Test
  void hoursPerEpisodeOfAGroupActivityIsAMembersShare() {
    // 60 min x (1/week x 6 weeks) / 60 / 4 members = 1.5h per client
    InterventionActivity g = group(Role.OT_ASSISTANT, 60, Frequency.ofPerWeek(1, 6), 4);
    assertThat(g.hoursPerEpisode()).isEqualTo(Hours.of("1.5"));
    // 60 min once among 7: 1/7 h, rounded once to 34 significant digits
    InterventionActivity seven = group(OT, 60, Frequency.ONCE, 7);
    assertThat(seven.hoursPerEpisode().toBigDecimal())
        .isEqualTo(BigDecimal.ONE.divide(BigDecimal.valueOf(7), Hours.MATH_CONTEXT));
  }

  @Test
  void splitsASessionAmongItsMembers() {
    assertThat(InterventionActivity.splitMinutes(dec("60"), 7))
        .containsExactly(
            dec("9"), dec("9"), dec("9"), dec("9"), dec("8"), dec("8"), dec("8"));
    assertThat(InterventionActivity.splitMinutes(dec("60.00"), 7))
        .isEqualTo(InterventionActivity.splitMinutes(dec("60"), 7));
    assertThat(InterventionActivity.splitMinutes(dec("52.5"), 4))
        .containsExactly(dec("13.2"), dec("13.1"), dec("13.1"), dec("13.1"));
    assertThat(InterventionActivity.splitMinutes(dec("60"), 4))
        .containsExactly(dec("15"), dec("15"), dec("15"), dec("15"));
    assertThat(InterventionActivity.splitMinutes(dec("1"), 3))
        .containsExactly(dec("1"), dec("0"), dec("0"));
    assertThat(InterventionActivity.splitMinutes(dec("45"), 1)).containsExactly(dec("45"));
  }

  @Test
  void groupTimeIsConserved() {
    // any session minutes (up to three decimals) and group size: the parts add up exactly to the
    // session, differ by at most one unit, and their mean is the share hoursPerEpisode uses
    qt().forAll(
            integers().between(0, 10_000_000),
            integers().between(0, 3),
            integers().between(1, 60))
        .checkAssert(
            (unscaled, scale, members) -> {
              BigDecimal minutes = BigDecimal.valueOf(unscaled, scale);
              List<BigDecimal> parts = InterventionActivity.splitMinutes(minutes, members);
              assertThat(parts).hasSize(members);
              BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              assertThat(sum).isEqualByComparingTo(minutes);
              // the unit is that of the minutes without trailing zeros: 1.0 splits in whole minutes
              BigDecimal unit =
                  BigDecimal.ONE.movePointLeft(Math.max(0, minutes.stripTrailingZeros().scale()));
              assertThat(parts)
                  .allSatisfy(p -> assertThat(p.remainder(unit)).isEqualByComparingTo("0"));
              BigDecimal max = parts.stream().max(BigDecimal::compareTo).orElseThrow();
              BigDecimal min = parts.stream().min(BigDecimal::compareTo).orElseThrow();
              assertThat(max.subtract(min)).isLessThanOrEqualTo(unit);
              assertThat(parts).isSortedAccordingTo((a, b) -> b.compareTo(a));
            });
  }

  @Test
  void groupHoursAreTheMeanOfTheSplit() {
    qt().withExamples(300)
        .forAll(integers().between(1, 100_000), integers().between(2, 40), integers().between(1, 30))
        .checkAssert(
            (unscaled, members, times) -> {
              BigDecimal minutes = BigDecimal.valueOf(unscaled, 1);
              InterventionActivity g =
                  InterventionActivity.builder()
                      .kind(ActivityKind.GROUP_INTERVENTION)
                      .role(OT)
                      .minutes(Figure.ofJudgment(minutes, ""))
                      .frequency(Frequency.ofPerEpisode(times))
                      .frequencyProvenance(PLAN)
                      .groupSize(members)
                      .build();
              BigDecimal charged =
                  InterventionActivity.splitMinutes(minutes, members).stream()
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              // exactly the mean of the split: charged x times / (60 x members)
              assertThat(g.hoursPerEpisode().multipliedBy(60L * members))
                  .isEqualTo(Hours.of(charged.multiply(BigDecimal.valueOf(times))));
            });
  }

  @Test
  void minutesArePositive() {
    assertThatThrownBy(
            () ->
                InterventionActivity.builder()
                    .kind(ActivityKind.ASSESSMENT)
                    .role(OT)
                    .minutes(Figure.ofJudgment(0, ""))
                    .frequency(Frequency.ONCE)
                    .frequencyProvenance(PLAN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for minutes (valid values x > 0): 0");
  }

  @Test
  void aGroupNeedsAGroupSize() {
    assertThatThrownBy(
            () ->
                InterventionActivity.builder()
                    .kind(ActivityKind.GROUP_INTERVENTION)
                    .role(OT)
                    .minutes(Figure.ofJudgment(60, ""))
                    .frequency(Frequency.ONCE)
                    .frequencyProvenance(PLAN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for groupSize (valid values x >= 2, required for group-intervention):"
                + " none");
  }

  @Test
  void aGroupHasAtLeastTwoMembers() {
    assertThatThrownBy(() -> group(OT, 60, Frequency.ONCE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for groupSize (valid values 2 <= x <= 1000): 1");
  }

  @Test
  void onlyAGroupHasAGroupSize() {
    assertThatThrownBy(
            () ->
                InterventionActivity.builder()
                    .kind(ActivityKind.ASSESSMENT)
                    .role(OT)
                    .minutes(Figure.ofJudgment(60, ""))
                    .frequency(Frequency.ONCE)
                    .frequencyProvenance(PLAN)
                    .groupSize(4)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for groupSize (valid values none for assessment, only for"
                + " group-intervention): 4");
  }

  @Test
  void missingAttributesAreNamed() {
    assertThatThrownBy(() -> InterventionActivity.builder().kind(ActivityKind.ASSESSMENT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role")
        .hasMessageContaining("minutes");
  }

  @Test
  void splitChecksItsArguments() {
    assertThatThrownBy(() -> InterventionActivity.splitMinutes(dec("60"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for members (valid values 1 <= x <= 1000): 0");
    assertThatThrownBy(() -> InterventionActivity.splitMinutes(dec("-1.5"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for sessionMinutes (valid values x >= 0): -1.5");
  }

  @Test
  void withMinutesAndWithFrequency() {
    InterventionActivity a = activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE);
    InterventionActivity judged = a.withMinutes(a.minutes().replacedBy(dec("120"), "new tool"));
    assertThat(judged.minutes()).isEqualTo(Figure.ofJudgment(120, "new tool"));
    assertThat(judged.hoursPerEpisode()).isEqualTo(Hours.of(2));
    InterventionActivity twice = a.withFrequency(Frequency.ofPerEpisode(2), Examples.PLAN);
    assertThat(twice.hoursPerEpisode()).isEqualTo(Hours.of(3));
    assertThat(a.hoursPerEpisode()).isEqualTo(Hours.of("1.5"));
    assertThatThrownBy(() -> a.withMinutes(Figure.ofJudgment(-5, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for minutes (valid values x > 0): -5");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE),
            activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ofPerEpisode(dec("1.0"))))
        .addEqualityGroup(activity(ActivityKind.ASSESSMENT, OT, 60, Frequency.ONCE))
        .addEqualityGroup(activity(ActivityKind.INDIRECT, OT, 90, Frequency.ONCE))
        .addEqualityGroup(
            activity(ActivityKind.ASSESSMENT, Role.PHYSIOTHERAPIST, 90, Frequency.ONCE))
        .addEqualityGroup(activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ofPerEpisode(2)))
        .addEqualityGroup(group(OT, 90, Frequency.ONCE, 4))
        .addEqualityGroup(group(OT, 90, Frequency.ONCE, 5))
        .testEquals();
  }

  @Test
  void toStringIsShort() {
    assertThat(activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE))
        .hasToString("InterventionActivity[assessment, OT, 90 min, once]");
    assertThat(group(OT, 60, Frequency.ofPerWeek(2, 6), 4))
        .hasToString(
            "InterventionActivity[group-intervention, OT, 60 min, 2/week x 6 weeks, group of 4]");
  }
}

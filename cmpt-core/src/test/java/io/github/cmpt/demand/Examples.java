package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;

/**
 * A small occupational therapy service used by the tests, with figures that can be checked by hand.
 *
 * <pre>
 * Low (6 weeks):       assessment 60 min once = 1h; individual 45 min 1/week x 4 = 3h;
 *                      indirect 30 min 2/episode = 1h                         -> 5h/episode
 * Moderate (8 weeks):  assessment 90 min once = 1.5h; individual 45 min 2/week x 6 = 9h;
 *                      group (OTA) 60 min 1/week x 6, group of 4 = 1.5h;
 *                      consultation 30 min 2/episode = 1h                     -> 13h/episode
 * High (12 weeks):     assessment 120 min once = 2h; individual 60 min 2/week x 10 = 20h;
 *                      consultation 60 min 4/episode = 4h; travel 30 min 2/week x 10 = 10h
 *                                                                             -> 36h/episode
 * </pre>
 */
final class Examples {

  static final ComplexityScale SCALE =
      ComplexityScale.ofThreeLevels("One goal", "Two or more goals", "Complex needs");
  static final ComplexityLevel LOW = SCALE.level("1");
  static final ComplexityLevel MODERATE = SCALE.level("2");
  static final ComplexityLevel HIGH = SCALE.level("3");

  static final Provenance PLAN = Provenance.ofJudgment("program design");

  private Examples() {}

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static InterventionActivity activity(
      ActivityKind kind, Role role, long minutes, Frequency frequency) {
    return InterventionActivity.builder()
        .kind(kind)
        .role(role)
        .minutes(Figure.ofJudgment(minutes, "team consensus"))
        .frequency(frequency)
        .frequencyProvenance(PLAN)
        .build();
  }

  static InterventionActivity group(Role role, long minutes, Frequency frequency, int size) {
    return InterventionActivity.builder()
        .kind(ActivityKind.GROUP_INTERVENTION)
        .role(role)
        .minutes(Figure.ofJudgment(minutes, "team consensus"))
        .frequency(frequency)
        .frequencyProvenance(PLAN)
        .groupSize(size)
        .build();
  }

  static InterventionProfile low() {
    return InterventionProfile.builder()
        .level(LOW)
        .episodeWeeks(Figure.ofRecords(dec("6"), 30, "median"))
        .addActivity(activity(ActivityKind.ASSESSMENT, Role.OCCUPATIONAL_THERAPIST, 60, Frequency.ONCE))
        .addActivity(
            activity(
                ActivityKind.INDIVIDUAL_INTERVENTION,
                Role.OCCUPATIONAL_THERAPIST,
                45,
                Frequency.ofPerWeek(1, 4)))
        .addActivity(
            activity(
                ActivityKind.INDIRECT, Role.OCCUPATIONAL_THERAPIST, 30, Frequency.ofPerEpisode(2)))
        .build();
  }

  static InterventionProfile moderate() {
    return InterventionProfile.builder()
        .level(MODERATE)
        .episodeWeeks(Figure.ofJudgment(8, "team consensus"))
        .addActivity(activity(ActivityKind.ASSESSMENT, Role.OCCUPATIONAL_THERAPIST, 90, Frequency.ONCE))
        .addActivity(
            activity(
                ActivityKind.INDIVIDUAL_INTERVENTION,
                Role.OCCUPATIONAL_THERAPIST,
                45,
                Frequency.ofPerWeek(2, 6)))
        .addActivity(group(Role.OT_ASSISTANT, 60, Frequency.ofPerWeek(1, 6), 4))
        .addActivity(
            activity(
                ActivityKind.CONSULTATION,
                Role.OCCUPATIONAL_THERAPIST,
                30,
                Frequency.ofPerEpisode(2)))
        .build();
  }

  static InterventionProfile high() {
    return InterventionProfile.builder()
        .level(HIGH)
        .episodeWeeks(Figure.ofJudgment(12, "team consensus"))
        .addActivity(
            activity(ActivityKind.ASSESSMENT, Role.OCCUPATIONAL_THERAPIST, 120, Frequency.ONCE))
        .addActivity(
            activity(
                ActivityKind.INDIVIDUAL_INTERVENTION,
                Role.OCCUPATIONAL_THERAPIST,
                60,
                Frequency.ofPerWeek(2, 10)))
        .addActivity(
            activity(
                ActivityKind.CONSULTATION,
                Role.OCCUPATIONAL_THERAPIST,
                60,
                Frequency.ofPerEpisode(4)))
        .addActivity(
            activity(
                ActivityKind.CLIENT_TRAVEL,
                Role.OCCUPATIONAL_THERAPIST,
                30,
                Frequency.ofPerWeek(2, 10)))
        .build();
  }

  /**
   * The three levels over 52 weeks: Low 104 episodes/year (12 concurrent), Moderate 10 concurrent
   * (65 episodes/year), High 6 concurrent (26 episodes/year).
   */
  static ServiceDemand demand() {
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(SCALE)
        .addLevel(low(), Volume.ofEpisodesPerYear(104))
        .addLevel(moderate(), Volume.ofConcurrent(10))
        .addLevel(high(), Volume.ofConcurrent(6))
        .build();
  }
}

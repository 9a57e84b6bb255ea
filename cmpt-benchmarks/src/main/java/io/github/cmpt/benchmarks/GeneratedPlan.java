package io.github.cmpt.benchmarks;

import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes a reproducible community rehabilitation plan with any number of clinicians, for the
 * benchmark of how the cost of a plan grows with its team ({@link PlanScaling}), composed with the
 * library's public builders only.
 *
 * <p>The team: clinicians {@code c-0001}, {@code c-0002}, ... drawn at random as occupational
 * therapists (half), physiotherapists (three in ten) and OT assistants (one in five), on a 37.5-hour
 * week over 52 weeks, with an FTE from 0.5 to 1.0 in steps of 0.1 and 15 to 25 days of vacation;
 * every tenth has 80 hours a year of student supervision of their own, and every seventh an
 * absolute 15 hours of education leave. The team's lines, like the community OT flagship's: twelve
 * holiday dates of 2026 (Boxing Day falls on a Saturday and does not count), 10 days of sick leave,
 * administration 10% of worked time, meetings 1.5 h and non-client travel 1 h a week, professional
 * development 15 h a year.
 *
 * <p>The demand: four levels like the community OT flagship's (every visit with a 45-minute trip),
 * each needing time from the three roles, with new episodes per year in proportion to the team:
 * 40, 28, 11 and 4 for every clinician.
 *
 * <p>The same seed and size give an equal plan ({@link Random} is specified exactly).
 */
public final class GeneratedPlan {

  private static final Provenance STANDARD = Provenance.ofJudgment("benchmark");
  private static final WorkPattern WEEK = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));
  private static final List<LocalDate> HOLIDAYS =
      List.of(
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 2, 16),
          LocalDate.of(2026, 4, 3),
          LocalDate.of(2026, 5, 18),
          LocalDate.of(2026, 7, 1),
          LocalDate.of(2026, 8, 3),
          LocalDate.of(2026, 9, 7),
          LocalDate.of(2026, 9, 30),
          LocalDate.of(2026, 10, 12),
          LocalDate.of(2026, 11, 11),
          LocalDate.of(2026, 12, 25),
          LocalDate.of(2026, 12, 26));

  private GeneratedPlan() {}

  /**
   * Returns a plan of a team of a number of clinicians.
   *
   * @param clinicians the number of clinicians, {@code x >= 1}
   * @param seed the seed of the random choices
   * @return the plan
   * @throws IllegalArgumentException when {@code clinicians < 1}
   */
  public static CaseloadPlan of(int clinicians, long seed) {
    if (clinicians < 1) {
      throw new IllegalArgumentException(
          "Invalid value for clinicians (valid values x >= 1): " + clinicians);
    }
    return CaseloadPlan.builder()
        .name("Generated community rehabilitation, " + clinicians + " clinicians")
        .team(team(clinicians, new Random(seed)))
        .demand(demand(clinicians))
        .build();
  }

  private static Team team(int n, Random random) {
    Team.Builder team =
        Team.builder()
            .name("Generated team of " + n)
            .addLeave(Leave.ofHolidays(HOLIDAYS))
            .addLeave(Leave.ofDays(LeaveType.SICK, 10))
            .addActivity(
                NonClientActivity.ofShare(
                    NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
            .addActivity(
                NonClientActivity.of(
                    NonClientCategory.MEETINGS, PeriodicHours.ofWeekly(Hours.of("1.5"))))
            .addActivity(
                NonClientActivity.of(
                    NonClientCategory.NON_CLIENT_TRAVEL, PeriodicHours.ofWeekly(Hours.of(1))))
            .addActivity(
                NonClientActivity.of(
                    NonClientCategory.PROFESSIONAL_DEVELOPMENT,
                    PeriodicHours.ofYearly(Hours.of(15))));
    for (int i = 1; i <= n; i++) {
      String id = String.format(Locale.ROOT, "c-%04d", i);
      int draw = random.nextInt(10);
      Role role =
          draw < 5
              ? Role.OCCUPATIONAL_THERAPIST
              : draw < 8 ? Role.PHYSIOTHERAPIST : Role.OT_ASSISTANT;
      Clinician.Builder c =
          Clinician.builder()
              .id(id)
              .role(role)
              .workHours(WorkHours.of(WEEK, Fte.of(BigDecimal.valueOf(5 + random.nextInt(6), 1))))
              .addLeave(Leave.ofDays(LeaveType.VACATION, 15 + random.nextInt(11)));
      if (i % 7 == 0) {
        c.addLeave(Leave.ofHours(LeaveType.EDUCATION, Hours.of(15)).withProrated(false));
      }
      if (i % 10 == 0) {
        c.addActivity(
            NonClientActivity.of(
                    NonClientCategory.TEACHING_AND_SUPERVISION,
                    PeriodicHours.ofYearly(Hours.of(80)))
                .withClinicians(List.of(id)));
      }
      team.addClinicians(c.build());
    }
    return team.build();
  }

  private static ServiceDemand demand(int n) {
    ComplexityScale scale = ComplexityScale.ofFourLevels();
    Figure trip = Figure.ofRecords(new BigDecimal("45"), 1180, "median");
    Role ot = Role.OCCUPATIONAL_THERAPIST;
    Role pt = Role.PHYSIOTHERAPIST;
    Role ota = Role.OT_ASSISTANT;
    InterventionProfile low =
        InterventionProfile.builder()
            .level(scale.level("1"))
            .episodeWeeks(Figure.ofJudgment(4, "a month"))
            .addActivity(activity(ActivityKind.ASSESSMENT, ot, 90, Frequency.ONCE))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ot, trip, Frequency.ONCE))
            .addActivity(activity(ActivityKind.INDIRECT, ot, 45, Frequency.ONCE))
            .addActivity(activity(ActivityKind.INDIVIDUAL_INTERVENTION, ota, 60, Frequency.ONCE))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ota, trip, Frequency.ONCE))
            .addActivity(activity(ActivityKind.CONSULTATION, pt, 20, Frequency.ONCE))
            .build();
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofRecords(new BigDecimal("8"), 146, "median"))
            .addActivity(activity(ActivityKind.ASSESSMENT, ot, 120, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, ot, 60, Frequency.ofPerEpisode(2)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ot, trip, Frequency.ofPerEpisode(3)))
            .addActivity(activity(ActivityKind.INDIRECT, ot, 30, Frequency.ofPerEpisode(4)))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, pt, 45, Frequency.ofPerEpisode(2)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, pt, trip, Frequency.ofPerEpisode(2)))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, ota, 60, Frequency.ofPerEpisode(2)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ota, trip, Frequency.ofPerEpisode(2)))
            .build();
    InterventionProfile high =
        InterventionProfile.builder()
            .level(scale.level("3"))
            .episodeWeeks(Figure.ofJudgment(12, "team consensus"))
            .addActivity(activity(ActivityKind.ASSESSMENT, ot, 150, Frequency.ONCE))
            .addActivity(
                activity(
                    ActivityKind.INDIVIDUAL_INTERVENTION,
                    ot,
                    60,
                    Frequency.ofPerWeek(new BigDecimal("0.5"), new BigDecimal("12"))))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ot, trip, Frequency.ofPerEpisode(7)))
            .addActivity(activity(ActivityKind.INDIRECT, ot, 45, Frequency.ofPerEpisode(6)))
            .addActivity(activity(ActivityKind.ASSESSMENT, pt, 90, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, pt, 45, Frequency.ofPerWeek(1, 6)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, pt, trip, Frequency.ofPerEpisode(7)))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, ota, 60, Frequency.ofPerEpisode(4)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ota, trip, Frequency.ofPerEpisode(4)))
            .build();
    InterventionProfile veryHigh =
        InterventionProfile.builder()
            .level(scale.level("4"))
            .episodeWeeks(Figure.ofJudgment(16, "team consensus"))
            .addActivity(activity(ActivityKind.ASSESSMENT, ot, 180, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, ot, 60, Frequency.ofPerWeek(1, 16)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ot, trip, Frequency.ofPerEpisode(17)))
            .addActivity(activity(ActivityKind.CONSULTATION, ot, 60, Frequency.ofPerEpisode(6)))
            .addActivity(activity(ActivityKind.DISCHARGE_PLANNING, ot, 60, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, pt, 45, Frequency.ofPerWeek(1, 8)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, pt, trip, Frequency.ofPerEpisode(8)))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, ota, 60, Frequency.ofPerEpisode(4)))
            .addActivity(activity(ActivityKind.CLIENT_TRAVEL, ota, trip, Frequency.ofPerEpisode(4)))
            .build();
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(scale)
        .addLevel(low, Volume.ofEpisodesPerYear(40L * n))
        .addLevel(moderate, Volume.ofEpisodesPerYear(28L * n))
        .addLevel(high, Volume.ofEpisodesPerYear(11L * n))
        .addLevel(veryHigh, Volume.ofEpisodesPerYear(4L * n))
        .build();
  }

  private static InterventionActivity activity(
      ActivityKind kind, Role role, long minutes, Frequency frequency) {
    return activity(kind, role, Figure.ofJudgment(minutes, "benchmark"), frequency);
  }

  private static InterventionActivity activity(
      ActivityKind kind, Role role, Figure minutes, Frequency frequency) {
    return InterventionActivity.builder()
        .kind(kind)
        .role(role)
        .minutes(minutes)
        .frequency(frequency)
        .frequencyProvenance(STANDARD)
        .build();
  }
}

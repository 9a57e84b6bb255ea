package io.github.cmpt.plan;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.WorkPattern;
import java.math.BigDecimal;

/**
 * A one-OT plan whose figures are worked out by hand.
 *
 * <p>Step 1: 37.5 h x 52 = 1950 h paid; 20 days x 7.5 h = 150 h vacation; 1800 h worked; 10%
 * administration = 180 h; 1620 h client care. Step 2: Low needs 60 min once + 45 min x 1/week x 4
 * weeks = 4 h per episode over 6 weeks, 120 episodes a year (480 h); Moderate needs 90 min + 45 min
 * x 2/week x 8 weeks = 13.5 h over 10 weeks, 13 concurrent = 13 x 52 / 10 = 67.6 episodes a year
 * (912.6 h). Demand 1392.6 h.
 */
final class ReportFixtures {

  static final ComplexityScale SCALE = ComplexityScale.ofThreeLevels();
  static final WorkPattern WEEK = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  private ReportFixtures() {}

  static InterventionActivity activity(ActivityKind kind, long minutes, Frequency frequency) {
    return InterventionActivity.builder()
        .kind(kind)
        .role(Role.OCCUPATIONAL_THERAPIST)
        .minutes(Figure.ofJudgment(minutes, "team consensus"))
        .frequency(frequency)
        .frequencyProvenance(Provenance.ofJudgment("program design"))
        .build();
  }

  static Clinician ot(String id, Fte fte) {
    return Clinician.builder()
        .id(id)
        .role(Role.OCCUPATIONAL_THERAPIST)
        .workHours(WorkHours.of(WEEK, fte))
        .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
        .addActivity(
            NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
        .build();
  }

  static ServiceDemand demand() {
    InterventionProfile low =
        InterventionProfile.builder()
            .level(SCALE.level("1"))
            .episodeWeeks(Figure.ofJudgment(6, "team consensus"))
            .addActivity(activity(ActivityKind.ASSESSMENT, 60, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, 45, Frequency.ofPerWeek(1, 4)))
            .build();
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(SCALE.level("2"))
            .episodeWeeks(Figure.ofJudgment(10, "team consensus"))
            .addActivity(activity(ActivityKind.ASSESSMENT, 90, Frequency.ONCE))
            .addActivity(
                activity(ActivityKind.INDIVIDUAL_INTERVENTION, 45, Frequency.ofPerWeek(2, 8)))
            .build();
    return ServiceDemand.builder()
        .weeksPerYear(52)
        .scale(SCALE)
        .addLevel(low, Volume.ofEpisodesPerYear(120))
        .addLevel(moderate, Volume.ofConcurrent(13))
        .build();
  }

  static CaseloadPlan plan() {
    Team team = Team.builder().name("Outpatient OT").addClinicians(ot("ot-1", Fte.ONE)).build();
    return CaseloadPlan.builder().name("Outpatient OT 2026").team(team).demand(demand()).build();
  }
}

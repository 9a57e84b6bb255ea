package io.github.cmpt.horizon;

import static org.quicktheories.generators.SourceDSL.integers;

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
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Plans over horizons: a fixed small service, and generators of valid input for the properties.
 *
 * <p>Generated plans: one or two occupational therapists (0.4 to 1.0 FTE) and sometimes an OT
 * assistant, on 37.5 hours a week, Monday to Friday, 52 weeks; team vacation of 0 to 25 days and an
 * administration share of 0 to 15%; one to three levels, each an OT assessment of 30 to 240 minutes
 * and a weekly OT visit of 30 to 90 minutes for 1 to 16 weeks (the episode length), and for some
 * levels an assistant's visit; 10 to 300 episodes a year.
 */
final class HorizonFixtures {

  private HorizonFixtures() {}

  static final WorkPattern WEEK = WorkPattern.of(Hours.of("37.5"), 5, 52);
  static final ComplexityScale SCALE = ComplexityScale.ofThreeLevels();
  static final ComplexityLevel LOW = SCALE.level("1");
  static final ComplexityLevel MODERATE = SCALE.level("2");
  static final ComplexityLevel HIGH = SCALE.level("3");
  static final Role OT = Role.OCCUPATIONAL_THERAPIST;
  static final Role OTA = Role.OT_ASSISTANT;
  /** A Monday. */
  static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  private static final Provenance P = Provenance.ofJudgment("test");

  static Clinician clinician(String id, Role role, String fte) {
    return Clinician.builder().id(id).role(role).workHours(WorkHours.of(WEEK, Fte.of(fte))).build();
  }

  static InterventionActivity activity(ActivityKind kind, Role role, long minutes, Frequency f) {
    return InterventionActivity.of(kind, role, Figure.ofJudgment(minutes, "test"), f, P);
  }

  /**
   * Level 1: OT 60 + 4 x 45 min = 4h, 4 weeks; level 2: OT 90 + 8 x 60 min = 9.5h and OTA 2 x 60
   * min = 2h, 8 weeks. 104 and 52 episodes a year.
   */
  static CaseloadPlan smallPlan() {
    Team team =
        Team.builder()
            .name("Small OT")
            .addClinician(clinician("ot-1", OT, "1.0"))
            .addClinician(clinician("ot-2", OT, "0.6"))
            .addClinician(clinician("ota-1", OTA, "0.5"))
            .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
            .addActivity(
                NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION, Percentage.ofPercent(10)))
            .build();
    InterventionProfile low =
        InterventionProfile.of(
            LOW,
            Figure.ofJudgment(4, "test"),
            activity(ActivityKind.ASSESSMENT, OT, 60, Frequency.ONCE),
            activity(ActivityKind.INDIVIDUAL_INTERVENTION, OT, 45, Frequency.ofPerWeek(1, 4)));
    InterventionProfile moderate =
        InterventionProfile.of(
            MODERATE,
            Figure.ofJudgment(8, "test"),
            activity(ActivityKind.ASSESSMENT, OT, 90, Frequency.ONCE),
            activity(ActivityKind.INDIVIDUAL_INTERVENTION, OT, 60, Frequency.ofPerWeek(1, 8)),
            activity(ActivityKind.INDIVIDUAL_INTERVENTION, OTA, 60, Frequency.ofPerEpisode(2)));
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(SCALE)
            .addLevel(low, Volume.ofEpisodesPerYear(104))
            .addLevel(moderate, Volume.ofEpisodesPerYear(52))
            .build();
    return CaseloadPlan.builder().name("Small OT 2026").team(team).demand(demand).build();
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return integers().between(min, max).generate(rs);
  }

  private static String fte(RandomnessSource rs) {
    return BigDecimal.valueOf(between(rs, 4, 10), 1).toPlainString();
  }

  /** Generated plans, as described in the class comment. */
  static Gen<CaseloadPlan> plans() {
    return rs -> {
      int levels = between(rs, 1, 3);
      boolean[] assistant = new boolean[levels];
      boolean anyAssistant = false;
      for (int k = 0; k < levels; k++) {
        assistant[k] = between(rs, 0, 2) == 0;
        anyAssistant |= assistant[k];
      }
      Team.Builder team = Team.builder().name("Generated");
      int ots = between(rs, 1, 2);
      for (int i = 1; i <= ots; i++) {
        team.addClinician(clinician("ot-" + i, OT, fte(rs)));
      }
      if (anyAssistant) {
        team.addClinician(clinician("ota-1", OTA, fte(rs)));
      }
      team.addLeave(Leave.ofDays(LeaveType.VACATION, between(rs, 0, 25)));
      team.addActivity(
          NonClientActivity.ofShare(
              NonClientCategory.ADMINISTRATION, Percentage.ofPercent(between(rs, 0, 15))));
      ServiceDemand.Builder demand = ServiceDemand.builder().weeksPerYear(52).scale(SCALE);
      for (int k = 0; k < levels; k++) {
        int weeks = between(rs, 1, 16);
        InterventionProfile.Builder p =
            InterventionProfile.builder()
                .level(SCALE.levels().get(k))
                .episodeWeeks(Figure.ofJudgment(weeks, "test"))
                .addActivity(
                    activity(ActivityKind.ASSESSMENT, OT, between(rs, 30, 240), Frequency.ONCE))
                .addActivity(
                    activity(
                        ActivityKind.INDIVIDUAL_INTERVENTION,
                        OT,
                        between(rs, 30, 90),
                        Frequency.ofPerWeek(1, weeks)));
        if (assistant[k]) {
          p.addActivity(
              activity(
                  ActivityKind.INDIVIDUAL_INTERVENTION,
                  OTA,
                  between(rs, 30, 120),
                  Frequency.ofPerEpisode(between(rs, 1, 3))));
        }
        demand.addLevel(p.build(), Volume.ofEpisodesPerYear(between(rs, 10, 300)));
      }
      return CaseloadPlan.builder().name("Generated").team(team.build()).demand(demand.build()).build();
    };
  }

  /** Weeks (8 to 30 from a Monday) or months (3 to 8 from January 2026). */
  static Gen<Horizon> horizons() {
    return rs ->
        between(rs, 0, 2) > 0
            ? Horizon.ofWeeks(MONDAY, between(rs, 8, 30))
            : Horizon.ofMonths(YearMonth.of(2026, 1), between(rs, 3, 8));
  }

  /**
   * Generated plans over generated horizons: arrivals of 0 to 10 a week in quarters (or, for some
   * levels, the plan's rate, or a series), 0 to 50 waiting and 0 to 30 on caseload at the start,
   * sometimes a two-week absence of ot-1, and first come first served or a priority order of all
   * levels or of the most complex one.
   */
  static Gen<HorizonPlan> horizonPlans() {
    return rs -> {
      CaseloadPlan plan = plans().generate(rs);
      Horizon horizon = horizons().generate(rs);
      HorizonPlan.Builder b = HorizonPlan.builder().plan(plan).horizon(horizon);
      List<ComplexityLevel> levels = SCALE.levels().subList(0, plan.demand().levels().size());
      for (ComplexityLevel level : levels) {
        switch (between(rs, 0, 2)) {
          case 0:
            b.putArrival(level, Arrivals.ofWeekly(Fraction.of(between(rs, 0, 40), 4)));
            break;
          case 1:
            List<Fraction> series = new java.util.ArrayList<>();
            for (int j = 0; j < horizon.size(); j++) {
              series.add(Fraction.of(between(rs, 0, 12)));
            }
            b.putArrival(level, Arrivals.ofSeries(series));
            break;
          default:
            break; // the plan's rate
        }
        b.putInitialWaiting(level, Fraction.of(between(rs, 0, 50)));
        b.putInitialCaseload(level, Fraction.of(between(rs, 0, 30)));
      }
      if (between(rs, 0, 1) == 0) {
        LocalDate first = MONDAY.plusWeeks(between(rs, 0, 6));
        b.addAbsence(Absence.of("ot-1", LeaveType.VACATION, first, first.plusDays(11)));
      }
      if (between(rs, 0, 1) == 0 && levels.size() > 1) {
        // every level, most complex first; or only the most complex first, the others together
        List<ComplexityLevel> reversed = new java.util.ArrayList<>(levels);
        java.util.Collections.reverse(reversed);
        b.order(
            ServiceOrder.priority(
                between(rs, 0, 1) == 0 ? reversed : reversed.subList(0, 1)));
      }
      return b.build();
    };
  }
}

package io.github.cmpt.examples;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.demand.InterventionTime;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The community occupational therapy example's key figures, worked out by hand. */
class CommunityOccupationalTherapyTest {

  private static final Role OT = Role.OCCUPATIONAL_THERAPIST;
  private static final Role OTA = Role.OT_ASSISTANT;

  private final CaseloadPlan plan = CommunityOccupationalTherapy.plan();

  private InterventionProfile profile(String code) {
    for (LevelDemand d : plan.demand().levels()) {
      if (d.level().code().equals(code)) {
        return d.profile();
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void britishColumbiaHas11StatutoryHolidaysIn2026AllOnWeekdays() {
    assertThat(ProvincialHolidays.of("BC").withSubstituteDays().holidays(Year.of(2026)))
        .hasSize(11)
        .contains(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 11))
        .doesNotContain(LocalDate.of(2026, 12, 26)); // Boxing Day is not statutory in BC
  }

  @Test
  void fullTimeOtClientCareHours() {
    // paid 1950; leave (11 holidays + 20 vacation + 10 sick) x 7.5 h = 307.5; worked 1642.5 =
    // 43.8 worked weeks; non-client: administration 10% = 164.25, meetings 1.5 h x 43.8 = 65.7,
    // travel 1 h x 43.8 = 43.8, development 15 => 288.75; client care 1642.5 - 288.75 = 1353.75
    var ot2 = TeamTime.of(plan.team()).member("ot-2").perYear();
    assertThat(ot2.leave(LeaveType.STATUTORY_HOLIDAYS)).isEqualTo(Hours.of("82.5"));
    assertThat(ot2.workedHours()).isEqualTo(Hours.of("1642.5"));
    assertThat(ot2.clientCareHours()).isEqualTo(Hours.of("1353.75"));
  }

  @Test
  void veryHighLevelHoursPerEpisodeIncludeTravelToEveryVisit() {
    // OT: assessment 3 + visits 16 + travel 45 min x 17 = 12.75 + indirect 10 + consultation 6
    // + discharge 1 => 48.75; OTA: 4 visits of 60 min and 4 trips of 45 min => 7
    InterventionProfile veryHigh = profile("4");
    assertThat(veryHigh.hoursPerEpisodeByRole())
        .containsEntry(OT, Hours.of("48.75"))
        .containsEntry(OTA, Hours.of(7));
    assertThat(veryHigh.hoursPerEpisode()).isEqualTo(Hours.of("55.75"));
    assertThat(veryHigh.level().name()).isEqualTo("Very high");
  }

  @Test
  void occupationalTherapistsAreSlightlyShortAndTheBottleneck() {
    // demand: 240 x 3 + 170 x 9.25 + 65 x 20.5 + 22 x 48.75 = 720 + 1572.5 + 1332.5 + 1072.5
    //   = 4697.5 h
    // supply: ot-1 1242.5 + ot-2 1353.75 + ot-3 806.25 + ot-4 1105 = 4507.5 h for 3.4 FTE
    // FTE required 4697.5 x 3.4 / 4507.5 = 3.543
    RoleMatch ot = PlanResult.of(plan).match(OT);
    assertThat(ot.demandHours()).isEqualTo(Hours.of("4697.5"));
    assertThat(ot.supplyHours()).isEqualTo(Hours.of("4507.5"));
    assertThat(ot.fteRequired().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("3.54"));
    assertThat(PlanResult.of(plan).capacity().role()).isEqualTo(OT);
  }

  @Test
  void theWaitlistAddsItsEpisodesAndMoreTherapistTimeClearsIt() {
    // waitlisted: 40 low, 30 moderate, 10 high
    // OT: 40 x 3 + 30 x 9.25 + 10 x 20.5 = 120 + 277.5 + 205 = 602.5 h more
    // OTA: 40 x 1.75 + 30 x 3.5 + 10 x 7 = 70 + 105 + 70 = 245 h more
    CaseloadPlan waitlist = CommunityOccupationalTherapy.planWithWaitlist();
    assertThat(InterventionTime.of(waitlist.demand()).episodesPerYear()).isEqualByComparingTo(Fraction.parse("577")); // 497 + 80
    assertThat(PlanResult.of(waitlist).match(OT).demandHours()).isEqualTo(Hours.of(5300));
    assertThat(PlanResult.of(waitlist).match(OTA).demandHours()).isEqualTo(Hours.of(1869));
    assertThat(PlanResult.of(waitlist).match(OT).gapHours()).isEqualTo(Hours.of("-792.5"));

    // ot-3 from 0.6 to 1.0 FTE: client care 806.25 -> 1353.75 (like ot-2); ot-4 from 0.8 to 1.0:
    // worked 1680, less 168 + 67.2 + 44.8 + 15 => 1385 (was 1105); supply 4507.5 + 547.5 + 280 =
    // 5335 h, 35 h more than the 5300 h needed
    CaseloadPlan cleared = CommunityOccupationalTherapy.planToClearWaitlist();
    assertThat(PlanResult.of(cleared).match(OT).availableFte()).isEqualTo(Fte.of("4.0"));
    assertThat(PlanResult.of(cleared).match(OT).supplyHours()).isEqualTo(Hours.of(5335));
    assertThat(PlanResult.of(cleared).match(OT).gapHours()).isEqualTo(Hours.of(35));
    assertThat(CommunityOccupationalTherapy.whatIf().tables()).hasSize(2);
    assertThat(CommunityOccupationalTherapy.withWaitlist())
        .hasToString(
            "Scenario[Cedar Valley + waitlist: episodesPerYear[1] + 40; episodesPerYear[2] + 30;"
                + " episodesPerYear[3] + 10]");
    // the comparison shows the same figures: OT 3.4 -> 4.0 FTE available; capacity of the base
    var table = CommunityOccupationalTherapy.whatIf().tables().get(0);
    assertThat(table.rows().get(0))
        .containsExactly(
            "OT: available FTE", Fte.of("3.4"), Fte.of("3.4"), Fte.of("4.0"), Fte.ZERO,
            Fte.of("0.6"));
    assertThat(table.rows().get(1).get(2)).isEqualTo(PlanResult.of(waitlist).match(OT).fteRequired());
    assertThat(table.rows().get(1).get(3)).isEqualTo(PlanResult.of(cleared).match(OT).fteRequired());
  }

  /**
   * The waitlist projected week by week: the 52 weeks from 29 December 2025 hold the eleven BC
   * holidays of 2026 and every clinician's vacation on its dates, so the OT hours of the weeks add
   * up to Step 1's 4507.5 h a year; the plan's therapists cannot keep up (4697.5 h of referrals a
   * year), the full-time scenario's 5335 h can.
   */
  @Test
  void theWaitlistIsProjectedWeekByWeek() throws java.io.IOException {
    io.github.cmpt.horizon.HorizonPlan input = CommunityOccupationalTherapy.horizonPlan();
    io.github.cmpt.horizon.Projection base = io.github.cmpt.horizon.Projection.of(input);
    assertThat(base.level(input.plan().demand().levels().get(0).level(), 0).waitingAtStart())
        .isEqualTo(Fraction.of(40));
    Hours year = Hours.ZERO;
    for (io.github.cmpt.horizon.Projection.RolePeriod r : base.role(OT)) {
      year = year.plus(r.clientCareHours());
    }
    assertThat(year).isEqualTo(Hours.of("4507.5"));
    assertThat(base.clearance()).isEqualTo("does not clear within the horizon");
    io.github.cmpt.horizon.Projection fuller =
        io.github.cmpt.horizon.Projection.of(input.with(CommunityOccupationalTherapy.fullTime()));
    for (int j = 0; j < 52; j++) {
      assertThat(fuller.waitingAtEnd(j)).isLessThanOrEqualTo(base.waitingAtEnd(j));
    }
    assertThat(fuller.waitingAtEnd(51)).isLessThan(Fraction.of(80));
    io.github.cmpt.horizon.StaffingNeed need = CommunityOccupationalTherapy.staffingNeed();
    assertThat(need.extraFte(OT).orElseThrow().isPositive()).isTrue();
    assertThat(need.isMet()).isTrue();
    assertThat(CommunityOccupationalTherapy.projection().tables()).hasSize(3);

    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("charts");
    java.util.List<java.nio.file.Path> files = WaitingListChart.write(dir);
    assertThat(java.nio.file.Files.readString(files.get(0))).contains("<svg");
    byte[] png = java.nio.file.Files.readAllBytes(files.get(1));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }
}

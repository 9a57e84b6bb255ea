package io.github.cmpt.examples;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.demand.InterventionTime;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The hospital physiotherapy example's key figures, worked out by hand. */
class HospitalPhysiotherapyTest {

  private final CaseloadPlan plan = HospitalPhysiotherapy.plan();

  private InterventionProfile profile(String code) {
    for (LevelDemand d : plan.demand().levels()) {
      if (d.level().code().equals(code)) {
        return d.profile();
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void weekendPtClientCareHours() {
    // paid 1950; leave (9 lieu days + 15 vacation + 9 sick) x 7.5 h = 247.5; worked 1702.5 =
    // 45.4 worked weeks; non-client: administration 8% = 136.2, meetings 45.4, development 15 =>
    // 196.6; client care 1702.5 - 196.6 = 1505.9
    var pt4 = TeamTime.of(plan.team()).member("pt-4").perYear();
    assertThat(pt4.leave(LeaveType.STATUTORY_HOLIDAYS)).isEqualTo(Hours.of("67.5"));
    assertThat(pt4.workedHours()).isEqualTo(Hours.of("1702.5"));
    assertThat(pt4.clientCareHours()).isEqualTo(Hours.of("1505.9"));
  }

  @Test
  void aCalendarWouldGiveTheRotationFourHolidaysOfNine() {
    // Ontario 2026 with Boxing Day on Monday 28 December: of the nine, 1 Jan (Thu), 3 Apr (Fri),
    // 1 Jul (Wed) and 25 Dec (Fri) fall on a Wednesday-to-Sunday week: 4 x 7.5 h = 30 h. Hence the
    // nine lieu days of the example.
    var rotation = plan.team().clinician("pt-4").workHours();
    Leave calendar =
        Leave.ofHolidays(ProvincialHolidays.of("ON").withSubstituteDays(), Year.of(2026));
    assertThat(calendar.hoursPerYear(rotation)).isEqualTo(Hours.of(30));
    var weekdays = plan.team().clinician("pt-1").workHours();
    assertThat(calendar.hoursPerYear(weekdays)).isEqualTo(Hours.of("67.5"));
  }

  @Test
  void highLevelHoursPerEpisode() {
    // PT: assessment 75 min (0.75 x 70 + 0.25 x 90) = 1.25; sessions 45 min x 5 x 3 = 11.25;
    // charting 15 min x 15 = 3.75; consultation 30 min x 3 = 1.5; discharge 1 => 18.75
    // PTA: 30 min x 4 x 3 = 6
    InterventionProfile high = profile("3");
    assertThat(high.activities().get(0).minutes().value()).isEqualByComparingTo("75");
    assertThat(high.hoursPerEpisodeByRole())
        .containsEntry(Role.PHYSIOTHERAPIST, Hours.of("18.75"))
        .containsEntry(Role.PT_ASSISTANT, Hours.of(6));
    // 120 admissions a year staying 3 weeks: 120 x 3 / 52 = 6.92 patients at a time
    assertThat(InterventionTime.of(plan.demand()).concurrentCaseloadByLevel().get(high.level()).toBigDecimal(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(new BigDecimal("6.92"));
  }

  @Test
  void physiotherapistsAreShortAndTheBottleneck() {
    // demand: 360 x 1.5 + 300 x 10 + 120 x 18.75 = 540 + 3000 + 2250 = 5790 h
    // supply: pt-1 1472.4 + pt-2 1288.9 + pt-3 1174.92 + pt-4 1505.9 = 5442.12 h for 3.8 FTE
    // FTE required 5790 x 3.8 / 5442.12 = 4.043; gap 3.8 - 4.043 = -0.24; ratio 0.94
    RoleMatch pt = PlanResult.of(plan).match(Role.PHYSIOTHERAPIST);
    assertThat(pt.demandHours()).isEqualTo(Hours.of(5790));
    assertThat(pt.supplyHours()).isEqualTo(Hours.of("5442.12"));
    assertThat(pt.fteRequired().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("4.04"));
    assertThat(pt.gapFte().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("-0.24"));
    assertThat(pt.staffingRatio().orElseThrow().toBigDecimal(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(new BigDecimal("0.94"));
    assertThat(PlanResult.of(plan).capacity().role()).isEqualTo(Role.PHYSIOTHERAPIST);
    // the assistants have time to spare: 360 x 1 + 300 x 3 + 120 x 6 = 1980 h of 2251.35 h
    RoleMatch pta = PlanResult.of(plan).match(Role.PT_ASSISTANT);
    assertThat(pta.demandHours()).isEqualTo(Hours.of(1980));
    assertThat(pta.supplyHours()).isEqualTo(Hours.of("2251.35"));
  }
}

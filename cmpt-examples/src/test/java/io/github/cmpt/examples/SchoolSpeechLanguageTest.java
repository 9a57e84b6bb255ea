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
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The school speech-language example's key figures, worked out by hand. */
class SchoolSpeechLanguageTest {

  private static final Role SLP = Role.SPEECH_LANGUAGE_PATHOLOGIST;
  private static final Role CDA = Role.COMMUNICATION_DISORDERS_ASSISTANT;

  private final CaseloadPlan plan = SchoolSpeechLanguage.plan();

  private InterventionProfile profile(String code) {
    for (LevelDemand d : plan.demand().levels()) {
      if (d.level().code().equals(code)) {
        return d.profile();
      }
    }
    throw new AssertionError(code);
  }

  private ComplexityLevel level(String code) {
    return profile(code).level();
  }

  @Test
  void leadSlpClientCareHours() {
    // paid 37.5 h x 40 weeks = 1500; leave (5 holidays + 10 sick days) x 7.5 h = 112.5;
    // worked 1387.5 = 37 worked weeks of 37.5 h;
    // non-client: administration 10% = 138.75, meetings 1 h x 37 = 37, travel 1.5 h x 37 = 55.5,
    // supervision 1 h x 37 = 37, professional development 22.5 => 290.75;
    // client care 1387.5 - 290.75 = 1096.75
    var slp1 = TeamTime.of(plan.team()).member("slp-1").perYear();
    assertThat(slp1.paidHours()).isEqualTo(Hours.of(1500));
    assertThat(slp1.workedHours()).isEqualTo(Hours.of("1387.5"));
    assertThat(slp1.clientCareHours()).isEqualTo(Hours.of("1096.75"));
  }

  @Test
  void groupBlockHoursPerEpisode() {
    // SLP: assessment 120 min = 2; group 30 min x 10 / 60 / 4 = 1.25; consultation 30 x 2 = 1;
    // indirect 60 = 1 => 5.25
    // CDA: group 30 min x 2 x 10 / 60 / 4 = 2.5; notes 15 min x 10 = 2.5 => 5
    InterventionProfile block = profile("2");
    assertThat(block.hoursPerEpisodeByRole())
        .containsEntry(SLP, Hours.of("5.25"))
        .containsEntry(CDA, Hours.of(5));
    assertThat(block.hoursPerEpisode()).isEqualTo(Hours.of("10.25"));
    // 36 students at a time in 12-week blocks over 40 weeks: 36 x 40 / 12 = 120 a year
    assertThat(InterventionTime.of(plan.demand()).episodesPerYearByLevel().get(level("2"))).isEqualByComparingTo(Fraction.parse("120"));
  }

  @Test
  void intensiveAssessmentBlendsRecordsAndJudgment() {
    // 0.5 x 150 + 0.5 x 210 = 180 minutes
    assertThat(profile("3").activities().get(0).minutes().value()).isEqualByComparingTo("180");
    assertThat(profile("3").activities().get(0).minutes().provenance().toString())
        .isEqualTo("blend 50% judgment / 50% records (n=18, median)");
  }

  @Test
  void slpDemandAndFteRequired() {
    // 200 x 5.5 + 120 x 5.25 + 25 x 28.5 = 1100 + 630 + 712.5 = 2442.5 h
    RoleMatch slp = PlanResult.of(plan).match(SLP);
    assertThat(slp.demandHours()).isEqualTo(Hours.of("2442.5"));
    // client care: slp-1 1096.75 + slp-2 902.5 + slp-3 671.25 = 2670.5 h for 2.4 FTE
    assertThat(slp.supplyHours()).isEqualTo(Hours.of("2670.5"));
    // 2442.5 / (2670.5 / 2.4) = 2.195...
    assertThat(slp.fteRequired().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("2.20"));
    assertThat(slp.gapFte().isPositive()).isTrue();
  }

  @Test
  void theAssistantIsTheBottleneck() {
    // CDA demand: 120 x 5 + 25 x 10 = 850 h. Client care at 0.6 FTE: worked 832.5 less 83.25
    // administration, 22.2 meetings, 33.3 travel, 22.5 development = 671.25 h, so 1118.75 per FTE;
    // FTE required 850 / 1118.75 = 0.7598; staffing ratio 0.6 / 0.7598 = 0.79
    RoleMatch cda = PlanResult.of(plan).match(CDA);
    assertThat(cda.demandHours()).isEqualTo(Hours.of(850));
    assertThat(cda.supplyHours()).isEqualTo(Hours.of("671.25"));
    assertThat(cda.clientCareHoursPerFte()).isEqualTo(Hours.of("1118.75"));
    assertThat(cda.fteRequired().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("0.76"));
    assertThat(cda.staffingRatio().orElseThrow().toBigDecimal(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(new BigDecimal("0.79"));
    assertThat(PlanResult.of(plan).capacity().role()).isEqualTo(CDA);
  }
}

package io.github.cmpt.plan;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.report.Explanation;
import static io.github.cmpt.plan.Close.assertClose;
import static io.github.cmpt.plan.PlanExamples.LOW;
import static io.github.cmpt.plan.PlanExamples.MODERATE;
import static io.github.cmpt.plan.PlanExamples.OT;
import static io.github.cmpt.plan.PlanExamples.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Step 3 of the small community OT service of {@link PlanExamples}, every figure worked out by hand.
 * Quotients that do not terminate are compared with {@link Close#TOLERANCE}; sums, products and
 * quotients that terminate are compared exactly.
 */
class CaseloadPlanExampleTest {

  private static Fraction quotient(String a, String b) {
    return Fraction.of(new BigDecimal(a)).dividedBy(Fraction.of(new BigDecimal(b)));
  }

  @Test
  void supplyAndDemandOfTheRole() {
    RoleMatch m = PlanResult.of(plan()).match(OT);
    assertThat(m.role()).isEqualTo(OT);
    // 1.0 + 0.2 FTE; 1552.5h + 310.5h of client care; per 1.0 FTE 1863 / 1.2 = 1552.5h
    assertThat(m.availableFte()).isEqualTo(Fte.of("1.2"));
    assertThat(m.supplyHours()).isEqualTo(Hours.of(1863));
    assertThat(m.clientCareHoursPerFte()).isEqualTo(Hours.of("1552.5"));
    // 120 episodes x 8h = 960h; 48 episodes x 24h = 1152h
    assertThat(m.demandHoursByLevel())
        .containsExactly(Map.entry(LOW, Hours.of(960)), Map.entry(MODERATE, Hours.of(1152)));
    assertThat(m.demandHours()).isEqualTo(Hours.of(2112));
  }

  @Test
  void fteRequiredAndEachLevelsContribution() {
    RoleMatch m = PlanResult.of(plan()).match(OT);
    // 2112 / 1552.5 = 1.3604 FTE, exactly 2112/1552.5
    assertThat(m.fteRequired()).isEqualTo(Fte.of(quotient("2112", "1552.5")));
    assertThat(m.fteRequired().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("1.36"));
    // 960 / 1552.5 = 0.6184 and 1152 / 1552.5 = 0.7420, which add up to the total here
    assertThat(m.fteRequiredByLevel())
        .containsExactly(
            Map.entry(LOW, Fte.of(quotient("960", "1552.5"))),
            Map.entry(MODERATE, Fte.of(quotient("1152", "1552.5"))));
    assertThat(Fte.sum(m.fteRequiredByLevel().values())).isEqualTo(m.fteRequired());
  }

  @Test
  void gapsStaffingRatioPressureAndUtilisation() {
    RoleMatch m = PlanResult.of(plan()).match(OT);
    // 1863 - 2112 = -249h
    assertThat(m.gapHours()).isEqualTo(Hours.of(-249));
    // 1.2 - 1.360386... = -0.160386...
    assertThat(m.gapFte()).isEqualTo(Fte.of("1.2").minus(Fte.of(quotient("2112", "1552.5"))));
    // 1.2 / 1.360386... = 1863 / 2112 = 0.8821 (understaffed)
    Fraction ratio = m.staffingRatio().orElseThrow();
    assertThat(ratio).isEqualTo(quotient("1863", "2112"));
    assertThat(ratio.toBigDecimal(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.8821");
    // 1 - 0.8821 = 11.79%
    Percentage pressure = m.workloadPressure().orElseThrow();
    assertClose(
        pressure.toFraction(), Fraction.ONE.minus(quotient("1863", "2112")), "pressure");
    assertThat(pressure.rounded(2, RoundingMode.HALF_UP)).isEqualTo(Percentage.ofPercent("11.79"));
    // 2112 / 1863 = 113.37%: one division
    assertThat(m.utilisation())
        .contains(Percentage.ofFraction(quotient("2112", "1863")));
  }

  @Test
  void capacityForTheCaseMix() {
    Capacity c = PlanResult.of(plan()).match(OT).capacity().orElseThrow();
    assertThat(c.role()).isEqualTo(OT);
    assertThat(c.supplyHours()).isEqualTo(Hours.of(1863));
    // shares 120/168 = 5/7 and 48/168 = 2/7; 5/7 x 8h + 2/7 x 24h = 88/7 = 12.571h per episode
    assertClose(c.hoursPerEpisode(), Hours.of(quotient("88", "7")), "hours per episode");
    // N = 1863 / (88/7) = 13041/88 = 148.19 episodes a year; 148 whole ones fit
    assertClose(c.episodesPerYear(), quotient("13041", "88"), "episodes per year");
    assertThat(c.wholeEpisodesPerYear()).isEqualTo(148);
    // by level: N x 5/7 = 65205/616 = 105.85; N x 2/7 = 26082/616 = 42.34
    assertClose(c.episodesPerYearByLevel().get(LOW), quotient("65205", "616"), "low episodes");
    assertClose(
        c.episodesPerYearByLevel().get(MODERATE), quotient("26082", "616"), "moderate episodes");
    assertThat(c.episodesPerYearByLevel().keySet()).containsExactly(LOW, MODERATE);
    // Little's law: 105.85 x 8 / 52 = 16.28 and 42.34 x 13 / 52 = 10.59 clients at one time
    assertClose(
        c.concurrentCaseloadByLevel().get(LOW),
        quotient("65205", "616").multipliedBy(8).dividedBy(52),
        "low concurrent");
    assertClose(
        c.concurrentCaseloadByLevel().get(MODERATE),
        quotient("26082", "2464"),
        "moderate concurrent");
    // 16.28 + 10.59 = 26.87: the demand's 120 x 8 / 52 + 12 = 30.46 clients, scaled by 1863 / 2112
    Fraction demandConcurrent = quotient("960", "52").plus(Fraction.of(12));
    assertThat(c.concurrentCaseload())
        .isEqualTo(demandConcurrent.multipliedBy(quotient("1863", "2112")));
    assertThat(c.wholeConcurrentCaseload()).isEqualTo(26);
  }

  @Test
  void thePlanTotalsAreThoseOfItsOnlyRole() {
    CaseloadPlan plan = plan();
    assertThat(PlanResult.of(plan).roles()).containsExactly(OT);
    assertThat(PlanResult.of(plan).availableFte()).isEqualTo(Fte.of("1.2"));
    assertThat(PlanResult.of(plan).fteRequired()).isEqualTo(PlanResult.of(plan).match(OT).fteRequired());
    assertThat(PlanResult.of(plan).gapFte()).isEqualTo(PlanResult.of(plan).match(OT).gapFte());
    assertThat(PlanResult.of(plan).supplyHours()).isEqualTo(Hours.of(1863));
    assertThat(PlanResult.of(plan).demandHours()).isEqualTo(Hours.of(2112));
    assertThat(PlanResult.of(plan).gapHours()).isEqualTo(Hours.of(-249));
    assertThat(PlanResult.of(plan).capacity()).isEqualTo(PlanResult.of(plan).match(OT).capacity().orElseThrow());
  }

  @Test
  void capacityIfEveryClientWereOfOneLevel() {
    CaseloadPlan plan = plan();
    // 1863h / 8h = 232.875 episodes; x 8 / 52 = 35.83 at one time
    Capacity low = PlanResult.of(plan).capacity(LOW);
    assertThat(low.role()).isEqualTo(OT);
    assertThat(low.episodesPerYear()).isEqualByComparingTo(Fraction.parse("232.875"));
    assertThat(low.episodesPerYearByLevel().keySet()).containsExactly(LOW);
    assertClose(low.concurrentCaseload(), quotient("1863", "52"), "low concurrent");
    assertThat(low.wholeConcurrentCaseload()).isEqualTo(35);
    // 1863h / 24h = 77.625 episodes; x 13 / 52 = 19.40625 at one time
    Capacity moderate = PlanResult.of(plan).capacity(MODERATE);
    assertThat(moderate.episodesPerYear()).isEqualByComparingTo(Fraction.parse("77.625"));
    assertThat(moderate.concurrentCaseload()).isEqualByComparingTo(Fraction.parse("19.40625"));
    assertThat(moderate.toString()).isEqualTo("Capacity[OT: 77 episodes/year, 19 concurrent]");
  }

  @Test
  void suggestedCaseloadsShareTheCapacityByClientCareHours() {
    List<ClinicianCaseload> caseloads = PlanResult.of(plan()).suggestedCaseloads();
    assertThat(caseloads).extracting(ClinicianCaseload::clinicianId).containsExactly("ot-1", "ot-2");
    ClinicianCaseload one = caseloads.get(0);
    ClinicianCaseload two = caseloads.get(1);
    assertThat(one.role()).isEqualTo(OT);
    assertThat(one.clientCareHours()).isEqualTo(Hours.of("1552.5"));
    assertThat(two.clientCareHours()).isEqualTo(Hours.of("310.5"));
    // 1552.5 / 1863 = 5/6 and 310.5 / 1863 = 1/6
    assertClose(one.share().toFraction(), quotient("5", "6"), "share of ot-1");
    assertClose(two.share().toFraction(), quotient("1", "6"), "share of ot-2");
    // 13041/88 x 5/6 = 123.49 episodes and 26.87 x 5/6 = 22.39 at one time
    assertClose(one.episodesPerYear(), quotient("65205", "528"), "episodes of ot-1");
    assertThat(one.wholeEpisodesPerYear()).isEqualTo(123);
    assertThat(one.wholeConcurrentCaseload()).isEqualTo(22);
    // 13041/88 x 1/6 = 24.70 episodes and 26.87 x 1/6 = 4.48 at one time
    assertClose(two.episodesPerYear(), quotient("13041", "528"), "episodes of ot-2");
    assertThat(two.wholeEpisodesPerYear()).isEqualTo(24);
    assertThat(two.wholeConcurrentCaseload()).isEqualTo(4);
  }

  @Test
  void toStringShowsTheMainFiguresRoundedForReading() {
    CaseloadPlan plan = plan();
    assertThat(PlanResult.of(plan).toString())
        .isEqualTo(
            "PlanResult[Community OT 2026: available 1.2 FTE, required 1.36 FTE,"
                + " capacity 148 episodes/year]");
    assertThat(plan.toString())
        .isEqualTo(
            "CaseloadPlan[Community OT 2026: " + plan.team() + ", " + plan.demand() + "]");
    assertThat(PlanResult.of(plan).match(OT).toString())
        .isEqualTo("RoleMatch[OT: available 1.2 FTE, required 1.36 FTE, gap -0.16 FTE]");
    assertThat(PlanResult.of(plan).capacity().toString()).isEqualTo("Capacity[OT: 148 episodes/year, 26 concurrent]");
    assertThat(PlanResult.of(plan).suggestedCaseloads().get(0).toString())
        .isEqualTo("ot-1: 22 concurrent, 123 episodes/year");
    assertThat(PlanResult.of(plan).suggestedCaseloads().get(1).toString())
        .isEqualTo("ot-2: 4 concurrent, 24 episodes/year");
  }

  @Test
  void explanationOfTheFteRequired() {
    Explanation match = PlanResult.of(plan()).match(OT).explain();
    assertThat(match.name()).isEqualTo("Match (OT)");
    assertThat(match.formula()).isEqualTo("available FTE - FTE required");
    assertThat(match.result()).isEqualTo(PlanResult.of(plan()).match(OT).gapFte());
    assertThat(match.inputs())
        .containsExactly(
            Map.entry("available FTE", Fte.of("1.2")),
            Map.entry("FTE required", Fte.of(quotient("2112", "1552.5"))));
    assertThat(match.toString())
        .startsWith(
            "Match (OT) = available FTE - FTE required with available FTE 1.2 FTE,"
                + " FTE required 1.3604 FTE ≈ -0.1604 FTE\n"
                + "  FTE required (OT) = ");
    List<Explanation> all = match.details();
    assertThat(all)
        .extracting(Explanation::name)
        .containsExactly(
            "FTE required (OT)",
            "Gap in hours (OT)",
            "Gap in FTE (OT)",
            "Staffing ratio (OT)",
            "Episodes per year (OT)");
    Explanation why = all.get(0);
    assertThat(why.formula()).isEqualTo("demand hours / client-care hours per 1.0 FTE");
    assertThat(why.result()).isEqualTo(Fte.of(quotient("2112", "1552.5")));
    assertThat(why.inputs())
        .containsExactly(
            Map.entry("demand hours of OT", Hours.of(2112)),
            Map.entry("client-care hours per 1.0 FTE", Hours.of("1552.5")));
    assertThat(why.details()).hasSize(1);
    assertThat(why.toString())
        .isEqualTo(
            "FTE required (OT) = demand hours / client-care hours per 1.0 FTE"
                + " with demand hours of OT 2112h, client-care hours per 1.0 FTE 1552.5h"
                + " ≈ 1.3604 FTE\n"
                + "  Client-care hours per 1.0 FTE (OT) = client-care hours / FTE"
                + " with client-care hours of OT (Step 1) 1863h, FTE of OT 1.2 FTE = 1552.5h");
    // plain text rounds FTE to two decimals and hours to one; CSV keeps every digit
    assertThat(why.toTable().toText())
        .isEqualTo(
            "FTE required (OT)\n"
                + "=================\n"
                + "Figure                                 Value  Formula\n"
                + "-".repeat(36 + 2 + 6 + 2 + 44)
                + "\n"
                + "FTE required (OT)                       1.36  "
                + "demand hours / client-care hours per 1.0 FTE\n"
                + "  demand hours of OT                  2112.0\n"
                + "  client-care hours per 1.0 FTE       1552.5\n"
                + "  Client-care hours per 1.0 FTE (OT)  1552.5  client-care hours / FTE\n"
                + "    client-care hours of OT (Step 1)  1863.0\n"
                + "    FTE of OT                           1.20\n");
    assertThat(why.toTable().toCsv())
        .isEqualTo(
            "Figure,Value,Formula\r\n"
                + "FTE required (OT),1.36038647343,"
                + "demand hours / client-care hours per 1.0 FTE\r\n"
                + "  demand hours of OT (h),2112,\r\n"
                + "  client-care hours per 1.0 FTE (h),1552.5,\r\n"
                + "  Client-care hours per 1.0 FTE (OT) (h),1552.5,client-care hours / FTE\r\n"
                + "    client-care hours of OT (Step 1) (h),1863,\r\n"
                + "    FTE of OT,1.2,\r\n");
  }

  @Test
  void explanationsOfTheOtherFigures() {
    List<Explanation> all = PlanResult.of(plan()).match(OT).explain().details();
    assertThat(all.get(1).toString())
        .isEqualTo(
            "Gap in hours (OT) = supply - demand with supply hours 1863h, demand hours 2112h = -249h");
    assertThat(all.get(2).result()).isEqualTo(Fte.of("1.2").minus(Fte.of(quotient("2112", "1552.5"))));
    assertThat(all.get(3).result()).isEqualTo(PlanResult.of(plan()).match(OT).staffingRatio().orElseThrow());
    assertThat(all.get(3).inputs())
        .containsExactly(
            Map.entry("available FTE", Fte.of("1.2")),
            Map.entry("required FTE", Fte.of(quotient("2112", "1552.5"))));
    Explanation capacity = all.get(4);
    assertThat(capacity).isEqualTo(PlanResult.of(plan()).capacity().explain());
    assertThat(capacity.formula())
        .isEqualTo("client-care hours / sum(share of level x hours per episode)");
    assertThat(capacity.inputs()).containsEntry("client-care hours of OT", Hours.of(1863));
  }
}

package io.github.cmpt.plan;

import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.vocabulary.ComplexityLevel;
import static io.github.cmpt.plan.Close.assertClose;
import static io.github.cmpt.plan.PlanExamples.HIGH;
import static io.github.cmpt.plan.PlanExamples.LOW;
import static io.github.cmpt.plan.PlanExamples.MODERATE;
import static io.github.cmpt.plan.PlanExamples.OT;
import static io.github.cmpt.plan.PlanExamples.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What-if copies of the plan of {@link PlanExamples} change only the input they name, and
 * {@link PlanComparison} shows the differences.
 */
class CaseloadPlanWhatIfTest {

  private static BigDecimal quotient(String a, String b) {
    return new BigDecimal(a).divide(new BigDecimal(b), Hours.MATH_CONTEXT);
  }

  private static LevelDemand level(ServiceDemand demand, int index) {
    return demand.levels().get(index);
  }

  @Test
  void withFteChangesOnlyThatClinician() {
    CaseloadPlan plan = plan();
    CaseloadPlan more = plan.withFte("ot-2", Fte.of("0.5"));
    assertThat(more.name()).isEqualTo(plan.name());
    assertThat(more.demand()).isEqualTo(plan.demand());
    assertThat(more.clientCareHoursPerFte()).isEqualTo(plan.clientCareHoursPerFte());
    assertThat(more.team().name()).isEqualTo(plan.team().name());
    assertThat(more.team().leave()).isEqualTo(plan.team().leave());
    assertThat(more.team().activities()).isEqualTo(plan.team().activities());
    assertThat(more.team().clinician("ot-1")).isEqualTo(plan.team().clinician("ot-1"));
    assertThat(more.team().clinician("ot-2").workHours().fte()).isEqualTo(Fte.of("0.5"));
    assertThat(more.team().clinician("ot-2").workHours().pattern())
        .isEqualTo(plan.team().clinician("ot-2").workHours().pattern());
    // the original plan is untouched
    assertThat(plan.team().clinician("ot-2").workHours().fte()).isEqualTo(Fte.of("0.2"));

    RoleMatch m = PlanResult.of(more).match(OT);
    // 1.5 FTE x 1552.5h = 2328.75h; the hours per FTE, hence the FTE required, do not move
    assertThat(m.availableFte()).isEqualTo(Fte.of("1.5"));
    assertThat(m.supplyHours()).isEqualTo(Hours.of("2328.75"));
    assertThat(m.fteRequired()).isEqualTo(PlanResult.of(plan).match(OT).fteRequired());
    assertThat(m.gapFte()).isEqualTo(Fte.of("0.139613526570048309178743961352657"));
    assertThat(m.gapHours()).isEqualTo(Hours.of("216.75"));
    assertThat(m.workloadPressure()).contains(Percentage.ZERO);
    // 2328.75 / (88/7) = 16301.25/88 = 185.24 episodes a year
    assertClose(m.capacity().orElseThrow().episodesPerYear(), quotient("16301.25", "88"), "N");
  }

  @Test
  void withFteRejectsAnUnknownClinicianOrAnInvalidFte() {
    assertThatThrownBy(() -> plan().withFte("ot-9", Fte.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for clinicianId (valid values a member of Community OT): ot-9");
    assertThatThrownBy(() -> plan().withFte("ot-2", Fte.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for fte (valid values x > 0): 0");
  }

  @Test
  void withActivityMinutesChangesOnlyThatActivity() {
    CaseloadPlan plan = plan();
    Figure longer = Figure.ofJudgment(120, "new assessment battery");
    CaseloadPlan changed = plan.withActivityMinutes(LOW, ActivityKind.ASSESSMENT, longer);
    assertThat(changed.team()).isEqualTo(plan.team());
    assertThat(changed.name()).isEqualTo(plan.name());
    ServiceDemand before = plan.demand();
    ServiceDemand after = changed.demand();
    assertThat(after.weeksPerYear()).isEqualByComparingTo(before.weeksPerYear());
    assertThat(after.scale()).isEqualTo(before.scale());
    assertThat(level(after, 1)).isEqualTo(level(before, 1));
    assertThat(level(after, 0).volume()).isEqualTo(level(before, 0).volume());
    assertThat(level(after, 0).profile().episodeWeeks())
        .isEqualTo(level(before, 0).profile().episodeWeeks());
    List<InterventionActivity> a = level(after, 0).profile().activities();
    List<InterventionActivity> b = level(before, 0).profile().activities();
    assertThat(a).hasSize(3);
    assertThat(a.get(0).minutes()).isEqualTo(longer);
    assertThat(a.get(0).withMinutes(b.get(0).minutes())).isEqualTo(b.get(0));
    assertThat(a.subList(1, 3)).isEqualTo(b.subList(1, 3));
    // 2h + 4.5h + 2h = 8.5h per episode; 120 x 8.5 = 1020h; 1020 + 1152 = 2172h
    assertThat(PlanResult.of(changed).match(OT).demandHoursByLevel().get(LOW)).isEqualTo(Hours.of(1020));
    assertThat(PlanResult.of(changed).match(OT).demandHoursByLevel().get(MODERATE)).isEqualTo(Hours.of(1152));
    assertThat(PlanResult.of(changed).demandHours()).isEqualTo(Hours.of(2172));
    assertThat(PlanResult.of(changed).match(OT).supplyHours()).isEqualTo(PlanResult.of(plan).match(OT).supplyHours());
  }

  @Test
  void withActivityMinutesRejectsAnUnknownLevelOrKind() {
    Figure minutes = Figure.ofJudgment(60, "");
    assertThatThrownBy(() -> plan().withActivityMinutes(HIGH, ActivityKind.ASSESSMENT, minutes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for level (valid values a level of the demand): ComplexityLevel[3 High]");
    assertThatThrownBy(
            () -> plan().withActivityMinutes(LOW, ActivityKind.GROUP_INTERVENTION, minutes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for kind (valid values an activity of the profile of 1): group-intervention");
    assertThatThrownBy(
            () -> plan().withActivityMinutes(LOW, ActivityKind.ASSESSMENT, Figure.ofJudgment(0, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for minutes (valid values x > 0): 0");
  }

  @Test
  void withVolumeChangesOnlyThatLevel() {
    CaseloadPlan plan = plan();
    CaseloadPlan fewer = plan.withVolume(MODERATE, Volume.ofConcurrent(6));
    assertThat(fewer.team()).isEqualTo(plan.team());
    assertThat(level(fewer.demand(), 0)).isEqualTo(level(plan.demand(), 0));
    assertThat(level(fewer.demand(), 1).profile()).isEqualTo(level(plan.demand(), 1).profile());
    assertThat(level(fewer.demand(), 1).volume()).isEqualTo(Volume.ofConcurrent(6));
    // 6 x 52 / 13 = 24 episodes x 24h = 576h; 960 + 576 = 1536h
    assertThat(InterventionTime.of(fewer.demand()).episodesPerYearByLevel().get(MODERATE)).isEqualByComparingTo("24");
    assertThat(PlanResult.of(fewer).demandHours()).isEqualTo(Hours.of(1536));
    // 1536 / 1552.5 = 0.9894 FTE
    assertThat(PlanResult.of(fewer).match(OT).fteRequired()).isEqualTo(Fte.of(quotient("1536", "1552.5")));
  }

  @Test
  void withVolumeRejectsAnUnknownLevelOrNoClientsAtAll() {
    assertThatThrownBy(() -> plan().withVolume(HIGH, Volume.ofConcurrent(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for level (valid values a level of the demand): ComplexityLevel[3 High]");
    CaseloadPlan noLow = plan().withVolume(LOW, Volume.ofEpisodesPerYear(0));
    assertThat(PlanResult.of(noLow).demandHours()).isEqualTo(Hours.of(1152));
    assertThatThrownBy(() -> noLow.withVolume(MODERATE, Volume.ofConcurrent(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for volume (valid values at least one client in total): 0");
  }

  @Test
  void comparisonOfAPlanAndItsWhatIf() {
    CaseloadPlan plan = plan();
    PlanComparison comparison = PlanComparison.of(plan, plan.withFte("ot-2", Fte.of("0.5")));
    assertThat(comparison.toString())
        .isEqualTo("PlanComparison[Community OT 2026 -> Community OT 2026]");
    Table table = comparison.toTable();
    assertThat(table.title())
        .isEqualTo("Comparison: Community OT 2026 and Community OT 2026 (what-if)");
    assertThat(table.columns())
        .containsExactly("Figure", "Community OT 2026", "Community OT 2026 (what-if)", "Difference");
    String[] csv = table.toCsv().split("\r\n");
    assertThat(csv).hasSize(12);
    assertThat(csv[0])
        .isEqualTo("Figure,Community OT 2026,Community OT 2026 (what-if),Difference");
    // 1.2 -> 1.5 FTE, the same 1.3604 FTE required, so the gap moves by 0.3 FTE
    assertThat(csv[1]).isEqualTo("Available FTE,1.2,1.5,0.3");
    assertThat(csv[2])
        .isEqualTo(
            "FTE required,1.360386473429951690821256038647343,1.360386473429951690821256038647343,0");
    assertThat(csv[3])
        .isEqualTo(
            "Gap (FTE),-0.160386473429951690821256038647343,0.139613526570048309178743961352657,0.3");
    // 1863h -> 2328.75h of client care for the same 2112h of demand
    assertThat(csv[4]).isEqualTo("Supply hours,1863,2328.75,465.75");
    assertThat(csv[5]).isEqualTo("Demand hours,2112,2112,0");
    // 13041/88 = 148.19 -> 16301.25/88 = 185.24 episodes: 3260.25/88 = 37.05 more
    String[] episodes = csv[6].split(",");
    assertThat(episodes[0]).isEqualTo("Capacity (episodes/year)");
    assertClose(new BigDecimal(episodes[1]), quotient("13041", "88"), "first");
    assertClose(new BigDecimal(episodes[2]), quotient("16301.25", "88"), "second");
    assertClose(new BigDecimal(episodes[3]), quotient("3260.25", "88"), "difference");
    assertThat(new BigDecimal(episodes[3]))
        .isEqualByComparingTo(new BigDecimal(episodes[2]).subtract(new BigDecimal(episodes[1])));
    // 26.87 -> 26.87 x 1.25 = 33.59 clients at one time: 6.72 more
    String[] concurrent = csv[7].split(",");
    assertThat(concurrent[0]).isEqualTo("Capacity (concurrent)");
    BigDecimal c = PlanResult.of(plan).capacity().concurrentCaseload();
    assertClose(new BigDecimal(concurrent[2]), c.multiply(new BigDecimal("1.25")), "second");
    assertClose(new BigDecimal(concurrent[3]), c.multiply(new BigDecimal("0.25")), "difference");
    assertThat(csv[8]).isEqualTo("OT: available FTE,1.2,1.5,0.3");
    assertThat(csv[9])
        .isEqualTo(
            "OT: FTE required,1.360386473429951690821256038647343,"
                + "1.360386473429951690821256038647343,0");
    assertThat(csv[10])
        .isEqualTo(
            "OT: gap (FTE),-0.160386473429951690821256038647343,"
                + "0.139613526570048309178743961352657,0.3");
    assertThat(csv[11]).isEqualTo("OT: gap (hours),-249,216.75,465.75");
    assertThat(table.notes())
        .containsExactly(
            "Difference = second - first; FTE and counts to 0.01, hours to 0.1 for reading;"
                + " exact in CSV.");
  }

  @Test
  void comparisonShowsARoleOfEitherPlan() {
    CaseloadPlan plan = plan();
    CaseloadPlan withPt = CaseloadPlanValidationTest.withPhysiotherapy(plan);
    Table table = PlanComparison.of(plan, withPt).toTable();
    assertThat(table.title()).isEqualTo("Comparison: Community OT 2026 and Community OT + PT");
    String[] csv = table.toCsv().split("\r\n");
    // the first plan has no PT: its figures are zero; PT needs 120h / 1500h = 0.08 FTE
    assertThat(csv).hasSize(16);
    assertThat(csv[12]).isEqualTo("PT: available FTE,0,0,0");
    assertThat(csv[13]).isEqualTo("PT: FTE required,0,0.08,0.08");
    assertThat(csv[14]).isEqualTo("PT: gap (FTE),0,-0.08,-0.08");
    assertThat(csv[15]).isEqualTo("PT: gap (hours),0,-120,-120");
    // the demand grows by 120h; the bottleneck is now PT, with no staff: capacity 0
    assertThat(csv[5]).isEqualTo("Demand hours,2112,2232,120");
    assertThat(csv[6]).endsWith(",0," + "-" + csv[6].split(",")[1]);
    assertThat(PlanResult.of(withPt).capacity().role()).isEqualTo(Role.PHYSIOTHERAPIST);
  }
}

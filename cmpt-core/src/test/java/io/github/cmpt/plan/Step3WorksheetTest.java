package io.github.cmpt.plan;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.worksheet.Step3Worksheet;
import io.github.cmpt.worksheet.PlanReport;
import io.github.cmpt.report.Explanation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Step 3 worksheet and the whole plan report, on the hand-worked plan of ReportFixtures. */
class Step3WorksheetTest {

  private static final Worksheet SHEET = Step3Worksheet.of(PlanResult.of(ReportFixtures.plan()));

  @Test
  void fteRequiredByLevelExactly() {
    // FTE required = 1392.6 / 1620 = 0.8596...; Low 480 / 1620 = 0.2963, Moderate 912.6 / 1620 = 0.5633
    assertThat(SHEET.table(Step3Worksheet.FTE_BY_LEVEL).toText())
        .isEqualTo(
            "FTE required by level\n"
                + "=====================\n"
                + "Level       OT  All roles\n"
                + "-------------------------\n"
                + "Low       0.30       0.30\n"
                + "Moderate  0.56       0.56\n"
                + "Total     0.86       0.86\n"
                + "Each level's demand hours for the role / client-care hours per 1.0 FTE of the"
                + " role.\n"
                + "Each role's total keeps its rounding and its levels share it out by largest"
                + " remainder; All roles is the sum of the roles as shown.\n");
  }

  @Test
  void matchPerRole() {
    Table t = SHEET.table(Step3Worksheet.MATCH);
    assertThat(t.columns()).containsExactly("Figure", "OT", "All roles", "Worst role");
    assertThat(t.rows().get(1)).containsExactly(
        "Client-care hours (supply)", Hours.of(1620), Hours.of(1620), "");
    assertThat(t.rows().get(3)).containsExactly(
        "Demand hours", Hours.of("1392.6"), Hours.of("1392.6"), "");
    assertThat(t.rows().get(5)).containsExactly(
        "Gap (hours)", Hours.of("227.4"), Hours.of("227.4"), "");
    // staffing ratio 1 / 0.8596... = 1620 / 1392.6 = 1.1633...; no role is short
    assertThat(t.toText()).containsPattern("\\nStaffing ratio +1\\.16 +1\\.16\\n");
    assertThat(t.toText()).containsPattern("\\nUtilisation of client-care time +86\\.0% +86\\.0%\\n");
  }

  @Test
  void capacityIsRoundedDownBesideTheExactValue() {
    // N = 1620 / (1392.6 / 187.6) = 218.23 episodes; concurrent 139.595 x 6/52 + 78.6385 x 10/52
    // = 31.23
    Table t = SHEET.table(Step3Worksheet.CAPACITY);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.cell(0, 0)).isEqualTo("OT");
    assertThat(((Fraction) t.cell(0, 3)).toBigDecimal(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("218.23");
    assertThat(t.cell(0, 4)).isEqualTo(218L);
    assertThat(((Fraction) t.cell(0, 5)).toBigDecimal(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("31.23");
    assertThat(t.cell(0, 6)).isEqualTo(31L);
    // single level: 1620 / 4 = 405 episodes, 405 x 6 / 52 = 46.7 concurrent; 1620 / 13.5 = 120,
    // 120 x 10 / 52 = 23.08
    Table single = SHEET.table(Step3Worksheet.SINGLE_LEVEL);
    assertThat(single.rows())
        .containsExactly(
            List.of("Low", "OT", Hours.of(4), 405L, 46L),
            List.of("Moderate", "OT", Hours.of("13.5"), 120L, 23L));
    // by level, shares of clients rounded to sum to 100%: 120 / 187.6 = 64.0%, 67.6 / 187.6 = 36.0%
    Table byLevel = SHEET.tables().get(3);
    assertThat(byLevel.title()).isEqualTo("Capacity by level (OT, the bottleneck)");
    assertThat(byLevel.toText()).contains("Low                  64.0%").contains("139");
  }

  @Test
  void suggestedCaseloadOfTheOnlyClinicianIsTheCapacity() {
    Table t = SHEET.table(Step3Worksheet.CASELOADS);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.cell(0, 0)).isEqualTo("ot-1");
    assertThat(t.cell(0, 4)).isEqualTo(31L);
    assertThat(t.cell(0, 5)).isEqualTo(218L);
  }

  @Test
  void twoCliniciansShareTheRoleCapacityByClientCareHours() {
    CaseloadPlan plan =
        ReportFixtures.plan()
            .withTeam(
                io.github.cmpt.supply.Team.builder()
                    .name("Outpatient OT")
                    .addClinicians(
                        ReportFixtures.ot("ot-1", Fte.ONE),
                        ReportFixtures.ot("ot-2", Fte.of("0.5")))
                    .build());
    Table t = Step3Worksheet.of(PlanResult.of(plan)).table(Step3Worksheet.CASELOADS);
    // 1620 h and 810 h: two thirds and one third of 2430 h
    assertThat(t.toText()).containsPattern("ot-1 +OT +1620\\.0 +66\\.7%")
        .containsPattern("ot-2 +OT +810\\.0 +33\\.3%");
  }

  @Test
  void sharesOfThreeEqualCliniciansSumToOneHundredPercent() {
    CaseloadPlan plan =
        ReportFixtures.plan()
            .withTeam(
                io.github.cmpt.supply.Team.builder()
                    .name("Outpatient OT")
                    .addClinicians(
                        ReportFixtures.ot("ot-1", Fte.ONE),
                        ReportFixtures.ot("ot-2", Fte.ONE),
                        ReportFixtures.ot("ot-3", Fte.ONE))
                    .build());
    Table t = Step3Worksheet.of(PlanResult.of(plan)).table(Step3Worksheet.CASELOADS);
    // a third each: 33.4 + 33.3 + 33.3, the first taking the tenth left over
    assertThat(t.rows())
        .extracting(r -> r.get(3))
        .containsExactly(
            io.github.cmpt.time.Percentage.ofPercent("33.4"),
            io.github.cmpt.time.Percentage.ofPercent("33.3"),
            io.github.cmpt.time.Percentage.ofPercent("33.3"));
    ClinicianCaseload first = PlanResult.of(plan).suggestedCaseloads().get(0);
    Explanation why = first.explain();
    assertThat(why.result()).isEqualTo(first.concurrentCaseload());
    assertThat(why.inputs().get("concurrent capacity of OT"))
        .isEqualTo(PlanResult.of(plan).match(io.github.cmpt.vocabulary.Role.OCCUPATIONAL_THERAPIST)
            .capacity().orElseThrow().concurrentCaseload());
    assertThat(why.details()).hasSize(1);
  }

  @Test
  void aScenarioKeepsThePlanNameAndNamesItsComparisonColumn() {
    CaseloadPlan plan = ReportFixtures.plan();
    Scenario more =
        Scenario.of("More OT", PlanChange.set(PlanParameter.fte("ot-1"), new BigDecimal("1.2")));
    assertThat(more.applyTo(plan).name()).isEqualTo(plan.name());
    Table t = ScenarioComparison.of(plan, more).toTable();
    assertThat(t.columns())
        .containsExactly("Figure", "Outpatient OT 2026", "More OT", "More OT - base");
    // ot-1 from 1.0 to 1.2 FTE: 0.2 FTE more
    assertThat(t.rows().get(0).get(0)).isEqualTo("OT: available FTE");
    assertThat(t.rows().get(0).get(3)).isEqualTo(Fte.of("0.2"));
  }

  @Test
  void planReportHasTheThreeStepsInOrderAndTheWisnView() {
    Worksheet report = PlanReport.of(PlanResult.of(ReportFixtures.plan()));
    assertThat(report.title()).isEqualTo("Caseload plan - Outpatient OT 2026");
    List<String> titles =
        report.tables().stream().map(Table::title).collect(java.util.stream.Collectors.toList());
    assertThat(titles.get(0)).startsWith("Step 1 - ");
    assertThat(titles).contains("Step 2 - Case mix", "Step 3 - " + Step3Worksheet.MATCH);
    assertThat(titles.get(titles.size() - 1)).isEqualTo("WISN view - Occupational therapist");
    int lastStep1 = 0;
    int firstStep2 = titles.size();
    int lastStep2 = 0;
    int firstStep3 = titles.size();
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).startsWith("Step 1")) {
        lastStep1 = i;
      } else if (titles.get(i).startsWith("Step 2")) {
        firstStep2 = Math.min(firstStep2, i);
        lastStep2 = i;
      } else if (titles.get(i).startsWith("Step 3")) {
        firstStep3 = Math.min(firstStep3, i);
      }
    }
    assertThat(lastStep1).isLessThan(firstStep2);
    assertThat(lastStep2).isLessThan(firstStep3);
    assertThat(report.toMarkdown()).startsWith("## Caseload plan - Outpatient OT 2026\n");
    assertThat(report.toCsv())
        .contains("\r\nStep 3 - Matching per role (per year)\r\nFigure,OT,All roles,Worst role\r\n");
  }
}

package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.worksheet.PlanReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names holding a pipe, quotes or a backslash render safely in every form of a report. */
class EscapingTest {

  private static final String ID = "ot|\"1\"\\";

  private static Worksheet report() {
    WorkPattern week = WorkPattern.of(Hours.of("37.5"), 5, 52);
    Clinician odd =
        Clinician.builder()
            .id(ID)
            .role(Role.OCCUPATIONAL_THERAPIST)
            .workHours(WorkHours.of(week, Fte.ONE))
            .build();
    Clinician assistant =
        Clinician.builder()
            .id("ota, \"2\"")
            .role(Role.OT_ASSISTANT)
            .workHours(WorkHours.of(week, Fte.ONE))
            .build();
    Team team = Team.builder().name("Cedar | \"Valley\"").addClinician(odd).addClinician(assistant).build();
    CaseloadPlan plan = CommunityOccupationalTherapy.plan().withTeam(team);
    return PlanReport.of(PlanResult.of(plan));
  }

  @Test
  void markdownTablesStayWellFormedAndKeepTheName() {
    boolean found = false;
    for (Table t : report().tables()) {
      List<List<String>> rows = RenderedForms.markdownTable(t.toMarkdown());
      assertThat(rows).hasSize(t.rows().size());
      String header = t.toMarkdown().split("\n")[2];
      found |= RenderedForms.markdownCells(header).contains(ID + " (OT)")
          || rows.stream().anyMatch(r -> r.contains(ID));
    }
    assertThat(found).isTrue();
  }

  @Test
  void csvParsesAndKeepsTheNameExactly() {
    Worksheet report = report();
    List<List<String>> records = RenderedForms.csv(report.toCsv());
    assertThat(records).anySatisfy(r -> assertThat(r).contains(ID + " (OT)"));
    assertThat(records).anySatisfy(r -> assertThat(r).contains("ota, \"2\""));
    List<List<String>> tidy = RenderedForms.csv(report.toLongCsv());
    assertThat(tidy).allSatisfy(r -> assertThat(r).hasSize(7));
    assertThat(tidy).anySatisfy(r -> assertThat(r.get(4)).isEqualTo(ID + " (OT)"));
  }

  @Test
  void textShowsTheNameAsItIs() {
    assertThat(report().toText()).contains(ID + " (OT)").contains("ota, \"2\"");
  }
}

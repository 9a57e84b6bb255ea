package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The main example prints the three services in each form. */
class FlagshipTest {

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Flagship.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void namesTheThreeServices(String output) {
    assertThat(output)
        .contains("Service 1 of 3: School-based speech-language pathology")
        .contains("Service 2 of 3: Hospital inpatient physiotherapy")
        .contains("Service 3 of 3: Community occupational therapy")
        .contains("Caseload plan - " + SchoolSpeechLanguage.NAME)
        .contains("Caseload plan - " + HospitalPhysiotherapy.NAME)
        .contains("Caseload plan - " + CommunityOccupationalTherapy.NAME)
        .contains("illustrations, not norms");
  }

  @Test
  void printsTextByDefault() {
    String text = run();
    assertThat(text).isEqualTo(run("text"));
    namesTheThreeServices(text);
    assertThat(text)
        .startsWith("cmpt - three services planned with the Caseload Management Planning Tool\n")
        .contains("\nStep 3 - Matching per role (per year)\n")
        .contains("\nWISN view - Communication disorders assistant\n")
        .contains("Scenarios of Cedar Valley community OT 2026")
        .contains("Sweep of fte[ot-3] on Cedar Valley + waitlist")
        .contains("Projection side by side - Horizon[52 weeks from 2025-12-29]")
        .contains("What it takes - clear the list by 2026-06-29, added from 2026-03-02")
        .doesNotContain("| --- |");
  }

  @Test
  void printsMarkdown() {
    String markdown = run("markdown");
    namesTheThreeServices(markdown);
    assertThat(markdown)
        .startsWith("# cmpt - three services")
        .contains("\n## Caseload plan - " + HospitalPhysiotherapy.NAME + "\n")
        .contains("\n### Step 1 - Human resources time available (hours per year)\n")
        .contains("| --- |");
  }

  @Test
  void printsCsv() {
    String csv = run("csv");
    namesTheThreeServices(csv);
    assertThat(csv)
        .startsWith("\"Service 1 of 3: School-based speech-language pathology - Figures are")
        .contains("\r\nStep 3 - Matching per role (per year)\r\n")
        // exact, unrounded: 2442.5 SLP demand hours, the unit on the label as the columns mix units
        .contains("\r\nDemand hours (h),2442.5,850,3292.5,\r\n")
        .doesNotContain("\n\n");
  }

  @Test
  void rejectsAnotherForm() {
    assertThatThrownBy(() -> Flagship.main(new String[] {"pdf"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for form (valid values text, markdown, csv, tidy): pdf");
  }
}

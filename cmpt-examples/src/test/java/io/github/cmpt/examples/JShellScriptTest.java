package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.vocabulary.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

/** The JShell startup script of the README runs without error against the current build. */
class JShellScriptTest {

  @Test
  void startupScriptEvaluatesAndItsTeamComputes() throws Exception {
    String script = Files.readString(Path.of("jshell", "cmpt.jsh"));
    try (JShellSession shell = new JShellSession()) {
      shell.eval(script);
      assertThat(shell.problems()).isEmpty();
      // 1560 paid - 120 vacation = 1440 worked; less 10% administration
      assertThat(shell.eval("ClinicianTime.of(ana).perYear().clientCareHours()"))
          .isEqualTo("1296h");
      // demand: 120 x 4 h + (15 x 52 / 10 = 78) x 13.5 h = 1533 h; per FTE (1296 + 1586.25) / 1.8
      // = 1601.25 h; so 1533 / 1601.25 = 0.957 FTE required
      assertThat(
              shell.eval(
                      "result.match(Role.OCCUPATIONAL_THERAPIST).fteRequired()"
                          + ".rounded(3, java.math.RoundingMode.HALF_UP)"))
          .isEqualTo("0.957 FTE");
      // 40 moderate clients at a time: 120 x 4 h + 208 x 13.5 h = 3288 h, / 1601.25 h = 2.05 FTE
      assertThat(
              shell.eval(
                  "PlanResult.of(plan.with(PlanParameter.concurrentCaseload(moderate.level()),"
                      + " BigDecimal.valueOf(40))).match(Role.OCCUPATIONAL_THERAPIST)"))
          .isEqualTo("RoleMatch[OT: available 1.8 FTE, required 2.05 FTE, gap -0.25 FTE]");
      assertThat(shell.eval("PlanReport.of(result).tables().size() > 10"))
          .isEqualTo("true");
    }
  }
}

package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.vocabulary.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The JShell startup script of the README runs without error against the current build. */
class JShellScriptTest {

  @Test
  void startupScriptEvaluatesAndItsTeamComputes() throws Exception {
    String script = Files.readString(Path.of("jshell", "cmpt.jsh"));
    try (JShell shell =
        JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      List<String> problems = new ArrayList<>();
      String remaining = script;
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        for (SnippetEvent e : shell.eval(info.source())) {
          if (e.status() == Snippet.Status.REJECTED || e.exception() != null) {
            problems.add(info.source() + " -> " + e.status() + " " + e.exception());
          }
          shell.diagnostics(e.snippet()).forEach(d -> problems.add(d.getMessage(null)));
        }
        remaining = info.remaining();
      }
      assertThat(problems).isEmpty();
      List<SnippetEvent> result = shell.eval("ClinicianTime.of(ana).perYear().clientCareHours()");
      // 1560 paid - 120 vacation = 1440 worked; less 10% administration
      assertThat(result.get(0).value()).isEqualTo("1296h");
      // demand: 120 x 4 h + (15 x 52 / 10 = 78) x 13.5 h = 1533 h; per FTE (1296 + 1586.25) / 1.8
      // = 1601.25 h; so 1533 / 1601.25 = 0.957 FTE required
      assertThat(
              shell
                  .eval(
                      "result.match(Role.OCCUPATIONAL_THERAPIST).fteRequired()"
                          + ".rounded(3, java.math.RoundingMode.HALF_UP)")
                  .get(0)
                  .value())
          .isEqualTo("0.957 FTE");
      // the README's what-if line: 40 moderate clients at a time
      assertThat(
              shell
                  .eval(
                      "PlanResult.of(plan.with(PlanParameter.concurrentCaseload(moderate.level()),"
                          + " BigDecimal.valueOf(40))).match(Role.OCCUPATIONAL_THERAPIST)")
                  .get(0)
                  .value())
          .isEqualTo("RoleMatch[OT: available 1.8 FTE, required 2.05 FTE, gap -0.25 FTE]");
      assertThat(shell.eval("PlanReport.of(result).tables().size() > 10").get(0).value())
          .isEqualTo("true");
    }
  }
}

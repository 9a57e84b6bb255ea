package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code runs as it stands: its Java snippets are evaluated in order, and every
 * {@code jshell>} line of its JShell session prints what the README shows.
 */
class ReadmeTest {

  private static final Pattern JAVA = Pattern.compile("(?s)```java\n(.*?)```");
  private static final Pattern SESSION = Pattern.compile("(?s)```\n(jshell> .*?)```");

  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  @Test
  void theJavaSnippetsRunInOrderAsWritten() throws IOException {
    List<String> snippets = new ArrayList<>();
    Matcher m = JAVA.matcher(readme());
    while (m.find()) {
      snippets.add(m.group(1));
    }
    // Step 1, Steps 2 and 3, parameters, and the estimates from records (which reads a file)
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);
    try (JShellSession shell = new JShellSession()) {
      for (String snippet : snippets) {
        if (snippet.contains("PCollection")) {
          // a Beam pipeline: cmpt-beam's test runs the same statements on the direct runner
          assertCompiledIn(snippet, Path.of("..", "cmpt-beam", "src", "test", "java", "io",
              "github", "cmpt", "beam", "DirectRunnerTest.java"));
          continue;
        }
        if (snippet.contains("Path.of(\"activity-records.csv\")")) {
          // reads a file of the caller's: evaluated with the sample records instead
          shell.eval(
              "java.nio.file.Path sample = java.nio.file.Files.createTempFile(\"records\", \".csv\");"
                  + "try (var in = io.github.cmpt.examples.ActivityRecordGenerator.class"
                  + ".getResourceAsStream(\"activity-records.csv\")) { java.nio.file.Files.copy(in, sample,"
                  + " java.nio.file.StandardCopyOption.REPLACE_EXISTING); }");
          shell.eval(snippet.replace("Path.of(\"activity-records.csv\")", "sample"));
          continue;
        }
        shell.eval(snippet);
      }
      assertThat(shell.problems()).isEmpty();
      // what the comments of the snippets say
      assertThat(shell.eval("plan.get(fte)")).isEqualTo("0.8");
      // the plan over time
      assertThat(shell.eval("target")).isEqualTo("390");
      assertThat(shell.eval("relief.toBigDecimal(2, java.math.RoundingMode.HALF_UP)"))
          .isEqualTo("61.15");
      assertThat(shell.eval("need.extraFte(Role.OCCUPATIONAL_THERAPIST).get()"))
          .isEqualTo("1.88 FTE");
      assertThat(shell.eval("projection.clearingPeriod().isPresent()")).isEqualTo("true");
      assertThat(shell.eval("fte.unit()")).isEqualTo("\"FTE\"");
      assertThat(shell.eval("fuller.get(fte)")).isEqualTo("1");
      assertThat(shell.eval("step1.startsWith(\"Step 1\")")).isEqualTo("true");
      assertThat(shell.eval("comparison.contains(\"ot-1 full time\")")).isEqualTo("true");
      assertThat(shell.eval("report.contains(\"WISN view - Occupational therapist\")"))
          .isEqualTo("true");
      assertThat(shell.eval("simulation.contains(\"FTE required (OT)\")")).isEqualTo("true");
      assertThat(shell.eval("tornado.contains(\"episodesPerYear[1]\")")).isEqualTo("true");
      assertThat(shell.eval("otFte.percentile(5) < otFte.percentile(95)")).isEqualTo("true");
      assertThat(shell.eval("fromRecords.low().doubleValue() <= 88")).isEqualTo("true");
      assertThat(shell.problems()).isEmpty();
    }
  }

  /** Asserts that every statement of a snippet, but a {@code ...} placeholder, is in a source. */
  private static void assertCompiledIn(String snippet, Path source) throws IOException {
    String compiled = normalized(Files.readString(source));
    for (String statement : normalized(snippet).split(";")) {
      if (!statement.isEmpty() && !statement.contains("...")) {
        assertThat(compiled).as("%s in %s", statement, source).contains(statement);
      }
    }
  }

  private static String normalized(String code) {
    return code.replaceAll("//[^\n]*", "").replaceAll("\\s+", "");
  }

  @Test
  void theJShellSessionPrintsWhatTheReadmeShows() throws IOException {
    Matcher m = SESSION.matcher(readme());
    assertThat(m.find()).as("a JShell session in the README").isTrue();
    String[] lines = m.group(1).split("\n");
    try (JShellSession shell = new JShellSession()) {
      shell.eval(Files.readString(Path.of("jshell", "cmpt.jsh")));
      int checked = 0;
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("jshell> ")) {
          continue;
        }
        String value = shell.eval(lines[i].substring("jshell> ".length()));
        if (i + 1 < lines.length && lines[i + 1].contains(" ==> ")) {
          String shown = lines[i + 1].substring(lines[i + 1].indexOf(" ==> ") + 5);
          assertThat(value).as(lines[i]).isEqualTo(shown);
          checked++;
        }
      }
      assertThat(shell.problems()).isEmpty();
      assertThat(checked).isGreaterThanOrEqualTo(3);
    }
  }
}

package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.estimate.DataQuality;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Rejection;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files: each kind of bad input gives its located problem, loses no valid row, and quotes
 * no identifier.
 */
class HostileFilesTest {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);
  static final EstimationRules RULES =
      EstimationRules.builder()
          .levels(List.of(LOW, MODERATE))
          .window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
          .build();
  static final String HEADER = "episode,level,kind,role,minutes,date,group_size,note\n";

  /** An identifier that must never appear in a message. */
  static final String SECRET = "MRN-5550123";

  @TempDir Path dir;

  private static final ActivityCsvReader REJECT =
      ActivityCsvReader.builder().onMalformedRow(OnMalformedRow.REJECT).build();

  /** A good row of episode {@code E<i>}. */
  private static String good(int i) {
    return "E" + i + ",M,assessment,OT," + (30 + i % 60) + ",2025-03-0" + (1 + i % 9) + ",,ok\n";
  }

  private static String goodRows(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(good(i));
    }
    return sb.toString();
  }

  private static void assertNoSecret(CsvReadReport report, EpisodeAccumulator acc) {
    for (CsvProblem p : report.problems()) {
      assertThat(p.toString()).doesNotContain("5550123").doesNotContain("SMITH");
    }
    assertThat(report.toString()).doesNotContain("5550123");
    assertThat(acc.estimates().toString()).doesNotContain("5550123");
  }

  private Path file(byte[] bytes) throws IOException {
    Path f = dir.resolve("visits.csv");
    Files.write(f, bytes);
    return f;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyRuleOfTheEstimatorIsLocatedWithoutQuotingTheValue() throws IOException {
    String csv =
        HEADER
            + good(1)
            + SECRET + ",,assessment,OT,60,2025-01-01,,\n" // 3: missing level
            + SECRET + ",SMITH,assessment,OT,60,2025-01-01,,\n" // 4: unknown level
            + SECRET + ",L,SMITH,OT,60,2025-01-01,,\n" // 5: unknown kind
            + SECRET + ",L,assessment,SMITH,60,2025-01-01,,\n" // 6: unknown role
            + SECRET + ",L,assessment,OT,-5,2025-01-01,,\n" // 7: negative minutes
            + SECRET + ",L,assessment,OT,721,2025-01-01,,\n" // 8: absurd minutes
            + SECRET + ",L,group-intervention,OT,60,2025-01-01,0,\n" // 9: group size
            + SECRET + ",L,assessment,OT,60,2024-12-31,,\n" // 10: outside the window
            + good(2);
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report = REJECT.read(new StringReader(csv), "visits.csv", acc);
    assertThat(report.problems())
        .extracting(CsvProblem::toString)
        .containsExactly(
            "visits.csv, line 3, column 2 (level): no complexity level",
            "visits.csv, line 4, column 2 (level): not one of the rules' levels (a value of 5"
                + " characters)",
            "visits.csv, line 5, column 3 (kind): not one of the rules' activity kinds (a value"
                + " of 5 characters)",
            "visits.csv, line 6, column 4 (role): not one of the rules' roles (a value of 5"
                + " characters)",
            "visits.csv, line 7, column 5 (minutes): minutes < 0",
            "visits.csv, line 8, column 5 (minutes): minutes above the rules' maximum of 720",
            "visits.csv, line 9, column 7 (group_size): a group size < 1",
            "visits.csv, line 10, column 6 (date): a date outside the rules' window, 2025-01-01"
                + " to 2025-12-31");
    assertThat(report.problems())
        .extracting(CsvProblem::rule)
        .containsExactly(
            CsvRule.MISSING_LEVEL,
            CsvRule.UNKNOWN_LEVEL,
            CsvRule.UNKNOWN_KIND,
            CsvRule.UNKNOWN_ROLE,
            CsvRule.NEGATIVE_MINUTES,
            CsvRule.ABSURD_MINUTES,
            CsvRule.INVALID_GROUP_SIZE,
            CsvRule.DATE_OUTSIDE_WINDOW);
    DataQuality q = acc.estimates().quality();
    assertThat(q.accepted()).isEqualTo(2);
    assertThat(q.rejected()).isEqualTo(8).isEqualTo(report.rejected());
    for (Rejection r : Rejection.values()) {
      assertThat(report.rejected(r)).isEqualTo(q.rejected(r));
    }
    assertNoSecret(report, acc);
  }

  @Test
  void theFirstProblemsOfEachRuleAreKeptAndEveryRowIsCounted() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 25; i++) {
      csv.append(good(i));
      csv.append("E").append(i).append(",M,SMITH,OT,45,2025-01-01,,\n");
      csv.append("E").append(i).append(",M,assessment,OT,4.5,2025-01-01,,\n");
    }
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report =
        ActivityCsvReader.builder()
            .onMalformedRow(OnMalformedRow.REJECT)
            .maxProblemsPerRule(3)
            .build()
            .read(new StringReader(csv.toString()), "visits.csv", acc);
    assertThat(report.rows()).isEqualTo(75);
    assertThat(report.rejections())
        .containsExactly(Map.entry(CsvRule.MINUTES_FORMAT, 25L), Map.entry(CsvRule.UNKNOWN_KIND, 25L));
    assertThat(report.problems(CsvRule.UNKNOWN_KIND)).extracting(CsvProblem::line)
        .containsExactly(3L, 6L, 9L);
    assertThat(report.problems(CsvRule.MINUTES_FORMAT)).extracting(CsvProblem::line)
        .containsExactly(4L, 7L, 10L);
    assertThat(report.problems()).extracting(CsvProblem::line)
        .containsExactly(3L, 4L, 6L, 7L, 9L, 10L);
    assertThat(acc.accepted()).isEqualTo(25);
    assertThat(ActivityCsvReader.DEFAULT_MAX_PROBLEMS_PER_RULE).isEqualTo(10);
  }

  @Test
  void invalidUtf8RejectsItsRowNamingTheLineAndNeverMergesTwoIdentifiers() throws IOException {
    // Two identifiers that differ only in an invalid byte: replaced by U+FFFD, they would merge.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8(HEADER + goodRows(0, 3)));
    bytes.writeBytes(utf8("EP-"));
    bytes.write(0xFF);
    bytes.writeBytes(utf8("1,M,assessment,OT,45,2025-01-01,,\n")); // line 5
    bytes.writeBytes(utf8("EP-"));
    bytes.write(0xFE);
    bytes.writeBytes(utf8("1,M,assessment,OT,45,2025-01-01,,\n")); // line 6
    bytes.writeBytes(utf8("E9,M,assessment,OT,4"));
    bytes.write(0xC3); // a lead byte without its continuation
    bytes.writeBytes(utf8(",2025-01-01,,\n")); // line 7
    bytes.writeBytes(utf8(goodRows(3, 6) + "E7,M,assessment,OT,45,2025-01-01,,caf\u00e9 "));
    bytes.write(0xE2); // a sequence cut by the end of the file, in the last (ignored) column
    Path f = file(bytes.toByteArray());

    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report = REJECT.read(f, acc);
    assertThat(report.problems(CsvRule.ENCODING))
        .extracting(CsvProblem::toString)
        .containsExactly(
            "visits.csv, line 5, column 1 (episode): bytes that are not valid text in the file's"
                + " character set",
            "visits.csv, line 6, column 1 (episode): bytes that are not valid text in the file's"
                + " character set",
            "visits.csv, line 7, column 5 (minutes): bytes that are not valid text in the file's"
                + " character set",
            "visits.csv, line 11, column 8 (note): bytes that are not valid text in the file's"
                + " character set");
    assertThat(report.rows()).isEqualTo(10);
    assertThat(acc.accepted()).isEqualTo(6); // every valid row
    assertThat(acc.estimates().quality().rejected(Rejection.MALFORMED)).isEqualTo(4);

    assertThatThrownBy(() -> ActivityCsvReader.standard().read(f, new EpisodeAccumulator(RULES)))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("visits.csv, line 5, column 1 (episode): bytes that are not valid text in"
            + " the file's character set");
  }

  @Test
  void anUnclosedQuoteNamesItsLineAndTheRowsAfterItAreRead() throws IOException {
    String csv =
        HEADER
            + goodRows(0, 3)
            + "E3,M,assessment,OT,45,2025-01-01,,\"knee, then hip\n" // line 5: never closed
            + goodRows(4, 8)
            + "E8,M,assessment,OT,45,2025-01-01,,\"two\nlines\"\n" // lines 10-11: closed
            + goodRows(9, 12);
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report = REJECT.read(new StringReader(csv), "visits.csv", acc);
    assertThat(report.problems())
        .extracting(CsvProblem::toString)
        .containsExactly(
            "visits.csv, line 5, column 8 (note): a quoted field opened here is not closed"
                + " before the end of the file or within 65536 characters");
    assertThat(acc.accepted()).isEqualTo(11);
    assertThat(report.rows()).isEqualTo(12);

    // An unclosed quote in the identifier: the message names the line, not the value
    csv = HEADER + goodRows(0, 2) + "\"" + SECRET + ",M,assessment,OT,45,2025-01-01,,\n"
        + goodRows(2, 5);
    acc = new EpisodeAccumulator(RULES);
    report = REJECT.read(new StringReader(csv), "visits.csv", acc);
    assertThat(report.problems())
        .extracting(CsvProblem::line, CsvProblem::columnNumber, CsvProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 1, CsvRule.UNCLOSED_QUOTE));
    assertThat(acc.accepted()).isEqualTo(5);
    assertNoSecret(report, acc);

    CsvProblem p =
        org.assertj.core.api.Assertions.catchThrowableOfType(
                CsvFormatException.class,
                () -> ActivityCsvReader.standard().read(new StringReader(
                    HEADER + goodRows(0, 2) + "\"" + SECRET + ",M,assessment,OT,45,2025-01-01,,\n"
                        + goodRows(2, 5)), "visits.csv", new EpisodeAccumulator(RULES)))
            .problem();
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.toString()).doesNotContain("5550123");
  }

  @Test
  void anUnclosedQuoteInALargeFileStopsAtTheLongestFieldAndTheRestIsRead() throws IOException {
    String csv = HEADER + goodRows(0, 2) + "E2,M,assessment,OT,45,2025-01-01,,\"oops\n"
        + goodRows(3, 3000);
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report =
        ActivityCsvReader.builder()
            .onMalformedRow(OnMalformedRow.REJECT)
            .maxFieldChars(1000) // the rest of the file is far longer
            .build()
            .read(new StringReader(csv), "visits.csv", acc);
    assertThat(report.problems())
        .extracting(CsvProblem::line, CsvProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, CsvRule.UNCLOSED_QUOTE));
    assertThat(acc.accepted()).isEqualTo(2999);
    assertThat(report.rows()).isEqualTo(3000);
  }

  @Test
  void aTwentyMegabyteFieldRejectsItsRowAndTheReadGoesOn() throws IOException {
    String huge = "x".repeat(20 << 20);
    String csv =
        HEADER + goodRows(0, 2)
            + "E2,M,assessment,OT,45,2025-01-01,," + huge + "\n" // line 4, unquoted
            + goodRows(3, 5)
            + "E5,M,assessment,OT,45,2025-01-01,,\"" + huge + "\"\n" // line 7, quoted
            + SECRET + huge + ",M,assessment,OT,45,2025-01-01,,\n" // line 8, in the identifier
            + goodRows(6, 9);
    Path f = file(utf8(csv));
    huge = null;
    csv = null;
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report = REJECT.read(f, acc);
    assertThat(report.problems())
        .extracting(CsvProblem::toString)
        .containsExactly(
            "visits.csv, line 4, column 8 (note): a field longer than 65536 characters",
            "visits.csv, line 7, column 8 (note): a field longer than 65536 characters",
            "visits.csv, line 8, column 1 (episode): a field longer than 65536 characters");
    assertThat(acc.accepted()).isEqualTo(7);
    assertNoSecret(report, acc);
  }

  @Test
  void aShiftedRowNeverPutsAnIdentifierInAMessage() throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("notes,episode,minutes,level,kind,role,date\n");
    rows.add("ok,E1,45,M,assessment,OT,2025-01-01\n");
    rows.add("knee, hip," + SECRET + ",45,M,assessment,OT,2025-01-01\n"); // one column too many
    rows.add("," + SECRET + ",M,assessment,OT,2025-01-01\n"); // one too few
    rows.add("ok,45," + SECRET + ",M,assessment,OT,2025-01-01\n"); // swapped: minutes
    rows.add("ok,E2,45," + SECRET + ",assessment,OT,2025-01-01\n"); // unknown level
    rows.add("ok,E2,45,M,assessment,OT," + SECRET + "\n"); // date
    EpisodeAccumulator acc = new EpisodeAccumulator(RULES);
    CsvReadReport report = REJECT.read(new StringReader(String.join("", rows)), "x.csv", acc);
    assertThat(report.rejections())
        .containsExactly(
            Map.entry(CsvRule.FIELD_COUNT, 2L),
            Map.entry(CsvRule.MINUTES_FORMAT, 1L),
            Map.entry(CsvRule.DATE_FORMAT, 1L),
            Map.entry(CsvRule.UNKNOWN_LEVEL, 1L));
    assertThat(acc.accepted()).isEqualTo(1);
    assertNoSecret(report, acc);
    for (String row : rows.subList(2, rows.size())) {
      try {
        ActivityCsvReader.standard()
            .read(new StringReader(rows.get(0) + row), "x.csv", new EpisodeAccumulator(RULES));
      } catch (CsvFormatException e) {
        assertThat(e.getMessage()).doesNotContain("5550123");
      }
    }
  }
}

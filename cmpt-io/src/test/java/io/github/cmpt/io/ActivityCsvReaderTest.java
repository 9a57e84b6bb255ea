package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.estimate.ActivityEstimate;
import io.github.cmpt.estimate.DataQuality;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Estimates;
import io.github.cmpt.estimate.LevelEstimate;
import io.github.cmpt.estimate.Rejection;
import io.github.cmpt.vocabulary.Role;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityCsvReaderTest {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);
  static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);
  static final EstimationRules RULES =
      EstimationRules.builder().levels(List.of(LOW, MODERATE, HIGH)).build();

  static final String HEADER = "episode,level,kind,role,minutes,date,group_size\n";

  private static EpisodeAccumulator acc() {
    return new EpisodeAccumulator(RULES);
  }

  private static CsvReadReport read(String csv, EpisodeAccumulator into) throws IOException {
    return ActivityCsvReader.standard().read(new StringReader(csv), "test.csv", into);
  }

  private static CsvProblem failure(String csv) {
    try {
      read(csv, acc());
    } catch (CsvFormatException e) {
      assertThat(e.getMessage()).isEqualTo(e.problem().toString());
      return e.problem();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no CsvFormatException");
  }

  @Test
  void aGoodFileFeedsTheAccumulator() throws IOException {
    // The columns in another order, names in other cases and spellings, an extra column with a
    // quoted comma, CRLF line breaks, an empty line, codes and names in any case.
    String csv =
        "Date,Episode,Role,Kind,Minutes,Level,Group Size,Note\r\n"
            + "2025-01-06,A,OT,assessment,60,M,,\"first visit, at home\"\r\n"
            + "2025-01-08,A,ot,Individual intervention,45,moderate,,\r\n"
            + "\r\n"
            + "2025-01-15,A,OTA,INDIVIDUAL_INTERVENTION,30,M,,\r\n"
            + "2025-01-17,A,OT,group-intervention,60,M,4,\r\n"
            + "2025-02-03, B ,OT,assessment, 90 ,M,,\r\n"
            + "2025-02-05,B,OT,individual-intervention,45,M,1,\r\n"
            + "2025-03-03,C,OT,assessment,75,M,,\r\n"
            + "2025-03-03,C,OT,Indirect activity,30,M,,\r\n";
    EpisodeAccumulator acc = acc();
    CsvReadReport report = read(csv, acc);
    assertThat(report.rows()).isEqualTo(8);
    assertThat(report.malformed()).isZero();
    assertThat(report.toString()).isEqualTo("CsvReadReport[test.csv, 8 rows, 0 rejected]");
    Estimates e = acc.estimates();
    assertThat(e.quality().accepted()).isEqualTo(8);
    LevelEstimate m = e.level(MODERATE).orElseThrow();
    assertThat(m.minutesPerEpisode().values())
        .extracting(BigDecimal::intValueExact)
        .containsExactly(105, 135, 150);
    ActivityEstimate group =
        m.activity(ActivityKind.GROUP_INTERVENTION, Role.OCCUPATIONAL_THERAPIST).orElseThrow();
    assertThat(group.meanGroupSize()).isEqualByComparingTo("4");
    assertThat(m.activity(ActivityKind.INDIVIDUAL_INTERVENTION, Role.OT_ASSISTANT)).isPresent();
    assertThat(e.quality().flaggedEpisodes(io.github.cmpt.estimate.EpisodeFlag.SINGLE_RECORD))
        .isEmpty();
  }

  @Test
  void theGroupSizeColumnIsOptional() throws IOException {
    EpisodeAccumulator acc = acc();
    read("episode,level,kind,role,minutes,date\nE1,L,assessment,PT,60,2025-01-01\n", acc);
    assertThat(acc.accepted()).isEqualTo(1);
  }

  @Test
  void rowsThatBreakARuleAreCountedUnderTheirReason() throws IOException {
    String csv =
        HEADER
            + "E1,,assessment,OT,60,2025-01-01,\n" // no level
            + "E1,Z,assessment,OT,60,2025-01-01,\n" // unknown level
            + "E1,L,equipment fitting,OT,60,2025-01-01,\n" // unknown kind
            + "E1,L,,OT,60,2025-01-01,\n" // no kind
            + "E1,L,assessment,KIN,60,2025-01-01,\n" // unknown role
            + "E1,,equipment fitting,KIN,-5,2025-01-01,\n" // no level first
            + "E1,L,assessment,OT,-5,2025-01-01,\n" // negative
            + "E1,L,assessment,OT,721,2025-01-01,\n" // absurd
            + "E1,L,group-intervention,OT,60,2025-01-01,0\n" // group size
            + "E1,L,assessment,OT,60,2025-01-01,\n"; // good
    EpisodeAccumulator acc = acc();
    read(csv, acc);
    DataQuality q = acc.estimates().quality();
    assertThat(q.rejections())
        .containsExactly(
            Map.entry(Rejection.MISSING_LEVEL, 2L),
            Map.entry(Rejection.UNKNOWN_LEVEL, 1L),
            Map.entry(Rejection.UNKNOWN_KIND, 2L),
            Map.entry(Rejection.UNKNOWN_ROLE, 1L),
            Map.entry(Rejection.NEGATIVE_MINUTES, 1L),
            Map.entry(Rejection.ABSURD_MINUTES, 1L),
            Map.entry(Rejection.INVALID_GROUP_SIZE, 1L));
    assertThat(q.seen()).isEqualTo(10);
    assertThat(q.accepted()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "E9,M,assessment,OT,4.5,2025-01-01,|2|5|minutes|not a whole number of minutes (a value of"
            + " 3 characters)",
        "E9,M,assessment,OT,,2025-01-01,|2|5|minutes|no minutes",
        "E9,M,assessment,OT,45 min,2025-01-01,|2|5|minutes|not a whole number of minutes (a"
            + " value of 6 characters)",
        "E9,M,assessment,OT,45,2025-02-30,|2|6|date|not an ISO-8601 date, yyyy-mm-dd (a value"
            + " of 10 characters)",
        "E9,M,assessment,OT,45,04/03/2025,|2|6|date|not an ISO-8601 date, yyyy-mm-dd (a value"
            + " of 10 characters)",
        "E9,M,assessment,OT,45,,|2|6|date|no date",
        "E9,M,group-intervention,OT,45,2025-01-01,six|2|7|group_size|not a whole number of"
            + " clients (a value of 3 characters)",
        "  ,M,assessment,OT,45,2025-01-01,|2|1|episode|no episode identifier",
      })
  void aMalformedValueIsReportedWithItsLineAndColumn(
      String row, long line, int column, String name, String message) {
    CsvProblem p = failure(HEADER + row + "\n");
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.columnNumber()).isEqualTo(column);
    assertThat(p.column()).contains(name);
    assertThat(p.message()).isEqualTo(message);
    assertThat(p.toString())
        .isEqualTo("test.csv, line " + line + ", column " + column + " (" + name + "): "
            + message);
  }

  @Test
  void theLineIsWhereTheRowStartsAfterMultiLineFieldsAndEmptyLines() {
    String csv =
        "episode,level,kind,role,minutes,date,note\n"
            + "E1,M,assessment,OT,45,2025-01-01,\"two\nlines\"\n"
            + "\n"
            + "E2,M,assessment,OT,45,2025-01-01,ok\n"
            + "E3,M,assessment,OT,4.5,2025-01-01,bad\n";
    CsvProblem p = failure(csv);
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.toString())
        .isEqualTo("test.csv, line 6, column 5 (minutes): not a whole number of minutes (a value"
            + " of 3 characters)");
  }

  @Test
  void aRowWithFewerOrMoreFieldsThanTheHeaderIsMalformed() {
    assertThat(failure(HEADER + "E1,M,assessment,OT,45\n").toString())
        .isEqualTo("test.csv, line 2: 5 fields where the header has 7");
    assertThat(failure(HEADER + "E1,M,assessment,OT,45,2025-01-01,,note, with comma\n")
            .toString())
        .isEqualTo("test.csv, line 2: 9 fields where the header has 7");
  }

  @Test
  void aShiftedIdentifierIsNeverQuotedInAProblem() {
    // an unquoted comma in the first column shifts the identifier under "minutes"
    String csv =
        "notes,episode,minutes,level,kind,role,date\n"
            + "knee, hip,E-1042-SMITH,45,M,assessment,OT,2025-01-01\n";
    CsvProblem p = failure(csv);
    assertThat(p.toString()).isEqualTo("test.csv, line 2: 8 fields where the header has 7");
    assertThat(p.toString()).doesNotContain("SMITH");
  }

  @Test
  void aMissingOrRepeatedColumnInTheHeaderIsReported() {
    assertThat(failure("episode,level,kind,role,date\nE1,M,assessment,OT,2025-01-01\n")
            .toString())
        .isEqualTo("test.csv, line 1: missing column \"minutes\"; the header has \"episode\","
            + " \"level\", \"kind\", \"role\", \"date\"");
    assertThat(failure("Episode ID,Level\nE1,M\n").toString())
        .isEqualTo("test.csv, line 1: missing columns \"episode\", \"kind\", \"role\","
            + " \"minutes\", \"date\"; the header has \"Episode ID\", \"Level\"");
    assertThat(failure("episode,level,kind,role,minutes,date,Minutes\n").toString())
        .isEqualTo("test.csv, line 1, column 7 (Minutes): column \"minutes\" appears twice,"
            + " also in column 5");
    assertThat(failure("").toString()).isEqualTo("test.csv, line 1: no header row");
    assertThat(failure("\n\n").toString()).isEqualTo("test.csv, line 1: no header row");
  }

  @Test
  void identifiersNeverAppearInMessages() {
    CsvProblem p = failure(HEADER + "MRN-5550123,M,assessment,OT,4.5,2025-01-01,\n");
    assertThat(p.toString()).doesNotContain("5550123");
    p = failure(HEADER + "MRN-5550123,M,assessment,OT,45,2025-01-01\n");
    assertThat(p.toString()).doesNotContain("5550123");
  }

  @Test
  void rejectingMalformedRowsCountsThemAndKeepsTheirProblems() throws IOException {
    String csv =
        HEADER
            + "E1,M,assessment,OT,45,2025-01-01,\n"
            + "E1,M,assessment,OT,4.5,2025-01-01,\n"
            + "E1,M,assessment,OT,45,2025-13-01,\n"
            + "E1,M,assessment,OT,45\n"
            + "E2,M,assessment,OT,-45,2025-01-01,\n"
            + "E2,M,assessment,OT,30,2025-01-02,\n";
    EpisodeAccumulator acc = acc();
    ActivityCsvReader reader =
        ActivityCsvReader.builder().onMalformedRow(OnMalformedRow.REJECT).maxProblemsPerRule(1)
            .build();
    CsvReadReport report = reader.read(new StringReader(csv), "test.csv", acc);
    assertThat(report.rows()).isEqualTo(6);
    assertThat(report.malformed()).isEqualTo(3);
    assertThat(report.rejected()).isEqualTo(4);
    assertThat(report.problems())
        .extracting(CsvProblem::toString)
        .containsExactly(
            "test.csv, line 3, column 5 (minutes): not a whole number of minutes (a value of 3"
                + " characters)",
            "test.csv, line 4, column 6 (date): not an ISO-8601 date, yyyy-mm-dd (a value of 10"
                + " characters)",
            "test.csv, line 5: 5 fields where the header has 7",
            "test.csv, line 6, column 5 (minutes): minutes < 0");
    assertThat(report.rejections())
        .containsExactly(
            Map.entry(CsvRule.FIELD_COUNT, 1L),
            Map.entry(CsvRule.MINUTES_FORMAT, 1L),
            Map.entry(CsvRule.DATE_FORMAT, 1L),
            Map.entry(CsvRule.NEGATIVE_MINUTES, 1L));
    assertThat(report.toString())
        .isEqualTo("CsvReadReport[test.csv, 6 rows, 4 rejected (field-count 1, minutes-format 1,"
            + " date-format 1, negative-minutes 1)]");
    DataQuality q = acc.estimates().quality();
    assertThat(q.rejected(Rejection.MALFORMED)).isEqualTo(3);
    assertThat(q.rejected(Rejection.NEGATIVE_MINUTES)).isEqualTo(1);
    assertThat(q.seen()).isEqualTo(6);
    assertThat(q.accepted()).isEqualTo(2);
    assertThat(reader.toString())
        .isEqualTo("ActivityCsvReader[separator ',', UTF-8, on malformed rows reject, keep 1"
            + " problems per rule]");
  }

  @Test
  void aFileWithAByteOrderMarkAndAnotherSeparatorIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("visits.csv");
    String csv =
        "\uFEFFepisode;level;kind;role;minutes;date\n"
            + "E1;H;assessment;SLP;90;2025-05-01\n"
            + "E1;H;consultation;SLP;30;2025-05-08\n";
    Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
    EpisodeAccumulator acc = acc();
    CsvReadReport report =
        ActivityCsvReader.builder().separator(';').build().read(file, acc);
    assertThat(report.source()).isEqualTo("visits.csv");
    assertThat(acc.estimates().level(HIGH).orElseThrow().minutesPerEpisode().max())
        .isEqualByComparingTo("120");
    assertThat(acc.estimates().level(HIGH).orElseThrow().episodeWeeks().max())
        .isEqualByComparingTo("1.142857142857142857142857142857143"); // 8 days
  }

  @Test
  void aMissingFileIsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> ActivityCsvReader.standard().read(dir.resolve("none.csv"), acc()))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(CsvFormatException.class);
  }

  @Test
  void theReaderGivenIsNotClosed() throws IOException {
    StringReader r = new StringReader(HEADER + "E1,M,assessment,OT,45,2025-01-01,\n");
    read(HEADER, acc());
    ActivityCsvReader.standard().read(r, "test.csv", acc());
    assertThat(r.ready()).isTrue(); // a closed StringReader throws
  }

  @Test
  void theRulesMustNameTheLevels() {
    assertThatThrownBy(
            () -> ActivityCsvReader.standard()
                .read(new StringReader(HEADER), "test.csv", new EpisodeAccumulator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for into.rules().levels() (valid values at least one level,"
            + " to look level codes up): none");
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> ActivityCsvReader.builder().separator('"'))
        .hasMessage("Invalid value for separator (valid values not a quote, line break, letter"
            + " or digit): '\"'");
    assertThatThrownBy(() -> ActivityCsvReader.builder().maxProblemsPerRule(-1))
        .hasMessage("Invalid value for maxProblemsPerRule (valid values x >= 0): -1");
    assertThatThrownBy(() -> ActivityCsvReader.builder().maxFieldChars(0))
        .hasMessage("Invalid value for maxFieldChars (valid values x >= 1): 0");
    assertThat(ActivityCsvReader.standard().toString())
        .isEqualTo("ActivityCsvReader[separator ',', UTF-8, on malformed rows fail]");
    assertThat(ActivityCsvReader.builder().build()).isEqualTo(ActivityCsvReader.standard());
  }
}

package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file split at any lines into parts read in parallel gives what one pass gives. */
class ChunkedReadPropertiesTest {

  static final List<ComplexityLevel> LEVELS =
      List.of(ComplexityLevel.of("L", "Low", 1), ComplexityLevel.of("M", "Moderate", 2));
  static final EstimationRules RULES =
      EstimationRules.builder()
          .levels(LEVELS)
          .window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
          .build();
  static final String[] KINDS = {"assessment", "group-intervention", "indirect", "SMITH"};
  static final String[] ROLES = {"OT", "PT", "OTA", "XX"};

  @TempDir Path dir;

  /** Rows of good and bad records, without quoted line breaks unless asked. */
  static String csv(Random rnd, int rows, boolean quotedLineBreak) {
    StringBuilder sb = new StringBuilder("episode,level,kind,role,minutes,date,group_size,note\n");
    for (int i = 0; i < rows; i++) {
      int bad = rnd.nextInt(30);
      String minutes = bad == 0 ? "4.5" : bad == 1 ? "-3" : Integer.toString(rnd.nextInt(120));
      String date = bad == 2 ? "2025-02-30" : "2025-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(9);
      String level = bad == 3 ? "" : LEVELS.get(rnd.nextInt(2)).code();
      String group = rnd.nextInt(4) == 0 ? Integer.toString(2 + rnd.nextInt(10)) : "";
      String note = rnd.nextInt(10) == 0 ? "\"a, quoted \"\"note\"\"\"" : "n";
      if (quotedLineBreak && i == rows / 2) {
        note = "\"two\nlines\"";
      }
      sb.append(bad == 4 ? "" : "E" + rnd.nextInt(rows / 3 + 1)).append(',')
          .append(level).append(',')
          .append(KINDS[rnd.nextInt(bad == 5 ? 4 : 3)]).append(',')
          .append(ROLES[rnd.nextInt(bad == 6 ? 4 : 3)]).append(',')
          .append(minutes).append(',').append(date).append(',').append(group).append(',')
          .append(note)
          .append(bad == 7 ? ",extra" : "")
          .append(rnd.nextInt(8) == 0 ? "\r\n" : "\n");
      if (rnd.nextInt(40) == 0) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** Byte positions of the starts of lines, 0 first, chosen at random. */
  static long[] starts(Random rnd, byte[] bytes, int parts) {
    List<Long> lineStarts = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lineStarts.add(i + 1L);
      }
    }
    TreeSet<Long> chosen = new TreeSet<>();
    chosen.add(0L);
    for (int i = 1; i < parts && !lineStarts.isEmpty(); i++) {
      chosen.add(lineStarts.get(rnd.nextInt(lineStarts.size())));
    }
    return chosen.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void partsReadInParallelGiveTheEstimatesAndReportOfOnePass() {
    ActivityCsvReader reader =
        ActivityCsvReader.builder().onMalformedRow(OnMalformedRow.REJECT).maxProblemsPerRule(2)
            .build();
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(0, 400), integers().between(1, 6))
        .checkAssert(
            (seed, rows, parts) -> {
              try {
                Random rnd = new Random(seed);
                byte[] bytes = csv(rnd, rows, rnd.nextInt(5) == 0)
                    .getBytes(StandardCharsets.UTF_8);
                Path f = Files.write(dir.resolve("f" + seed + ".csv"), bytes);
                EpisodeAccumulator one = new EpisodeAccumulator(RULES);
                CsvReadReport expected = reader.read(f, one);
                EpisodeAccumulator split = new EpisodeAccumulator(RULES);
                CsvReadReport actual = reader.read(f, split, starts(rnd, bytes, parts));
                assertThat(actual).isEqualTo(expected);
                assertThat(split.estimates()).isEqualTo(one.estimates());
                Files.delete(f);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void theFirstMalformedRowInTheFileIsTheOneThrown() throws IOException {
    Random rnd = new Random(42);
    byte[] bytes = csv(rnd, 2000, false).getBytes(StandardCharsets.UTF_8);
    Path f = Files.write(dir.resolve("fail.csv"), bytes);
    CsvProblem expected = null;
    try {
      ActivityCsvReader.standard().read(f, new EpisodeAccumulator(RULES));
    } catch (CsvFormatException e) {
      expected = e.problem();
    }
    assertThat(expected).isNotNull();
    for (int parts = 2; parts < 6; parts++) {
      try {
        ActivityCsvReader.standard().read(f, new EpisodeAccumulator(RULES),
            starts(rnd, bytes, parts));
        throw new AssertionError("not thrown");
      } catch (CsvFormatException e) {
        assertThat(e.problem()).isEqualTo(expected);
      }
    }
  }

  @Test
  void allCoresGiveWhatOneThreadGives() throws IOException {
    Random rnd = new Random(7);
    Path f = Files.write(dir.resolve("all.csv"),
        csv(rnd, 5000, false).getBytes(StandardCharsets.UTF_8));
    ActivityCsvReader.Builder b = ActivityCsvReader.builder().onMalformedRow(OnMalformedRow.REJECT);
    EpisodeAccumulator one = new EpisodeAccumulator(RULES);
    EpisodeAccumulator four = new EpisodeAccumulator(RULES);
    CsvReadReport r1 = b.build().read(f, one);
    ActivityCsvReader parallel = b.threads(4).build();
    CsvReadReport r4 = parallel.read(f, four);
    assertThat(r4).isEqualTo(r1);
    assertThat(four.estimates()).isEqualTo(one.estimates());
    assertThat(parallel.toString()).endsWith(", 4 threads]");
  }
}

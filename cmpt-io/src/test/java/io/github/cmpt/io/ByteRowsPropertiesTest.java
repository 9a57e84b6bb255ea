package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.estimate.EpisodeAccumulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading good rows straight from the bytes gives what reading every row as characters gives:
 * the same report (counts, problems and their places) and the same estimates, on files that mix
 * good rows with every kind of row the bytes path leaves to the characters path.
 */
class ByteRowsPropertiesTest {

  @TempDir Path dir;

  private static final String[] ODD = {
    "\"E9\",\"L\",\"assessment\",\"OT\",\"30\",\"2025-03-04\",\"\",\"quoted\"\n",
    "E\u00e9,L,assessment,OT,30,2025-03-04,,accent\n",
    "E7 , m , Assessment , ot , 30 , 2025-03-04 , 2 , spaces and case\n",
    "E7,Moderate,group intervention,OT,60,2025-03-04,3,names\n",
    "E7,L,group_intervention,PT,60,2025-03-04,+3,underscore\n",
    "E8,L,assessment,OT,30,2025-03-04,,lone\rcarriage return\n",
    "E8,L,assessment,OT,30,2025-03-04,,tab\there\n",
    "E8,L,assessment,OT,30,2025-03-04,,\"unclosed\n",
    "E8,L,assessment,OT,30,2025-03-04,,\"closed\"then text\n",
    "E8,L,assessment,OT,30,2025-03-04,,mid\"quote\n",
    "E8,L,assessment,OT,30,2025-13-04,,bad date\n",
    "E8,L,assessment,OT,99999999999999999999,2025-03-04,,long number\n",
    "E8,L,assessment,OT,30,2025-03-04,99999999999,big group\n",
    "E8,L,assessment,OT,30,2025-03-04,0,zero group\n",
    "E8,L,assessment,OT,30,2026-03-04,,outside window\n",
    " ,L,assessment,OT,30,2025-03-04,,blank id\n",
    "   \n",
    "\r\n",
  };

  /** A file of good rows with odd ones mixed in, and now and then invalid UTF-8. */
  static byte[] file(Random rnd, int rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String base = ChunkedReadPropertiesTest.csv(rnd, rows, rnd.nextInt(6) == 0);
    String[] lines = base.split("(?<=\n)");
    for (int i = 0; i < lines.length; i++) {
      out.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
      if (i > 0 && rnd.nextInt(8) == 0) {
        out.writeBytes(ODD[rnd.nextInt(ODD.length)].getBytes(StandardCharsets.UTF_8));
      }
      if (i > 0 && rnd.nextInt(60) == 0) {
        out.writeBytes(new byte[] {'E', (byte) 0xC3, ',', 'L', '\n'});
      }
    }
    if (rnd.nextBoolean()) {
      // no line feed at the end
      out.writeBytes("E1,L,assessment,OT,15,2025-03-04,,last".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void bytesAndCharactersGiveTheSameReportAndEstimates() {
    ActivityCsvReader.Builder b =
        ActivityCsvReader.builder().onMalformedRow(OnMalformedRow.REJECT).maxProblemsPerRule(3);
    ActivityCsvReader bytes = b.build();
    ActivityCsvReader chars = b.byBytes(false).build();
    qt().withExamples(80)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 3))
        .checkAssert(
            (seed, rows, threads) -> {
              try {
                Random rnd = new Random(seed);
                Path f = Files.write(dir.resolve("f" + seed + ".csv"), file(rnd, rows));
                EpisodeAccumulator expected = new EpisodeAccumulator(ChunkedReadPropertiesTest.RULES);
                CsvReadReport byChars = chars.read(f, expected);
                EpisodeAccumulator actual = new EpisodeAccumulator(ChunkedReadPropertiesTest.RULES);
                ActivityCsvReader reader =
                    threads == 1 ? bytes : b.byBytes(true).threads(threads).build();
                CsvReadReport byBytes = reader.read(f, actual);
                assertThat(byBytes).isEqualTo(byChars);
                assertThat(actual.seen()).isEqualTo(expected.seen());
                assertThat(actual.estimates()).isEqualTo(expected.estimates());
                assertThat(actual.estimates().quality()).isEqualTo(expected.estimates().quality());
                Files.delete(f);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void theFirstMalformedRowIsTheOneThrownEitherWay() throws IOException {
    Random rnd = new Random(11);
    Path f = Files.write(dir.resolve("fail.csv"), file(rnd, 500));
    CsvProblem byChars = null;
    try {
      ActivityCsvReader.builder().byBytes(false).build()
          .read(f, new EpisodeAccumulator(ChunkedReadPropertiesTest.RULES));
    } catch (CsvFormatException e) {
      byChars = e.problem();
    }
    CsvProblem byBytes = null;
    try {
      ActivityCsvReader.standard().read(f, new EpisodeAccumulator(ChunkedReadPropertiesTest.RULES));
    } catch (CsvFormatException e) {
      byBytes = e.problem();
    }
    assertThat(byChars).isNotNull();
    assertThat(byBytes).isEqualTo(byChars);
  }
}

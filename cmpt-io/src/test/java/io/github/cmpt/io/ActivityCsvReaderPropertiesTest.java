package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Rejection;
import io.github.cmpt.vocabulary.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading records from CSV gives the same estimates as accepting the same records directly. */
class ActivityCsvReaderPropertiesTest {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);
  static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);
  static final ComplexityLevel UNLISTED = ComplexityLevel.of("X", "Unlisted", 9);
  static final List<ComplexityLevel> LEVELS = List.of(LOW, MODERATE, HIGH);
  static final EstimationRules RULES =
      EstimationRules.builder()
          .levels(LEVELS)
          .window(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
          .build();
  static final ActivityKind UNKNOWN_KIND = ActivityKind.of("Equipment fitting");
  static final Role UNKNOWN_ROLE = Role.ofClinician("KIN", "Kinesiologist");

  @Test
  void csvRowsAndRecordsGiveTheSameEstimates() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, count) -> {
              Random rnd = new Random(seed);
              StringBuilder csv = new StringBuilder("Episode,Kind,Level,Minutes,Date,Role,Group size\n");
              EpisodeAccumulator direct = new EpisodeAccumulator(RULES);
              for (int i = 0; i < count; i++) {
                if (rnd.nextInt(25) == 0) {
                  csv.append("E1,assessment,L,12.5,2025-01-01,OT,\n");
                  direct.countRejected(Rejection.MALFORMED);
                  continue;
                }
                ActivityRecord r = record(rnd);
                direct.accept(r);
                csv.append(row(rnd, r));
              }
              EpisodeAccumulator viaCsv = new EpisodeAccumulator(RULES);
              try {
                ActivityCsvReader.builder()
                    .onMalformedRow(OnMalformedRow.REJECT)
                    .build()
                    .read(new StringReader(csv.toString()), "generated.csv", viaCsv);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(viaCsv.estimates()).isEqualTo(direct.estimates());
            });
  }

  private static ActivityRecord record(Random rnd) {
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.episode("E" + rnd.nextInt(25));
    int l = rnd.nextInt(15);
    if (l > 0) {
      b.level(l == 1 ? UNLISTED : LEVELS.get(l % 3));
    }
    b.kind(rnd.nextInt(15) == 0 ? UNKNOWN_KIND : ActivityKind.standardKinds().get(rnd.nextInt(8)));
    b.role(rnd.nextInt(15) == 0 ? UNKNOWN_ROLE : Role.standardRoles().get(rnd.nextInt(8)));
    int m = rnd.nextInt(20);
    b.minutes(m == 0 ? -1 - rnd.nextInt(30) : m == 1 ? 721 + rnd.nextInt(100) : rnd.nextInt(200));
    if (rnd.nextInt(3) == 0) {
      b.groupSize(rnd.nextInt(10));
    }
    b.date(LocalDate.of(2023, 12, 1).plusDays(rnd.nextInt(800)));
    return b.build();
  }

  /** Writes a record as a row, spelling codes in the ways the reader accepts. */
  private static String row(Random rnd, ActivityRecord r) {
    String level =
        r.level()
            .map(l -> rnd.nextBoolean() ? l.code() : l.name().toUpperCase(Locale.ROOT))
            .orElse(rnd.nextBoolean() ? "" : "  ");
    String kind =
        rnd.nextBoolean()
            ? r.kind().code()
            : rnd.nextBoolean() ? r.kind().name() : r.kind().code().replace('-', '_');
    String role = rnd.nextBoolean() ? r.role().code() : r.role().code().toLowerCase(Locale.ROOT);
    String group = r.groupSize().isPresent() ? Integer.toString(r.groupSize().getAsInt()) : "";
    String date = r.date().toString();
    String episode = rnd.nextInt(5) == 0 ? "\"" + r.episode() + "\"" : r.episode();
    return String.join(
            ",", episode, kind, level, " " + r.minutes(), date, role, group)
        + (rnd.nextBoolean() ? "\n" : "\r\n");
  }
}

package io.github.cmpt.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.Coder;
import org.junit.jupiter.api.Test;

/** The serial forms round-trip any partial state, and partial states merge in any order. */
class CodersTest {

  static final EpisodeAccumulatorCoder ACC = EpisodeAccumulatorCoder.of(Records::rules);
  static final ActivityRecordCoder RECORD = ActivityRecordCoder.of(Records::rules);

  static <T> T roundTrip(Coder<T> coder, T value) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      coder.encode(value, out);
      return coder.decode(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anyPartialStateRoundTripsAndPartsMergeInAnyOrder() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 5))
        .checkAssert(
            (seed, count, parts) -> {
              List<ActivityRecord> records = Records.records(seed, count);
              EpisodeAccumulator whole = new EpisodeAccumulator(Records.rules());
              List<EpisodeAccumulator> accs = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                accs.add(new EpisodeAccumulator(Records.rules()));
              }
              Random rnd = new Random(seed);
              for (ActivityRecord r : records) {
                ActivityRecord coded = roundTrip(RECORD, r);
                assertThat(coded.episode()).isEqualTo(r.episode());
                assertThat(whole.accept(r)).isEqualTo(
                    accs.get(rnd.nextInt(parts)).accept(coded));
              }
              Estimates expected = whole.estimates();
              assertThat(roundTrip(ACC, whole).estimates()).isEqualTo(expected);
              // made on different machines: coded, then merged in any order and grouping
              List<EpisodeAccumulator> coded = new ArrayList<>();
              for (EpisodeAccumulator a : accs) {
                coded.add(roundTrip(ACC, a));
              }
              Collections.shuffle(coded, rnd);
              while (coded.size() > 1) {
                EpisodeAccumulator a = coded.remove(rnd.nextInt(coded.size()));
                EpisodeAccumulator b = coded.remove(rnd.nextInt(coded.size()));
                coded.add(roundTrip(ACC, a.merge(b)));
              }
              assertThat(coded.get(0).estimates()).isEqualTo(expected);
              assertThat(coded.get(0).seen()).isEqualTo(records.size());
            });
  }

  @Test
  void anotherVersionOrOtherRulesAreRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ACC.encode(new EpisodeAccumulator(Records.rules()), out);
    byte[] bytes = out.toByteArray();
    bytes[4] = 2; // the version
    assertThatThrownBy(() -> ACC.decode(new ByteArrayInputStream(bytes)))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessage("Invalid value for serial form (valid values version 1 of an accumulator):"
            + " version 2");
    bytes[4] = 1;
    bytes[8] = 99; // the number of kinds
    assertThatThrownBy(() -> ACC.decode(new ByteArrayInputStream(bytes)))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageStartingWith("Invalid value for rules");
    assertThat(EpisodeAccumulator.SERIAL_VERSION).isEqualTo(1);
  }
}

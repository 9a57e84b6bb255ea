package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cmpt.testing.NullArguments;
import io.github.cmpt.testing.NullArgumentsContract;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of cmpt-io rejects a null argument (one not marked
 * {@code @Nullable}) with a {@link NullPointerException} that names the parameter.
 */
class NullArgumentsTest extends NullArgumentsContract {

  private static final String ROOT = "io.github.cmpt.io";

  private static final Map<Class<?>, Object> DEFAULTS = defaults();

  private static Map<Class<?>, Object> defaults() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(String.class, "x");
    d.put(int.class, 1);
    d.put(long.class, 1L);
    d.put(EstimationRules.class, ActivityCsvReaderTest.RULES);
    d.put(EpisodeAccumulator.class, new EpisodeAccumulator(ActivityCsvReaderTest.RULES));
    d.put(Reader.class, new StringReader(""));
    d.put(Path.class, Path.of("activity.csv"));
    d.put(ActivityCsvReader.class, ActivityCsvReader.standard());
    d.put(ActivityCsvReader.Builder.class, ActivityCsvReader.builder());
    String csv = ActivityCsvReaderTest.HEADER + "E1,L,assessment,OT,60,2026-01-05,\n";
    try {
      d.put(CsvReadReport.class, ActivityCsvReader.standard().read(new StringReader(csv), "t.csv",
          new EpisodeAccumulator(ActivityCsvReaderTest.RULES)));
      ActivityCsvReader.standard().read(new StringReader(csv.replace(",60,", ",x,")), "t.csv",
          new EpisodeAccumulator(ActivityCsvReaderTest.RULES));
    } catch (CsvFormatException e) {
      d.put(CsvFormatException.class, e);
      d.put(CsvProblem.class, e.problem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  private static final NullArguments CHECKS = NullArguments.withDefaults(DEFAULTS);

  @Override
  protected NullArguments checks() {
    return CHECKS;
  }

  @Override
  protected String root() {
    return ROOT;
  }

  @Override
  protected int leastInstanceClasses() {
    return 5;
  }

  @Test
  void findsTheWholeApi() throws IOException {
    assertThat(publicClasses())
        .contains(ActivityCsvReader.class, ActivityCsvReader.Builder.class, CsvReadReport.class)
        .doesNotContain(NullArgumentsTest.class);
  }

  /** Representative methods, with the name each gives to its null argument. */
  @Test
  void methodsNameTheirParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> ActivityCsvReader.standard()
            .read((Path) null, new EpisodeAccumulator(ActivityCsvReaderTest.RULES)))
        .withMessage("file");
    assertThatNullPointerException()
        .isThrownBy(() -> ActivityCsvReader.standard().read(new StringReader(""), "s", null))
        .withMessage("into");
  }
}

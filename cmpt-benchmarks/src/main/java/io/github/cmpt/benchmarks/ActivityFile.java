package io.github.cmpt.benchmarks;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.vocabulary.Role;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, reproducible file of activity records for the benchmarks: any number of rows
 * spread over any number of episodes, every row valid, dated in order across one fiscal year, such
 * as
 *
 * <pre>{@code
 * episode,level,kind,role,minutes,date,group_size
 * EP-1000412,M,individual-intervention,PT,45,2024-04-01,
 * EP-1000007,H,group-intervention,OTA,60,2024-04-01,5
 * }</pre>
 *
 * <p>Each row belongs to an episode drawn at random, so that the rows of an episode are scattered
 * through the file as in an export sorted by date; an episode keeps one level. The same seed,
 * rows and episodes give the same file, byte for byte ({@link Random} is specified exactly).
 */
public final class ActivityFile {

  /** The header of the file. */
  public static final String HEADER = "episode,level,kind,role,minutes,date,group_size";

  /** The first day of the fiscal year of the records. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);

  /** The last day of the fiscal year of the records. */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);

  /** The four levels of the records. */
  public static final List<ComplexityLevel> LEVELS =
      List.of(
          ComplexityLevel.of("L", "Low", 1, "One goal"),
          ComplexityLevel.of("M", "Moderate", 2, "Two or three goals"),
          ComplexityLevel.of("H", "High", 3, "Several goals"),
          ComplexityLevel.of("V", "Very high", 4, "Complex needs"));

  /** The rules the records are read under: the four levels and the fiscal year. */
  public static final EstimationRules RULES =
      EstimationRules.builder().levels(LEVELS).window(FIRST_DAY, LAST_DAY).build();

  private static final ActivityKind[] KINDS = {
    ActivityKind.ASSESSMENT,
    ActivityKind.INDIVIDUAL_INTERVENTION,
    ActivityKind.INDIVIDUAL_INTERVENTION,
    ActivityKind.INDIVIDUAL_INTERVENTION,
    ActivityKind.GROUP_INTERVENTION,
    ActivityKind.INDIRECT,
    ActivityKind.INDIRECT,
    ActivityKind.CONSULTATION,
    ActivityKind.CLIENT_TRAVEL,
    ActivityKind.DISCHARGE_PLANNING
  };

  private static final Role[] ROLES = {
    Role.OCCUPATIONAL_THERAPIST,
    Role.PHYSIOTHERAPIST,
    Role.SPEECH_LANGUAGE_PATHOLOGIST,
    Role.OT_ASSISTANT,
    Role.PT_ASSISTANT,
    Role.COMMUNICATION_DISORDERS_ASSISTANT
  };

  private ActivityFile() {}

  /**
   * Writes a file of records.
   *
   * @param file the file, replaced if it exists
   * @param rows the number of rows after the header, {@code x >= 0}
   * @param episodes the number of episodes the rows are drawn from, {@code x >= 1}
   * @param seed the seed
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when rows or episodes are out of range
   */
  public static void write(Path file, long rows, int episodes, long seed) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("Invalid value for rows (valid values x >= 0): " + rows);
    }
    if (episodes < 1) {
      throw new IllegalArgumentException(
          "Invalid value for episodes (valid values x >= 1): " + episodes);
    }
    Random rnd = new Random(seed);
    long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
    String[] dates = new String[(int) days];
    for (int d = 0; d < days; d++) {
      dates[d] = FIRST_DAY.plusDays(d).toString();
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      StringBuilder line = new StringBuilder(64);
      for (long i = 0; i < rows; i++) {
        int episode = rnd.nextInt(episodes);
        ActivityKind kind = KINDS[rnd.nextInt(KINDS.length)];
        boolean group = kind.equals(ActivityKind.GROUP_INTERVENTION);
        line.setLength(0);
        line.append("EP-")
            .append(1_000_000 + episode)
            .append(',')
            .append(LEVELS.get(episode % LEVELS.size()).code())
            .append(',')
            .append(kind.code())
            .append(',')
            .append(ROLES[rnd.nextInt(ROLES.length)].code())
            .append(',')
            .append(group ? 60 : 5 * (3 + rnd.nextInt(16)))
            .append(',')
            .append(dates[(int) (i * days / Math.max(1, rows))])
            .append(',');
        if (group) {
          line.append(3 + rnd.nextInt(6));
        }
        line.append('\n');
        out.append(line);
      }
    }
  }
}

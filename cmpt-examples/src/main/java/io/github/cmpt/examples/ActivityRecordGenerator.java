package io.github.cmpt.examples;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Makes a realistic, reproducible file of past activity records for a community rehabilitation
 * service: four complexity levels; occupational therapy, physiotherapy and speech-language
 * pathology episodes with their assistants; assessments, individual and group sessions,
 * documentation, consultations, travel to home visits and discharge planning; a few episodes that
 * change level or stop after the assessment; and a few deliberately bad rows, so that the
 * data-quality account has something to say.
 *
 * <p>The same seed gives the same file, byte for byte ({@link Random} is specified exactly). The
 * committed sample {@code activity-records.csv} is {@code csv(SEED)}; run this class to write it
 * again:
 *
 * <pre>{@code
 * java io.github.cmpt.examples.ActivityRecordGenerator \
 *     cmpt-examples/src/main/resources/io/github/cmpt/examples/activity-records.csv
 * }</pre>
 *
 * <p>The deliberately bad rows: 3 without a level, 2 with negative minutes, 2 with absurd minutes
 * (4500 and 7200), 2 of an unknown kind, 1 of an unknown role, 2 dated outside the fiscal year,
 * 1 group session of 0 clients, and 2 malformed rows (minutes {@code 1h30}, date
 * {@code 2024-02-30}).
 */
public final class ActivityRecordGenerator {

  /** The seed of the committed sample. */
  public static final long SEED = 20250331L;

  /** The name of the committed sample, a resource of this package. */
  public static final String RESOURCE = "activity-records.csv";

  /** The header of the file. */
  public static final String HEADER = "episode,level,kind,role,minutes,date,group_size";

  /** Low complexity. */
  public static final ComplexityLevel LOW =
      ComplexityLevel.of("L", "Low", 1, "One goal; independent with a home program");

  /** Moderate complexity. */
  public static final ComplexityLevel MODERATE =
      ComplexityLevel.of("M", "Moderate", 2, "Two or three goals; family support needed");

  /** High complexity. */
  public static final ComplexityLevel HIGH =
      ComplexityLevel.of("H", "High", 3, "Several goals; team coordination; home visits");

  /** Very high complexity. */
  public static final ComplexityLevel VERY_HIGH =
      ComplexityLevel.of("V", "Very high", 4, "Complex needs; frequent team and family work");

  /** The scale of the service, from the least to the most complex level. */
  public static final List<ComplexityLevel> LEVELS = List.of(LOW, MODERATE, HIGH, VERY_HIGH);

  /** The first day of the fiscal year of the records. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);

  /** The last day of the fiscal year of the records. */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);

  /** How episodes of one level unfold. */
  private static final class Plan {
    final ComplexityLevel level;
    final int episodes;
    final int minWeeks;
    final int maxWeeks;
    final int assessment;
    final int minSessions;
    final int maxSessions;
    final int maxGroups;
    final int maxConsultations;
    final double homeVisits;
    final double assistant;

    Plan(ComplexityLevel level, int episodes, int minWeeks, int maxWeeks, int assessment,
        int minSessions, int maxSessions, int maxGroups, int maxConsultations, double homeVisits,
        double assistant) {
      this.level = level;
      this.episodes = episodes;
      this.minWeeks = minWeeks;
      this.maxWeeks = maxWeeks;
      this.assessment = assessment;
      this.minSessions = minSessions;
      this.maxSessions = maxSessions;
      this.maxGroups = maxGroups;
      this.maxConsultations = maxConsultations;
      this.homeVisits = homeVisits;
      this.assistant = assistant;
    }
  }

  private static final List<Plan> PLANS =
      List.of(
          new Plan(LOW, 120, 2, 6, 60, 1, 3, 0, 1, 0.1, 0.1),
          new Plan(MODERATE, 100, 5, 10, 75, 3, 7, 4, 2, 0.3, 0.25),
          new Plan(HIGH, 50, 8, 16, 90, 6, 12, 6, 4, 0.5, 0.35),
          new Plan(VERY_HIGH, 20, 12, 24, 105, 10, 18, 6, 6, 0.6, 0.4));

  private static final Role[][] DISCIPLINES = {
    {Role.OCCUPATIONAL_THERAPIST, Role.OT_ASSISTANT},
    {Role.PHYSIOTHERAPIST, Role.PT_ASSISTANT},
    {Role.SPEECH_LANGUAGE_PATHOLOGIST, Role.COMMUNICATION_DISORDERS_ASSISTANT}
  };

  private ActivityRecordGenerator() {}

  /**
   * Writes the sample with {@link #SEED} to a file.
   *
   * @param args the path of the file; the committed sample's path in this project by default
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out =
        Path.of(args.length > 0 ? args[0]
            : "cmpt-examples/src/main/resources/io/github/cmpt/examples/" + RESOURCE);
    Files.writeString(out, csv(SEED), StandardCharsets.UTF_8);
  }

  /**
   * Returns the records made from a seed as CSV text: the header, then one row per record,
   * ordered by date then episode, lines ending with a line feed.
   *
   * @param seed the seed
   * @return the CSV text
   */
  public static String csv(long seed) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (String[] row : rows(seed)) {
      sb.append(String.join(",", row)).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the rows made from a seed, each {@code episode, level, kind, role, minutes, date,
   * group_size}, ordered by date then episode, the bad rows among them.
   *
   * @param seed the seed
   * @return the rows
   */
  public static List<String[]> rows(long seed) {
    Random rnd = new Random(seed);
    List<String[]> rows = new ArrayList<>();
    int number = 10001;
    for (Plan plan : PLANS) {
      for (int i = 0; i < plan.episodes; i++) {
        episode(rnd, plan, "EP-" + number++, rows);
      }
    }
    rows.sort(Comparator.<String[], String>comparing(r -> r[5]).thenComparing(r -> r[0]));
    insertBadRows(rnd, rows);
    return rows;
  }

  private static void episode(Random rnd, Plan plan, String id, List<String[]> rows) {
    Role[] discipline = DISCIPLINES[pick(rnd, new double[] {0.45, 0.45, 0.10})];
    Role clinician = discipline[0];
    Role assistant = discipline[1];
    int weeks = between(rnd, plan.minWeeks, plan.maxWeeks);
    int span = 7 * weeks - 1;
    int room = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) - span;
    LocalDate start = weekday(FIRST_DAY.plusDays(rnd.nextInt(Math.max(1, room))));
    LocalDate end = start.plusDays(span);
    // A few episodes change level halfway; a few low ones stop after the assessment.
    boolean changes = plan.level != LOW && plan.level != VERY_HIGH && rnd.nextDouble() < 0.03;
    ComplexityLevel later = changes ? LEVELS.get(LEVELS.indexOf(plan.level) + 1) : plan.level;
    LocalDate middle = start.plusDays(span / 2);
    Episode e = new Episode(id, plan.level, later, middle, rows);

    e.add(ActivityKind.ASSESSMENT, clinician, around(rnd, plan.assessment, 15), start, 1);
    if (plan.level == LOW && rnd.nextDouble() < 0.05) {
      return;
    }
    e.add(ActivityKind.INDIRECT, clinician, around(rnd, 25, 5), start, 1);
    int sessions = between(rnd, plan.minSessions, plan.maxSessions);
    for (int s = 0; s < sessions; s++) {
      LocalDate day = dayIn(rnd, start.plusDays(1), end);
      Role who = rnd.nextDouble() < plan.assistant ? assistant : clinician;
      e.add(ActivityKind.INDIVIDUAL_INTERVENTION, who, clamp(around(rnd, 45, 10), 20, 90), day, 1);
      if (rnd.nextDouble() < plan.homeVisits) {
        e.add(ActivityKind.CLIENT_TRAVEL, who, between(rnd, 4, 9) * 5, day, 1);
      }
      if (rnd.nextDouble() < 0.5) {
        e.add(ActivityKind.INDIRECT, who, around(rnd, 15, 5), day, 1);
      }
    }
    int groups = between(rnd, 0, plan.maxGroups);
    for (int g = 0; g < groups; g++) {
      Role who = rnd.nextBoolean() ? assistant : clinician;
      e.add(ActivityKind.GROUP_INTERVENTION, who, rnd.nextInt(3) == 0 ? 90 : 60,
          dayIn(rnd, start.plusDays(7), end), between(rnd, 3, 8));
    }
    int consultations = between(rnd, 0, plan.maxConsultations);
    for (int c = 0; c < consultations; c++) {
      e.add(ActivityKind.CONSULTATION, clinician, clamp(around(rnd, 30, 10), 15, 60),
          dayIn(rnd, start.plusDays(1), end), 1);
    }
    if (rnd.nextDouble() < 0.9) {
      e.add(ActivityKind.DISCHARGE_PLANNING, clinician, around(rnd, 20, 5), weekday(end), 1);
    }
  }

  /** Collects the rows of one episode, with the level it had on each date. */
  private static final class Episode {
    final String id;
    final ComplexityLevel first;
    final ComplexityLevel later;
    final LocalDate middle;
    final List<String[]> rows;

    Episode(String id, ComplexityLevel first, ComplexityLevel later, LocalDate middle,
        List<String[]> rows) {
      this.id = id;
      this.first = first;
      this.later = later;
      this.middle = middle;
      this.rows = rows;
    }

    void add(ActivityKind kind, Role role, int minutes, LocalDate date, int groupSize) {
      ComplexityLevel level = date.isAfter(middle) ? later : first;
      rows.add(
          new String[] {
            id,
            level.code(),
            kind.code(),
            role.code(),
            Integer.toString(minutes),
            date.toString(),
            groupSize > 1 ? Integer.toString(groupSize) : ""
          });
    }
  }

  private static void insertBadRows(Random rnd, List<String[]> rows) {
    List<String[]> bad = new ArrayList<>();
    bad.add(changed(rnd, rows, 1, ""));
    bad.add(changed(rnd, rows, 1, ""));
    bad.add(changed(rnd, rows, 1, ""));
    bad.add(changed(rnd, rows, 4, "-45"));
    bad.add(changed(rnd, rows, 4, "-30"));
    bad.add(changed(rnd, rows, 4, "4500"));
    bad.add(changed(rnd, rows, 4, "7200"));
    bad.add(changed(rnd, rows, 2, "equipment fitting"));
    bad.add(changed(rnd, rows, 2, "equipment fitting"));
    bad.add(changed(rnd, rows, 3, "KIN"));
    bad.add(changed(rnd, rows, 5, "2023-11-15"));
    bad.add(changed(rnd, rows, 5, "2025-06-02"));
    String[] group = changed(rnd, rows, 6, "0");
    group[2] = ActivityKind.GROUP_INTERVENTION.code();
    bad.add(group);
    bad.add(changed(rnd, rows, 4, "1h30"));
    bad.add(changed(rnd, rows, 5, "2024-02-30"));
    for (String[] row : bad) {
      rows.add(rnd.nextInt(rows.size() + 1), row);
    }
  }

  /** Returns a copy of a random row with one field changed. */
  private static String[] changed(Random rnd, List<String[]> rows, int field, String value) {
    String[] row = rows.get(rnd.nextInt(rows.size())).clone();
    row[field] = value;
    return row;
  }

  private static int pick(Random rnd, double[] weights) {
    double x = rnd.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int between(Random rnd, int min, int max) {
    return min + rnd.nextInt(max - min + 1);
  }

  /** A duration around a mean, to the nearest 5 minutes, at least 5. */
  private static int around(Random rnd, int mean, int sd) {
    long value = Math.round((mean + rnd.nextGaussian() * sd) / 5.0) * 5;
    return (int) Math.max(5, value);
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  private static LocalDate dayIn(Random rnd, LocalDate from, LocalDate to) {
    long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
    return weekday(from.plusDays(rnd.nextInt((int) days + 1)));
  }

  /** Moves a weekend day back to the Friday before. */
  private static LocalDate weekday(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return day.minusDays(1);
    }
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
  }
}

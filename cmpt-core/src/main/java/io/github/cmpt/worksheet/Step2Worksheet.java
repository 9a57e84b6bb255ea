package io.github.cmpt.worksheet;

import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Shares;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Step 2 worksheet of a service's {@link InterventionTime}: the tables a CMPT user fills in and
 * reads, from the complexity levels to the case mix, as a {@link Worksheet} rendered as plain
 * text, Markdown or CSV.
 *
 * <p>The tables, in order, by title: {@value #LEVELS}, {@value #ACTIVITIES}, {@value #HOURS_BY_KIND},
 * {@value #EPISODE_LENGTHS}, {@value #DEMAND}, {@value #DEMAND_BY_ROLE} and {@value #CASE_MIX}. Their cells hold the exact values; {@link Table} rounds them for reading in
 * text and Markdown and writes every digit in CSV. The case-mix shares are the one exception: they
 * are rounded to 0.1% by the largest-remainder method, so that each column shows a total of exactly
 * 100% in every format.
 *
 * <pre>{@code
 * Worksheet sheet = Step2Worksheet.of(InterventionTime.of(demand));
 * String text = sheet.toText();
 * String csv = sheet.table(Step2Worksheet.DEMAND).toCsv();
 * }</pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Step2Worksheet {

  /** The title of the worksheet. */
  public static final String TITLE = "Step 2 - client intervention time";

  /** The title of the table of complexity levels and their criteria. */
  public static final String LEVELS = "Complexity levels";

  /** The title of the table of activities per episode. */
  public static final String ACTIVITIES = "Activities per episode";

  /** The title of the table of hours per episode by kind of activity. */
  public static final String HOURS_BY_KIND = "Hours per episode by activity";

  /** The title of the table of episode lengths. */
  public static final String EPISODE_LENGTHS = "Episode length";

  /** The title of the table of the demand of each level. */
  public static final String DEMAND = "Demand";

  /** The title of the table of demand hours by role. */
  public static final String DEMAND_BY_ROLE = "Demand hours by role";

  /** The title of the table of the case mix. */
  public static final String CASE_MIX = "Case mix";

  private static final String HOURS_PER_EPISODE = "Hours/episode";
  private static final String TOTAL = "Total";

  private final ServiceDemand demand;
  private final InterventionTime time;

  private Step2Worksheet(InterventionTime time) {
    this.demand = time.demand();
    this.time = time;
  }

  /**
   * Returns the Step 2 worksheet of a service's intervention time.
   *
   * @param time the result of Step 2, not null
   * @return the worksheet, titled {@value #TITLE}
   */
  public static Worksheet of(InterventionTime time) {
    Step2Worksheet w = new Step2Worksheet(Checks.notNull(time, "time"));
    return Worksheet.of(
        TITLE,
        List.of(
            w.levels(),
            w.activities(),
            w.hoursByKind(),
            w.episodeLengths(),
            w.demandByLevel(),
            w.demandByRole(),
            w.caseMix()));
  }

  /**
   * Returns the complexity levels with their criteria: those of the demand's scale when it has
   * one, otherwise those of its levels.
   *
   * <p>The table {@code Complexity levels}: level, code, rank, criteria
   */
  private Table levels() {
    Table.Builder t = Table.builder(LEVELS, "Level", "Code", "Rank", "Criteria");
    List<ComplexityLevel> levels = new ArrayList<>();
    if (demand.scale().isPresent()) {
      levels.addAll(demand.scale().get().levels());
    } else {
      for (LevelDemand d : demand.levels()) {
        levels.add(d.level());
      }
    }
    for (ComplexityLevel level : levels) {
      t.row(level.name(), level.code(), level.rank(), level.criteria());
    }
    return t.build();
  }

  /**
   * Returns the activities of each level's profile, with where their minutes and frequency come
   * from. Hours per episode are those of one client: {@code minutes x occurrences / 60 / group
   * size}.
   *
   * <p>The table {@code Activities per episode}: level, activity, role, minutes per
   *     occurrence, frequency, group size, hours per episode, provenance of the minutes and of the
   *     frequency
   */
  private Table activities() {
    Table.Builder t =
        Table.builder(
            ACTIVITIES,
            "Level",
            "Activity",
            "Role",
            "Minutes",
            "Frequency",
            "Group size",
            HOURS_PER_EPISODE,
            "Minutes from",
            "Frequency from");
    for (LevelDemand d : demand.levels()) {
      for (InterventionActivity a : d.profile().activities()) {
        t.row(
            d.level().name(),
            a.kind().name(),
            a.role().code(),
            a.minutes().value(),
            a.frequency().toString(),
            a.groupSize().isPresent() ? (Object) a.groupSize().getAsInt() : "",
            a.hoursPerEpisode(),
            a.minutes().provenance().toString(),
            a.frequencyProvenance().toString());
      }
    }
    t.note("Hours per episode are per client: minutes x occurrences / 60 / group size.");
    return t.build();
  }

  /**
   * Returns the hours per episode of each level by kind of activity, with the total per episode.
   * The columns are the kinds present in any level, standard kinds first.
   *
   * <p>The table {@code Hours per episode by activity}: level, one column per kind, total
   */
  private Table hoursByKind() {
    Set<ActivityKind> kinds = time.demandHoursByKind().keySet();
    List<String> columns = new ArrayList<>();
    columns.add("Level");
    for (ActivityKind kind : kinds) {
      columns.add(kind.name());
    }
    columns.add(TOTAL);
    Table.Builder t = Table.builder(HOURS_BY_KIND, columns);
    for (LevelDemand d : demand.levels()) {
      Map<ActivityKind, Hours> byKind = d.profile().hoursPerEpisodeByKind();
      List<Object> row = new ArrayList<>();
      row.add(d.level().name());
      for (ActivityKind kind : kinds) {
        row.add(byKind.getOrDefault(kind, Hours.ZERO));
      }
      row.add(d.profile().hoursPerEpisode());
      t.row(row);
    }
    List<String> parts = new ArrayList<>(columns.subList(1, columns.size() - 1));
    if (!parts.isEmpty()) {
      t.columnTotal(TOTAL, parts);
      t.note("The total is the sum of the activities as shown.");
    }
    return t.build();
  }

  /**
   * Returns the episode length of each level, with the hours per episode and the hours per week
   * while the episode is active ({@code hours per episode / episode weeks}).
   *
   * <p>The table {@code Episode length}: level, weeks, hours per episode, hours per week,
   *     provenance of the weeks
   */
  private Table episodeLengths() {
    Table.Builder t =
        Table.builder(
            EPISODE_LENGTHS, "Level", "Weeks", HOURS_PER_EPISODE, "Hours/week", "Weeks from");
    for (LevelDemand d : demand.levels()) {
      InterventionProfile p = d.profile();
      t.row(
          d.level().name(),
          p.episodeWeeks().value(),
          p.hoursPerEpisode(),
          p.hoursPerWeek(),
          p.episodeWeeks().provenance().toString());
    }
    return t.build();
  }

  /**
   * Returns the demand of each level: how the volume was given, the concurrent caseload, the
   * episodes per year, the hours per episode and the annual demand hours, with totals; notes give
   * the weeks per year and the formulas.
   *
   * <p>The table {@code Demand}
   */
  private Table demandByLevel() {
    Table.Builder t =
        Table.builder(
            DEMAND,
            "Level",
            "Given as",
            "Concurrent",
            "Episodes/year",
            HOURS_PER_EPISODE,
            "Demand hours/year");
    Map<ComplexityLevel, Fraction> concurrent = time.concurrentCaseloadByLevel();
    Map<ComplexityLevel, Fraction> episodes = time.episodesPerYearByLevel();
    Map<ComplexityLevel, Hours> hours = time.demandHoursByLevel();
    for (LevelDemand d : demand.levels()) {
      ComplexityLevel level = d.level();
      t.row(
          level.name(),
          d.volume().isConcurrent() ? "concurrent" : "episodes/year",
          concurrent.get(level),
          episodes.get(level),
          d.profile().hoursPerEpisode(),
          hours.get(level));
    }
    t.row(
        TOTAL,
        "",
        time.concurrentCaseload(),
        time.episodesPerYear(),
        "",
        time.demandHours());
    t.rowTotal(TOTAL, levelNames());
    t.note("Weeks per year: " + Checks.plain(demand.weeksPerYear()) + ".");
    t.note("Concurrent = episodes/year x episode weeks / weeks per year (Little's law).");
    t.note("Demand hours/year = episodes/year x hours/episode.");
    return t.build();
  }

  /**
   * Returns the annual demand hours of each role, with the total.
   *
   * <p>The table {@code Demand hours by role}: role, name, clinician or support, hours
   */
  private Table demandByRole() {
    Table.Builder t =
        Table.builder(DEMAND_BY_ROLE, "Role", "Name", "Kind", "Demand hours/year");
    for (Map.Entry<Role, Hours> e : time.demandHoursByRole().entrySet()) {
      Role role = e.getKey();
      t.row(
          role.code(),
          role.name(),
          role.isSupport() ? "support" : "clinician",
          e.getValue());
    }
    t.row(TOTAL, "", "", time.demandHours());
    List<String> roles = new ArrayList<>();
    time.demandHoursByRole().keySet().forEach(r -> roles.add(r.code()));
    if (!roles.isEmpty()) {
      t.rowTotal(TOTAL, roles);
    }
    return t.build();
  }

  /**
   * Returns the case mix in clients (shares of episodes per year) and in time (shares of demand
   * hours), rounded to 0.1% by the largest-remainder method so that each column sums to 100%: each
   * share is rounded down to a tenth of a percent, and the tenths left over go one each to the
   * levels with the largest remainders (among equals the larger share, then the less complex
   * level), the remainders being compared exactly.
   *
   * <p>The table {@code Case mix}: level, share of clients, share of time, with totals
   */
  private Table caseMix() {
    Map<ComplexityLevel, Hours> hours = time.demandHoursByLevel();
    Map<ComplexityLevel, Fraction> hourValues = new LinkedHashMap<>();
    hours.forEach((level, h) -> hourValues.put(level, h.toFraction()));
    Map<ComplexityLevel, Percentage> clients = rounded(time.episodesPerYearByLevel());
    Map<ComplexityLevel, Percentage> byTime = rounded(hourValues);
    Table.Builder t = Table.builder(CASE_MIX, "Level", "Clients", "Time");
    for (LevelDemand d : demand.levels()) {
      t.row(d.level().name(), clients.get(d.level()), byTime.get(d.level()));
    }
    t.row(TOTAL, Percentage.ONE_HUNDRED, Percentage.ONE_HUNDRED);
    t.rowTotal(TOTAL, levelNames());
    t.note("Clients: shares of episodes per year. Time: shares of demand hours.");
    t.note("Shares are rounded to 0.1% by largest remainder, so that they sum to 100%.");
    return t.build();
  }

  private List<String> levelNames() {
    List<String> names = new ArrayList<>();
    demand.levels().forEach(d -> names.add(d.level().name()));
    return names;
  }

  /** Shares of the values rounded to 0.1% by {@link Shares}, in the order of the map. */
  private static <K> Map<K, Percentage> rounded(Map<K, Fraction> values) {
    List<K> keys = new ArrayList<>(values.keySet());
    List<BigDecimal> parts = new ArrayList<>();
    keys.forEach(k -> parts.add(values.get(k).toBigDecimal()));
    List<Percentage> shares = Shares.of(parts).rounded(1);
    Map<K, Percentage> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), shares.get(i));
    }
    return out;
  }
}

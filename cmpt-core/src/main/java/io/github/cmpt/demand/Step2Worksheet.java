package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Shares;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Step 2 worksheet of a {@link ServiceDemand}: the tables a CMPT user fills in and reads, from
 * the complexity levels to the case mix, rendered as plain text, Markdown or CSV.
 *
 * <p>The tables, in order: {@link #levels()}, {@link #activities()}, {@link #hoursByKind()},
 * {@link #episodeLengths()}, {@link #demandByLevel()}, {@link #demandByRole()} and
 * {@link #caseMix()}. Their cells hold the exact values; {@link Table} rounds them for reading in
 * text and Markdown and writes every digit in CSV. The case-mix shares are the one exception: they
 * are rounded to 0.1% by the largest-remainder method, so that each column shows a total of exactly
 * 100% in every format.
 *
 * <pre>{@code
 * Step2Worksheet sheet = Step2Worksheet.of(demand);
 * String text = sheet.toText();
 * String csv = sheet.demandByLevel().toCsv();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Step2Worksheet {

  /** The title of the worksheet. */
  public static final String TITLE = "Step 2 - client intervention time";

  private static final String HOURS_PER_EPISODE = "Hours/episode";
  private static final String TOTAL = "Total";

  private final ServiceDemand demand;

  private Step2Worksheet(ServiceDemand demand) {
    this.demand = demand;
  }

  /**
   * Returns the worksheet of a demand.
   *
   * @param demand the demand, not null
   * @return the worksheet
   * @throws NullPointerException when {@code demand} is null
   */
  public static Step2Worksheet of(ServiceDemand demand) {
    return new Step2Worksheet(Checks.notNull(demand, "demand"));
  }

  /**
   * Returns the demand this worksheet shows.
   *
   * @return the demand
   */
  public ServiceDemand demand() {
    return demand;
  }

  /**
   * Returns the tables of the worksheet, in order.
   *
   * @return an unmodifiable list of the seven tables
   */
  public List<Table> tables() {
    return List.of(
        levels(),
        activities(),
        hoursByKind(),
        episodeLengths(),
        demandByLevel(),
        demandByRole(),
        caseMix());
  }

  /**
   * Returns the complexity levels with their criteria: those of the demand's scale when it has
   * one, otherwise those of its levels.
   *
   * @return the table {@code Complexity levels}: level, code, rank, criteria
   */
  public Table levels() {
    Table.Builder t = Table.builder("Complexity levels", "Level", "Code", "Rank", "Criteria");
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
   * @return the table {@code Activities per episode}: level, activity, role, minutes per
   *     occurrence, frequency, group size, hours per episode, provenance of the minutes and of the
   *     frequency
   */
  public Table activities() {
    Table.Builder t =
        Table.builder(
            "Activities per episode",
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
   * @return the table {@code Hours per episode by activity}: level, one column per kind, total
   */
  public Table hoursByKind() {
    Set<ActivityKind> kinds = demand.demandHoursByKind().keySet();
    List<String> columns = new ArrayList<>();
    columns.add("Level");
    for (ActivityKind kind : kinds) {
      columns.add(kind.name());
    }
    columns.add(TOTAL);
    Table.Builder t = Table.builder("Hours per episode by activity", columns);
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
    return t.build();
  }

  /**
   * Returns the episode length of each level, with the hours per episode and the hours per week
   * while the episode is active ({@code hours per episode / episode weeks}).
   *
   * @return the table {@code Episode length}: level, weeks, hours per episode, hours per week,
   *     provenance of the weeks
   */
  public Table episodeLengths() {
    Table.Builder t =
        Table.builder(
            "Episode length", "Level", "Weeks", HOURS_PER_EPISODE, "Hours/week", "Weeks from");
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
   * @return the table {@code Demand}
   */
  public Table demandByLevel() {
    Table.Builder t =
        Table.builder(
            "Demand",
            "Level",
            "Given as",
            "Concurrent",
            "Episodes/year",
            HOURS_PER_EPISODE,
            "Demand hours/year");
    Map<ComplexityLevel, BigDecimal> concurrent = demand.concurrentCaseloadByLevel();
    Map<ComplexityLevel, BigDecimal> episodes = demand.episodesPerYearByLevel();
    Map<ComplexityLevel, Hours> hours = demand.demandHoursByLevel();
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
        demand.concurrentCaseload(),
        demand.episodesPerYear(),
        "",
        demand.demandHours());
    t.note("Weeks per year: " + Checks.plain(demand.weeksPerYear()) + ".");
    t.note("Concurrent = episodes/year x episode weeks / weeks per year (Little's law).");
    t.note("Demand hours/year = episodes/year x hours/episode.");
    return t.build();
  }

  /**
   * Returns the annual demand hours of each role, with the total.
   *
   * @return the table {@code Demand hours by role}: role, name, clinician or support, hours
   */
  public Table demandByRole() {
    Table.Builder t =
        Table.builder("Demand hours by role", "Role", "Name", "Kind", "Demand hours/year");
    for (Map.Entry<Role, Hours> e : demand.demandHoursByRole().entrySet()) {
      Role role = e.getKey();
      t.row(
          role.code(),
          role.name(),
          role.isSupport() ? "support" : "clinician",
          e.getValue());
    }
    t.row(TOTAL, "", "", demand.demandHours());
    return t.build();
  }

  /**
   * Returns the case mix in clients (shares of episodes per year) and in time (shares of demand
   * hours), rounded to 0.1% by the largest-remainder method so that each column sums to 100%: each
   * share is rounded down to a tenth of a percent, and the tenths left over go one each to the
   * levels with the largest remainders (the less complex level among equals), the remainders being
   * compared exactly.
   *
   * @return the table {@code Case mix}: level, share of clients, share of time, with totals
   */
  public Table caseMix() {
    Map<ComplexityLevel, Hours> hours = demand.demandHoursByLevel();
    Map<ComplexityLevel, BigDecimal> hourValues = new LinkedHashMap<>();
    hours.forEach((level, h) -> hourValues.put(level, h.toBigDecimal()));
    Map<ComplexityLevel, Percentage> clients = rounded(demand.episodesPerYearByLevel());
    Map<ComplexityLevel, Percentage> time = rounded(hourValues);
    Table.Builder t = Table.builder("Case mix", "Level", "Clients", "Time");
    for (LevelDemand d : demand.levels()) {
      t.row(d.level().name(), clients.get(d.level()), time.get(d.level()));
    }
    t.row(TOTAL, Percentage.ONE_HUNDRED, Percentage.ONE_HUNDRED);
    t.note("Clients: shares of episodes per year. Time: shares of demand hours.");
    t.note("Shares are rounded to 0.1% by largest remainder, so that they sum to 100%.");
    return t.build();
  }

  /** Shares of the values rounded to 0.1% by {@link Shares}, in the order of the map. */
  static <K> Map<K, Percentage> rounded(Map<K, BigDecimal> values) {
    List<K> keys = new ArrayList<>(values.keySet());
    List<BigDecimal> parts = new ArrayList<>();
    keys.forEach(k -> parts.add(values.get(k)));
    List<Percentage> shares = Shares.of(parts).rounded(1);
    Map<K, Percentage> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), shares.get(i));
    }
    return out;
  }

  /**
   * Renders the tables as one plain-text document under the worksheet's title, separated by blank
   * lines.
   *
   * @return the worksheet as text
   */
  public String toText() {
    return toWorksheet().toText();
  }

  /**
   * Renders the tables as CSV, each preceded by its title (see {@link Worksheet#toCsv()}).
   *
   * @return the worksheet as CSV
   */
  public String toCsv() {
    return toWorksheet().toCsv();
  }

  /**
   * Returns the tables as a {@link Worksheet} titled {@code Step 2 - client intervention time}.
   *
   * @return the worksheet
   */
  public Worksheet toWorksheet() {
    return Worksheet.of(TITLE, tables());
  }

  /**
   * Renders the tables as one Markdown document under a level-2 heading, the worksheet's title.
   *
   * @return the worksheet as Markdown
   */
  public String toMarkdown() {
    return toWorksheet().toMarkdown();
  }

  /**
   * Returns whether another object is the worksheet of an equal demand.
   *
   * @param obj the other object
   * @return true for an equal worksheet
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Step2Worksheet && demand.equals(((Step2Worksheet) obj).demand);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(demand);
  }

  /**
   * Returns a short description, such as {@code Step2Worksheet[3 levels]}; use
   * {@link #toText()} for the content.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    int n = demand.levels().size();
    return "Step2Worksheet[" + n + (n == 1 ? " level]" : " levels]");
  }
}

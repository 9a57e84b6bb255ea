package io.github.cmpt.worksheet;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Step 1 worksheet of the CMPT, human resources time available, for one clinician or a team.
 *
 * <p>The lines follow the method: paid hours, each kind of leave, total leave, worked hours, each
 * category of non-client activity, total non-client, client-care hours and the client-care share of
 * paid time. A team's sheet has a column per clinician, per role, for the team and per 1.0 FTE (per
 * year), the team's totals per year, month and week, the contracts, and every leave and non-client
 * line as given with its hours for that clinician. Render
 * it with {@link Worksheet#toText()}, {@link Worksheet#toMarkdown()} or {@link Worksheet#toCsv()}.
 *
 * <pre>{@code
 * String text = Step1Worksheet.of(TeamTime.of(team)).toText();
 * }</pre>
 */
public final class Step1Worksheet {

  /** The title of the table of lines per year. */
  public static final String LINES = "Human resources time available (hours per year)";

  /** The title of the table of totals per year, month and week. */
  public static final String PERIODS = "Totals per year, month and week";

  /** The title of the table of contracts. */
  public static final String CONTRACTS = "Contracts";

  /** The title of the table of each leave and non-client line applied to each clinician. */
  public static final String APPLIED = "Leave and non-client lines as given";

  private static final String NOTE =
      "Hours to 0.1 h, FTE to 0.01 and shares to 0.1% for reading, rounded so that the lines add up"
          + " as shown: each total keeps its rounding and its lines share it out by largest"
          + " remainder (the CSV form has the exact values).";

  private static final String TEAM_NOTE =
      "The role and team columns are the sums of the clinicians' columns as shown.";

  private Step1Worksheet() {}

  /**
   * Returns the worksheet of one clinician: the lines per year, month and week, and the contract.
   *
   * @param time the clinician's time, not null
   * @return the worksheet
   */
  public static Worksheet of(ClinicianTime time) {
    List<ClinicianTime> members = List.of(Checks.notNull(time, "time"));
    Table periods =
        lines(
                PERIODS,
                List.of("Per year", "Per month", "Per week"),
                List.of(time.perYear(), time.perMonth(), time.perWeek()),
                members)
            .build();
    return Worksheet.of(
        "Step 1 - " + time.clinician().id() + " (" + time.clinician().role() + ")",
        List.of(periods, contracts(members), applied(members)));
  }

  /**
   * Returns the worksheet of a team: lines per year by clinician, role, team and per 1.0 FTE; team
   * totals per year, month and week; and the contracts.
   *
   * @param time the team's time, not null
   * @return the worksheet
   */
  public static Worksheet of(TeamTime time) {
    List<String> headings = new ArrayList<>();
    List<TimeBreakdown> columns = new ArrayList<>();
    for (ClinicianTime m : Checks.notNull(time, "time").members()) {
      headings.add(m.clinician().id() + " (" + m.clinician().role() + ")");
      columns.add(m.perYear());
    }
    Map<Role, TimeBreakdown> byRole = time.byRole(Period.YEAR);
    if (byRole.size() > 1 || time.members().size() > 1) {
      for (Map.Entry<Role, TimeBreakdown> e : byRole.entrySet()) {
        headings.add("All " + e.getKey());
        columns.add(e.getValue());
      }
    }
    headings.add("Team");
    columns.add(time.total(Period.YEAR));
    headings.add("Per 1.0 FTE");
    columns.add(time.perFte(Period.YEAR));
    Table.Builder linesTable = lines(LINES, headings, columns, time.members());
    List<String> all = new ArrayList<>();
    Map<Role, List<String>> roleColumns = new java.util.LinkedHashMap<>();
    for (int i = 0; i < time.members().size(); i++) {
      all.add(headings.get(i));
      roleColumns
          .computeIfAbsent(time.members().get(i).clinician().role(), r -> new ArrayList<>())
          .add(headings.get(i));
    }
    if (headings.contains("All " + byRole.keySet().iterator().next())) {
      roleColumns.forEach((role, parts) -> linesTable.columnTotal("All " + role, parts));
    }
    linesTable.columnTotal("Team", all);
    linesTable.note(TEAM_NOTE);
    Table lines = linesTable.build();
    Table periods =
        lines(
            PERIODS,
            List.of("Per year", "Per month", "Per week"),
            List.of(
                time.total(Period.YEAR), time.total(Period.MONTH), time.total(Period.WEEK)),
            time.members())
        .build();
    return Worksheet.of(
        "Step 1 - " + time.team().name(), List.of(lines, periods, contracts(time.members()), applied(time.members())));
  }

  private static Table.Builder lines(
      String title,
      List<String> headings,
      List<TimeBreakdown> columns,
      List<ClinicianTime> members) {
    List<String> all = new ArrayList<>();
    all.add("Line");
    all.addAll(headings);
    Table.Builder t = Table.builder(title, all);
    t.row(row("FTE", columns, TimeBreakdown::fte));
    t.row(row("Paid hours", columns, TimeBreakdown::paidHours));
    List<String> leave = new ArrayList<>();
    for (LeaveType type : leaveTypes(members)) {
      leave.add("Leave: " + type);
      t.row(row("  Leave: " + type, columns, b -> b.leave(type)));
    }
    t.row(row("Total leave", columns, TimeBreakdown::totalLeave));
    t.row(row("Worked hours", columns, TimeBreakdown::workedHours));
    List<String> nonClient = new ArrayList<>();
    for (NonClientCategory c : categories(members)) {
      nonClient.add("Non-client: " + c);
      t.row(row("  Non-client: " + c, columns, b -> b.nonClient(c)));
    }
    t.row(row("Total non-client", columns, TimeBreakdown::totalNonClient));
    t.row(row("Client-care hours", columns, TimeBreakdown::clientCareHours));
    t.row(row("Client-care share of paid", columns, TimeBreakdown::clientCareShare));
    t.rowTotal("Paid hours", List.of("Total leave", "Worked hours"));
    if (!leave.isEmpty()) {
      t.rowTotal("Total leave", leave);
    }
    t.rowTotal("Worked hours", List.of("Total non-client", "Client-care hours"));
    if (!nonClient.isEmpty()) {
      t.rowTotal("Total non-client", nonClient);
    }
    t.note(NOTE);
    return t;
  }

  private static List<Object> row(
      String label, List<TimeBreakdown> columns, Function<TimeBreakdown, ?> f) {
    List<Object> r = new ArrayList<>();
    r.add(label);
    for (TimeBreakdown b : columns) {
      r.add(f.apply(b));
    }
    return r;
  }

  private static Table contracts(List<ClinicianTime> members) {
    Table.Builder t =
        Table.builder(
            CONTRACTS, "Clinician", "Role", "FTE", "Hours/week", "Days/week", "Weeks/year",
            "Paid hours/year");
    for (ClinicianTime m : members) {
      Clinician c = m.clinician();
      WorkHours w = c.workHours();
      t.row(
          c.id(),
          c.role().code(),
          w.fte(),
          w.pattern().hoursPerWeek(),
          w.pattern().daysPerWeek(),
          w.pattern().weeksPerYear(),
          w.paidHoursPerYear());
    }
    return t.build();
  }

  private static Table applied(List<ClinicianTime> members) {
    Table.Builder t = Table.builder(APPLIED, "Clinician", "Line", "As given", "Hours/year");
    for (ClinicianTime m : members) {
      Clinician c = m.clinician();
      for (int i = 0; i < m.leaveLines().size(); i++) {
        Leave l = m.leaveLines().get(i);
        t.row(c.id(), "Leave: " + l.type(), l.toString(), m.leaveLineHours().get(i));
      }
      for (int i = 0; i < m.activities().size(); i++) {
        NonClientActivity a = m.activities().get(i);
        t.row(c.id(), "Non-client: " + a.category(), a.toString(), m.activityHours().get(i));
      }
    }
    return t.build();
  }

  private static Set<LeaveType> leaveTypes(List<ClinicianTime> members) {
    return standardFirst(LeaveType.standardTypes(), members, m -> m.perYear().leave().keySet());
  }

  private static Set<NonClientCategory> categories(List<ClinicianTime> members) {
    return standardFirst(
        NonClientCategory.standardCategories(), members, m -> m.perYear().nonClient().keySet());
  }

  /** The keys the members have: the standard ones in their order, then the others as they come. */
  private static <K> Set<K> standardFirst(
      List<K> standard, List<ClinicianTime> members, Function<ClinicianTime, Set<K>> keys) {
    Set<K> present = new LinkedHashSet<>();
    members.forEach(m -> present.addAll(keys.apply(m)));
    Set<K> ordered = new LinkedHashSet<>();
    for (K k : standard) {
      if (present.contains(k)) {
        ordered.add(k);
      }
    }
    ordered.addAll(present);
    return ordered;
  }
}

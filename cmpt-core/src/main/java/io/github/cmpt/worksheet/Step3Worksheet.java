package io.github.cmpt.worksheet;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.plan.Capacity;
import io.github.cmpt.plan.ClinicianCaseload;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.report.Shares;
import io.github.cmpt.report.Table;
import io.github.cmpt.report.Worksheet;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Step 3 worksheet of the CMPT: the match of client intervention time to human resources time,
 * role by role, with capacity and suggested caseloads.
 *
 * <p>Tables: the match per role (available FTE, supply, hours per FTE, demand, FTE required, gaps,
 * staffing ratio, workload pressure, utilisation), with {@code All roles} for the plan as a whole
 * and {@value #WORST_ROLE}, the role furthest behind on each line, so that a plan-wide figure never
 * hides a short role; each level's contribution to the FTE required;
 * capacity for the case mix; capacity if every client were of one level; suggested caseloads.
 * Client counts are shown as whole numbers rounded down, beside the exact values; FTE to two
 * decimals; shares so that they sum to 100.0%; totals so that their parts add up as shown, and gaps
 * and the {@code All roles} amounts from the figures as shown (see {@link Table}). Render with {@link Worksheet#toText()},
 * {@link Worksheet#toMarkdown()} or {@link Worksheet#toCsv()}.
 *
 * <pre>{@code
 * String text = Step3Worksheet.of(PlanResult.of(plan)).toText();
 * }</pre>
 */
public final class Step3Worksheet {

  /** The title of the table of the match per role. */
  public static final String MATCH = "Matching per role (per year)";

  /** The title of the table of FTE required by level. */
  public static final String FTE_BY_LEVEL = "FTE required by level";

  /** The title of the table of capacity for the case mix. */
  public static final String CAPACITY = "Capacity for the case mix";

  /** The title of the table of capacity by level of the bottleneck role. */
  public static final String CAPACITY_BY_LEVEL = "Capacity by level";

  /** The title of the table of capacity for one level at a time. */
  public static final String SINGLE_LEVEL = "Capacity if every client were of one level";

  /** The title of the table of suggested caseloads. */
  public static final String CASELOADS = "Suggested caseload per clinician";

  /** The heading of the column naming, for each line of the match, the role furthest behind. */
  public static final String WORST_ROLE = "Worst role";

  private static final String ALL_ROLES = "All roles";

  private Step3Worksheet() {}

  /**
   * Returns the Step 3 worksheet of a plan's result.
   *
   * @param plan the result of the plan, not null
   * @return the worksheet
   */
  public static Worksheet of(PlanResult plan) {
    Checks.notNull(plan, "plan");
    return Worksheet.of("Step 3 - " + plan.plan().name(), tables(plan));
  }

  static List<Table> tables(PlanResult plan) {
    return List.of(
        match(plan),
        fteByLevel(plan),
        capacity(plan),
        capacityByLevel(plan),
        singleLevel(plan),
        caseloads(plan));
  }

  private static Table match(PlanResult plan) {
    List<String> columns = new ArrayList<>();
    columns.add("Figure");
    List<String> roles = new ArrayList<>();
    plan.roles().forEach(r -> roles.add(r.code()));
    columns.addAll(roles);
    columns.add(ALL_ROLES);
    columns.add(WORST_ROLE);
    Table.Builder t = Table.builder(MATCH, columns);
    List<RoleMatch> matches = new ArrayList<>(plan.matches().values());
    t.row(row("Available FTE", matches, RoleMatch::availableFte, plan.availableFte(), ""));
    t.row(
        row(
            "Client-care hours (supply)", matches, RoleMatch::supplyHours, plan.supplyHours(), ""));
    t.row(
        row("Client-care hours per 1.0 FTE", matches, RoleMatch::clientCareHoursPerFte, "", ""));
    t.row(row("Demand hours", matches, RoleMatch::demandHours, plan.demandHours(), ""));
    t.row(row("FTE required", matches, RoleMatch::fteRequired, plan.fteRequired(), ""));
    t.row(
        row(
            "Gap (hours)",
            matches,
            RoleMatch::gapHours,
            plan.gapHours(),
            worst(matches, m -> Optional.of(m.gapHours().toFraction().negated()), Fraction.ZERO)));
    t.row(
        row(
            "Gap (FTE)",
            matches,
            RoleMatch::gapFte,
            plan.gapFte(),
            worst(matches, m -> Optional.of(m.gapFte().toFraction().negated()), Fraction.ZERO)));
    t.row(
        row(
            "Staffing ratio",
            matches,
            m -> orEmpty(m.staffingRatio()),
            orEmpty(plan.staffingRatio()),
            worst(matches, m -> m.staffingRatio().map(Fraction::negated), Fraction.ONE.negated())));
    t.row(
        row(
            "Workload pressure",
            matches,
            m -> orEmpty(m.workloadPressure()),
            orEmpty(plan.workloadPressure()),
            worst(matches, m -> m.workloadPressure().map(Percentage::toFraction), Fraction.ZERO)));
    t.row(
        row(
            "Utilisation of client-care time",
            matches,
            m -> orEmpty(m.utilisation()),
            orEmpty(plan.utilisation()),
            worst(matches, m -> m.utilisation().map(Percentage::toFraction), Fraction.ONE)));
    t.rowDifference("Gap (hours)", "Client-care hours (supply)", "Demand hours");
    t.rowDifference("Gap (FTE)", "Available FTE", "FTE required");
    t.columnTotal(ALL_ROLES, roles);
    t.note("FTE required = demand hours / client-care hours per 1.0 FTE of the role.");
    t.note("Staffing ratio = available FTE / required FTE (the WISN ratio; below 1 is understaffed);"
        + " workload pressure = 1 - ratio when below 1.");
    t.note("All roles adds the roles up, and its amounts are the sums of the roles as shown; its"
        + " ratio, pressure and utilisation are those of the plan as a whole, where a surplus in one"
        + " role hides a shortage in another. Worst role names the role furthest behind on each"
        + " line: the largest shortfall, the lowest ratio below 1, the highest pressure, the highest"
        + " utilisation above 100%.");
    t.note("Gaps are supply - demand and available - required as shown.");
    return t.build();
  }

  /**
   * The code of the role with the largest badness above a threshold (the first among equals), or
   * an empty cell when no role is above it.
   */
  private static String worst(
      List<RoleMatch> matches, Function<RoleMatch, Optional<Fraction>> badness, Fraction above) {
    RoleMatch worst = null;
    Fraction most = above;
    for (RoleMatch m : matches) {
      Optional<Fraction> b = badness.apply(m);
      if (b.isPresent() && b.get().compareTo(most) > 0) {
        most = b.get();
        worst = m;
      }
    }
    return worst == null ? "" : worst.role().code();
  }

  private static Object orEmpty(Optional<?> value) {
    return value.isPresent() ? value.get() : "";
  }

  private static List<Object> row(
      String label,
      List<RoleMatch> matches,
      Function<RoleMatch, Object> f,
      Object total,
      String worst) {
    List<Object> r = new ArrayList<>();
    r.add(label);
    for (RoleMatch m : matches) {
      r.add(f.apply(m));
    }
    r.add(total);
    r.add(worst);
    return r;
  }

  private static Table fteByLevel(PlanResult plan) {
    List<String> columns = new ArrayList<>();
    columns.add("Level");
    plan.roles().forEach(r -> columns.add(r.code()));
    columns.add("All roles");
    Table.Builder t = Table.builder(FTE_BY_LEVEL, columns);
    for (LevelDemand d : plan.plan().demand().levels()) {
      List<Object> r = new ArrayList<>();
      r.add(d.level().name());
      Fte sum = Fte.ZERO;
      for (RoleMatch m : plan.matches().values()) {
        Fte f = m.fteRequiredByLevel().getOrDefault(d.level(), Fte.ZERO);
        r.add(f);
        sum = sum.plus(f);
      }
      r.add(sum);
      t.row(r);
    }
    List<Object> total = new ArrayList<>();
    total.add("Total");
    plan.matches().values().forEach(m -> total.add(m.fteRequired()));
    total.add(plan.fteRequired());
    t.row(total);
    List<String> roles = new ArrayList<>();
    plan.roles().forEach(r -> roles.add(r.code()));
    List<String> levels = new ArrayList<>();
    plan.plan().demand().levels().forEach(d -> levels.add(d.level().name()));
    t.rowTotal("Total", levels);
    t.columnTotal(ALL_ROLES, roles);
    t.note("Each level's demand hours for the role / client-care hours per 1.0 FTE of the role.");
    t.note("Each role's total keeps its rounding and its levels share it out by largest remainder;"
        + " All roles is the sum of the roles as shown.");
    return t.build();
  }

  private static Table capacity(PlanResult plan) {
    Table.Builder t =
        Table.builder(
            CAPACITY,
            "Role",
            "Supply hours",
            "Hours per episode of the case mix",
            "Episodes/year (exact)",
            "Episodes/year",
            "Concurrent (exact)",
            "Concurrent");
    for (RoleMatch m : plan.matches().values()) {
      if (m.capacity().isPresent()) {
        Capacity c = m.capacity().get();
        t.row(
            m.role().code(),
            c.supplyHours(),
            c.hoursPerEpisode(),
            c.episodesPerYear(),
            c.wholeEpisodesPerYear(),
            c.concurrentCaseload(),
            c.wholeConcurrentCaseload());
      }
    }
    Capacity least = plan.capacity();
    t.note("Episodes/year = supply hours / sum(share of level x hours per episode of the role);"
        + " concurrent by Little's law. Whole numbers are rounded down.");
    t.note("The team's capacity is that of " + least.role() + ", the role that runs out first: "
        + least.wholeEpisodesPerYear() + " episodes/year, " + least.wholeConcurrentCaseload()
        + " clients at a time.");
    return t.build();
  }

  private static Table capacityByLevel(PlanResult plan) {
    Capacity c = plan.capacity();
    Table.Builder t =
        Table.builder(
            CAPACITY_BY_LEVEL + " (" + c.role() + ", the bottleneck)",
            "Level",
            "Share of clients",
            "Episodes/year (exact)",
            "Episodes/year",
            "Concurrent (exact)",
            "Concurrent");
    List<ComplexityLevel> levels = new ArrayList<>(c.episodesPerYearByLevel().keySet());
    List<BigDecimal> episodes = new ArrayList<>();
    levels.forEach(l -> episodes.add(c.episodesPerYearByLevel().get(l).toBigDecimal()));
    List<Percentage> shares =
        c.episodesPerYear().signum() > 0 ? Shares.of(episodes).rounded(1) : null;
    Map<ComplexityLevel, Fraction> concurrent = c.concurrentCaseloadByLevel();
    for (int i = 0; i < levels.size(); i++) {
      ComplexityLevel l = levels.get(i);
      t.row(
          l.name(),
          shares == null ? "" : shares.get(i),
          episodes.get(i),
          c.wholeEpisodesPerYear(l),
          concurrent.get(l),
          c.wholeConcurrentCaseload(l));
    }
    t.note("Whole numbers are rounded down, so they may add up to less than the total.");
    return t.build();
  }

  private static Table singleLevel(PlanResult plan) {
    Table.Builder t =
        Table.builder(
            SINGLE_LEVEL, "Level", "Bottleneck role", "Hours per episode", "Episodes/year",
            "Concurrent");
    for (LevelDemand d : plan.plan().demand().levels()) {
      if (d.profile().hoursPerEpisode().isPositive()) {
        Capacity c = plan.capacity(d.level());
        t.row(
            d.level().name(),
            c.role().code(),
            c.hoursPerEpisode(),
            c.wholeEpisodesPerYear(),
            c.wholeConcurrentCaseload());
      }
    }
    t.note("Supply hours of each role / that role's hours per episode of the level; the smallest.");
    return t.build();
  }

  private static Table caseloads(PlanResult plan) {
    Table.Builder t =
        Table.builder(
            CASELOADS,
            "Clinician",
            "Role",
            "Client-care hours",
            "Share of role",
            "Concurrent",
            "Episodes/year");
    List<ClinicianCaseload> loads = plan.suggestedCaseloads();
    // shares of each role shown so that they sum to 100.0% within the role
    Map<io.github.cmpt.vocabulary.Role, List<ClinicianCaseload>> byRole = new java.util.LinkedHashMap<>();
    loads.forEach(c -> byRole.computeIfAbsent(c.role(), r -> new ArrayList<>()).add(c));
    Map<ClinicianCaseload, Percentage> shares = new java.util.HashMap<>();
    byRole.values()
        .forEach(
            members -> {
              List<Hours> hours = new ArrayList<>();
              members.forEach(c -> hours.add(c.clientCareHours()));
              List<Percentage> rounded = Shares.ofHours(hours).rounded(1);
              for (int i = 0; i < members.size(); i++) {
                shares.put(members.get(i), rounded.get(i));
              }
            });
    for (ClinicianCaseload c : loads) {
      t.row(
          c.clinicianId(),
          c.role().code(),
          c.clientCareHours(),
          shares.get(c),
          c.wholeConcurrentCaseload(),
          c.wholeEpisodesPerYear());
    }
    t.note("Each role's own capacity shared in proportion to client-care hours, counts rounded down;"
        + " shares of a role sum to 100%. A role that is not the bottleneck can carry more than the"
        + " team as a whole.");
    return t.build();
  }
}

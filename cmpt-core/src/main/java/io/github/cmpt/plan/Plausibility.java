package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plausibility check of a plan: figures that are valid but unlikely, such as a session longer
 * than a working day, each named in a {@link Warning} that callers and reports can show. A
 * warning changes nothing: the plan is worked out as given, never clamped.
 *
 * <p>The warnings, in the order they are looked for ({@link Kind}):
 * <ol>
 *   <li>{@link Kind#SESSION_LONGER_THAN_A_DAY}: one occurrence of an activity lasts longer than
 *       the longest working day of the clinicians of its role (of the team, when the role has
 *       none);</li>
 *   <li>{@link Kind#MORE_THAN_A_WEEK_OF_ONE_ACTIVITY}: one client's hours of one activity per week
 *       of the episode ({@code hours per episode / episode weeks}) exceed the longest full-time
 *       week of those clinicians;</li>
 *   <li>{@link Kind#NO_STAFF_FOR_A_ROLE}: the clients need time from a role the team has no FTE
 *       of;</li>
 *   <li>{@link Kind#FTE_REQUIRED_OVER_100_TIMES_AVAILABLE}: a role needs more than
 *       {@value #FTE_FACTOR} times the FTE it has;</li>
 *   <li>{@link Kind#LITTLE_CLIENT_CARE}: a clinician's client-care hours are less than
 *       {@value #CLIENT_CARE_PERCENT}% of their paid hours.</li>
 * </ol>
 *
 * <pre>{@code
 * Plausibility check = Plausibility.of(PlanResult.of(plan));
 * check.isPlausible();                 // true when there is no warning
 * String text = check.toTable().toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Plausibility {

  /** The factor of available FTE above which the FTE required is implausible: {@value}. */
  public static final int FTE_FACTOR = 100;

  /** The share of paid hours, in percent, below which client care is implausibly little: {@value}. */
  public static final int CLIENT_CARE_PERCENT = 10;

  /** The title of {@link #toTable()}. */
  public static final String TITLE = "Plausibility warnings";

  /** What a warning is about. */
  public enum Kind {
    /** One occurrence of an activity is longer than a working day. */
    SESSION_LONGER_THAN_A_DAY,
    /** One client needs more than a working week of one activity in each week of the episode. */
    MORE_THAN_A_WEEK_OF_ONE_ACTIVITY,
    /** The clients need time from a role the team has no FTE of. */
    NO_STAFF_FOR_A_ROLE,
    /** A role needs more than {@value Plausibility#FTE_FACTOR} times its available FTE. */
    FTE_REQUIRED_OVER_100_TIMES_AVAILABLE,
    /** A clinician has less than {@value Plausibility#CLIENT_CARE_PERCENT}% client care. */
    LITTLE_CLIENT_CARE
  }

  /**
   * A figure of a plan that is valid but unlikely, such as
   * {@code SESSION_LONGER_THAN_A_DAY: High / Assessment / OT: 9.0h, above 7.5h}.
   *
   * @param kind what the warning is about
   * @param subject the part of the plan, such as {@code High / Assessment / OT}, a role code or a
   *     clinician's id
   * @param figure the figure, such as {@code 9.0h}
   * @param limit the limit it passes, such as {@code 7.5h}
   */
  public record Warning(Kind kind, String subject, String figure, String limit) {

    /**
     * Returns a warning.
     *
     * @param kind what the warning is about, not null
     * @param subject the part of the plan, not null
     * @param figure the figure, not null
     * @param limit the limit, not null
     * @throws NullPointerException when an argument is null
     */
    public Warning {
      Checks.notNull(kind, "kind");
      Checks.notNull(subject, "subject");
      Checks.notNull(figure, "figure");
      Checks.notNull(limit, "limit");
    }

    /**
     * Returns the warning as one line, such as
     * {@code SESSION_LONGER_THAN_A_DAY: High / Assessment / OT: 9.0h, above 7.5h}.
     *
     * @return the line
     */
    @Override
    public String toString() {
      return kind + ": " + subject + ": " + figure + ", above " + limit;
    }
  }

  private final ImmutableList<Warning> warnings;

  private Plausibility(ImmutableList<Warning> warnings) {
    this.warnings = warnings;
  }

  /**
   * Returns the plausibility check of a plan's result.
   *
   * @param result the result of the plan, not null
   * @return the check, with its warnings in the order of {@link Kind}
   */
  public static Plausibility of(PlanResult result) {
    Checks.notNull(result, "result");
    CaseloadPlan plan = result.plan();
    List<Warning> sessions = new ArrayList<>();
    List<Warning> weeks = new ArrayList<>();
    for (LevelDemand d : plan.demand().levels()) {
      BigDecimal episodeWeeks = d.profile().episodeWeeks().value();
      for (InterventionActivity a : d.profile().activities()) {
        String subject = d.level().name() + " / " + a.kind().name() + " / " + a.role().code();
        Hours day = longest(plan, a.role(), true);
        Hours session = Hours.ofMinutes(a.minutes().value());
        if (day != null && session.compareTo(day) > 0) {
          sessions.add(
              new Warning(Kind.SESSION_LONGER_THAN_A_DAY, subject, hours(session), hours(day)));
        }
        Hours week = longest(plan, a.role(), false);
        if (week != null && episodeWeeks.signum() > 0) {
          Hours perWeek = a.hoursPerEpisode().dividedBy(episodeWeeks);
          if (perWeek.compareTo(week) > 0) {
            weeks.add(
                new Warning(
                    Kind.MORE_THAN_A_WEEK_OF_ONE_ACTIVITY,
                    subject,
                    hours(perWeek) + "/week",
                    hours(week) + "/week"));
          }
        }
      }
    }
    List<Warning> noStaff = new ArrayList<>();
    List<Warning> over = new ArrayList<>();
    for (RoleMatch m : result.matches().values()) {
      String role = m.role().code();
      if (!m.availableFte().isPositive() && m.demandHours().isPositive()) {
        noStaff.add(
            new Warning(
                Kind.NO_STAFF_FOR_A_ROLE, role, hours(m.demandHours()) + " of demand", "0 FTE"));
      } else if (m.availableFte().isPositive()
          && m.fteRequired().toFraction().compareTo(m.availableFte().toFraction().multipliedBy(FTE_FACTOR))
              > 0) {
        over.add(
            new Warning(
                Kind.FTE_REQUIRED_OVER_100_TIMES_AVAILABLE,
                role,
                fte(m.fteRequired().toFraction()) + " FTE required",
                FTE_FACTOR + " x " + fte(m.availableFte().toFraction()) + " FTE available"));
      }
    }
    List<Warning> little = new ArrayList<>();
    Fraction least = Fraction.of(CLIENT_CARE_PERCENT, 100);
    for (ClinicianTime t : result.supply().members()) {
      Percentage share = t.perYear().clientCareShare();
      if (t.perYear().paidHours().isPositive() && share.toFraction().compareTo(least) < 0) {
        little.add(
            new Warning(
                Kind.LITTLE_CLIENT_CARE,
                t.clinician().id(),
                percent(share) + " of paid hours in client care",
                "less than " + CLIENT_CARE_PERCENT + "%"));
      }
    }
    ImmutableList.Builder<Warning> all = ImmutableList.builder();
    all.addAll(sessions).addAll(weeks).addAll(noStaff).addAll(over).addAll(little);
    return new Plausibility(all.build());
  }

  /** The longest working day (or full-time week) of the role's clinicians, else of the team's. */
  private static @Nullable Hours longest(CaseloadPlan plan, Role role, boolean day) {
    Hours ofRole = null;
    Hours ofTeam = null;
    for (Clinician c : plan.team().clinicians()) {
      WorkPattern p = c.workHours().pattern();
      Hours h = day ? p.hoursPerDay() : p.hoursPerWeek();
      if (ofTeam == null || h.compareTo(ofTeam) > 0) {
        ofTeam = h;
      }
      if (c.role().equals(role) && (ofRole == null || h.compareTo(ofRole) > 0)) {
        ofRole = h;
      }
    }
    return ofRole != null ? ofRole : ofTeam;
  }

  private static String hours(Hours h) {
    return h.toBigDecimal().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "h";
  }

  private static String fte(Fraction f) {
    return f.toBigDecimal(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(Percentage p) {
    return p.toPercent().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * Returns the warnings, in the order of {@link Kind}, then of the plan's levels, activities,
   * roles and clinicians.
   *
   * @return an immutable list, empty when the plan is plausible
   */
  public ImmutableList<Warning> warnings() {
    return warnings;
  }

  /**
   * Returns whether the check found nothing to warn about.
   *
   * @return true when there is no warning
   */
  public boolean isPlausible() {
    return warnings.isEmpty();
  }

  /**
   * Returns the warnings as a table titled {@value #TITLE}: warning, subject, figure and limit, a
   * row for each warning.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder t = Table.builder(TITLE, "Warning", "Subject", "Figure", "Limit");
    for (Warning w : warnings) {
      t.row(w.kind().name(), w.subject(), w.figure(), w.limit());
    }
    t.note("Figures that are valid but unlikely; the plan is worked out as given.");
    return t.build();
  }

  /**
   * Returns whether another object is a check with the same warnings.
   *
   * @param obj the other object
   * @return true for the same warnings
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Plausibility && warnings.equals(((Plausibility) obj).warnings);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return warnings.hashCode();
  }

  /**
   * Returns the number of warnings, such as {@code Plausibility[2 warnings]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Plausibility[" + warnings.size() + (warnings.size() == 1 ? " warning]" : " warnings]");
  }
}

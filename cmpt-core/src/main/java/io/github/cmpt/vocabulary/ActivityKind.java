package io.github.cmpt.vocabulary;

import io.github.cmpt.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of client intervention activity, such as {@code assessment} or {@code group-intervention},
 * or one a service names itself.
 *
 * <p>A kind has a code (lower case, words joined by hyphens) that identifies it, and a display name.
 * The standard kinds are those of the CMPT; {@link #of(String)} makes a user-named one.
 *
 * <pre>{@code
 * ActivityKind assessment = ActivityKind.ASSESSMENT;               // assessment
 * ActivityKind fitting = ActivityKind.of("Equipment fitting");     // equipment-fitting
 * ActivityKind group = ActivityKind.parse("Group intervention");   // group-intervention
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ActivityKind extends Term {

  /** Assessment and re-assessment. */
  public static final ActivityKind ASSESSMENT = new ActivityKind("assessment", "Assessment");

  /** Direct intervention with one client. */
  public static final ActivityKind INDIVIDUAL_INTERVENTION =
      new ActivityKind("individual-intervention", "Individual intervention");

  /** Intervention with a group, whose time is shared by the group's members. */
  public static final ActivityKind GROUP_INTERVENTION =
      new ActivityKind("group-intervention", "Group intervention");

  /** Indirect activity for one client: documentation, reports, preparation. */
  public static final ActivityKind INDIRECT = new ActivityKind("indirect", "Indirect activity");

  /** Consultation with family, team or others; case conferences. */
  public static final ActivityKind CONSULTATION = new ActivityKind("consultation", "Consultation");

  /** Travel for one client: home or school visits. */
  public static final ActivityKind CLIENT_TRAVEL =
      new ActivityKind("client-travel", "Client-related travel");

  /** Discharge planning. */
  public static final ActivityKind DISCHARGE_PLANNING =
      new ActivityKind("discharge-planning", "Discharge planning");

  /** Any other client activity. */
  public static final ActivityKind OTHER = new ActivityKind("other", "Other");

  private static final List<ActivityKind> STANDARD =
      List.of(
          ASSESSMENT,
          INDIVIDUAL_INTERVENTION,
          GROUP_INTERVENTION,
          INDIRECT,
          CONSULTATION,
          CLIENT_TRAVEL,
          DISCHARGE_PLANNING,
          OTHER);

  private ActivityKind(String code, String name) {
    super(code, name);
  }

  /**
   * Returns the kind with a name: a standard kind when the name or code is one (ignoring case),
   * otherwise a user-named kind whose code is the name in lower case with spaces as hyphens.
   *
   * @param name the name, not blank
   * @return the kind
   * @throws IllegalArgumentException when the name is blank
   */
  public static ActivityKind of(String name) {
    String trimmed = trimmed(name, "activityKind");
    return standard(trimmed).orElseGet(() -> new ActivityKind(codeOf(trimmed), trimmed));
  }

  /**
   * Returns the standard kind with a code or name, ignoring case, such as {@code "assessment"} or
   * {@code "Group intervention"}.
   *
   * @param text the code or name of a standard kind, not null
   * @return the kind
   * @throws IllegalArgumentException when no standard kind has this code or name
   */
  public static ActivityKind parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().trim();
    return standard(s)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    Checks.invalid("activityKind", "one of " + codes(STANDARD), "\"" + s + "\"")));
  }

  /**
   * Returns the standard kind with a code or name, ignoring case, if there is one.
   *
   * @param text the code or name, not null
   * @return the standard kind, or empty
   * @throws NullPointerException when {@code text} is null
   */
  public static Optional<ActivityKind> standard(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().trim();
    return find(STANDARD, s, ActivityKind::codeOf);
  }

  /**
   * Returns the standard kinds of the CMPT, in worksheet order.
   *
   * @return an unmodifiable list of kinds
   */
  public static List<ActivityKind> standardKinds() {
    return STANDARD;
  }

  private static String codeOf(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", "-");
  }

  @Override
  List<ActivityKind> standardTerms() {
    return STANDARD;
  }
}

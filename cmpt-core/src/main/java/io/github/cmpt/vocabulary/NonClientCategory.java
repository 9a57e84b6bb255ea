package io.github.cmpt.vocabulary;

import java.util.List;

/**
 * A category of non-client activity (MIS "non-service-recipient activity"), such as
 * {@code Administration} or {@code Meetings}, or one a service names itself.
 *
 * <pre>{@code
 * NonClientCategory meetings = NonClientCategory.MEETINGS;            // Meetings
 * NonClientCategory union = NonClientCategory.of("Union business");   // a user-named category
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class NonClientCategory extends Term {

  /** Administration: e-mail, scheduling, statistics, workload reporting. */
  public static final NonClientCategory ADMINISTRATION = new NonClientCategory("Administration");

  /** Staff, team and program meetings not about one client. */
  public static final NonClientCategory MEETINGS = new NonClientCategory("Meetings");

  /** Professional development: courses, reading, in-service. */
  public static final NonClientCategory PROFESSIONAL_DEVELOPMENT =
      new NonClientCategory("Professional development");

  /** Teaching and student supervision. */
  public static final NonClientCategory TEACHING_AND_SUPERVISION =
      new NonClientCategory("Teaching and student supervision");

  /** Research. */
  public static final NonClientCategory RESEARCH = new NonClientCategory("Research");

  /** Program development. */
  public static final NonClientCategory PROGRAM_DEVELOPMENT =
      new NonClientCategory("Program development");

  /** Quality improvement. */
  public static final NonClientCategory QUALITY_IMPROVEMENT =
      new NonClientCategory("Quality improvement");

  /** Travel not tied to a client: between sites, to meetings. */
  public static final NonClientCategory NON_CLIENT_TRAVEL =
      new NonClientCategory("Non-client travel");

  private static final List<NonClientCategory> STANDARD =
      List.of(
          ADMINISTRATION,
          MEETINGS,
          PROFESSIONAL_DEVELOPMENT,
          TEACHING_AND_SUPERVISION,
          RESEARCH,
          PROGRAM_DEVELOPMENT,
          QUALITY_IMPROVEMENT,
          NON_CLIENT_TRAVEL);

  private NonClientCategory(String name) {
    super(name, name);
  }

  /**
   * Returns the category with a name: a standard category when the name is one (ignoring case),
   * otherwise a user-named category.
   *
   * @param name the name, not blank
   * @return the category
   * @throws IllegalArgumentException when the name is blank
   */
  public static NonClientCategory of(String name) {
    String trimmed = trimmed(name, "nonClientCategory");
    return find(STANDARD, trimmed, String::trim).orElseGet(() -> new NonClientCategory(trimmed));
  }

  /**
   * Returns the standard categories, in worksheet order.
   *
   * @return an unmodifiable list
   */
  public static List<NonClientCategory> standardCategories() {
    return STANDARD;
  }

  @Override
  List<NonClientCategory> standardTerms() {
    return STANDARD;
  }
}

package io.github.cmpt.examples.javadoc;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.vocabulary.Term;
import java.util.List;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.vocabulary} (the terms the steps
 * share), compiled: each method holds the code of one example and returns the value the example is
 * about.
 */
public final class VocabularyExamples {

  private VocabularyExamples() {}

  /**
   * The example of {@link ActivityKind}: a standard kind, a user-named kind, and a kind parsed
   * from its name.
   *
   * @return {@code assessment}, {@code equipment-fitting}, {@code group-intervention}
   */
  public static List<ActivityKind> activityKind() {
    ActivityKind assessment = ActivityKind.ASSESSMENT; // assessment
    ActivityKind fitting = ActivityKind.of("Equipment fitting"); // equipment-fitting
    ActivityKind group = ActivityKind.parse("Group intervention"); // group-intervention
    return List.of(assessment, fitting, group);
  }

  /**
   * The example of {@link ComplexityLevel}: a level with a code, a name, a rank and criteria.
   *
   * @return the level
   */
  public static ComplexityLevel complexityLevel() {
    ComplexityLevel moderate =
        ComplexityLevel.of(
            "M",
            "Moderate",
            2,
            "Two or more goals; family needs support to carry over the program");
    return moderate;
  }

  /**
   * The example of {@link LeaveType}: a standard type and a user-named one.
   *
   * @return {@code Vacation}, then {@code Union business}
   */
  public static List<LeaveType> leaveType() {
    LeaveType vacation = LeaveType.VACATION; // Vacation
    LeaveType union = LeaveType.of("Union business"); // a user-named type
    return List.of(vacation, union);
  }

  /**
   * The example of {@link NonClientCategory}: a standard category and a user-named one.
   *
   * @return {@code Meetings}, then {@code Union business}
   */
  public static List<NonClientCategory> nonClientCategory() {
    NonClientCategory meetings = NonClientCategory.MEETINGS; // Meetings
    NonClientCategory union = NonClientCategory.of("Union business"); // a user-named category
    return List.of(meetings, union);
  }

  /**
   * The example of {@link Role}: a standard role and a role of one's own.
   *
   * @return {@code OT}, then {@code KIN}
   */
  public static List<Role> role() {
    Role ot = Role.OCCUPATIONAL_THERAPIST; // OT
    Role kin = Role.ofClinician("KIN", "Kinesiologist"); // a role of one's own
    return List.of(ot, kin);
  }

  /**
   * The example of {@link Term}: terms of two open enumerations.
   *
   * @return {@code Vacation} and {@code assessment}
   */
  public static List<Term> term() {
    Term vacation = LeaveType.VACATION; // code "Vacation"
    Term assessment = ActivityKind.ASSESSMENT; // code "assessment", name "Assessment"
    return List.of(vacation, assessment);
  }
}

package io.github.cmpt.examples.javadoc;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.wisn.ActivityStandard;
import io.github.cmpt.wisn.CategoryAllowance;
import io.github.cmpt.wisn.HealthServiceActivity;
import io.github.cmpt.wisn.IndividualAllowance;
import io.github.cmpt.wisn.WisnInput;
import io.github.cmpt.wisn.WisnResult;
import io.github.cmpt.wisn.WisnView;
import io.github.cmpt.wisn.WorkingTime;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.wisn} (the WHO's Workload
 * Indicators of Staffing Need), compiled: each method holds the code of one example and returns
 * the value the example is about.
 */
public final class WisnExamples {

  private WisnExamples() {}

  /**
   * What the example of {@link ActivityStandard} gives.
   *
   * @param consultation a standard given as time per unit, 15 minutes
   * @param immunisation a standard given as a rate, 12 units an hour
   * @param standardWorkload the standard workload of the consultations in 1696 hours
   */
  public record Standards(
      ActivityStandard consultation, ActivityStandard immunisation, BigDecimal standardWorkload) {}

  /**
   * The example of {@link ActivityStandard}: a standard given as time per unit and one given as a
   * rate, and the standard workload of the first in an available working time of 1696 hours.
   *
   * @return the two standards, and {@code 6784} units a year
   */
  public static Standards activityStandard() {
    ActivityStandard consultation = ActivityStandard.ofUnitTime(Hours.ofMinutes(15));
    ActivityStandard immunisation = ActivityStandard.ofRate(new BigDecimal("12"));
    return new Standards(
        consultation,
        immunisation,
        consultation.standardWorkload(Hours.of(1696))); // 6784 units a year
  }

  /**
   * What the example of {@link CategoryAllowance} gives.
   *
   * @param handover an hour of handover a shift
   * @param meetings meetings, 5% of working time
   * @param handoverShare the share of working time of the handover
   */
  public record Allowances(
      CategoryAllowance handover, CategoryAllowance meetings, Percentage handoverShare) {}

  /**
   * The example of {@link CategoryAllowance}: an hour of handover a shift and 5% of meetings, and
   * the share of working time of the first for the working time of the {@link WorkingTime}
   * example (8-hour days).
   *
   * @return the two allowances, and {@code 12.5%}
   */
  public static Allowances categoryAllowance() {
    WorkingTime time = Fixtures.workingTime();
    CategoryAllowance handover =
        CategoryAllowance.of("Shift handover", PeriodicHours.ofDaily(Hours.of(1)));
    CategoryAllowance meetings = CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5));
    return new Allowances(
        handover, meetings, handover.shareOf(time)); // 12.5% of an 8-hour day
  }

  /**
   * The example of {@link HealthServiceActivity}: 1200 sessions of 45 minutes a year.
   *
   * @return the activity
   */
  public static HealthServiceActivity healthServiceActivity() {
    HealthServiceActivity sessions =
        HealthServiceActivity.builder()
            .name("Outpatient session")
            .standard(ActivityStandard.ofUnitTime(Hours.ofMinutes(45)))
            .annualWorkload(new BigDecimal("1200"))
            .build();
    return sessions;
  }

  /**
   * The example of {@link IndividualAllowance}: 120 hours of teaching a year for each of 2 staff.
   *
   * @return {@code 240h}
   */
  public static Hours individualAllowance() {
    IndividualAllowance teaching =
        IndividualAllowance.builder()
            .name("Teaching students")
            .hoursPerYear(Hours.of(120))
            .staff(2)
            .build();
    return teaching.totalHoursPerYear(); // 240h
  }

  /**
   * The example of {@link WisnInput}: the working time, activity and allowance of the examples of
   * {@link WorkingTime}, {@link HealthServiceActivity} and {@link IndividualAllowance}, meetings
   * 5% of working time, and one member of staff.
   *
   * @return the WISN ratio, current staff / required staff
   */
  public static Optional<BigDecimal> wisnInput() {
    WorkingTime time = Fixtures.workingTime();
    HealthServiceActivity sessions = Fixtures.sessions();
    IndividualAllowance teaching = Fixtures.teaching();
    WisnInput input =
        WisnInput.builder()
            .staffCategory("Physiotherapist")
            .workingTime(time)
            .addHealthServiceActivity(sessions)
            .addCategoryAllowance(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)))
            .addIndividualAllowance(teaching)
            .currentStaff(Fte.ONE)
            .build();
    return input.result().ratio(); // current staff / required staff
  }

  /**
   * What the example of {@link WisnResult} gives.
   *
   * @param requiredStaff the staff required, {@code A x CAF + IAF}
   * @param ratio the WISN ratio, current / required
   * @param worksheet the explanation, one detail per line of the worksheet
   * @param text the result as a text table
   */
  public record WisnFigures(
      Fte requiredStaff, Optional<BigDecimal> ratio, Explanation worksheet, String text) {}

  /**
   * The example of {@link WisnResult}: the result of the input of the {@link WisnInput} example.
   *
   * @return the figures of the example
   */
  public static WisnFigures wisnResult() {
    WisnInput input = Fixtures.input();
    WisnResult result = input.result();
    Fte required = result.requiredStaff(); // A x CAF + IAF
    // current / required, empty when nothing is required
    Optional<BigDecimal> ratio = result.ratio();
    Explanation worksheet = result.explain(); // the worksheet, a line per figure
    String text = result.toTable().toText();
    return new WisnFigures(required, ratio, worksheet, text);
  }

  /**
   * The example of {@link WorkingTime}: the published WISN example of 260 working days, 13
   * public holidays, 18 days of annual leave, 12 of sick leave, 5 of other leave, 8 hours a day.
   *
   * @return {@code 1696h}
   */
  public static Hours workingTime() {
    WorkingTime time =
        WorkingTime.builder()
            .workingDaysPerYear(260)
            .publicHolidays(13)
            .annualLeave(18)
            .sickLeave(12)
            .otherLeave(5)
            .hoursPerDay(Hours.of(8))
            .build();
    return time.availableWorkingTime(); // 1696h
  }

  /**
   * The example of {@link WisnView}: the occupational therapists of the plan of {@link
   * PlanExamples} in WISN terms, and their WISN ratio.
   *
   * @return the WISN ratio of the role
   */
  public static Optional<BigDecimal> wisnView() {
    PlanResult result = PlanResult.of(Fixtures.plan());
    WisnInput input = WisnView.of(result, Role.OCCUPATIONAL_THERAPIST);
    return input.result().ratio(); // the role's staffing ratio
  }
}

package io.github.cmpt.wisn;

import static io.github.cmpt.wisn.WisnPublishedExampleTest.exampleTime;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples of the WISN values: standards, allowances, working time and results. */
class WisnValuesTest {

  private static HealthServiceActivity activity(String name, ActivityStandard standard, String w) {
    return HealthServiceActivity.builder()
        .name(name)
        .standard(standard)
        .annualWorkload(new BigDecimal(w))
        .build();
  }

  private static WorkingTime time(String annualLeave, int daysPerWeek) {
    return WorkingTime.builder()
        .workingDaysPerYear(new BigDecimal("260"))
        .publicHolidays(new BigDecimal("10"))
        .annualLeave(new BigDecimal(annualLeave))
        .sickLeave(BigDecimal.ZERO)
        .otherLeave(BigDecimal.ZERO)
        .hoursPerDay(Hours.of("7.5"))
        .workingDaysPerWeek(daysPerWeek)
        .build();
  }

  @Test
  void availableWorkingTimeAllowsHalfDays() {
    WorkingTime t = time("20.5", 5);
    assertThat(t.leaveDays()).isEqualByComparingTo("30.5");
    assertThat(t.availableDays()).isEqualByComparingTo("229.5");
    // (260 - 10 - 20.5 - 0 - 0) x 7.5 = 1721.25
    assertThat(t.availableWorkingTime()).isEqualTo(Hours.of("1721.25"));
    assertThat(t.hoursPerWeek()).isEqualTo(Hours.of("37.5"));
    assertThat(t.workingDaysPerWeek()).isEqualTo(5);
  }

  @Test
  void tableRoundsFractionalDaysForReadingAndKeepsThemExactInCsv() {
    // 20 1/3 days of annual leave, as a per-FTE average of prorated leave gives
    BigDecimal leave = BigDecimal.valueOf(61).divide(BigDecimal.valueOf(3), Hours.MATH_CONTEXT);
    WisnResult r =
        WisnInput.builder()
            .staffCategory("OT")
            .workingTime(time(leave.toPlainString(), 5))
            .addHealthServiceActivity(
                activity("Visits", ActivityStandard.ofUnitTime(Hours.of(1)), "100"))
            .currentStaff(Fte.of("1"))
            .build()
            .result();
    assertThat(r.toTable().toText())
        .containsPattern("\\nWorking days per year +260\\n")
        .containsPattern("\\nAnnual leave +20\\.33\\n")
        .containsPattern("\\nAvailable days = working days - holidays and leave +229\\.67\\n");
    assertThat(r.toTable().toCsv())
        .contains("\r\nAnnual leave,20.333333333333\r\n")
        .contains("\r\nPublic holidays,10\r\n");
  }

  @Test
  void workingTimeEqualityIgnoresTheScaleOfDays() {
    new EqualsTester()
        .addEqualityGroup(time("20", 5), time("20.00", 5), time("2E+1", 5))
        .addEqualityGroup(time("20.5", 5))
        .addEqualityGroup(time("20", 4))
        .testEquals();
    assertThat(time("2E+1", 5).annualLeave().toString()).isEqualTo("20");
  }

  @ParameterizedTest
  @CsvSource({"0.5h/unit", "0.25h/unit", "3/h", "0.5/h", "12.5/h", "2h/unit"})
  void standardsReadWhatTheyWrite(String text) {
    assertThat(ActivityStandard.parse(text).toString()).isEqualTo(text);
    assertThat(ActivityStandard.parse(text)).isEqualTo(ActivityStandard.parse(" " + text + " "));
  }

  @Test
  void standardEqualityKeepsTheFormAndIgnoresTheScale() {
    new EqualsTester()
        .addEqualityGroup(
            ActivityStandard.ofUnitTime(Hours.of("0.5")),
            ActivityStandard.ofUnitTime(Hours.of("0.50")),
            ActivityStandard.ofUnitTime(Hours.ofMinutes(30)))
        .addEqualityGroup(
            ActivityStandard.ofRate(new BigDecimal("2")), ActivityStandard.ofRate(new BigDecimal("2.0")))
        .addEqualityGroup(ActivityStandard.ofUnitTime(Hours.of(2)))
        .testEquals();
  }

  @Test
  void aRateAndItsTimePerUnitGiveTheSameStaff() {
    Hours awt = exampleTime().availableWorkingTime();
    ActivityStandard rate = ActivityStandard.ofRate(new BigDecimal("4"));
    ActivityStandard unit = ActivityStandard.ofUnitTime(Hours.ofMinutes(15));

    assertThat(rate.isRate()).isTrue();
    assertThat(unit.isRate()).isFalse();
    assertThat(rate.timePerUnit()).isEqualTo(Hours.of("0.25"));
    assertThat(unit.unitsPerHour()).isEqualByComparingTo("4");
    // standard workload = 1696h x 4/h = 1696h / 0.25h = 6784 units a year
    assertThat(rate.standardWorkload(awt)).isEqualByComparingTo("6784");
    assertThat(unit.standardWorkload(awt)).isEqualByComparingTo("6784");
    // 3392 units need 3392 / 6784 = 0.5 staff
    assertThat(rate.staffFor(new BigDecimal("3392"), awt)).isEqualByComparingTo("0.5");
    assertThat(unit.staffFor(new BigDecimal("3392"), awt)).isEqualByComparingTo("0.5");
  }

  @Test
  void categoryAllowancesBecomeSharesOfWorkingTime() {
    // 1696h a year, 8h a day, 5 days a week
    WorkingTime t = exampleTime();
    assertThat(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)).shareOf(t))
        .isEqualTo(Percentage.ofPercent(5));
    assertThat(CategoryAllowance.of("Handover", PeriodicHours.ofDaily(Hours.of(1))).shareOf(t))
        .isEqualTo(Percentage.ofPercent("12.5"));
    // 2h / (8h x 5) = 5%
    assertThat(CategoryAllowance.of("Rounds", PeriodicHours.ofWeekly(Hours.of(2))).shareOf(t))
        .isEqualTo(Percentage.ofPercent(5));
    // 8.48h x 12 / 1696h = 6%
    assertThat(CategoryAllowance.of("Audit", PeriodicHours.ofMonthly(Hours.of("8.48"))).shareOf(t))
        .isEqualTo(Percentage.ofPercent(6));
    // 169.6h / 1696h = 10%
    assertThat(CategoryAllowance.of("Training", PeriodicHours.ofYearly(Hours.of("169.6"))).shareOf(t))
        .isEqualTo(Percentage.ofPercent(10));
    // per week with four working days: 2h / (8h x 4) = 6.25%
    WorkingTime fourDays =
        WorkingTime.builder()
            .workingDaysPerYear(208)
            .publicHolidays(0)
            .annualLeave(0)
            .sickLeave(0)
            .otherLeave(0)
            .hoursPerDay(Hours.of(8))
            .workingDaysPerWeek(4)
            .build();
    assertThat(CategoryAllowance.of("Rounds", PeriodicHours.ofWeekly(Hours.of(2))).shareOf(fourDays))
        .isEqualTo(Percentage.ofPercent("6.25"));
  }

  @Test
  void categoryAllowancesExplainTheirConversion() {
    WorkingTime t = exampleTime();
    Explanation rounds = CategoryAllowance.of("Rounds", PeriodicHours.ofWeekly(Hours.of(2))).explain(t);
    assertThat(rounds.toString())
        .isEqualTo(
            "Category allowance (Rounds) = allowance per week / (hours per day x working days per"
                + " week) = 2h / (8h x 5) = 5%");
    assertThat(rounds.inputs())
        .containsExactly(
            Map.entry("allowance per week", Hours.of(2)),
            Map.entry("hours per day", Hours.of(8)),
            Map.entry("working days per week", 5));
    assertThat(rounds.result()).isEqualTo(Percentage.ofPercent(5));
    assertThat(CategoryAllowance.of("Audit", PeriodicHours.ofMonthly(Hours.of(1))).explain(t))
        .hasToString(
            "Category allowance (Audit) = allowance per month x 12 / AWT = 1h x 12 / 1696h"
                + " ≈ 0.7075%");
    assertThat(CategoryAllowance.of("Training", PeriodicHours.ofYearly(Hours.of(17))).explain(t))
        .hasToString(
            "Category allowance (Training) = allowance per year / AWT = 17h / 1696h ≈ 1.0024%");
    assertThat(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)).explain(t))
        .hasToString("Category allowance (Meetings) = share of working time, as given = 5%");
  }

  @Test
  void allowanceEquality() {
    new EqualsTester()
        .addEqualityGroup(
            CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)),
            CategoryAllowance.ofShare("Meetings", Percentage.ofPercent("5.0")))
        .addEqualityGroup(CategoryAllowance.ofShare("Admin", Percentage.ofPercent(5)))
        .addEqualityGroup(
            CategoryAllowance.of("Meetings", PeriodicHours.ofWeekly(Hours.of(2))),
            CategoryAllowance.of("Meetings", PeriodicHours.ofWeekly(Hours.of("2.0"))))
        .addEqualityGroup(CategoryAllowance.of("Meetings", PeriodicHours.ofDaily(Hours.of(2))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of(120)).staff(2).build(),
            IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of("120.0")).staff(2).build())
        .addEqualityGroup(
            IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of(120)).staff(3).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            activity("Session", ActivityStandard.ofUnitTime(Hours.of(1)), "1200"),
            activity("Session", ActivityStandard.ofUnitTime(Hours.of(1)), "1200.00"),
            activity("Session", ActivityStandard.ofUnitTime(Hours.of(1)), "1.2E+3"))
        .addEqualityGroup(activity("Session", ActivityStandard.ofUnitTime(Hours.of(1)), "1201"))
        .addEqualityGroup(activity("Session", ActivityStandard.ofRate(BigDecimal.ONE), "1200"))
        .testEquals();
  }

  @Test
  void valuesDescribeThemselves() {
    assertThat(activity("Session", ActivityStandard.ofUnitTime(Hours.of("0.75")), "1.2E+3"))
        .hasToString("HealthServiceActivity[Session 0.75h/unit x 1200/year]");
    assertThat(CategoryAllowance.of("Handover", PeriodicHours.ofDaily(Hours.of(1))))
        .hasToString("Handover 1h/day");
    assertThat(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)))
        .hasToString("Meetings 5%");
    assertThat(
            IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of(120)).staff(2).build())
        .hasToString("IndividualAllowance[Teaching 120h/year x 2 staff]");
  }

  @Test
  void severalActivitiesAndAllowancesAddUp() {
    WisnInput input =
        WisnInput.builder()
            .staffCategory("Physiotherapist")
            .workingTime(exampleTime())
            .addHealthServiceActivity(
                activity("Assessment", ActivityStandard.ofUnitTime(Hours.of(1)), "848"))
            .addHealthServiceActivity(
                activity("Group session", ActivityStandard.ofRate(new BigDecimal("2")), "1696"))
            .addCategoryAllowance(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(10)))
            .addCategoryAllowance(
                CategoryAllowance.of("Handover", PeriodicHours.ofWeekly(Hours.of(4))))
            .addIndividualAllowance(
                IndividualAllowance.builder().name("Teaching").hoursPerYear(Hours.of(212)).staff(2)
                    .build())
            .addIndividualAllowance(
                IndividualAllowance.builder().name("Research").hoursPerYear(Hours.of(424)).staff(1)
                    .build())
            .currentStaff(Fte.of("2"))
            .build();
    WisnResult r = input.result();

    // 848 / 1696 = 0.5 and 1696 / (1696 x 2) = 0.5
    assertThat(r.activityLines().get(0).staff()).isEqualTo(Fte.of("0.5"));
    assertThat(r.activityLines().get(1).standardWorkload()).isEqualByComparingTo("3392");
    assertThat(r.activityLines().get(1).staff()).isEqualTo(Fte.of("0.5"));
    assertThat(r.healthServiceStaff()).isEqualTo(Fte.ONE);
    // 10% + 4h / 40h = 20%; CAF = 1 / 0.8 = 1.25
    assertThat(r.categoryAllowance()).isEqualTo(Percentage.ofPercent(20));
    assertThat(input.totalCategoryAllowance()).isEqualTo(Percentage.ofPercent(20));
    assertThat(r.categoryAllowanceFactor()).isEqualByComparingTo("1.25");
    // (212 x 2 + 424) / 1696 = 0.5
    assertThat(r.individualAllowanceHours()).isEqualTo(Hours.of(848));
    assertThat(r.individualAllowanceFactor()).isEqualTo(Fte.of("0.5"));
    // 1 x 1.25 + 0.5 = 1.75; 2 - 1.75 = 0.25; 2 / 1.75 = 8/7
    assertThat(r.requiredStaff()).isEqualTo(Fte.of("1.75"));
    assertThat(r.difference()).isEqualTo(Fte.of("0.25"));
    assertThat(r.ratio()).contains(
        new BigDecimal(8).divide(new BigDecimal(7), Hours.MATH_CONTEXT));
    assertThat(r.explain().details())
        .extracting(Explanation::toString)
        .contains(
            "Standard workload (Group session) = AWT x rate of working = 1696h x 2/h = 3392",
            "A = sum of annual workload / standard workload = 0.5 FTE + 0.5 FTE = 1 FTE",
            "Total category allowance = sum of the category allowances = 10% + 10% = 20%",
            "CAF = 1 / (1 - total category allowance as a fraction) = 1 / (1 - 0.2) = 1.25",
            "Individual allowance (Teaching) = hours per year x staff = 212h x 2 = 424h",
            "Required staff = A x CAF + IAF = 1 FTE x 1.25 + 0.5 FTE = 1.75 FTE",
            "WISN ratio = current staff / required staff = 2 FTE / 1.75 FTE ≈ 1.1429");
    assertThat(r.explain().details().get(5).inputs())
        .containsExactly(
            Map.entry("Staff (Assessment)", Fte.of("0.5")),
            Map.entry("Staff (Group session)", Fte.of("0.5")));
    assertThat(r.toTable().rows()).hasSize(25);
  }

  @Test
  void activitiesOfTheSameNameAreEachAnInputOfA() {
    WisnResult r =
        WisnInput.builder()
            .staffCategory("OT")
            .workingTime(exampleTime())
            .addHealthServiceActivity(
                activity("Session", ActivityStandard.ofUnitTime(Hours.of(1)), "848"))
            .addHealthServiceActivity(
                activity("Session", ActivityStandard.ofUnitTime(Hours.of(2)), "848"))
            .currentStaff(Fte.ONE)
            .build()
            .result();
    Explanation a = r.explain().details().get(5);
    assertThat(a.inputs())
        .containsExactly(
            Map.entry("Staff (Session)", Fte.of("0.5")), Map.entry("Staff (Session) #2", Fte.ONE));
    assertThat(a).hasToString("A = sum of annual workload / standard workload = 0.5 FTE + 1 FTE = 1.5 FTE");
    // without category allowances the total is zero, with nothing to add
    assertThat(r.explain().details().get(6))
        .hasToString("Total category allowance = sum of the category allowances = 0%");
  }

  @Test
  void noWorkloadAndNoAllowanceRequireNoStaffAndHaveNoRatio() {
    WisnResult r =
        WisnInput.builder()
            .staffCategory("Nurse")
            .workingTime(exampleTime())
            .addHealthServiceActivity(
                activity("Consultation", ActivityStandard.ofUnitTime(Hours.of(1)), "0"))
            .currentStaff(Fte.of("3"))
            .build()
            .result();

    assertThat(r.requiredStaff().isZero()).isTrue();
    assertThat(r.categoryAllowanceFactor()).isEqualByComparingTo("1");
    assertThat(r.ratio()).isEmpty();
    assertThat(r.difference()).isEqualTo(Fte.of("3"));
    assertThat(r.explain().details())
        .last()
        .hasToString(
            "WISN ratio = current staff / required staff = 3 FTE / 0 FTE"
                + " = undefined, no staff is required");
    assertThat(r.toTable().toText()).containsPattern("\\nWISN ratio = current / required +n/a\\n");
    assertThat(r.toString()).isEqualTo("WisnResult[Nurse: required 0 FTE, current 3 FTE, ratio n/a]");
  }

  @Test
  void resultsOfEqualInputsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            WisnPublishedExampleTest.example().result(), WisnPublishedExampleTest.example().result())
        .addEqualityGroup(WisnPublishedExampleTest.example().withCurrentStaff(Fte.ONE).result())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            WisnPublishedExampleTest.example(),
            WisnPublishedExampleTest.example().withCurrentStaff(Fte.of("2.00")))
        .addEqualityGroup(WisnPublishedExampleTest.example().withCurrentStaff(Fte.ONE))
        .testEquals();
  }
}

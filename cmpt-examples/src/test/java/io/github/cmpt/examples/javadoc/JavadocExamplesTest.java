package io.github.cmpt.examples.javadoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.io.CsvReadReport;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.report.Table;
import io.github.cmpt.supply.Leave;
import io.github.cmpt.supply.NonClientActivity;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.wisn.WisnResult;
import io.github.cmpt.worksheet.Step2Worksheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every compiled Javadoc example and checks the results the Javadoc states, so that an example
 * cannot drift from the code; and checks that every example of the library's Javadoc has its code
 * in the examples.
 */
class JavadocExamplesTest {

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.time

  @Test
  void hours() {
    assertThat(TimeExamples.hours()).isEqualTo(Hours.of(1950)).hasToString("1950h");
  }

  @Test
  void fraction() {
    assertThat(TimeExamples.fraction()).isEqualTo(9360);
    assertThat(TimeExamples.fractionText()).isEqualTo("1000/3");
  }

  @Test
  void fte() {
    assertThat(TimeExamples.fte()).isEqualTo(Fte.of("1.6")).hasToString("1.6 FTE");
  }

  @Test
  void percentage() {
    assertThat(TimeExamples.percentage()).isEqualByComparingTo("0.125");
  }

  @Test
  void periodicHours() {
    assertThat(TimeExamples.periodicHours()).hasToString("1950h/year");
    assertThat(TimeExamples.periodicHours().period()).isEqualTo(Period.YEAR);
  }

  @Test
  void fractionalWeekWorkingPeriodAndRotation() {
    assertThat(TimeExamples.fractionalWeek()).isEqualByComparingTo("234");
    assertThat(TimeExamples.workingPeriod()).isEqualTo(io.github.cmpt.time.Fraction.of(10));
    assertThat(TimeExamples.rotation()).isFalse();
  }

  @Test
  void schoolHolidays() {
    assertThat(SupplyExamples.schoolHolidays().dates())
        .containsExactly(LocalDate.of(2026, 11, 11), LocalDate.of(2027, 1, 1));
  }

  @Test
  void workPattern() {
    assertThat(TimeExamples.workPattern()).isEqualTo(Hours.of("7.5")).hasToString("7.5h");
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.supply

  @Test
  void clinician() {
    // 0.8 x 1950h = 1560h paid; 20 days x 7.5h x 0.8 = 120h of vacation; 40h of research
    assertThat(SupplyExamples.clinician()).isEqualTo(Hours.of(1400));
  }

  @Test
  void holidayCalendar() {
    Leave holidays = SupplyExamples.holidayCalendar();
    assertThat(holidays.type()).isEqualTo(LeaveType.STATUTORY_HOLIDAYS);
    assertThat(holidays.dates())
        .containsExactly(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 3));
  }

  @Test
  void leave() {
    List<Leave> leave = SupplyExamples.leave();
    assertThat(leave.get(0)).hasToString("Vacation 20 days/year");
    assertThat(leave.get(0).isProrated()).isTrue();
    assertThat(leave.get(1)).hasToString("Education leave 15h/year (absolute)");
    assertThat(leave.get(1).isProrated()).isFalse();
  }

  @Test
  void leaveType() {
    List<LeaveType> types = VocabularyExamples.leaveType();
    assertThat(types).extracting(LeaveType::toString).containsExactly("Vacation", "Union business");
    assertThat(LeaveType.standardTypes()).contains(types.get(0)).doesNotContain(types.get(1));
  }

  @Test
  void nonClientActivity() {
    List<NonClientActivity> activities = SupplyExamples.nonClientActivity();
    assertThat(activities)
        .extracting(NonClientActivity::toString)
        .containsExactly(
            "Administration 10%",
            "Meetings 2h/week",
            "Teaching and student supervision 80h/year [ot-1]");
    assertThat(activities.get(2).appliesTo("ot-1")).isTrue();
    assertThat(activities.get(2).appliesTo("ot-2")).isFalse();
  }

  @Test
  void nonClientCategory() {
    List<NonClientCategory> categories = VocabularyExamples.nonClientCategory();
    assertThat(categories)
        .extracting(NonClientCategory::toString)
        .containsExactly("Meetings", "Union business");
    assertThat(NonClientCategory.standardCategories())
        .contains(categories.get(0))
        .doesNotContain(categories.get(1));
  }

  @Test
  void role() {
    List<Role> roles = VocabularyExamples.role();
    assertThat(roles).extracting(Role::toString).containsExactly("OT", "KIN");
    assertThat(roles.get(1).kind()).isEqualTo(Role.Kind.CLINICIAN);
    assertThat(roles.get(1).name()).isEqualTo("Kinesiologist");
  }

  @Test
  void step1Worksheet() {
    assertThat(WorksheetExamples.step1Worksheet())
        .startsWith("Step 1 - Community rehab\n")
        .contains("ot-1 (OT)", "ot-2 (OT)", "Client-care hours");
  }

  @Test
  void team() {
    TeamTime time = SupplyExamples.team();
    TimeBreakdown year = time.total(Period.YEAR);
    assertThat(year.fte()).isEqualTo(Fte.of("1.4"));
    // 1.4 x 1950h
    assertThat(year.paidHours()).isEqualTo(Hours.of(2730));
    // 3 holidays x 7.5h x 1.4 FTE
    assertThat(year.leave(LeaveType.STATUTORY_HOLIDAYS)).isEqualTo(Hours.of("31.5"));
    assertThat(year.nonClient().keySet())
        .containsExactly(NonClientCategory.MEETINGS, NonClientCategory.RESEARCH);
  }

  @Test
  void workHours() {
    assertThat(SupplyExamples.workHours()).isEqualTo(Hours.of(1560)).hasToString("1560h");
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.demand

  @Test
  void term() {
    assertThat(VocabularyExamples.term()).extracting(Object::toString)
        .containsExactly("Vacation", "assessment");
    assertThat(VocabularyExamples.term().get(1).name()).isEqualTo("Assessment");
  }

  @Test
  void activityKind() {
    List<ActivityKind> kinds = VocabularyExamples.activityKind();
    assertThat(kinds)
        .extracting(ActivityKind::toString)
        .containsExactly("assessment", "equipment-fitting", "group-intervention");
    assertThat(kinds.get(2)).isEqualTo(ActivityKind.GROUP_INTERVENTION);
    assertThat(kinds.get(1).isStandard()).isFalse();
  }

  @Test
  void complexityLevel() {
    ComplexityLevel moderate = VocabularyExamples.complexityLevel();
    assertThat(moderate.code()).isEqualTo("M");
    assertThat(moderate.name()).isEqualTo("Moderate");
    assertThat(moderate.rank()).isEqualTo(2);
    assertThat(moderate.criteria()).startsWith("Two or more goals");
  }

  @Test
  void complexityScale() {
    ComplexityLevel moderate = DemandExamples.complexityScale();
    assertThat(moderate).hasToString("ComplexityLevel[2 Moderate]");
    assertThat(moderate.criteria()).isEqualTo("Two or more goals");
  }

  @Test
  void figure() {
    // 0.7 x 40 + 0.3 x 50 = 43
    assertThat(DemandExamples.figure())
        .isEqualTo("43 [blend 30% judgment / 70% records (n=42, mean)]");
  }

  @Test
  void frequency() {
    DemandExamples.FrequencyFigures figures = DemandExamples.frequency();
    assertThat(figures.occurrencesPerEpisode()).isEqualByComparingTo("12");
    assertThat(figures.parsedIsEqual()).isTrue();
  }

  @Test
  void interventionActivity() {
    assertThat(DemandExamples.interventionActivity()).isEqualTo(Hours.of(3)).hasToString("3h");
  }

  @Test
  void interventionProfile() {
    DemandExamples.ProfileFigures figures = DemandExamples.interventionProfile();
    assertThat(figures.hoursPerEpisodeByRole())
        .containsExactly(
            Map.entry(Role.OCCUPATIONAL_THERAPIST, Hours.of("1.5")),
            Map.entry(Role.OT_ASSISTANT, Hours.of(6)));
    assertThat(figures.hoursPerEpisode())
        .isEqualTo(Hours.sum(figures.hoursPerEpisodeByRole().values()))
        .isEqualTo(Hours.of("7.5"));
  }

  @Test
  void levelDemand() {
    LevelDemand moderate = DemandExamples.levelDemand();
    assertThat(moderate).hasToString("LevelDemand[2 Moderate, 12 concurrent]");
    assertThat(moderate.level().code()).isEqualTo("2");
  }

  @Test
  void provenance() {
    DemandExamples.Provenances provenances = DemandExamples.provenance();
    assertThat(provenances.data()).hasToString("records (n=42, mean)");
    assertThat(provenances.team()).hasToString("judgment: \"team consensus 2026\"");
    assertThat(provenances.mix()).isEqualTo("blend 30% judgment / 70% records (n=42, mean)");
  }

  @Test
  void serviceDemand() {
    DemandExamples.DemandFigures figures = DemandExamples.serviceDemand();
    // 60 x 1.5h + (12 x 52 / 8 = 78) x 7.5h
    assertThat(figures.demandHours()).isEqualTo(Hours.of(675));
    assertThat(figures.demandHoursByRole())
        .containsExactly(
            Map.entry(Role.OCCUPATIONAL_THERAPIST, Hours.of(207)),
            Map.entry(Role.OT_ASSISTANT, Hours.of(468)));
    Percentage total = Percentage.ZERO;
    for (Percentage share : figures.caseMixByClients().values()) {
      total = total.plus(share);
    }
    assertThat(total).isEqualTo(Percentage.ONE_HUNDRED);
    // 60 of 138 episodes
    assertThat(figures.caseMixByClients().values().iterator().next().toPercent())
        .isEqualByComparingTo(
            new BigDecimal("6000").divide(new BigDecimal("138"), Hours.MATH_CONTEXT));
  }

  @Test
  void step2Worksheet() {
    WorksheetExamples.Step2Forms forms = WorksheetExamples.step2Worksheet();
    assertThat(forms.text()).startsWith(Step2Worksheet.TITLE).contains("Demand hours by role");
    assertThat(forms.csv())
        .startsWith(
            "Level,Given as,Concurrent,Episodes/year,Hours/episode (h),Demand hours/year (h)\r\n")
        .contains("\r\nModerate,concurrent,12,78,7.5,585\r\n");
  }

  @Test
  void volume() {
    assertThat(DemandExamples.volume()).isEqualByComparingTo("4");
  }

  @Test
  void demandPackage() {
    assertThat(DemandExamples.demandPackage()).isEqualTo(Hours.of(180));
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.estimate

  @Test
  void activityRecord() {
    ActivityRecord r = EstimateExamples.activityRecord();
    assertThat(r)
        .hasToString(
            "ActivityRecord[<redacted>, M, group-intervention, PT, 60 min, 2025-03-04,"
                + " group of 6]");
    assertThat(r.episode()).isEqualTo("E-1042");
  }

  @Test
  void episodeAccumulator() {
    EstimateExamples.AccumulatorResults results = EstimateExamples.episodeAccumulator();
    assertThat(results.same()).isEqualTo(results.estimates());
    assertThat(results.estimates().quality().seen()).isEqualTo(Fixtures.records().size());
    assertThat(results.estimates().quality().episodes()).isEqualTo(4);
  }

  @Test
  void estimates() {
    EstimateExamples.EstimatesFigures figures = EstimateExamples.estimates();
    // episodes of 105, 150 and 225 minutes
    assertThat(figures.medianMinutes()).isEqualByComparingTo("150");
    assertThat(figures.table()).startsWith("Minutes per episode by complexity level\n");
    assertThat(figures.quality()).startsWith("Data quality\n").contains("Records seen");
  }

  @Test
  void estimationRules() {
    EstimationRules rules = EstimateExamples.estimationRules();
    assertThat(rules.levels())
        .containsExactly(Fixtures.low(), Fixtures.moderate(), Fixtures.high());
    assertThat(rules.windowStart()).contains(LocalDate.of(2024, 4, 1));
    assertThat(rules.windowEnd()).contains(LocalDate.of(2025, 3, 31));
  }

  @Test
  void statistic() {
    List<Statistic> statistics = EstimateExamples.statistic();
    assertThat(statistics).extracting(Statistic::toString).containsExactly("median", "P80", "P80");
    assertThat(statistics.get(2)).isEqualTo(statistics.get(1));
  }

  @Test
  void estimatePackage() {
    EstimateExamples.PackageResults results = EstimateExamples.estimatePackage();
    Table table = results.table();
    assertThat(table.title()).isEqualTo("Minutes per episode by complexity level");
    assertThat(table.rows()).hasSize(2);
    assertThat(results.quality().seen()).isEqualTo(10);
    assertThat(results.quality().accepted()).isEqualTo(10);
    assertThat(results.profiles())
        .extracting(p -> p.level().name())
        .containsExactly("Low", "Moderate");
    // the median episode of level M takes 150 minutes
    assertThat(results.profiles().get(1).hoursPerEpisode()).isEqualTo(Hours.of("2.5"));
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.plan

  @Test
  void caseloadPlan() {
    PlanExamples.PlanFigures figures = PlanExamples.caseloadPlan();
    // 1233h of OT time / (2315.78h / 1.4 FTE)
    assertThat(figures.otFteRequired().rounded(2, RoundingMode.HALF_UP)).isEqualTo(Fte.of("0.75"));
    assertThat(figures.wholeConcurrentCaseload()).isEqualTo(54);
    assertThat(figures.otGapFteWithOt2At08().rounded(2, RoundingMode.HALF_UP))
        .isEqualTo(Fte.of("0.86"));
  }

  @Test
  void explanation() {
    assertThat(ReportExamples.explanation())
        .isEqualTo(
            "FTE required (PT) = demand hours / client-care hours per 1.0 FTE with demand hours of"
                + " PT 3120h, client-care hours per 1.0 FTE 1336h"
                + " ≈ 2.3353 FTE\n"
                + "  Client-care hours per 1.0 FTE (PT) = client-care hours / FTE with client-care"
                + " hours of PT (Step 1) 2672h, FTE of PT 2 FTE = 1336h");
  }

  @Test
  void planParameter() {
    PlanExamples.ParameterResults results = PlanExamples.planParameter();
    assertThat(results.now()).isEqualByComparingTo("0.6");
    assertThat(PlanResult.of(results.more()).match(Role.OCCUPATIONAL_THERAPIST).availableFte())
        .isEqualTo(Fte.of("1.6"));
  }

  @Test
  void planChange() {
    PlanExamples.ChangeResults results = PlanExamples.planChange();
    assertThat(results.change()).hasToString("fte[ot-2] = 1; episodesPerYear[1] x 1.1");
    // 120 x 1.1 = 132 low-level episodes; 0.8 + 1.0 FTE
    assertThat(InterventionTime.of(results.changed().demand()).episodesPerYear())
        .isEqualByComparingTo(InterventionTime.of(results.plan().demand()).episodesPerYear().plus(Fraction.of(12)));
    assertThat(PlanResult.of(results.changed()).match(Role.OCCUPATIONAL_THERAPIST).availableFte())
        .isEqualTo(Fte.of("1.8"));
    assertThat(results.back()).isEqualTo(results.plan());
  }

  @Test
  void scenario() {
    assertThat(PlanResult.of(PlanExamples.scenario()).match(Role.OCCUPATIONAL_THERAPIST).availableFte())
        .isEqualTo(Fte.of("1.8"));
  }

  @Test
  void scenarioComparison() {
    assertThat(PlanExamples.scenarioComparison())
        .startsWith("Scenarios of Community OT 2026\n")
        .containsPattern("\nOT: available FTE +1\\.40 +1\\.80 +1\\.40 +0\\.40 +0\\.00\n");
  }

  @Test
  void sweep() {
    String[] csv = PlanExamples.sweep().split("\r\n");
    assertThat(csv).hasSize(4);
    assertThat(csv[0]).startsWith("concurrent[2] (clients),OT: available FTE,");
    assertThat(csv[1]).startsWith("10,1.4,");
  }

  @Test
  void uncertaintyWorksheet() {
    WorksheetExamples.UncertaintyForms forms = WorksheetExamples.uncertaintyWorksheet();
    assertThat(forms.w().title()).isEqualTo("Uncertainty - Community OT 2026");
    assertThat(forms.w().toText()).contains("referral growth", "FTE required (OT)");
    assertThat(forms.all().tables().get(0).title()).startsWith("Step 1 - ");
    assertThat(forms.all().toText()).contains("Uncertainty - Monte Carlo (10000 samples, seed 42)");
  }

  @Test
  void uncertaintyDistribution() {
    UncertaintyExamples.DistributionFigures f = UncertaintyExamples.distribution();
    assertThat(f.mean()).isCloseTo((40 + 4 * 45 + 60) / 6.0, within(1e-12));
    // pert(40, 45, 60) is Beta(2, 4) on [40, 60]: F(y) = 1 - (1 - y)^5 - 5y(1 - y)^4
    double y = (f.median() - 40) / 20;
    assertThat(1 - Math.pow(1 - y, 5) - 5 * y * Math.pow(1 - y, 4)).isCloseTo(0.5, within(1e-12));
    assertThat(f.parsed()).hasToString("triangular(0.9, 1, 1.2)");
  }

  @Test
  void uncertaintyKernelAndSimulation() {
    CaseloadPlan plan = Fixtures.plan();
    double exact =
        PlanResult.of(plan.with(PlanParameter.fte("ot-2"), new BigDecimal("0.8")))
            .match(Role.OCCUPATIONAL_THERAPIST)
            .fteRequired()
            .toBigDecimal()
            .doubleValue();
    assertThat(UncertaintyExamples.planKernel()).isCloseTo(exact, within(1e-12));
    UncertaintyExamples.MonteCarloFigures mc = UncertaintyExamples.monteCarlo();
    assertThat(mc.p80()).isLessThan(mc.p95());
    assertThat(mc.understaffed()).isBetween(0.0, 1.0);
    assertThat(UncertaintyExamples.monteCarlo()).isEqualTo(mc);
    UncertaintyExamples.SensitivityFigures s = UncertaintyExamples.sensitivity();
    assertThat(s.first()).isEqualTo("referral growth");
    assertThat(s.tornado().rows()).hasSize(2);
    io.github.cmpt.uncertainty.Distribution minutes = UncertaintyExamples.bootstrap();
    BigDecimal median = EstimateExamples.estimates().medianMinutes();
    assertThat(minutes.low()).isLessThanOrEqualTo(median);
    assertThat(minutes.high()).isGreaterThanOrEqualTo(median);
  }

  @Test
  void planReport() {
    assertThat(WorksheetExamples.planReport())
        .startsWith("Caseload plan - Community OT 2026\n")
        .contains("Step 1 - ", "Step 2 - ", "Step 3 - ");
  }

  @Test
  void step3Worksheet() {
    assertThat(WorksheetExamples.step3Worksheet())
        .startsWith("Step 3 - Community OT 2026\n")
        .contains("Matching per role (per year)");
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.report

  @Test
  void shares() {
    ReportExamples.ShareFigures figures = ReportExamples.shares();
    assertThat(figures.rounded())
        .containsExactly(
            Percentage.ofPercent("42.9"),
            Percentage.ofPercent("34.3"),
            Percentage.ofPercent("22.8"));
    Percentage total = Percentage.ZERO;
    for (Percentage share : figures.rounded()) {
      total = total.plus(share);
    }
    assertThat(total).isEqualTo(Percentage.ONE_HUNDRED);
    assertThat(figures.exact())
        .extracting(p -> p.toPercent().toPlainString())
        .satisfiesExactly(
            s -> assertThat(s).startsWith("42.857142"),
            s -> assertThat(s).startsWith("34.285714"),
            s -> assertThat(s).startsWith("22.857142"));
  }

  @Test
  void table() {
    assertThat(ReportExamples.table())
        .isEqualTo(
            "Hours\n=====\nLine              Year\n----------------------\nPaid hours      1950.0\n"
                + "  Leave          232.4\n  Worked hours  1717.6\n");
  }

  @Test
  void worksheet(@TempDir Path directory) throws IOException {
    ReportExamples.WorksheetForms forms = ReportExamples.worksheet(directory);
    assertThat(forms.text()).startsWith("Step 1 - Community rehab\n");
    assertThat(forms.csv()).isEqualTo(directory.resolve("step1.csv"));
    assertThat(Files.readString(forms.csv()))
        .startsWith("Human resources time available (hours per year)\r\n")
        .contains("\r\nPaid hours (h),1560,1170,2730,2730,1950\r\n");
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.wisn

  @Test
  void activityStandard() {
    WisnExamples.Standards standards = WisnExamples.activityStandard();
    assertThat(standards.consultation()).hasToString("0.25h/unit");
    assertThat(standards.immunisation()).hasToString("12/h");
    // 1696h / 0.25h a unit
    assertThat(standards.standardWorkload()).isEqualByComparingTo("6784");
  }

  @Test
  void categoryAllowance() {
    WisnExamples.Allowances allowances = WisnExamples.categoryAllowance();
    assertThat(allowances.handover()).hasToString("Shift handover 1h/day");
    assertThat(allowances.meetings()).hasToString("Meetings 5%");
    // 1h of an 8-hour day
    assertThat(allowances.handoverShare()).isEqualTo(Percentage.ofPercent("12.5"));
  }

  @Test
  void healthServiceActivity() {
    assertThat(WisnExamples.healthServiceActivity())
        .hasToString("HealthServiceActivity[Outpatient session 0.75h/unit x 1200/year]");
  }

  @Test
  void individualAllowance() {
    assertThat(WisnExamples.individualAllowance()).isEqualTo(Hours.of(240));
  }

  @Test
  void wisnInput() {
    WisnResult result = Fixtures.input().result();
    BigDecimal expected =
        BigDecimal.ONE.divide(result.requiredStaff().toBigDecimal(), Hours.MATH_CONTEXT);
    assertThat(WisnExamples.wisnInput()).hasValueSatisfying(r -> assertThat(r).isEqualTo(expected));
    // 1 / 0.7001
    assertThat(WisnExamples.wisnInput().orElseThrow().setScale(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.4284");
  }

  @Test
  void shortFactories() {
    DemandExamples.ShortFactories f = DemandExamples.shortFactories();
    // 90 min once; 60 min x 6 sessions shared by 4: 1.5 h each
    assertThat(f.assessment().hoursPerEpisode()).isEqualTo(Hours.of("1.5"));
    assertThat(f.group().hoursPerEpisode()).isEqualTo(Hours.of("1.5"));
    assertThat(f.group().kind()).isEqualTo(ActivityKind.GROUP_INTERVENTION);
    assertThat(f.low().activities()).containsExactly(f.assessment());
    assertThat(f.low().episodeWeeks().value()).isEqualByComparingTo("6");
  }

  @Test
  void wisnView() {
    // the WISN ratio of the role is its staffing ratio, to the rounding of the divisions
    BigDecimal ratio =
        (PlanResult.of(Fixtures.plan())
            .match(Role.OCCUPATIONAL_THERAPIST)
            .staffingRatio()
            .orElseThrow()).toBigDecimal();
    assertThat(WisnExamples.wisnView().orElseThrow().subtract(ratio).abs())
        .isLessThan(new BigDecimal("1e-20"));
  }

  @Test
  void wisnResult() {
    WisnExamples.WisnFigures figures = WisnExamples.wisnResult();
    WisnResult result = Fixtures.input().result();
    // A x CAF + IAF, with CAF exactly 1 / (1 - 5%) = 20/19
    assertThat(figures.requiredStaff())
        .isEqualTo(
            result
                .healthServiceStaff()
                .multipliedBy(Fraction.of(20, 19))
                .plus(result.individualAllowanceFactor()));
    // by hand: 1200 x 0.75h / 1696h / (1 - 5%) + 240h / 1696h
    assertThat(figures.requiredStaff().rounded(4, RoundingMode.HALF_UP))
        .isEqualTo(Fte.of("0.7001"));
    assertThat(figures.ratio()).isEqualTo(result.ratio());
    assertThat(figures.worksheet().result()).isEqualTo(figures.requiredStaff());
    assertThat(figures.worksheet().details()).hasSize(12);
    assertThat(figures.worksheet().details().get(11).toString())
        .startsWith("WISN ratio = current staff / required staff = 1 FTE / 0.7001 FTE ≈ ");
    assertThat(figures.text()).startsWith("WISN: Physiotherapist\n");
  }

  @Test
  void workingTime() {
    // (260 - 13 - 18 - 12 - 5) x 8h, the published WISN example
    assertThat(WisnExamples.workingTime()).isEqualTo(Hours.of(1696));
  }

  // ---------------------------------------------------------------------------------------------
  // io.github.cmpt.io

  @Test
  void activityCsvReader(@TempDir Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("episode,level,kind,role,minutes,date");
    for (ActivityRecord r : Fixtures.records()) {
      lines.add(
          String.join(
              ",",
              r.episode(),
              r.level().orElseThrow().code(),
              r.kind().code(),
              r.role().code(),
              Long.toString(r.minutes()),
              r.date().toString()));
    }
    Path visits = Files.write(directory.resolve("visits.csv"), lines, StandardCharsets.UTF_8);

    IoExamples.ReadResults results = IoExamples.activityCsvReader(visits);
    CsvReadReport report = results.report();
    assertThat(report.rows()).isEqualTo(Fixtures.records().size());
    assertThat(report.malformed()).isZero();
    // the file gives the estimates of the same records given as objects
    assertThat(results.estimates()).isEqualTo(EstimateExamples.episodeAccumulator().estimates());
  }

  @Test
  void horizonExamples() {
    assertThat(HorizonExamples.horizons().get(0).size()).isEqualTo(52);
    assertThat(HorizonExamples.horizons().get(1).days(1)).isEqualTo(28);
    assertThat(HorizonExamples.arrivals().get(0).in(HorizonExamples.horizons().get(0)).get(0))
        .isEqualTo(io.github.cmpt.time.Fraction.of(5));
    assertThat(HorizonExamples.absence()).hasToString("Absence[ot-2 Vacation 2026-08-03..2026-08-14]");
    assertThat(HorizonExamples.reliefCapacity()).isEqualTo(io.github.cmpt.time.Fraction.of(795, 13));
    assertThat(HorizonExamples.projection()).contains("Waiting at start");
    assertThat(HorizonExamples.staffingNeed()).isPresent();
    assertThat(HorizonExamples.projectionComparison()).contains("Waiting - ot-1 full time");
  }

  // ---------------------------------------------------------------------------------------------
  // Every example of the library's Javadoc is compiled here

  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code(.*?)\\}</pre>", Pattern.DOTALL);

  /**
   * Where a compiled example cannot be the Javadoc's code word for word: a file the example names
   * in the working directory is, compiled, a file of a directory the caller gives.
   */
  private static final Map<String, String> FILES =
      Map.of(
          "Path.of(\"step1.csv\")", "directory.resolve(\"step1.csv\")",
          "Path.of(\"visits.csv\")", "visits");

  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("time", "TimeExamples"),
          Map.entry("vocabulary", "VocabularyExamples"),
          Map.entry("supply", "SupplyExamples"),
          Map.entry("demand", "DemandExamples"),
          Map.entry("estimate", "EstimateExamples"),
          Map.entry("plan", "PlanExamples"),
          Map.entry("report", "ReportExamples"),
          Map.entry("wisn", "WisnExamples"),
          Map.entry("worksheet", "WorksheetExamples"),
          Map.entry("horizon", "HorizonExamples"),
          Map.entry("uncertainty", "UncertaintyExamples"),
          Map.entry("io", "IoExamples"));

  private static Path root() throws URISyntaxException {
    // .../cmpt-examples/target/test-classes
    Path classes =
        Path.of(
            JavadocExamplesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return classes.getParent().getParent().getParent();
  }

  /** Removes comments and white space, so that the layout of the code does not matter. */
  private static String normalized(String code) {
    return code.replaceAll("//[^\n]*", "").replaceAll("\\s+", "");
  }

  @Test
  void everyJavadocExampleIsCompiledInTheExamples() throws IOException, URISyntaxException {
    Path root = root();
    Path examples = root.resolve("cmpt-examples/src/main/java/io/github/cmpt/examples/javadoc");
    List<Path> sources;
    try (Stream<Path> core = Files.walk(root.resolve("cmpt-core/src/main/java/io/github/cmpt"));
        Stream<Path> io = Files.walk(root.resolve("cmpt-io/src/main/java/io/github/cmpt"))) {
      sources =
          Stream.concat(core, io)
              .filter(p -> p.toString().endsWith(".java"))
              .sorted()
              .collect(Collectors.toList());
    }
    int examplesSeen = 0;
    List<String> missing = new ArrayList<>();
    for (Path source : sources) {
      Matcher m = EXAMPLE.matcher(Files.readString(source));
      while (m.find()) {
        String code = m.group(1).replaceAll("(?m)^\\s*\\* ?", "");
        if (!code.contains(";")) {
          continue; // a formula, not code
        }
        examplesSeen++;
        String pkg = source.getParent().getFileName().toString();
        assertThat(CLASSES).as("examples class of package %s", pkg).containsKey(pkg);
        String compiled =
            normalized(Files.readString(examples.resolve(CLASSES.get(pkg) + ".java")));
        for (Map.Entry<String, String> file : FILES.entrySet()) {
          code = code.replace(file.getKey(), file.getValue());
        }
        for (String statement : normalized(code).split(";")) {
          if (!statement.isEmpty() && !compiled.contains(statement)) {
            missing.add(source.getFileName() + ": " + statement);
          }
        }
      }
    }
    assertThat(examplesSeen).isGreaterThanOrEqualTo(50);
    assertThat(missing).as("statements of Javadoc examples not in the compiled examples").isEmpty();
  }

  @Test
  void plausibility() {
    var result = PlanExamples.plausibility();
    assertThat(result.getKey()).isTrue();
    assertThat(result.getValue())
        .startsWith("Plausibility warnings\n=====================\nWarning  Subject  Figure  Limit\n");
  }
}

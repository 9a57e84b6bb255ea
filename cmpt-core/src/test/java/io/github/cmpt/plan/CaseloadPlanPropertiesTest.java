package io.github.cmpt.plan;

import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.demand.InterventionTime;
import static io.github.cmpt.plan.Close.assertClose;
import static io.github.cmpt.plan.Close.assertNear;
import static io.github.cmpt.plan.PlanGenerators.activities;
import static io.github.cmpt.plan.PlanGenerators.assistants;
import static io.github.cmpt.plan.PlanGenerators.decimals;
import static io.github.cmpt.plan.PlanGenerators.interventionActivities;
import static io.github.cmpt.plan.PlanGenerators.level;
import static io.github.cmpt.plan.PlanGenerators.plans;
import static io.github.cmpt.plan.PlanGenerators.teams;
import static io.github.cmpt.plan.PlanGenerators.withActivity;
import static io.github.cmpt.plan.PlanGenerators.withProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.plan.PlanGenerators.Lines;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The laws of Step 3, checked over generated plans (see {@link PlanGenerators}). Each test states
 * its law and tolerance: figures made only of sums and products are compared exactly; figures
 * that went through divisions, each rounded to {@link Hours#MATH_CONTEXT} (34 digits), are compared
 * with the relative tolerance {@link Close#TOLERANCE} of {@code 1e-25}.
 */
class CaseloadPlanPropertiesTest {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private static Fraction episodes(Optional<Capacity> c) {
    return c.map(Capacity::episodesPerYear).orElse(Fraction.ZERO);
  }

  // ---------------------------------------------------------------------------------------------
  // Inverse

  /**
   * Law: for each role, {@code fteRequired x clientCareHoursPerFte = demandHours}, in total and for
   * each level, and the levels' FTE add up to the total; within 1e-25 relative (one division).
   */
  @Test
  void fteRequiredTimesHoursPerFteIsTheDemand() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              for (RoleMatch m : PlanResult.of(plan).matches().values()) {
                BigDecimal perFte = m.clientCareHoursPerFte().toBigDecimal();
                assertClose(
                    m.fteRequired().toBigDecimal().multiply(perFte),
                    m.demandHours().toBigDecimal(),
                    "FTE x hours per FTE of " + m.role());
                m.fteRequiredByLevel()
                    .forEach(
                        (level, fte) ->
                            assertClose(
                                fte.toBigDecimal().multiply(perFte),
                                m.demandHoursByLevel().get(level).toBigDecimal(),
                                "level " + level.code() + " of " + m.role()));
                assertClose(
                    Fte.sum(m.fteRequiredByLevel().values()), m.fteRequired(), "sum of levels");
                assertThat(m.fteRequiredByLevel().keySet())
                    .containsExactlyElementsOf(InterventionTime.of(plan.demand()).episodesPerYearByLevel().keySet());
              }
            });
  }

  /**
   * Law: a team whose only member of each role has, as contract FTE, the FTE the role requires
   * (lines all prorated or shares, so client-care hours scale with FTE) is balanced: staffing ratio
   * 1, gaps 0, and a capacity of the demand's episodes per year and concurrent caseload, level by
   * level (Little's law both ways). Within 1e-25 relative; gaps within 1e-25 of the demand.
   */
  @Test
  void aTeamOfExactlyTheFteRequiredServesTheDemand() {
    qt().withExamples(300)
        .forAll(plans(teams(Lines.PRORATED, decimals(50, 100).map(Fte::of), true)))
        .assuming(PlanGenerators::fitsContracts)
        .checkAssert(
            plan -> {
              Team team = plan.team();
              for (Clinician c : plan.team().clinicians()) {
                Fte required = PlanResult.of(plan).match(c.role()).fteRequired();
                if (required.isPositive()) {
                  team = team.withClinician(c.withFte(required));
                }
              }
              CaseloadPlan balanced = plan.withTeam(team);
              ServiceDemand demand = plan.demand();
              for (RoleMatch m : PlanResult.of(balanced).matches().values()) {
                Fte required = PlanResult.of(plan).match(m.role()).fteRequired();
                if (!required.isPositive()) {
                  continue;
                }
                assertThat(m.availableFte()).isEqualTo(required);
                assertClose(m.fteRequired(), required, "FTE required");
                assertClose(m.staffingRatio().orElseThrow(), BigDecimal.ONE, "staffing ratio");
                assertNear(
                    m.workloadPressure().orElseThrow().toFraction().toBigDecimal(),
                    BigDecimal.ZERO,
                    BigDecimal.ONE,
                    "workload pressure");
                assertNear(
                    m.gapHours().toBigDecimal(),
                    BigDecimal.ZERO,
                    m.demandHours().toBigDecimal(),
                    "gap in hours");
                assertNear(
                    m.gapFte().toBigDecimal(), BigDecimal.ZERO, required.toBigDecimal(), "gap FTE");
                assertClose(m.supplyHours(), m.demandHours(), "supply");
                Capacity c = m.capacity().orElseThrow();
                assertClose(c.episodesPerYear(), InterventionTime.of(demand).episodesPerYear(), "episodes per year");
                assertClose(c.concurrentCaseload(), InterventionTime.of(demand).concurrentCaseload(), "concurrent");
                InterventionTime.of(demand).episodesPerYearByLevel()
                    .forEach(
                        (level, e) ->
                            assertClose(c.episodesPerYearByLevel().get(level), e, "episodes"));
                InterventionTime.of(demand).concurrentCaseloadByLevel()
                    .forEach(
                        (level, n) ->
                            assertClose(c.concurrentCaseloadByLevel().get(level), n, "clients"));
              }
              assertClose(
                  PlanResult.of(balanced).capacity().episodesPerYear(), InterventionTime.of(demand).episodesPerYear(), "the plan's");
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Monotonicity

  /**
   * Law: a larger volume at any level never needs fewer FTE, for any role or the plan, and never
   * narrows the demand hours; exactly (sums, products and divisions by the same amount, rounding
   * monotonically).
   */
  @Test
  void moreClientsNeverNeedFewerFte() {
    qt().withExamples(300)
        .forAll(plans(), integers().between(0, 3), integers().between(0, 20))
        .checkAssert(
            (plan, index, extra) -> {
              ComplexityLevel level = level(plan, index);
              Volume v = plan.demand().levels().get(index % plan.demand().levels().size()).volume();
              PlanParameter volume =
                  v.isConcurrent()
                      ? PlanParameter.concurrentCaseload(level)
                      : PlanParameter.episodesPerYear(level);
              CaseloadPlan more = plan.with(PlanChange.add(volume, BigDecimal.valueOf(extra)));
              for (Role role : PlanResult.of(plan).roles()) {
                RoleMatch a = PlanResult.of(plan).match(role);
                RoleMatch b = PlanResult.of(more).match(role);
                assertThat(b.fteRequired()).isGreaterThanOrEqualTo(a.fteRequired());
                assertThat(b.demandHours()).isGreaterThanOrEqualTo(a.demandHours());
                assertThat(b.gapFte()).isLessThanOrEqualTo(a.gapFte());
                assertThat(b.gapHours()).isLessThanOrEqualTo(a.gapHours());
                assertThat(b.supplyHours()).isEqualTo(a.supplyHours());
              }
              assertThat(PlanResult.of(more).fteRequired()).isGreaterThanOrEqualTo(PlanResult.of(plan).fteRequired());
              if (extra > 0) {
                assertThat(PlanResult.of(more).demandHours()).isGreaterThan(PlanResult.of(plan).demandHours());
              }
            });
  }

  /**
   * Law: one more non-client activity on the team never gives a role more client-care hours, more
   * capacity (episodes or concurrent) or fewer FTE required, nor the plan more capacity; exactly
   * (the same divisions of smaller amounts, rounding monotonically).
   */
  @Test
  void moreNonClientTimeNeverGivesMoreCapacity() {
    qt().withExamples(300)
        .forAll(plans(), activities(Lines.ANY))
        .checkAssert(
            (plan, activity) -> {
              CaseloadPlan busier = plan.withTeam(withActivity(plan.team(), activity));
              for (Role role : PlanResult.of(plan).roles()) {
                RoleMatch a = PlanResult.of(plan).match(role);
                RoleMatch b = PlanResult.of(busier).match(role);
                assertThat(b.supplyHours()).isLessThanOrEqualTo(a.supplyHours());
                assertThat(b.clientCareHoursPerFte())
                    .isLessThanOrEqualTo(a.clientCareHoursPerFte());
                assertThat(b.fteRequired()).isGreaterThanOrEqualTo(a.fteRequired());
                assertThat(b.capacity().isPresent()).isEqualTo(a.capacity().isPresent());
                if (a.capacity().isPresent()) {
                  Capacity x = a.capacity().get();
                  Capacity y = b.capacity().get();
                  assertThat(y.episodesPerYear()).isLessThanOrEqualTo(x.episodesPerYear());
                  assertThat(y.concurrentCaseload()).isLessThanOrEqualTo(x.concurrentCaseload());
                  assertThat(y.wholeEpisodesPerYear()).isLessThanOrEqualTo(x.wholeEpisodesPerYear());
                }
              }
              assertThat(PlanResult.of(busier).capacity().episodesPerYear())
                  .isLessThanOrEqualTo(PlanResult.of(plan).capacity().episodesPerYear());
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Homogeneity

  /**
   * Law: doubling every level's volume doubles each role's demand hours and FTE required and halves
   * its staffing ratio, and leaves the case mix, hence every capacity, unchanged; within 1e-25
   * relative (Little's law and the FTE required are rounded divisions).
   */
  @Test
  void doublingEveryVolumeDoublesTheFteRequired() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              List<LevelDemand> doubled = new ArrayList<>();
              for (LevelDemand d : plan.demand().levels()) {
                Volume v = d.volume();
                BigDecimal n = v.count().multiply(TWO);
                doubled.add(
                    LevelDemand.of(
                        d.profile(),
                        v.isConcurrent() ? Volume.ofConcurrent(n) : Volume.ofEpisodesPerYear(n)));
              }
              CaseloadPlan twice =
                  plan.withDemand(
                      ServiceDemand.builder()
                          .weeksPerYear(plan.demand().weeksPerYear())
                          .scale(plan.demand().scale())
                          .addAllLevels(doubled)
                          .build());
              for (Role role : PlanResult.of(plan).roles()) {
                RoleMatch a = PlanResult.of(plan).match(role);
                RoleMatch b = PlanResult.of(twice).match(role);
                assertClose(b.demandHours(), a.demandHours().multipliedBy(2), "demand hours");
                assertClose(b.fteRequired(), a.fteRequired().multipliedBy(TWO), "FTE required");
                a.staffingRatio()
                    .ifPresent(
                        r ->
                            assertClose(
                                b.staffingRatio().orElseThrow().multipliedBy(2), r, "ratio"));
                assertThat(b.capacity().isPresent()).isEqualTo(a.capacity().isPresent());
                if (a.capacity().isPresent()) {
                  assertClose(episodes(b.capacity()), episodes(a.capacity()), "capacity");
                }
              }
              assertClose(
                  PlanResult.of(twice).capacity().episodesPerYear(),
                  PlanResult.of(plan).capacity().episodesPerYear(),
                  "the plan's capacity");
            });
  }

  /**
   * Law: doubling every member's FTE (lines all prorated or shares, FTE 0.3 to 0.8 so that twice
   * stays within the contract) doubles each role's available FTE and client-care hours exactly,
   * leaves its hours per FTE and FTE required exactly unchanged, and doubles every capacity and
   * suggested caseload within 1e-25 relative (one rounded division each).
   */
  @Test
  void doublingTheTeamDoublesCapacity() {
    qt().withExamples(200)
        .forAll(plans(teams(Lines.PRORATED, decimals(30, 80).map(Fte::of), false)))
        .checkAssert(
            plan -> {
              Team team = plan.team();
              for (Clinician c : plan.team().clinicians()) {
                team = team.withClinician(c.withFte(c.workHours().fte().multipliedBy(TWO)));
              }
              CaseloadPlan twice = plan.withTeam(team);
              for (Role role : PlanResult.of(plan).roles()) {
                RoleMatch a = PlanResult.of(plan).match(role);
                RoleMatch b = PlanResult.of(twice).match(role);
                assertThat(b.availableFte()).isEqualTo(a.availableFte().multipliedBy(TWO));
                assertThat(b.supplyHours()).isEqualTo(a.supplyHours().multipliedBy(2));
                assertThat(b.clientCareHoursPerFte()).isEqualTo(a.clientCareHoursPerFte());
                assertThat(b.fteRequired()).isEqualTo(a.fteRequired());
                if (a.capacity().isPresent()) {
                  Capacity x = a.capacity().get();
                  Capacity y = b.capacity().orElseThrow();
                  assertClose(y.episodesPerYear(), x.episodesPerYear().multipliedBy(2), "episodes");
                  assertClose(
                      y.concurrentCaseload(), x.concurrentCaseload().multipliedBy(2), "concurrent");
                }
              }
              assertClose(
                  PlanResult.of(twice).capacity().episodesPerYear(),
                  PlanResult.of(plan).capacity().episodesPerYear().multipliedBy(2),
                  "the plan's capacity");
              List<ClinicianCaseload> x = PlanResult.of(plan).suggestedCaseloads();
              List<ClinicianCaseload> y = PlanResult.of(twice).suggestedCaseloads();
              assertThat(y).hasSameSizeAs(x);
              for (int i = 0; i < x.size(); i++) {
                assertClose(
                    y.get(i).episodesPerYear(),
                    x.get(i).episodesPerYear().multipliedBy(2),
                    "caseload of " + x.get(i).clinicianId());
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Role separation

  /**
   * Law: changing the time clients need from an assistant (other minutes for an assistant's
   * activity, or one more assistant activity, at one level) leaves every figure of every clinician
   * role exactly as it was: FTE required (in total and by level), demand hours, gaps, staffing
   * ratio, pressure, utilisation, capacity, and the suggested caseloads of its members.
   */
  @Test
  void assistantTimeLeavesEveryClinicianFigureAlone() {
    qt().withExamples(300)
        .forAll(
            plans(),
            integers().between(0, 3),
            integers().between(1, 24),
            interventionActivities(List.of(Role.OT_ASSISTANT)))
        .checkAssert(
            (plan, index, minutes, extra) -> {
              List<Role> assistants = assistants(plan);
              Role assistant = assistants.get(minutes % assistants.size());
              LevelDemand d =
                  plan.demand().levels().get(index % plan.demand().levels().size());
              List<InterventionActivity> activities = new ArrayList<>();
              boolean changed = false;
              for (InterventionActivity a : d.profile().activities()) {
                if (a.role().isSupport()) {
                  a = a.withMinutes(Figure.ofJudgment(5L * minutes, "what-if"));
                  changed = true;
                }
                activities.add(a);
              }
              if (!changed || minutes % 2 == 0) {
                activities.add(withRole(extra, assistant));
              }
              InterventionProfile profile = d.profile().withActivities(activities);
              CaseloadPlan other = plan.withDemand(withProfile(plan.demand(), profile));
              for (Role role : PlanResult.of(plan).roles()) {
                if (role.isSupport()) {
                  continue;
                }
                RoleMatch a = PlanResult.of(plan).match(role);
                RoleMatch b = PlanResult.of(other).match(role);
                assertThat(b.fteRequired()).isEqualTo(a.fteRequired());
                assertThat(b.fteRequiredByLevel()).isEqualTo(a.fteRequiredByLevel());
                assertThat(b.demandHoursByLevel()).isEqualTo(a.demandHoursByLevel());
                assertThat(b.gapHours()).isEqualTo(a.gapHours());
                assertThat(b.gapFte()).isEqualTo(a.gapFte());
                assertThat(b.staffingRatio()).isEqualTo(a.staffingRatio());
                assertThat(b.workloadPressure()).isEqualTo(a.workloadPressure());
                assertThat(b.utilisation()).isEqualTo(a.utilisation());
                assertThat(b.capacity()).isEqualTo(a.capacity());
                assertThat(b).isEqualTo(a);
              }
              List<ClinicianCaseload> before = new ArrayList<>(PlanResult.of(plan).suggestedCaseloads());
              List<ClinicianCaseload> after = new ArrayList<>(PlanResult.of(other).suggestedCaseloads());
              before.removeIf(c -> c.role().isSupport());
              after.removeIf(c -> c.role().isSupport());
              assertThat(after).isEqualTo(before);
            });
  }

  private static InterventionActivity withRole(InterventionActivity a, Role role) {
    return InterventionActivity.builder()
        .kind(a.kind())
        .role(role)
        .minutes(a.minutes())
        .frequency(a.frequency())
        .frequencyProvenance(a.frequencyProvenance())
        .groupSize(a.groupSize())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Capacity

  /**
   * Law: for each role, with {@code p_k = E_k / E} and {@code t_k} its hours per episode,
   * {@code hoursPerEpisode = sum(p_k t_k)}, {@code N = S / hoursPerEpisode}, {@code N_k = N p_k} and
   * {@code concurrent_k = N_k x weeks_k / weeksPerYear}, within 1e-25 relative; the levels add up
   * to the totals within the same tolerance (each of them and each total is one division); the
   * plan's capacity is the smallest of the roles'.
   */
  @Test
  void capacityFollowsItsFormula() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              ServiceDemand demand = plan.demand();
              Map<ComplexityLevel, BigDecimal> e = new java.util.LinkedHashMap<>();
              InterventionTime.of(demand)
                  .episodesPerYearByLevel()
                  .forEach((level, v) -> e.put(level, v.toBigDecimal()));
              BigDecimal total = InterventionTime.of(demand).episodesPerYear().toBigDecimal();
              Capacity least = null;
              for (RoleMatch m : PlanResult.of(plan).matches().values()) {
                BigDecimal weighted = BigDecimal.ZERO;
                boolean needed = false;
                for (LevelDemand d : demand.levels()) {
                  Hours t = d.profile().hoursPerEpisodeByRole().getOrDefault(m.role(), Hours.ZERO);
                  weighted =
                      weighted.add(
                          t.toBigDecimal()
                              .multiply(e.get(d.level()))
                              .divide(total, Hours.MATH_CONTEXT));
                  needed |= t.isPositive() && e.get(d.level()).signum() > 0;
                }
                assertThat(m.capacity().isPresent()).isEqualTo(needed);
                if (!needed) {
                  continue;
                }
                Capacity c = m.capacity().get();
                assertThat(c.role()).isEqualTo(m.role());
                assertThat(c.supplyHours()).isEqualTo(m.supplyHours());
                assertClose(c.hoursPerEpisode().toBigDecimal(), weighted, "hours per episode");
                BigDecimal n = c.episodesPerYear().toBigDecimal();
                assertClose(
                    n,
                    m.supplyHours().toBigDecimal().divide(weighted, Hours.MATH_CONTEXT),
                    "episodes per year");
                BigDecimal sumEpisodes = BigDecimal.ZERO;
                BigDecimal sumConcurrent = BigDecimal.ZERO;
                for (LevelDemand d : demand.levels()) {
                  BigDecimal nk = c.episodesPerYearByLevel().get(d.level()).toBigDecimal();
                  assertClose(
                      nk,
                      n.multiply(e.get(d.level())).divide(total, Hours.MATH_CONTEXT),
                      "episodes of level " + d.level().code());
                  assertClose(
                      c.concurrentCaseloadByLevel().get(d.level()),
                      nk.multiply(d.profile().episodeWeeks().value())
                          .divide(demand.weeksPerYear(), Hours.MATH_CONTEXT),
                      "concurrent of level " + d.level().code());
                  sumEpisodes = sumEpisodes.add(nk);
                  sumConcurrent = sumConcurrent.add(c.concurrentCaseloadByLevel().get(d.level()).toBigDecimal());
                }
                assertThat(c.episodesPerYearByLevel().keySet()).containsExactlyElementsOf(e.keySet());
                assertClose(sumEpisodes, c.episodesPerYear().toBigDecimal(), "sum of the levels' episodes");
                assertClose(sumConcurrent, c.concurrentCaseload().toBigDecimal(), "sum of the levels' concurrent");
                assertWholeIsFloor(c.wholeEpisodesPerYear(), c.episodesPerYear().toBigDecimal());
                assertWholeIsFloor(c.wholeConcurrentCaseload(), c.concurrentCaseload().toBigDecimal());
                if (least == null || n.compareTo(least.episodesPerYear().toBigDecimal()) < 0) {
                  least = c;
                }
              }
              assertThat(least).isNotNull();
              assertThat(PlanResult.of(plan).capacity().episodesPerYear())
                  .isEqualByComparingTo(least.episodesPerYear());
            });
  }

  /** Law: a whole count is the floor: {@code 0 <= exact - whole < 1}, never more than fits. */
  private static void assertWholeIsFloor(long whole, BigDecimal exact) {
    BigDecimal w = BigDecimal.valueOf(whole);
    assertThat(w).isLessThanOrEqualTo(exact);
    assertThat(exact.subtract(w)).isLessThan(BigDecimal.ONE);
    assertThat(whole).isNotNegative();
  }

  /**
   * Law: the capacity of the plan if every client were of one level is, for each role that level
   * needs, {@code supply / hours per episode of the level}, exactly (the same single division), and
   * its Little's-law concurrent caseload within 1e-25 relative (one division against two), the
   * smallest over the roles; with a single level it is the plan's capacity.
   */
  @Test
  void capacityOfOneLevelIsSupplyOverHoursPerEpisode() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              ServiceDemand demand = plan.demand();
              for (LevelDemand d : demand.levels()) {
                BigDecimal least = null;
                for (RoleMatch m : PlanResult.of(plan).matches().values()) {
                  Hours t = d.profile().hoursPerEpisodeByRole().getOrDefault(m.role(), Hours.ZERO);
                  if (t.isPositive()) {
                    BigDecimal n = m.supplyHours().ratioTo(t).toBigDecimal();
                    least = least == null || n.compareTo(least) < 0 ? n : least;
                  }
                }
                Capacity c = PlanResult.of(plan).capacity(d.level());
                assertThat(least).isNotNull();
                assertClose(c.episodesPerYear(), least, "supply / hours per episode of the level");
                assertThat(c.episodesPerYearByLevel().keySet()).containsExactly(d.level());
                assertThat(c.supplyHours()).isEqualTo(PlanResult.of(plan).match(c.role()).supplyHours());
                // hours per episode is W / E, rounded once: within the tolerance of t
                assertClose(
                    c.supplyHours().ratioTo(c.hoursPerEpisode()), least, "supply / hours per episode");
                assertClose(
                    c.concurrentCaseload(),
                    least
                        .multiply(d.profile().episodeWeeks().value())
                        .divide(demand.weeksPerYear(), Hours.MATH_CONTEXT),
                    "concurrent of one level");
                assertWholeIsFloor(c.wholeEpisodesPerYear(), c.episodesPerYear().toBigDecimal());
              }
              if (demand.levels().size() == 1) {
                assertThat(PlanResult.of(plan).capacity())
                    .isEqualTo(PlanResult.of(plan).capacity(demand.levels().get(0).level()));
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Suggested caseloads

  /**
   * Law: the suggested caseloads of a role's members share its capacity in proportion to their
   * client-care hours, so they add up to the role's capacity, in episodes and concurrent clients,
   * and their shares to 100%, within 1e-25 relative; whole counts are floors.
   */
  @Test
  void suggestedCaseloadsAddUpToTheRolesCapacity() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              List<ClinicianCaseload> caseloads = PlanResult.of(plan).suggestedCaseloads();
              List<String> expectedIds = new ArrayList<>();
              for (ClinicianTime t : TeamTime.of(plan.team()).members()) {
                if (PlanResult.of(plan).match(t.clinician().role()).capacity().isPresent()) {
                  expectedIds.add(t.clinician().id());
                }
              }
              assertThat(caseloads)
                  .extracting(ClinicianCaseload::clinicianId)
                  .containsExactlyElementsOf(expectedIds);
              for (RoleMatch m : PlanResult.of(plan).matches().values()) {
                if (m.capacity().isEmpty()) {
                  continue;
                }
                Capacity c = m.capacity().get();
                BigDecimal episodes = BigDecimal.ZERO;
                BigDecimal concurrent = BigDecimal.ZERO;
                BigDecimal shares = BigDecimal.ZERO;
                for (ClinicianCaseload l : caseloads) {
                  if (!l.role().equals(m.role())) {
                    continue;
                  }
                  assertThat(l.clientCareHours())
                      .isEqualTo(
                          TeamTime.of(plan.team()).member(l.clinicianId())
                              .perYear().clientCareHours());
                  assertClose(
                      l.share().toFraction(),
                      l.clientCareHours().ratioTo(m.supplyHours()),
                      "share");
                  assertWholeIsFloor(l.wholeEpisodesPerYear(), l.episodesPerYear().toBigDecimal());
                  assertWholeIsFloor(l.wholeConcurrentCaseload(), l.concurrentCaseload().toBigDecimal());
                  episodes = episodes.add(l.episodesPerYear().toBigDecimal());
                  concurrent = concurrent.add(l.concurrentCaseload().toBigDecimal());
                  shares = shares.add(l.share().toFraction().toBigDecimal());
                }
                assertClose(episodes, c.episodesPerYear().toBigDecimal(), "episodes of " + m.role());
                assertClose(concurrent, c.concurrentCaseload().toBigDecimal(), "concurrent of " + m.role());
                assertClose(shares, BigDecimal.ONE, "shares of " + m.role());
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Definitions

  /**
   * Law: {@code gapHours = supply - demand} and {@code gapFte = available - required} exactly;
   * {@code staffingRatio x required = available} within 1e-25 relative (empty when nothing is
   * required); pressure is {@code 1 - ratio} below 1 and zero otherwise; utilisation is
   * {@code demand / supply} (empty without supply); the plan's totals are the exact sums of its
   * roles', its supply that of the team, its demand that of the clients.
   */
  @Test
  void gapsRatiosAndTotalsFollowTheirDefinitions() {
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            plan -> {
              Hours supply = Hours.ZERO;
              Hours demand = Hours.ZERO;
              Fte available = Fte.ZERO;
              Fte required = Fte.ZERO;
              for (RoleMatch m : PlanResult.of(plan).matches().values()) {
                assertThat(m.gapHours()).isEqualTo(m.supplyHours().minus(m.demandHours()));
                assertThat(m.gapFte()).isEqualTo(m.availableFte().minus(m.fteRequired()));
                assertThat(m.demandHours()).isEqualTo(Hours.sum(m.demandHoursByLevel().values()));
                assertThat(m.demandHours())
                    .isEqualTo(
                        InterventionTime.of(plan.demand()).demandHoursByRole().getOrDefault(m.role(), Hours.ZERO));
                if (m.fteRequired().isZero()) {
                  assertThat(m.staffingRatio()).isEmpty();
                  assertThat(m.workloadPressure()).isEmpty();
                } else {
                  // exact: ratio x required = available
                  Fraction r = m.staffingRatio().orElseThrow();
                  assertThat(m.fteRequired().multipliedBy(r)).isEqualTo(m.availableFte());
                  Percentage p = m.workloadPressure().orElseThrow();
                  assertThat(p)
                      .isEqualTo(
                          r.compareTo(Fraction.ONE) < 0
                              ? Percentage.ofFraction(Fraction.ONE.minus(r))
                              : Percentage.ZERO);
                }
                if (m.supplyHours().isZero()) {
                  assertThat(m.utilisation()).isEmpty();
                } else {
                  assertThat(m.supplyHours().multipliedBy(m.utilisation().orElseThrow().toFraction()))
                      .isEqualTo(m.demandHours());
                }
                supply = supply.plus(m.supplyHours());
                demand = demand.plus(m.demandHours());
                available = available.plus(m.availableFte());
                required = required.plus(m.fteRequired());
              }
              assertThat(PlanResult.of(plan).supplyHours()).isEqualTo(supply);
              assertThat(PlanResult.of(plan).demandHours()).isEqualTo(demand);
              assertThat(PlanResult.of(plan).availableFte()).isEqualTo(available);
              assertThat(PlanResult.of(plan).fteRequired()).isEqualTo(required);
              assertThat(PlanResult.of(plan).gapHours()).isEqualTo(supply.minus(demand));
              assertThat(PlanResult.of(plan).gapFte()).isEqualTo(available.minus(required));
              assertThat(PlanResult.of(plan).supplyHours())
                  .isEqualTo(TeamTime.of(plan.team()).total(Period.YEAR).clientCareHours());
              assertThat(PlanResult.of(plan).availableFte())
                  .isEqualTo(TeamTime.of(plan.team()).total(Period.YEAR).fte());
              assertThat(PlanResult.of(plan).demandHours()).isEqualTo(InterventionTime.of(plan.demand()).demandHours());
              assertThat(PlanResult.of(plan).roles()).containsAll(TeamTime.of(plan.team()).roles());
              InterventionTime.of(plan.demand()).demandHoursByRole()
                  .forEach(
                      (role, hours) ->
                          assertThat(PlanResult.of(plan).roles().contains(role)).isEqualTo(
                              hours.isPositive()
                                  || TeamTime.of(plan.team()).roles().contains(role)));
            });
  }

  /**
   * Law: a plan's figures depend only on its inputs: a plan rebuilt from the same name, team and
   * demand is equal and has equal matches, capacity and caseloads.
   */
  @Test
  void aRebuiltPlanHasEqualFigures() {
    qt().withExamples(100)
        .forAll(plans())
        .checkAssert(
            plan -> {
              CaseloadPlan again =
                  CaseloadPlan.builder()
                      .name(plan.name())
                      .team(plan.team())
                      .demand(plan.demand())
                      .build();
              assertThat(again).isEqualTo(plan).hasSameHashCodeAs(plan);
              assertThat(PlanResult.of(again).matches()).isEqualTo(PlanResult.of(plan).matches());
              assertThat(PlanResult.of(again).capacity()).isEqualTo(PlanResult.of(plan).capacity());
              assertThat(PlanResult.of(again).suggestedCaseloads()).isEqualTo(PlanResult.of(plan).suggestedCaseloads());
              assertThat(again.toString()).isEqualTo(plan.toString());
            });
  }
}

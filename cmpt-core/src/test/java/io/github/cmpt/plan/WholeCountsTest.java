package io.github.cmpt.plan;

import static io.github.cmpt.plan.PlanGenerators.plans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.plan.ExactOracle.Q;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.WorkHours;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole counts of clients (capacity, caseloads) are the floor of the exact value: never one more
 * than fits, and never one less because of rounding.
 */
class WholeCountsTest {

  private static final Role OT = Role.OCCUPATIONAL_THERAPIST;
  private static final Provenance DESIGN = Provenance.ofJudgment("program design");
  private static final WorkPattern WEEK =
      WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  private static Clinician ot(String id, Fte fte) {
    return Clinician.builder().id(id).role(OT).workHours(WorkHours.of(WEEK, fte)).build();
  }

  private static InterventionProfile profile(
      io.github.cmpt.vocabulary.ComplexityLevel level, long minutes) {
    return InterventionProfile.of(
        level,
        Figure.ofJudgment(4, "consensus"),
        InterventionActivity.of(
            ActivityKind.ASSESSMENT, OT, Figure.ofJudgment(minutes, "consensus"), Frequency.ONCE,
            DESIGN));
  }

  @Test
  void aCapacityOfExactly9360EpisodesIs9360() {
    // 1 OT: 37.5 h x 52 weeks x 1.0 = 1950 h. Two levels of 50 episodes, of 10 and 15 minutes:
    // sum(p_k t_k) = (1/6 + 1/4) / 2 = 5/24 h; 1950 / (5/24) = 9360 exactly.
    ComplexityScale scale = ComplexityScale.ofThreeLevels();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .addLevel(profile(scale.level("1"), 10), Volume.ofEpisodesPerYear(50))
            .addLevel(profile(scale.level("2"), 15), Volume.ofEpisodesPerYear(50))
            .build();
    CaseloadPlan plan =
        CaseloadPlan.builder()
            .name("One OT")
            .team(Team.builder().name("OT").addClinician(ot("ot-1", Fte.ONE)).build())
            .demand(demand)
            .build();
    assertThat(PlanResult.of(plan).capacity().wholeEpisodesPerYear()).isEqualTo(9360);
  }

  @Test
  void twoTherapistsSharingACapacityOf300Get200And100() {
    // 1.0 and 0.5 FTE: 1950 h and 975 h of 2925 h. One level of 9.75 h an episode (585 minutes):
    // 2925 / 9.75 = 300 episodes, shared 2/3 and 1/3: 200 and 100.
    ComplexityScale scale = ComplexityScale.ofThreeLevels();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .addLevel(profile(scale.level("1"), 585), Volume.ofEpisodesPerYear(100))
            .build();
    CaseloadPlan plan =
        CaseloadPlan.builder()
            .name("Two OTs")
            .team(
                Team.builder()
                    .name("OT")
                    .addClinicians(ot("ot-1", Fte.ONE), ot("ot-2", Fte.of("0.5")))
                    .build())
            .demand(demand)
            .build();
    PlanResult result = PlanResult.of(plan);
    assertThat(result.capacity().wholeEpisodesPerYear()).isEqualTo(300);
    List<ClinicianCaseload> loads = result.suggestedCaseloads();
    assertThat(loads.get(0).wholeEpisodesPerYear()).isEqualTo(200);
    assertThat(loads.get(1).wholeEpisodesPerYear()).isEqualTo(100);
  }

  @Test
  void capacitiesThatAreWholeNumbersAreNotRoundedDown() {
    // One OT of h hours a week for w weeks, two levels of e1 and e2 episodes of m1 and m2 minutes:
    // N = S x E / W = h w x (e1 + e2) x 60 / (e1 m1 + e2 m2), a whole number when the weighted
    // minutes divide 60 h w (e1 + e2). Such plans are where rounding before the floor loses one.
    // the assumption keeps the hours a week one person can work; it holds for about half the
    // values, so the generator is given attempts enough
    qt().withExamples(60)
        .withGenerateAttempts(100_000)
        .forAll(
            integers().between(1, 12),
            integers().between(1, 12),
            integers().between(1, 40),
            integers().between(1, 40))
        .assuming((e1, e2, m1, m2) -> hoursFor(e1, e2, m1, m2) <= 168)
        .checkAssert(
            (e1, e2, m1, m2) -> {
              long weighted = (long) e1 * m1 + (long) e2 * m2;
              long h = hoursFor(e1, e2, m1, m2);
              long n = h * 52 * 60 * (e1 + e2) / weighted;
              ComplexityScale scale = ComplexityScale.ofThreeLevels();
              CaseloadPlan plan =
                  CaseloadPlan.builder()
                      .name("One OT")
                      .team(
                          Team.builder()
                              .name("OT")
                              .addClinician(
                                  Clinician.builder()
                                      .id("ot-1")
                                      .role(OT)
                                      .workHours(
                                          WorkHours.of(
                                              WorkPattern.of(
                                                  Hours.of(h), 5, new BigDecimal("52")),
                                              Fte.ONE))
                                      .build())
                              .build())
                      .demand(
                          ServiceDemand.builder()
                              .weeksPerYear(52)
                              .addLevel(profile(scale.level("1"), m1), Volume.ofEpisodesPerYear(e1))
                              .addLevel(profile(scale.level("2"), m2), Volume.ofEpisodesPerYear(e2))
                              .build())
                      .build();
              assertThat(ExactOracle.capacity(plan, OT).floor()).isEqualTo(n);
              assertThat(PlanResult.of(plan).capacity().wholeEpisodesPerYear()).isEqualTo(n);
            });
  }

  /** The smallest whole hours a week that make the capacity a whole number. */
  private static long hoursFor(int e1, int e2, int m1, int m2) {
    long weighted = (long) e1 * m1 + (long) e2 * m2;
    long unit = 52L * 60 * (e1 + e2);
    return weighted / java.math.BigInteger.valueOf(weighted).gcd(java.math.BigInteger.valueOf(unit)).longValueExact();
  }

  @Test
  void everyWholeCountIsTheFloorOfTheExactValue() {
    qt().forAll(plans())
        .checkAssert(
            plan -> {
              PlanResult result;
              try {
                result = PlanResult.of(plan);
              } catch (IllegalArgumentException e) {
                return; // generated lines that do not fit: no counts to check
              }
              Map<String, Q> members = ExactOracle.members(plan);
              for (RoleMatch m : result.matches().values()) {
                if (m.capacity().isEmpty()) {
                  continue;
                }
                Role role = m.role();
                Capacity c = m.capacity().get();
                assertThat(c.wholeEpisodesPerYear())
                    .as("episodes per year of %s", role)
                    .isEqualTo(ExactOracle.capacity(plan, role).floor());
                assertThat(c.wholeConcurrentCaseload())
                    .as("concurrent caseload of %s", role)
                    .isEqualTo(ExactOracle.concurrent(plan, role).floor());
                for (LevelDemand d : plan.demand().levels()) {
                  assertThat(c.wholeEpisodesPerYear(d.level()))
                      .as("episodes per year of %s at level %s", role, d.level().code())
                      .isEqualTo(ExactOracle.capacity(plan, role, d.level()).floor());
                }
              }
              for (ClinicianCaseload load : result.suggestedCaseloads()) {
                Q s = ExactOracle.supply(plan, load.role());
                Q share = members.get(load.clinicianId()).over(s);
                assertThat(load.wholeEpisodesPerYear())
                    .as("caseload of %s", load.clinicianId())
                    .isEqualTo(share.times(ExactOracle.capacity(plan, load.role())).floor());
                assertThat(load.wholeConcurrentCaseload())
                    .as("concurrent caseload of %s", load.clinicianId())
                    .isEqualTo(share.times(ExactOracle.concurrent(plan, load.role())).floor());
              }
            });
  }
}

package io.github.cmpt.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cmpt.plan.Capacity;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.ClinicianCaseload;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference of the plan benchmarks is the library's arithmetic: on each flagship plan and on
 * generated teams, its figures agree with {@link PlanResult}'s to a relative 1e-9 (an absolute
 * 1e-9 for figures near zero).
 */
class DoublePlanTest {

  private static final double RELATIVE = 1e-9;

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("school", PlanEvaluation.flagship("school")),
        Arguments.of("hospital", PlanEvaluation.flagship("hospital")),
        Arguments.of("community", PlanEvaluation.flagship("community")),
        Arguments.of("10 clinicians", GeneratedPlan.of(10, PlanScaling.SEED)),
        Arguments.of("100 clinicians", GeneratedPlan.of(100, PlanScaling.SEED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void roleFiguresAgreeWithTheExactPath(String name, CaseloadPlan plan) {
    PlanResult exact = PlanResult.of(plan);
    DoublePlan reference = DoublePlan.of(plan).evaluate();

    assertThat(exact.matches()).isNotEmpty();
    for (RoleMatch m : exact.matches().values()) {
      String role = name + " " + m.role();
      close(role + " supply hours", reference.supplyHours(m.role()), m.supplyHours().toBigDecimal());
      close(role + " demand hours", reference.demandHours(m.role()), m.demandHours().toBigDecimal());
      close(role + " FTE required", reference.fteRequired(m.role()), m.fteRequired().toBigDecimal());
      close(role + " gap FTE", reference.gapFte(m.role()), m.gapFte().toBigDecimal());
      close(role + " gap hours", reference.gapHours(m.role()), m.gapHours().toBigDecimal());
      if (m.capacity().isPresent()) {
        Capacity c = m.capacity().get();
        close(role + " capacity", reference.episodesPerYear(m.role()), c.episodesPerYear().toBigDecimal());
        close(
            role + " concurrent capacity",
            reference.concurrentCaseload(m.role()),
            c.concurrentCaseload().toBigDecimal());
      } else {
        assertThat(reference.episodesPerYear(m.role())).as(role + " capacity").isNaN();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void planFiguresAgreeWithTheExactPath(String name, CaseloadPlan plan) {
    PlanResult exact = PlanResult.of(plan);
    DoublePlan reference = DoublePlan.of(plan).evaluate();

    assertThat(reference.bottleneck()).as(name + " bottleneck").isEqualTo(exact.capacity().role());
    close(name + " capacity", reference.episodesPerYear(), exact.capacity().episodesPerYear().toBigDecimal());
    close(name + " FTE required", reference.fteRequired(), exact.fteRequired().toBigDecimal());

    List<ComplexityLevel> levels = reference.levels();
    assertThat(levels).hasSize(plan.demand().levels().size());
    for (int k = 0; k < levels.size(); k++) {
      close(
          name + " capacity if every client were " + levels.get(k),
          reference.singleLevelEpisodesPerYear(k),
          exact.capacity(levels.get(k)).episodesPerYear().toBigDecimal());
    }

    List<ClinicianCaseload> loads = exact.suggestedCaseloads();
    assertThat(loads).isNotEmpty();
    int next = 0;
    for (int i = 0; i < plan.team().clinicians().size(); i++) {
      close(
          name + " client-care hours of member " + i,
          reference.clientCareHours(i),
          exact.supply().members().get(i).perYear().clientCareHours().toBigDecimal());
      double episodes = reference.suggestedEpisodesPerYear(i);
      if (!Double.isNaN(episodes)) {
        ClinicianCaseload c = loads.get(next++);
        assertThat(c.clinicianId()).isEqualTo(plan.team().clinicians().get(i).id());
        close(name + " suggested caseload of " + c.clinicianId(), episodes, c.episodesPerYear().toBigDecimal());
      }
    }
    assertThat(next).as(name + " suggested caseloads").isEqualTo(loads.size());
  }

  private static void close(String what, double actual, BigDecimal expected) {
    double e = expected.doubleValue();
    assertThat(actual).as(what).isCloseTo(e, within(RELATIVE * Math.max(Math.abs(e), 1)));
  }
}

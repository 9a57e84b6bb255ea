package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.uncertainty.PlanKernel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernel of each flagship plan agrees with the exact path to {@code 1e-12} relative when any
 * one of its parameters changes (to 0.9 times its value, or one more group member): holiday dates,
 * prorated and absolute leave, shares and amounts of non-client time, weekly frequencies, groups
 * and roles the team lacks, as the flagships have them.
 */
class FlagshipKernelTest {

  static Stream<CaseloadPlan> flagships() {
    return Stream.of(
        SchoolSpeechLanguage.plan(),
        HospitalPhysiotherapy.plan(),
        CommunityOccupationalTherapy.plan(),
        CommunityOccupationalTherapy.planToClearWaitlist());
  }

  private static void close(double kernel, BigDecimal exact, double scale, String what) {
    double e = exact.doubleValue();
    assertThat(Math.abs(kernel - e))
        .as("%s: kernel %s, exact %s", what, kernel, exact)
        .isLessThanOrEqualTo(1e-12 * Math.max(Math.abs(e), scale));
  }

  @ParameterizedTest
  @MethodSource("flagships")
  void everyParameterChangedAloneGivesTheExactFigures(CaseloadPlan plan) {
    List<PlanParameter> all = plan.parameters();
    PlanKernel kernel = PlanKernel.compile(plan, all);
    PlanKernel.Evaluation out = kernel.newEvaluation();
    for (int i = 0; i < all.size(); i++) {
      PlanParameter p = all.get(i);
      BigDecimal value =
          p.name().startsWith("groupSize[")
              ? plan.get(p).add(BigDecimal.ONE)
              : plan.get(p).multiply(new BigDecimal("0.9"));
      double[] values = kernel.baseValues();
      values[i] = value.doubleValue();
      PlanResult exact = PlanResult.of(plan.with(p, value));
      assertThat(kernel.evaluate(values, out)).as(p.name()).isTrue();
      for (Role r : exact.roles()) {
        int k = kernel.roles().indexOf(r);
        RoleMatch m = exact.match(r);
        String what = p.name() + ", " + r;
        close(out.fteRequired(k), m.fteRequired().toBigDecimal(), 0, what + " FTE required");
        close(out.gapFte(k), m.gapFte().toBigDecimal(),
            Math.max(m.availableFte().toBigDecimal().doubleValue(),
                m.fteRequired().toBigDecimal().doubleValue()),
            what + " gap");
      }
      close(out.capacityEpisodes(),
          new BigDecimal(exact.capacity().episodesPerYear().doubleValue()), 0,
          p.name() + ", capacity");
    }
  }
}

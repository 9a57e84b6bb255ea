package io.github.cmpt.plan;

import static io.github.cmpt.plan.PlanGenerators.decimals;
import static io.github.cmpt.plan.PlanGenerators.plans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Range;
import io.github.cmpt.uncertainty.PlanKernel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kernel of a plan agrees with the exact path ({@link PlanResult}) to {@code 1e-12} relative,
 * on generated plans and on scenarios in which up to four of their parameters vary: FTE required,
 * gap and staffing ratio of every role, and the plan's capacity. A scenario the exact path rejects
 * is one the kernel reports impossible.
 */
class PlanKernelPropertiesTest {

  private static final double TOLERANCE = 1e-12;

  private static void close(double kernel, BigDecimal exact, double scale, String what) {
    double e = exact.doubleValue();
    double bound = TOLERANCE * Math.max(Math.abs(e), scale);
    assertThat(Math.abs(kernel - e)).as("%s: kernel %s, exact %s", what, kernel, exact)
        .isLessThanOrEqualTo(bound);
  }

  /** Checks every figure of the kernel's evaluation against the exact result. */
  private static void agrees(PlanKernel kernel, PlanKernel.Evaluation out, PlanResult exact) {
    for (Role role : exact.roles()) {
      int r = kernel.roles().indexOf(role);
      assertThat(r).as("role %s", role).isNotNegative();
      RoleMatch m = exact.match(role);
      double available = m.availableFte().toBigDecimal().doubleValue();
      double required = m.fteRequired().toBigDecimal().doubleValue();
      close(out.availableFte(r), m.availableFte().toBigDecimal(), 0, role + " available");
      close(out.fteRequired(r), m.fteRequired().toBigDecimal(), 0, role + " FTE required");
      close(out.gapFte(r), m.gapFte().toBigDecimal(), Math.max(available, required),
          role + " gap");
      close(out.supplyHours(r), m.supplyHours().toBigDecimal(), 0, role + " supply");
      if (m.staffingRatio().isPresent()) {
        close(out.staffingRatio(r), new BigDecimal(m.staffingRatio().get().doubleValue()),
            0, role + " ratio");
      }
    }
    Capacity c = exact.capacity();
    close(out.capacityEpisodes(), new BigDecimal(c.episodesPerYear().doubleValue()), 0, "capacity");
    close(out.capacityConcurrent(), new BigDecimal(c.concurrentCaseload().doubleValue()), 0,
        "concurrent capacity");
  }

  @Test
  void theKernelOfTheBasePlanAgreesWithTheExactPath() {
    qt().withExamples(100)
        .forAll(plans())
        .checkAssert(
            plan -> {
              PlanKernel kernel = PlanKernel.compile(plan, plan.parameters());
              PlanKernel.Evaluation out = kernel.newEvaluation();
              assertThat(out.isPossible()).isTrue();
              agrees(kernel, out, PlanResult.of(plan));
            });
  }

  @Test
  void theKernelAgreesWithTheExactPathOnRandomScenarios() {
    // 100 plans x 10 scenarios of up to 4 parameters each, values 0.5 to 1.5 times the base
    qt().withExamples(100)
        .forAll(
            plans(),
            lists().of(integers().between(0, 10_000)).ofSize(4),
            lists().of(decimals(50, 150)).ofSize(40))
        .checkAssert(
            (plan, picks, factors) -> {
              List<PlanParameter> all = plan.parameters();
              Set<PlanParameter> chosen = new LinkedHashSet<>();
              for (int pick : picks) {
                chosen.add(all.get(pick % all.size()));
              }
              List<PlanParameter> parameters = new ArrayList<>(chosen);
              PlanKernel kernel = PlanKernel.compile(plan, parameters);
              PlanKernel.Evaluation out = kernel.newEvaluation();
              for (int s = 0; s < 10; s++) {
                double[] values = new double[parameters.size()];
                CaseloadPlan changed = plan;
                for (int i = 0; i < parameters.size(); i++) {
                  PlanParameter p = parameters.get(i);
                  BigDecimal base = plan.get(p);
                  BigDecimal factor = factors.get(s * 4 + i);
                  BigDecimal value =
                      p.name().startsWith("groupSize[")
                          ? base.add(factor.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE
                              : BigDecimal.ZERO)
                          : base.multiply(factor);
                  Range<BigDecimal> range = p.rangeIn(changed);
                  if (!range.contains(value)) {
                    value = base;
                  }
                  values[i] = value.doubleValue();
                  changed = changed.with(p, value);
                }
                PlanResult exact;
                try {
                  exact = PlanResult.of(changed);
                } catch (IllegalArgumentException e) {
                  assertThat(kernel.evaluate(values, out)).as(e.getMessage()).isFalse();
                  continue;
                }
                assertThat(kernel.evaluate(values, out)).as(parameters.toString()).isTrue();
                agrees(kernel, out, exact);
              }
            });
  }
}

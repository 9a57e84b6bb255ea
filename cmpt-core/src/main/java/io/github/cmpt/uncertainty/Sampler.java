package io.github.cmpt.uncertainty;

import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The kernel of an uncertain plan, and how the inputs' draws become parameter values. */
final class Sampler {

  final UncertainPlan plan;
  final PlanKernel kernel;
  final Distribution[] distributions;
  private final int[] inputOf;
  private final boolean[] factor;
  private final boolean[] whole;
  private final double[] base;

  Sampler(UncertainPlan plan) {
    this.plan = plan;
    List<PlanParameter> parameters = plan.parameters();
    this.kernel = PlanKernel.compile(plan.plan(), parameters);
    this.base = kernel.baseValues();
    int n = parameters.size();
    inputOf = new int[n];
    factor = new boolean[n];
    whole = new boolean[n];
    distributions = new Distribution[plan.inputs().size()];
    int p = 0;
    for (int i = 0; i < plan.inputs().size(); i++) {
      UncertainInput input = plan.inputs().get(i);
      distributions[i] = input.distribution();
      for (PlanParameter parameter : input.parameters()) {
        inputOf[p] = i;
        factor[p] = input.isFactor();
        whole[p] = UncertainPlan.isWhole(parameter);
        p++;
      }
    }
  }

  int inputs() {
    return distributions.length;
  }

  /** The draw of an input that leaves its parameters at their base values. */
  double baseDraw(int input) {
    UncertainInput in = plan.inputs().get(input);
    if (in.isFactor()) {
      return 1;
    }
    for (int p = 0; p < inputOf.length; p++) {
      if (inputOf[p] == input) {
        return base[p];
      }
    }
    throw new AssertionError(input);
  }

  double[] baseDraws() {
    double[] out = new double[inputs()];
    for (int i = 0; i < out.length; i++) {
      out[i] = baseDraw(i);
    }
    return out;
  }

  /** The parameter values of one set of draws, one per input. */
  void values(double[] draws, double[] into, boolean round) {
    for (int p = 0; p < into.length; p++) {
      into[p] = UncertainPlan.valueOf(factor[p], round && whole[p], base[p], draws[inputOf[p]]);
    }
  }

  /** The draws of one sample of a seed: inverse transform of its uniforms. */
  void draws(long seed, long sample, double[] into) {
    long key = SeededUniforms.sampleKey(seed, sample);
    for (int j = 0; j < into.length; j++) {
      into[j] = distributions[j].quantileOf(SeededUniforms.uniform(key, j));
    }
  }

  /**
   * The error for values the kernel found impossible: the exact path's message, or the kernel's
   * own when the exact path accepts them.
   */
  IllegalArgumentException impossible(String what, double[] values) {
    CaseloadPlan changed = plan.plan();
    try {
      for (int p = 0; p < values.length; p++) {
        changed =
            changed.with(
                kernel.parameters().get(p),
                new BigDecimal(values[p])
                    .setScale(12, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros());
      }
      PlanResult.of(changed);
    } catch (IllegalArgumentException e) {
      return new IllegalArgumentException(what + " is not a possible plan: " + e.getMessage(), e);
    }
    return new IllegalArgumentException(
        what + " is not a possible plan: its figures are out of bounds in double arithmetic");
  }
}

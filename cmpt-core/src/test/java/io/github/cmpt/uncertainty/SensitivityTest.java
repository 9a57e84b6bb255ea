package io.github.cmpt.uncertainty;

import static io.github.cmpt.uncertainty.Fixtures.LOW;
import static io.github.cmpt.uncertainty.Fixtures.MODERATE;
import static io.github.cmpt.uncertainty.Fixtures.OT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

  private static final CaseloadPlan PLAN = Fixtures.plan();
  private static final PlanParameter LOW_EPISODES = PlanParameter.episodesPerYear(LOW);
  private static final PlanParameter CONCURRENT = PlanParameter.concurrentCaseload(MODERATE);
  private static final PlanParameter FTE_2 = PlanParameter.fte("ot-2");
  private static final PlanParameter ASSESSMENT =
      PlanParameter.activityMinutes(MODERATE, ActivityKind.ASSESSMENT, OT);

  private static double fte(CaseloadPlan plan) {
    return PlanResult.of(plan).match(OT).fteRequired().toBigDecimal().doubleValue();
  }

  private static double gap(CaseloadPlan plan) {
    return PlanResult.of(plan).match(OT).gapFte().toBigDecimal().doubleValue();
  }

  @Test
  void eachInputAtItsEndsGivesTheExactFiguresAndTheTornadoIsRankedBySwing() {
    UncertainPlan u =
        UncertainPlan.builder(PLAN)
            .vary(LOW_EPISODES, Distribution.parse("pert(100, 120, 130)"))
            .vary(CONCURRENT, Distribution.parse("triangular(8, 12, 20)"))
            .vary(FTE_2, Distribution.parse("uniform(0.1, 0.5)"))
            .vary(ASSESSMENT, Distribution.parse("point(120)"))
            .build();
    Sensitivity s = Sensitivity.of(u);
    List<Sensitivity.Swing> ranked = s.ranked();
    // the last two swing nothing (up to rounding), so their order is not asserted
    assertThat(ranked.subList(0, 2)).extracting(x -> x.input().name())
        .containsExactly("concurrent[2]", "episodesPerYear[1]");
    Sensitivity.Swing concurrent = ranked.get(0);
    assertThat(concurrent.fteAtLow(OT))
        .isCloseTo(fte(PLAN.with(CONCURRENT, new BigDecimal("8"))), within(1e-12));
    assertThat(concurrent.fteAtHigh(OT))
        .isCloseTo(fte(PLAN.with(CONCURRENT, new BigDecimal("20"))), within(1e-12));
    assertThat(concurrent.gapAtHigh(OT))
        .isCloseTo(gap(PLAN.with(CONCURRENT, new BigDecimal("20"))), within(1e-12));
    // the FTE of ot-2 moves the gap, not the FTE required (every member has the same per FTE)
    Sensitivity.Swing fte2 = s.swings().get(2);
    assertThat(fte2.swing()).isCloseTo(0, within(1e-12));
    assertThat(fte2.gapAtHigh(OT) - fte2.gapAtLow(OT)).isCloseTo(0.4, within(1e-12));
    // a single point swings nothing
    assertThat(s.swings().get(3).swing()).isZero();
    double shares = 0;
    for (Sensitivity.Swing x : ranked) {
      shares += x.share();
    }
    assertThat(shares).isCloseTo(1, within(1e-12));
    assertThat(ranked.get(1).share())
        .isCloseTo(ranked.get(1).swing() / (ranked.get(0).swing() + ranked.get(1).swing()),
            within(1e-12));
    assertThat(s.baseFteRequired(OT)).isCloseTo(2112 / 1552.5, within(1e-12));
  }

  @Test
  void theElasticityToAVolumeIsItsLevelsShareOfTheDemand() {
    UncertainPlan u =
        UncertainPlan.builder(PLAN)
            .vary(LOW_EPISODES, Distribution.parse("pert(100, 120, 130)"))
            .varyTogether("growth", Distribution.parse("triangular(0.9, 1, 1.2)"),
                CONCURRENT)
            .vary(FTE_2, Distribution.parse("uniform(0.1, 0.5)"))
            .build();
    Sensitivity s = Sensitivity.of(u);
    // FTE required = (960 + 1152) / 1552.5; level 1 is 960 / 2112 of it, level 2 1152 / 2112
    assertThat(s.swings().get(0).elasticity(OT).getAsDouble())
        .isCloseTo(960.0 / 2112, within(1e-8));
    assertThat(s.swings().get(1).elasticity(OT).getAsDouble())
        .isCloseTo(1152.0 / 2112, within(1e-8));
    assertThat(s.swings().get(2).elasticity(OT).getAsDouble()).isCloseTo(0, within(1e-8));
    // a factor's ends multiply the base: 12 x 0.9 and 12 x 1.2 concurrent clients
    assertThat(s.swings().get(1).fteAtHigh(OT))
        .isCloseTo(fte(PLAN.with(CONCURRENT, new BigDecimal("14.4"))), within(1e-12));
  }

  @Test
  void theTornadoTableListsTheInputsLargestSwingFirst() {
    UncertainPlan u =
        UncertainPlan.builder(PLAN)
            .vary(LOW_EPISODES, Distribution.parse("pert(100, 120, 130)"))
            .vary(CONCURRENT, Distribution.parse("triangular(8, 12, 20)"))
            .build();
    Sensitivity s = Sensitivity.of(u);
    assertThat(s.toTable().rows()).extracting(r -> r.get(0))
        .containsExactly("concurrent[2]", "episodesPerYear[1]");
    assertThat(s.toTable(OT).columns()).contains("Gap at low", "Share", "Elasticity");
    assertThatThrownBy(() -> s.toTable(Role.PHYSIOTHERAPIST))
        .hasMessageContaining("a role of the plan");
  }

  @Test
  void rangesThePlanDoesNotAcceptAreRejectedWhenGiven() {
    assertThatThrownBy(
            () -> UncertainPlan.builder(PLAN).vary(FTE_2, Distribution.parse("uniform(0, 1)")))
        .hasMessageContaining("fte[ot-2]")
        .hasMessageContaining("samples within");
    assertThatThrownBy(
            () ->
                UncertainPlan.builder(PLAN)
                    .vary(FTE_2, Distribution.parse("uniform(0.1, 1)"))
                    .varyTogether("x", Distribution.parse("uniform(0.5, 1)"), FTE_2))
        .hasMessageContaining("given one distribution");
    assertThatThrownBy(
            () -> UncertainPlan.builder(PLAN)
                .vary(PlanParameter.fte("pt-9"), Distribution.parse("uniform(0.1, 1)")))
        .hasMessageContaining("pt-9");
  }
}

package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.Sensitivity;
import io.github.cmpt.uncertainty.UncertainPlan;
import io.github.cmpt.vocabulary.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunityOtUncertaintyTest {

  private static final Role OT = Role.OCCUPATIONAL_THERAPIST;

  @Test
  void referralsMoveTheFteRequiredMostAndTheBaseLiesInsideTheSimulatedRange() {
    UncertainPlan u = CommunityOtUncertainty.uncertainPlan();
    Sensitivity s = Sensitivity.of(u);
    assertThat(s.ranked(OT).get(0).input().name()).isEqualTo("referrals");
    // a factor on every level's referrals scales all of the demand: elasticity 1
    assertThat(s.ranked(OT).get(0).elasticity(OT).getAsDouble())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    double base =
        PlanResult.of(u.plan()).match(OT).fteRequired().toBigDecimal().doubleValue();
    assertThat(s.baseFteRequired(OT)).isCloseTo(base, org.assertj.core.data.Offset.offset(1e-12));
    MonteCarlo mc = MonteCarlo.of(u, 20_000, CommunityOtUncertainty.SEED);
    assertThat(mc.fteRequired(OT).percentile(5)).isLessThan(base);
    assertThat(mc.fteRequired(OT).percentile(95)).isGreaterThan(base);
  }

  @Test
  void theChartsAreWrittenAsSvgAndPng(@TempDir Path dir) throws Exception {
    UncertainPlan u = CommunityOtUncertainty.uncertainPlan();
    List<Path> files =
        UncertaintyCharts.write(
            Sensitivity.of(u), MonteCarlo.of(u, 5000, 1), OT, dir, "community-ot");
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("community-ot-tornado.png", "community-ot-tornado.svg",
            "community-ot-fte-histogram.png", "community-ot-fte-histogram.svg");
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      if (p.toString().endsWith(".png")) {
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
      } else {
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("<svg");
      }
    }
  }
}

package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ComplexityLevel;
import static io.github.cmpt.demand.Examples.HIGH;
import static io.github.cmpt.demand.Examples.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What-if copies of a demand change one level and keep the rest. */
class ServiceDemandCopyTest {

  @Test
  void withVolumeChangesOneLevelOnly() {
    ServiceDemand demand = Examples.demand();
    ServiceDemand more = demand.withVolume(LOW, Volume.ofEpisodesPerYear(500));
    assertThat(more.levelDemand(LOW).volume()).isEqualTo(Volume.ofEpisodesPerYear(500));
    assertThat(more.levelDemand(LOW).profile()).isEqualTo(demand.levelDemand(LOW).profile());
    for (LevelDemand d : demand.levels()) {
      if (!d.level().equals(LOW)) {
        assertThat(more.levelDemand(d.level())).isEqualTo(d);
      }
    }
    assertThat(more.weeksPerYear()).isEqualTo(demand.weeksPerYear());
    assertThat(more.scale()).isEqualTo(demand.scale());
  }

  @Test
  void withLevelsKeepsRankOrderAndTheRules() {
    ServiceDemand demand = Examples.demand();
    List<LevelDemand> reversed = new java.util.ArrayList<>(demand.levels());
    java.util.Collections.reverse(reversed);
    assertThat(demand.withLevels(reversed)).isEqualTo(demand);
    assertThatThrownBy(() -> demand.withLevels(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("levels");
  }

  @Test
  void anUnknownLevelIsNamed() {
    ServiceDemand demand = Examples.demand();
    ComplexityLevel other = ComplexityLevel.of("X", "Other", 9);
    assertThatThrownBy(() -> demand.withVolume(other, Volume.ofConcurrent(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for level (valid values a level of the demand): ComplexityLevel[9 Other]");
    assertThat(demand.levels()).extracting(LevelDemand::level).doesNotContain(other).contains(HIGH);
  }
}

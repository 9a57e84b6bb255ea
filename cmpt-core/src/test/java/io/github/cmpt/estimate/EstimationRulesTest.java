package io.github.cmpt.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimationRulesTest {

  @Test
  void defaultsAreStandardKindsAndRolesAnyLevelAndTwelveHours() {
    EstimationRules r = EstimationRules.STANDARD;
    assertThat(r.kinds()).isEqualTo(ActivityKind.standardKinds());
    assertThat(r.roles()).isEqualTo(Role.standardRoles());
    assertThat(r.levels()).isEmpty();
    assertThat(r.maxMinutes()).isEqualTo(720);
    assertThat(r.windowStart()).isEmpty();
    assertThat(r.windowEnd()).isEmpty();
    assertThat(r.outlierFactor()).isEqualByComparingTo("1.5");
    assertThat(r.toString())
        .isEqualTo("EstimationRules[8 kinds, 8 roles, any level, minutes <= 720, dates any,"
            + " outliers 1.5 IQR]");
  }

  @Test
  void aWindowMayBeOpenAtOneEnd() {
    EstimationRules r = EstimationRules.builder().windowStart(LocalDate.of(2024, 4, 1)).build();
    assertThat(r.windowStart()).contains(LocalDate.of(2024, 4, 1));
    assertThat(r.windowEnd()).isEmpty();
    assertThat(r.toString()).contains("dates 2024-04-01 to ...");
  }

  @Test
  void invalidRulesAreRejectedNamingFieldRuleAndValue() {
    assertThatThrownBy(() -> EstimationRules.builder().maxMinutes(0))
        .hasMessage("Invalid value for maxMinutes (valid values x >= 1): 0");
    assertThatThrownBy(
            () -> EstimationRules.builder().window(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1,
                31)))
        .hasMessage("Invalid value for windowEnd (valid values x >= windowStart 2025-02-01):"
            + " 2025-01-31");
    assertThatThrownBy(
            () -> EstimationRules.builder()
                .windowStart(LocalDate.of(2025, 2, 1))
                .windowEnd(LocalDate.of(2025, 1, 31))
                .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowEnd");
    assertThatThrownBy(() -> EstimationRules.builder().kinds(List.of()))
        .hasMessage("Invalid value for kinds (valid values at least one kind): none");
    assertThatThrownBy(
            () -> EstimationRules.builder()
                .kinds(List.of(ActivityKind.ASSESSMENT, ActivityKind.of("assessment"))))
        .hasMessage("Invalid value for kinds (valid values distinct codes): assessment twice");
    assertThatThrownBy(
            () -> EstimationRules.builder()
                .roles(List.of(Role.OCCUPATIONAL_THERAPIST, Role.ofClinician("ot", "Other"))))
        .hasMessage("Invalid value for roles (valid values distinct codes, ignoring case):"
            + " ot twice");
    assertThatThrownBy(
            () -> EstimationRules.builder()
                .levels(List.of(ComplexityLevel.of("m", "Mild", 1),
                    ComplexityLevel.of("M", "Moderate", 2))))
        .hasMessage("Invalid value for levels (valid values distinct codes, ignoring case):"
            + " M twice");
    assertThatThrownBy(() -> EstimationRules.builder().outlierFactor(new BigDecimal("-0.5")))
        .hasMessage("Invalid value for outlierFactor (valid values x >= 0): -0.5");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            EstimationRules.STANDARD,
            EstimationRules.builder().build(),
            EstimationRules.builder().outlierFactor(new BigDecimal("1.50")).build())
        .addEqualityGroup(EstimationRules.builder().maxMinutes(600).build())
        .addEqualityGroup(
            EstimationRules.builder().windowEnd(LocalDate.of(2025, 1, 1)).build())
        .addEqualityGroup(
            EstimationRules.builder().levels(List.of(ComplexityLevel.of("M", "Moderate", 2)))
                .build())
        .testEquals();
  }
}

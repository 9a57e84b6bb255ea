package io.github.cmpt.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityKindTest {

  private static final String CODES =
      "assessment, individual-intervention, group-intervention, indirect, consultation,"
          + " client-travel, discharge-planning, other";

  @Test
  void standardKindsInWorksheetOrder() {
    assertThat(ActivityKind.standardKinds())
        .containsExactly(
            ActivityKind.ASSESSMENT,
            ActivityKind.INDIVIDUAL_INTERVENTION,
            ActivityKind.GROUP_INTERVENTION,
            ActivityKind.INDIRECT,
            ActivityKind.CONSULTATION,
            ActivityKind.CLIENT_TRAVEL,
            ActivityKind.DISCHARGE_PLANNING,
            ActivityKind.OTHER);
    assertThat(ActivityKind.standardKinds().stream().map(ActivityKind::code))
        .containsExactly(CODES.split(", "));
    assertThat(ActivityKind.standardKinds()).allMatch(ActivityKind::isStandard);
    assertThatThrownBy(() -> ActivityKind.standardKinds().add(ActivityKind.of("Equipment fitting")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "assessment,              Assessment",
    "individual-intervention, Individual intervention",
    "group-intervention,      Group intervention",
    "indirect,                Indirect activity",
    "consultation,            Consultation",
    "client-travel,           Client-related travel",
    "discharge-planning,      Discharge planning",
    "other,                   Other",
  })
  void ofAStandardCodeOrNameInAnyCaseIsTheConstant(String code, String name) {
    ActivityKind kind = ActivityKind.parse(code);
    assertThat(kind.code()).isEqualTo(code);
    assertThat(kind.name()).isEqualTo(name);
    assertThat(kind).hasToString(code);
    for (String text :
        new String[] {
          code, name, code.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
          name.toUpperCase(Locale.ROOT), " " + name + " ", code.replace('-', '_')
        }) {
      assertThat(ActivityKind.of(text)).as(text).isSameAs(kind);
      assertThat(ActivityKind.parse(text)).as(text).isSameAs(kind);
      assertThat(ActivityKind.standard(text)).as(text).containsSame(kind);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Group Intervention   | group-intervention",
        "GROUP_INTERVENTION   | group-intervention",
        "group   intervention | group-intervention",
        "Discharge planning   | discharge-planning",
        "CLIENT-RELATED TRAVEL| client-travel",
      })
  void ofRecognisesStandardSpellings(String text, String code) {
    ActivityKind kind = ActivityKind.of(text);
    assertThat(kind.code()).isEqualTo(code);
    assertThat(kind.isStandard()).isTrue();
  }

  // ---------------------------------------------------------------- user-named kinds

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Equipment fitting          | equipment-fitting   | Equipment fitting",
        "'  Home   visit  '         | home-visit          | Home   visit",
        "Wheelchair_seating         | wheelchair-seating  | Wheelchair_seating",
        "IEP meeting                | iep-meeting         | IEP meeting",
        "Screening                  | screening           | Screening",
      })
  void ofDerivesTheCodeOfAUserNamedKind(String text, String code, String name) {
    ActivityKind kind = ActivityKind.of(text);
    assertThat(kind.code()).isEqualTo(code);
    assertThat(kind.name()).isEqualTo(name);
    assertThat(kind).hasToString(code);
    assertThat(kind.isStandard()).isFalse();
    assertThat(ActivityKind.standard(text)).isEmpty();
    // the code names the same kind again
    assertThat(ActivityKind.of(kind.toString())).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void ofRejectsABlankName(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ActivityKind.of(name))
        .withMessage("Invalid value for activityKind (valid values non-blank): \"" + name + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Equipment fitting", "", "assess", "group"})
  void parseRejectsAnythingButAStandardKindListingTheCodes(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ActivityKind.parse(text))
        .withMessage(
            "Invalid value for activityKind (valid values one of " + CODES + "): \"" + text + "\"");
  }

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> ActivityKind.of(null)).withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> ActivityKind.parse(null)).withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> ActivityKind.standard(null))
        .withMessage("text");
    new NullPointerTester().testAllPublicStaticMethods(ActivityKind.class);
  }

  // ---------------------------------------------------------------- equality

  @Test
  void equalsComparesTheCode() {
    new EqualsTester()
        .addEqualityGroup(
            ActivityKind.of("Equipment fitting"),
            ActivityKind.of("equipment  FITTING"),
            ActivityKind.of("equipment-fitting"),
            ActivityKind.of("Equipment_fitting"))
        .addEqualityGroup(
            ActivityKind.ASSESSMENT,
            ActivityKind.of("assessment"),
            ActivityKind.parse("ASSESSMENT"))
        .addEqualityGroup(ActivityKind.of("Equipment"))
        .addEqualityGroup(ActivityKind.INDIRECT, ActivityKind.of("Indirect activity"))
        .addEqualityGroup(ActivityKind.of("Indirect time"))
        .testEquals();
  }
}

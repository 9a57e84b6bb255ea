package io.github.cmpt.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.cmpt.vocabulary.Role.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @Test
  void standardRolesInOrder() {
    assertThat(Role.standardRoles())
        .extracting(Role::code)
        .containsExactly("OT", "PT", "SLP", "AUD", "OTA", "PTA", "CDA", "TA");
    assertThat(Role.standardRoles())
        .containsExactly(
            Role.OCCUPATIONAL_THERAPIST,
            Role.PHYSIOTHERAPIST,
            Role.SPEECH_LANGUAGE_PATHOLOGIST,
            Role.AUDIOLOGIST,
            Role.OT_ASSISTANT,
            Role.PT_ASSISTANT,
            Role.COMMUNICATION_DISORDERS_ASSISTANT,
            Role.THERAPY_ASSISTANT);
  }

  @ParameterizedTest
  @CsvSource({
    "OT,  Occupational therapist,            CLINICIAN",
    "PT,  Physiotherapist,                   CLINICIAN",
    "SLP, Speech-language pathologist,       CLINICIAN",
    "AUD, Audiologist,                       CLINICIAN",
    "OTA, OT assistant,                      SUPPORT",
    "PTA, PT assistant,                      SUPPORT",
    "CDA, Communication disorders assistant, SUPPORT",
    "TA,  Therapy assistant,                 SUPPORT",
  })
  void standardRole(String code, String name, Kind kind) {
    Role role = Role.parse(code);
    assertThat(role.code()).isEqualTo(code);
    assertThat(role.name()).isEqualTo(name);
    assertThat(role.kind()).isEqualTo(kind);
    assertThat(role.isSupport()).isEqualTo(kind == Kind.SUPPORT);
    assertThat(role).hasToString(code);
    assertThat(Role.of(code, name, kind)).isSameAs(role);
  }

  @Test
  void standardRolesAreUnmodifiable() {
    assertThatThrownBy(() -> Role.standardRoles().add(Role.ofClinician("KIN", "Kinesiologist")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------- parse

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"ot | OT", "Ot | OT", "' slp ' | SLP", "pta | PTA", "aud | AUD", "Ta | TA"})
  void parseIgnoresCase(String text, String code) {
    assertThat(Role.parse(text).code()).isEqualTo(code);
  }

  @Test
  void parseReadsWhatToStringWritesForEveryStandardRole() {
    for (Role role : Role.standardRoles()) {
      assertThat(Role.parse(role.toString())).isSameAs(role);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"KIN", "", "O T", "occupational therapist", "OTs"})
  void parseRejectsAnUnknownCodeListingTheStandardOnes(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Role.parse(text))
        .withMessage(
            "Invalid value for role (valid values one of OT, PT, SLP, AUD, OTA, PTA, CDA, TA): \""
                + text.trim()
                + "\"");
  }

  // ---------------------------------------------------------------- of

  @Test
  void ofMakesARoleOfOnesOwn() {
    Role kin = Role.ofClinician("KIN", "Kinesiologist");
    assertThat(kin.code()).isEqualTo("KIN");
    assertThat(kin.name()).isEqualTo("Kinesiologist");
    assertThat(kin.kind()).isEqualTo(Kind.CLINICIAN);
    assertThat(kin.isSupport()).isFalse();
    assertThat(kin).hasToString("KIN");
    Role rehab = Role.ofSupport("RA", "Rehabilitation assistant");
    assertThat(rehab.kind()).isEqualTo(Kind.SUPPORT);
    assertThat(rehab.isSupport()).isTrue();
    assertThat(Role.of("RA", "Rehabilitation assistant", Kind.SUPPORT)).isEqualTo(rehab);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "O T", "OT ", "\tOT", "K\nIN"})
  void ofRejectsABlankCodeOrOneWithSpaces(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Role.ofClinician(code, "Kinesiologist"))
        .withMessage(
            "Invalid value for code (valid values non-blank, without spaces): \"" + code + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void ofRejectsABlankName(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Role.ofSupport("RA", name))
        .withMessage("Invalid value for name (valid values non-blank): \"" + name + "\"");
  }

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> Role.of(null, "Kinesiologist", Kind.CLINICIAN))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> Role.of("KIN", null, Kind.CLINICIAN))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> Role.of("KIN", "Kinesiologist", null))
        .withMessage("kind");
    assertThatNullPointerException().isThrownBy(() -> Role.parse(null)).withMessage("code");
    new NullPointerTester().testAllPublicStaticMethods(Role.class);
  }

  // ---------------------------------------------------------------- equality

  @Test
  void equalsComparesCodeNameAndKind() {
    new EqualsTester()
        .addEqualityGroup(
            Role.OCCUPATIONAL_THERAPIST,
            Role.parse("ot"),
            Role.ofClinician("OT", "Occupational therapist"))
        .addEqualityGroup(
            Role.ofClinician("KIN", "Kinesiologist"),
            Role.of("KIN", "Kinesiologist", Kind.CLINICIAN))
        .addEqualityGroup(Role.ofSupport("KIN", "Kinesiologist"))
        .addEqualityGroup(Role.ofClinician("KIN", "Kinesiology"))
        .addEqualityGroup(Role.ofClinician("kin", "Kinesiologist"))
        .addEqualityGroup(Role.PHYSIOTHERAPIST)
        .testEquals();
  }
}

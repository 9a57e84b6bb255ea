package io.github.cmpt.vocabulary;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A discipline or position on a therapy team, such as {@code OT}, {@code PT}, {@code SLP} or a
 * therapy assistant.
 *
 * <p>A role is either a clinician's (a regulated professional) or support personnel's (assistants),
 * which is how Step 2 says who performs an activity and Step 3 matches the time clients need to the
 * staff who give it. Two roles are equal when their code, name and kind are; a service that defines
 * its own roles should give each code one name and kind.
 *
 * <pre>{@code
 * Role ot = Role.OCCUPATIONAL_THERAPIST;                       // OT
 * Role kin = Role.ofClinician("KIN", "Kinesiologist");          // a role of one's own
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Role extends Term {

  /** Who holds a role: a clinician or support personnel. */
  public enum Kind {
    /** A regulated professional: occupational therapist, physiotherapist, ... */
    CLINICIAN,
    /** Support personnel working under a clinician's direction: assistants. */
    SUPPORT
  }

  /** Occupational therapist, {@code OT}. */
  public static final Role OCCUPATIONAL_THERAPIST =
      new Role("OT", "Occupational therapist", Kind.CLINICIAN);

  /** Physiotherapist, {@code PT}. */
  public static final Role PHYSIOTHERAPIST = new Role("PT", "Physiotherapist", Kind.CLINICIAN);

  /** Speech-language pathologist, {@code SLP}. */
  public static final Role SPEECH_LANGUAGE_PATHOLOGIST =
      new Role("SLP", "Speech-language pathologist", Kind.CLINICIAN);

  /** Audiologist, {@code AUD}. */
  public static final Role AUDIOLOGIST = new Role("AUD", "Audiologist", Kind.CLINICIAN);

  /** Occupational therapist assistant, {@code OTA}. */
  public static final Role OT_ASSISTANT = new Role("OTA", "OT assistant", Kind.SUPPORT);

  /** Physiotherapist assistant, {@code PTA}. */
  public static final Role PT_ASSISTANT = new Role("PTA", "PT assistant", Kind.SUPPORT);

  /** Communication disorders assistant, {@code CDA}. */
  public static final Role COMMUNICATION_DISORDERS_ASSISTANT =
      new Role("CDA", "Communication disorders assistant", Kind.SUPPORT);

  /** Rehabilitation or therapy assistant shared by disciplines, {@code TA}. */
  public static final Role THERAPY_ASSISTANT = new Role("TA", "Therapy assistant", Kind.SUPPORT);

  private static final List<Role> STANDARD =
      List.of(
          OCCUPATIONAL_THERAPIST,
          PHYSIOTHERAPIST,
          SPEECH_LANGUAGE_PATHOLOGIST,
          AUDIOLOGIST,
          OT_ASSISTANT,
          PT_ASSISTANT,
          COMMUNICATION_DISORDERS_ASSISTANT,
          THERAPY_ASSISTANT);

  private final Kind kind;

  private Role(String code, String name, Kind kind) {
    super(code, name);
    this.kind = kind;
  }

  /**
   * Returns a role.
   *
   * @param code a short code without spaces, such as {@code KIN}, not null
   * @param name the full name, not blank
   * @param kind clinician or support personnel, not null
   * @return the role
   * @throws IllegalArgumentException when the code is blank or has spaces, or the name is blank
   */
  public static Role of(String code, String name, Kind kind) {
    Checks.notNull(code, "code");
    Checks.notNull(name, "name");
    Checks.notNull(kind, "kind");
    Bounds.code("code", code);
    Bounds.name("name", name);
    for (Role r : STANDARD) {
      if (r.code().equals(code) && r.name().equals(name) && r.kind == kind) {
        return r;
      }
    }
    return new Role(code, name, kind);
  }

  /**
   * Returns a clinician's role.
   *
   * @param code a short code without spaces, not null
   * @param name the full name, not blank
   * @return the role
   * @throws IllegalArgumentException when the code or name is invalid
   */
  public static Role ofClinician(String code, String name) {
    return of(code, name, Kind.CLINICIAN);
  }

  /**
   * Returns a support-personnel role.
   *
   * @param code a short code without spaces, not null
   * @param name the full name, not blank
   * @return the role
   * @throws IllegalArgumentException when the code or name is invalid
   */
  public static Role ofSupport(String code, String name) {
    return of(code, name, Kind.SUPPORT);
  }

  /**
   * Returns the standard role with a code, ignoring case, such as {@code "ot"}.
   *
   * @param code the code of a standard role, not null
   * @return the role
   * @throws IllegalArgumentException when no standard role has this code
   */
  public static Role parse(CharSequence code) {
    String s = Checks.notNull(code, "code").toString().trim();
    for (Role r : STANDARD) {
      if (r.code().equalsIgnoreCase(s)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        Checks.invalid("role", "one of " + codes(STANDARD), "\"" + s + "\""));
  }

  /**
   * Returns the standard roles: OT, PT, SLP, AUD, OTA, PTA, CDA and TA.
   *
   * @return an unmodifiable list of roles
   */
  public static List<Role> standardRoles() {
    return STANDARD;
  }



  /**
   * Returns whether clinicians or support personnel hold this role.
   *
   * @return the kind of role
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns whether support personnel (an assistant) hold this role.
   *
   * @return true for support personnel
   */
  public boolean isSupport() {
    return kind == Kind.SUPPORT;
  }

  /**
   * Returns whether another object is a role with the same code, name and kind.
   *
   * @param obj the other object
   * @return true for the same role
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return super.equals(obj) && name().equals(((Role) obj).name()) && kind == ((Role) obj).kind;
  }

  @Override
  List<Role> standardTerms() {
    return STANDARD;
  }
}

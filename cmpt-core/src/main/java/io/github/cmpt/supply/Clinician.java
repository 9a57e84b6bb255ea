package io.github.cmpt.supply;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.vocabulary.Role;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clinician or position on a team: an identifier, a {@link Role}, a contract ({@link WorkHours}),
 * and the leave and non-client activities that are the clinician's own.
 *
 * <p>The identifier names a staff position, not a client, and appears in reports. Leave and
 * activities that apply to the whole team are given to the {@link Team}; a clinician's own
 * activities must apply to everyone or name this clinician.
 *
 * <pre>{@code
 * Clinician ana = Clinician.builder()
 *     .id("ot-1")
 *     .role(Role.OCCUPATIONAL_THERAPIST)
 *     .workHours(WorkHours.of(pattern, Fte.of("0.8")))
 *     .addLeave(Leave.ofDays(LeaveType.VACATION, 20))
 *     .addActivity(NonClientActivity.of(NonClientCategory.RESEARCH,
 *         PeriodicHours.ofYearly(Hours.of(40))))
 *     .build();
 * ClinicianTime.of(ana).perYear().clientCareHours();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class Clinician {

  Clinician() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the clinician or position, such as {@code ot-1}.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * Returns the clinician's name, if given.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the clinician's role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the contract.
   *
   * @return the contract
   */
  public abstract WorkHours workHours();

  /**
   * Returns the clinician's own leave lines.
   *
   * @return an immutable list
   */
  public abstract ImmutableList<Leave> leave();

  /**
   * Returns the clinician's own non-client activities.
   *
   * @return an immutable list
   */
  public abstract ImmutableList<NonClientActivity> activities();


  /**
   * Returns a copy of this clinician with another FTE on the same pattern, for a what-if.
   *
   * @param fte the FTE, {@code x > 0}, not null
   * @return the copy
   * @throws IllegalArgumentException when the FTE breaks the contract's rules
   */
  public Clinician withFte(io.github.cmpt.time.Fte fte) {
    return builder()
        .id(id())
        .name(name())
        .role(role())
        .workHours(workHours().withFte(fte))
        .addAllLeave(leave())
        .addAllActivities(activities())
        .build();
  }

  /**
   * Returns a copy of this clinician with another contract, such as other hours per week.
   *
   * @param workHours the contract, not null
   * @return the copy
   * @throws IllegalArgumentException when the clinician's time no longer fits
   */
  public abstract Clinician withWorkHours(WorkHours workHours);

  /**
   * Returns a copy of this clinician with other leave lines of their own.
   *
   * @param leave the leave lines, none null
   * @return the copy
   * @throws IllegalArgumentException when the clinician's time no longer fits
   */
  public abstract Clinician withLeave(Iterable<? extends Leave> leave);

  /**
   * Returns a copy of this clinician with other non-client activities of their own.
   *
   * @param activities the activities, for everyone or naming this clinician, none null
   * @return the copy
   * @throws IllegalArgumentException when an activity names another clinician or the time no
   *     longer fits
   */
  public abstract Clinician withActivities(Iterable<? extends NonClientActivity> activities);

  @Value.Check
  void check() {
    Bounds.name("id", id());
    name().ifPresent(n -> Bounds.name("name", n));
    for (NonClientActivity a : activities()) {
      Checks.check(
          a.appliesTo(id()),
          "activities of clinician " + id(),
          "activities for everyone or naming " + id(),
          a);
    }
  }

  /**
   * Returns the identifier, role and FTE, such as {@code Clinician[ot-1 OT 0.8 FTE]}.
   *
   * @return the clinician as text
   */
  @Override
  public String toString() {
    return "Clinician[" + id() + " " + role() + " " + workHours().fte() + "]";
  }

  /**
   * Builds a {@link Clinician}; the identifier, role and contract are required.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableClinician.Builder {
    Builder() {}
  }
}

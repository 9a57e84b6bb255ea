package io.github.cmpt.supply;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A team: a name, its clinicians, and the leave and non-client activities it gives everyone (or, for
 * an activity limited with {@link NonClientActivity#withClinicians}, the named clinicians).
 *
 * <p>A team is data: building one checks its structure (identifiers are unique, activities may
 * only name members) and computes nothing. Step 1 is {@link TeamTime#of(Team)}, which finds
 * impossible input (leave and non-client time beyond paid hours), naming the clinician and the
 * amounts that clash.
 *
 * <pre>{@code
 * Team team = Team.builder()
 *     .name("Community rehab")
 *     .addClinician(ana)
 *     .addClinician(ben)
 *     .addLeave(Leave.ofHolidays(calendar, Year.of(2026)))
 *     .addActivity(NonClientActivity.of(NonClientCategory.MEETINGS,
 *         PeriodicHours.ofWeekly(Hours.of(2))))
 *     .build();
 * TeamTime time = TeamTime.of(team);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class Team {

  Team() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the team's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the clinicians, in the order given.
   *
   * @return an immutable list of at least one clinician
   */
  public abstract ImmutableList<Clinician> clinicians();

  /**
   * Returns the leave lines that apply to every member.
   *
   * @return an immutable list
   */
  public abstract ImmutableList<Leave> leave();

  /**
   * Returns the non-client activities given by the team, for everyone or for named members.
   *
   * @return an immutable list
   */
  public abstract ImmutableList<NonClientActivity> activities();


  /**
   * Returns a copy of this team in which a member is replaced by a clinician with the same
   * identifier, for a what-if.
   *
   * @param clinician the new version of a member, not null
   * @return the copy
   * @throws IllegalArgumentException when no member has the clinician's identifier
   */
  public Team withClinician(Clinician clinician) {
    List<Clinician> members = new java.util.ArrayList<>(clinicians());
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).id().equals(clinician.id())) {
        members.set(i, clinician);
        return builder()
            .name(name())
            .addAllClinicians(members)
            .addAllLeave(leave())
            .addAllActivities(activities())
            .build();
      }
    }
    throw new IllegalArgumentException(
        Checks.invalid("clinician", "a member of " + name(), clinician.id()));
  }

  /**
   * Returns a copy of this team with other leave lines for every member.
   *
   * @param leave the leave lines, none null
   * @return the copy
   * @throws IllegalArgumentException when a member's time no longer fits
   */
  public abstract Team withLeave(Iterable<? extends Leave> leave);

  /**
   * Returns a copy of this team with other non-client activities given by the team.
   *
   * @param activities the activities, for everyone or for named members, none null
   * @return the copy
   * @throws IllegalArgumentException when an activity names someone not on the team, or a
   *     member's time no longer fits
   */
  public abstract Team withActivities(Iterable<? extends NonClientActivity> activities);

  /**
   * Returns one member.
   *
   * @param clinicianId the member's identifier, not null
   * @return the clinician
   * @throws IllegalArgumentException when no member has this identifier
   */
  public Clinician clinician(String clinicianId) {
    Checks.notNull(clinicianId, "clinicianId");
    for (Clinician c : clinicians()) {
      if (c.id().equals(clinicianId)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        Checks.invalid("clinicianId", "a member of " + name(), clinicianId));
  }

  @Value.Check
  void check() {
    Bounds.name("name", name());
    Checks.check(!clinicians().isEmpty(), "clinicians", "at least one clinician", "none");
    Set<String> ids = new HashSet<>();
    for (Clinician c : clinicians()) {
      Checks.check(ids.add(c.id()), "clinicians", "unique identifiers", "duplicate " + c.id());
    }
    for (NonClientActivity a : activities()) {
      for (String id : a.clinicians()) {
        Checks.check(
            ids.contains(id), "activities", "clinicians of the team " + ids, a + " names " + id);
      }
    }
  }

  /**
   * Returns the name and size, such as {@code Team[Community rehab, 4 clinicians]}.
   *
   * @return the team as text
   */
  @Override
  public String toString() {
    return "Team[" + name() + ", " + clinicians().size() + " clinicians]";
  }

  /**
   * Builds a {@link Team}; the name and at least one clinician are required.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableTeam.Builder {
    Builder() {}
  }
}

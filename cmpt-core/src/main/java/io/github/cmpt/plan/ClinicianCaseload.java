package io.github.cmpt.plan;

import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.Role;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A suggested caseload for one clinician: the role's capacity for the plan's case mix, shared in
 * proportion to each member's client-care hours.
 *
 * <pre>
 * share      = clinician's client-care hours / role's client-care hours
 * episodes   = role's capacity in episodes per year x share
 * concurrent = role's concurrent capacity x share
 * </pre>
 * The {@code whole...} methods round down.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ClinicianCaseload {

  private final String clinicianId;
  private final Role role;
  private final Hours clientCareHours;
  private final Fraction share;
  private final Capacity roleCapacity;
  private final Fraction episodes;
  private final Fraction concurrent;

  ClinicianCaseload(
      String clinicianId, Role role, Hours clientCareHours, Fraction share, Capacity roleCapacity) {
    this.clinicianId = clinicianId;
    this.role = role;
    this.clientCareHours = clientCareHours;
    this.share = share;
    this.roleCapacity = roleCapacity;
    this.episodes = roleCapacity.episodesPerYear().multipliedBy(share);
    this.concurrent = roleCapacity.concurrentCaseload().multipliedBy(share);
  }

  /**
   * Returns the clinician's identifier.
   *
   * @return the identifier
   */
  public String clinicianId() {
    return clinicianId;
  }

  /**
   * Returns the clinician's role.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the clinician's client-care hours per year.
   *
   * @return the hours
   */
  public Hours clientCareHours() {
    return clientCareHours;
  }

  /**
   * Returns the clinician's share of the role's client-care hours.
   *
   * @return the share
   */
  public Percentage share() {
    return Percentage.ofFraction(share);
  }

  /**
   * Returns the suggested episodes per year, exact.
   *
   * @return episodes per year
   */
  public Fraction episodesPerYear() {
    return episodes;
  }

  /**
   * Returns the suggested concurrent caseload, exact.
   *
   * @return clients at one time
   */
  public Fraction concurrentCaseload() {
    return concurrent;
  }

  /**
   * Returns the whole episodes per year that fit, rounded down.
   *
   * @return whole episodes
   */
  public long wholeEpisodesPerYear() {
    return episodes.floor();
  }

  /**
   * Returns the whole clients that fit at one time, rounded down.
   *
   * @return whole clients
   */
  public long wholeConcurrentCaseload() {
    return concurrent.floor();
  }

  /**
   * Returns how the caseload was computed.
   *
   * @return the explanation of the concurrent caseload
   */
  public Explanation explain() {
    java.util.Map<String, Object> inputs = new java.util.LinkedHashMap<>();
    inputs.put("client-care hours of " + clinicianId, clientCareHours);
    inputs.put("share of " + role + " client-care hours", share());
    inputs.put("concurrent capacity of " + role, roleCapacity.concurrentCaseload());
    return Explanation.of(
        "Suggested concurrent caseload (" + clinicianId + ")",
        "concurrent capacity of the role x the clinician's share of its client-care hours",
        inputs,
        concurrent,
        java.util.List.of(roleCapacity.explain()));
  }

  /**
   * Returns whether another object is an equal caseload.
   *
   * @param obj the other object
   * @return true for the same clinician and figures
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ClinicianCaseload)) {
      return false;
    }
    ClinicianCaseload c = (ClinicianCaseload) obj;
    return clinicianId.equals(c.clinicianId)
        && role.equals(c.role)
        && clientCareHours.equals(c.clientCareHours)
        && share.compareTo(c.share) == 0
        && episodes.compareTo(c.episodes) == 0
        && concurrent.compareTo(c.concurrent) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(clinicianId, role, clientCareHours);
  }

  /**
   * Returns the whole counts, such as {@code ot-2: 14 concurrent, 61 episodes/year}.
   *
   * @return the caseload as text
   */
  @Override
  public String toString() {
    return clinicianId
        + ": "
        + wholeConcurrentCaseload()
        + " concurrent, "
        + wholeEpisodesPerYear()
        + " episodes/year";
  }
}

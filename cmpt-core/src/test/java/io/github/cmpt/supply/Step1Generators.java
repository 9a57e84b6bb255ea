package io.github.cmpt.supply;

import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of valid Step 1 input whose leave and non-client time always fit in paid time. */
final class Step1Generators {

  private Step1Generators() {}

  /** Hundredths of a unit between the bounds, as an exact decimal. */
  static Gen<BigDecimal> decimals(int minHundredths, int maxHundredths) {
    return integers()
        .between(minHundredths, maxHundredths)
        .map(i -> BigDecimal.valueOf(i, 2));
  }

  /** Full-time patterns of 30 to 45 hours, 3 to 6 days, 40 to 52.2 weeks. */
  static Gen<WorkPattern> patterns() {
    return decimals(3000, 4500)
        .zip(
            integers().between(3, 6),
            decimals(4000, 5220),
            (h, d, w) -> WorkPattern.of(Hours.of(h), d, w));
  }

  /** FTE between 0.5 and 1.2. */
  static Gen<Fte> ftes() {
    return decimals(50, 120).map(Fte::of);
  }

  static Gen<WorkHours> contracts() {
    return patterns().zip(ftes(), WorkHours::of);
  }

  private static final List<LeaveType> LEAVE_TYPES =
      List.of(
          LeaveType.VACATION,
          LeaveType.STATUTORY_HOLIDAYS,
          LeaveType.SICK,
          LeaveType.EDUCATION,
          LeaveType.of("Bereavement"));

  /**
   * Leave lines of at most 5 days or 20 hours, prorated or absolute: six of them fit in the smallest
   * generated contract (30 h x 40 weeks x 0.5 FTE = 600 h).
   */
  static Gen<Leave> leaves() {
    return integers()
        .between(0, LEAVE_TYPES.size() - 1)
        .zip(
            integers().between(0, 1),
            decimals(0, 500),
            integers().between(0, 1),
            (t, unit, amount, absolute) -> {
              Leave l =
                  unit == 0
                      ? Leave.ofDays(LEAVE_TYPES.get(t), amount)
                      : Leave.ofHours(LEAVE_TYPES.get(t), Hours.of(amount.multiply(BigDecimal.valueOf(4))));
              return l.withProrated(absolute == 0);
            });
  }

  private static final List<NonClientCategory> CATEGORIES =
      List.of(
          NonClientCategory.ADMINISTRATION,
          NonClientCategory.MEETINGS,
          NonClientCategory.PROFESSIONAL_DEVELOPMENT,
          NonClientCategory.of("Union business"));

  /**
   * Non-client activities small enough that at most four of them fit in any generated contract:
   * shares up to 10%, up to 0.5 h per day, 2 h per week, 2 h per month or 10 h per year.
   */
  static Gen<NonClientActivity> activities() {
    return integers()
        .between(0, CATEGORIES.size() - 1)
        .zip(
            integers().between(0, 4),
            integers().between(0, 1000),
            (c, form, n) -> {
              NonClientCategory cat = CATEGORIES.get(c);
              BigDecimal unit = BigDecimal.valueOf(n, 3);
              switch (form) {
                case 0:
                  return NonClientActivity.ofShare(
                      cat, Percentage.ofPercent(unit.multiply(BigDecimal.TEN)));
                case 1:
                  return NonClientActivity.of(
                      cat, PeriodicHours.of(Hours.of(unit.divide(BigDecimal.valueOf(2))), Period.DAY));
                case 2:
                  return NonClientActivity.of(
                      cat, PeriodicHours.of(Hours.of(unit.multiply(BigDecimal.valueOf(2))), Period.WEEK));
                case 3:
                  return NonClientActivity.of(
                      cat, PeriodicHours.of(Hours.of(unit.multiply(BigDecimal.valueOf(2))), Period.MONTH));
                default:
                  return NonClientActivity.of(
                      cat, PeriodicHours.of(Hours.of(unit.multiply(BigDecimal.TEN)), Period.YEAR));
              }
            });
  }

  static Gen<List<Leave>> leaveLists() {
    return lists().of(leaves()).ofSizeBetween(0, 4);
  }

  static Gen<List<NonClientActivity>> activityLists() {
    return lists().of(activities()).ofSizeBetween(0, 4);
  }

  private static final List<Role> ROLES =
      List.of(Role.OCCUPATIONAL_THERAPIST, Role.PHYSIOTHERAPIST, Role.OT_ASSISTANT);

  /** A clinician with the given identifier and generated role, contract, leave and activities. */
  static Gen<Clinician> clinicians(String id) {
    return integers()
        .between(0, ROLES.size() - 1)
        .zip(
            contracts(),
            leaveLists(),
            activityLists(),
            (r, contract, leave, activities) ->
                Clinician.builder()
                    .id(id)
                    .role(ROLES.get(r))
                    .workHours(contract)
                    .addAllLeave(leave)
                    .addAllActivities(activities)
                    .build());
  }

  /** Teams of one to five clinicians, ids c0..c4, with shared leave and activities. */
  static Gen<Team> teams() {
    Gen<List<Clinician>> members =
        integers()
            .between(1, 5)
            .flatMap(
                n -> {
                  Gen<List<Clinician>> acc = clinicians("c0").map(c -> List.of(c));
                  for (int i = 1; i < n; i++) {
                    String id = "c" + i;
                    acc =
                        acc.zip(
                            clinicians(id),
                            (list, c) -> {
                              List<Clinician> copy = new java.util.ArrayList<>(list);
                              copy.add(c);
                              return List.copyOf(copy);
                            });
                  }
                  return acc;
                });
    return members.zip(
        lists().of(leaves()).ofSizeBetween(0, 2),
        lists().of(activities()).ofSizeBetween(0, 2),
        (cs, leave, activities) ->
            Team.builder()
                .name("Generated")
                .addAllClinicians(cs)
                .addAllLeave(leave)
                .addAllActivities(activities)
                .build());
  }
}

package io.github.cmpt.horizon;

import com.google.common.collect.Range;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.LeaveType;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Leave of one clinician on dates, such as two weeks of vacation in August: it places the leave of
 * its type, given per year in Step 1, in the periods it falls in.
 *
 * <p>A clinician with an absence of a type has the leave lines of that type fall on the absences'
 * dates only (each working day of an absence is a day without client care), instead of spread
 * evenly over the year; see {@link Projection} for the formula. An absence of a type the
 * clinician has no leave line of (a long sick leave no one planned for) takes its days out of
 * the periods on top of Step 1's leave. The dates are a closed range, first and last day of the
 * absence included.
 *
 * <pre>{@code
 * Absence summer = Absence.of("ot-2", LeaveType.VACATION,
 *     LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Absence {

  private final String clinicianId;
  private final LeaveType type;
  private final Range<LocalDate> dates;

  private Absence(String clinicianId, LeaveType type, Range<LocalDate> dates) {
    this.clinicianId = clinicianId;
    this.type = type;
    this.dates = dates;
  }

  /**
   * Returns an absence from a first to a last day, both included.
   *
   * @param clinicianId the clinician's identifier, not blank
   * @param type the type of leave it places, not null
   * @param first the first day of leave, not null
   * @param last the last day of leave, not before {@code first}, not null
   * @return the absence
   * @throws IllegalArgumentException when the identifier is blank or {@code last} is before
   *     {@code first}
   */
  public static Absence of(String clinicianId, LeaveType type, LocalDate first, LocalDate last) {
    Bounds.name("clinicianId", Checks.notNull(clinicianId, "clinicianId"));
    Checks.notNull(type, "type");
    Checks.notNull(first, "first");
    Checks.notNull(last, "last");
    Checks.check(!last.isBefore(first), "last", "a date not before " + first, last);
    return new Absence(clinicianId, type, Range.closed(first, last));
  }

  /**
   * Returns the identifier of the absent clinician.
   *
   * @return the identifier
   */
  public String clinicianId() {
    return clinicianId;
  }

  /**
   * Returns the type of leave the absence places.
   *
   * @return the type
   */
  public LeaveType type() {
    return type;
  }

  /**
   * Returns the dates of the absence, first and last included.
   *
   * @return a closed range
   */
  public Range<LocalDate> dates() {
    return dates;
  }

  /**
   * Returns whether another object is the same absence.
   *
   * @param obj the other object
   * @return true for the same clinician, type and dates
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Absence
        && clinicianId.equals(((Absence) obj).clinicianId)
        && type.equals(((Absence) obj).type)
        && dates.equals(((Absence) obj).dates);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(clinicianId, type, dates);
  }

  /**
   * Returns the absence as text, such as {@code Absence[ot-2 Vacation 2026-08-03..2026-08-14]}.
   *
   * @return the absence as text
   */
  @Override
  public String toString() {
    return "Absence["
        + clinicianId
        + " "
        + type
        + " "
        + dates.lowerEndpoint()
        + ".."
        + dates.upperEndpoint()
        + "]";
  }
}

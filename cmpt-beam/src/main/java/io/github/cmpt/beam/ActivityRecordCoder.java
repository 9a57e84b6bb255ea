package io.github.cmpt.beam;

import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.jspecify.annotations.Nullable;

/**
 * The Beam coder of an {@link ActivityRecord} under some rules, version 1: the episode (an
 * {@code int} length and UTF-16 {@code char}s), the level ({@code byte} 0 for none, 1 and an
 * {@code int} index in the rules' levels, or 2 and its code, name, rank and criteria), the kind
 * and the role (an {@code int} index in the rules' lists, or -1 for one the rules do not name),
 * the minutes ({@code long}), the date ({@code long} epoch day) and the group size
 * ({@code byte} 0 for none, or 1 and an {@code int}).
 *
 * <p>A kind or role the rules do not name is decoded as one that they do not name either, so that
 * the record is rejected for the same reason; its name is not kept.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ActivityRecordCoder extends CustomCoder<ActivityRecord> {

  /** The version of the Java serialization of this object, which Beam sends to workers. */
  private static final long serialVersionUID = 1L;

  /** The rules, made again on each worker. */
  private final WorkerRules rules;
  private transient @Nullable ActivityKind otherKind;
  private transient @Nullable Role otherRole;

  private ActivityRecordCoder(RulesSupplier rules) {
    this.rules = new WorkerRules(rules);
  }

  /**
   * Returns the coder of records under some rules.
   *
   * @param rules the rules, not null
   * @return the coder
   */
  public static ActivityRecordCoder of(RulesSupplier rules) {
    return new ActivityRecordCoder(Objects.requireNonNull(rules, "rules"));
  }

  private EstimationRules rules() {
    EstimationRules r = rules.get();
    if (otherKind == null) {
      ActivityKind k = ActivityKind.of("Not among the rules' kinds");
      for (int i = 0; r.kinds().contains(k); i++) {
        k = ActivityKind.of("Not among the rules' kinds " + i);
      }
      Role o = Role.ofClinician("OTHER", "Not among the rules' roles");
      for (int i = 0; r.roles().contains(o); i++) {
        o = Role.ofClinician("OTHER" + i, "Not among the rules' roles");
      }
      otherRole = o;
      otherKind = k;
    }
    return r;
  }

  /**
   * Writes a record, without closing the stream.
   *
   * @param value the record, not null
   * @param out the stream, not null
   * @throws IOException when writing fails
   */
  @Override
  public void encode(ActivityRecord value, OutputStream out) throws IOException {
    EstimationRules r = rules();
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(value.episode().length());
    data.writeChars(value.episode());
    if (value.level().isEmpty()) {
      data.writeByte(0);
    } else {
      ComplexityLevel l = value.level().get();
      int at = r.levels().indexOf(l);
      if (at >= 0) {
        data.writeByte(1);
        data.writeInt(at);
      } else {
        data.writeByte(2);
        text(data, l.code());
        text(data, l.name());
        data.writeInt(l.rank());
        text(data, l.criteria());
      }
    }
    data.writeInt(r.kinds().indexOf(value.kind()));
    data.writeInt(r.roles().indexOf(value.role()));
    data.writeLong(value.minutes());
    data.writeLong(value.date().toEpochDay());
    if (value.groupSize().isPresent()) {
      data.writeByte(1);
      data.writeInt(value.groupSize().getAsInt());
    } else {
      data.writeByte(0);
    }
    data.flush();
  }

  /**
   * Reads a record.
   *
   * @param in the stream, not null
   * @return the record
   * @throws IOException when reading fails or the bytes are not a record of these rules
   */
  @Override
  public ActivityRecord decode(InputStream in) throws IOException {
    EstimationRules r = rules();
    DataInputStream data = new DataInputStream(in);
    int n = data.readInt();
    if (n < 1 || n > 1 << 20) {
      throw new StreamCorruptedException("Invalid value for identifier length: " + n);
    }
    StringBuilder id = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      id.append(data.readChar());
    }
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.episode(id.toString());
    int tag = data.readByte();
    if (tag == 1) {
      b.level(at(r.levels(), data.readInt(), "level"));
    } else if (tag == 2) {
      b.level(ComplexityLevel.of(text(data), text(data), data.readInt(), text(data)));
    } else if (tag != 0) {
      throw new StreamCorruptedException("Invalid value for level tag: " + tag);
    }
    int kind = data.readInt();
    b.kind(kind < 0 ? Objects.requireNonNull(otherKind) : at(r.kinds(), kind, "kind"));
    int role = data.readInt();
    b.role(role < 0 ? Objects.requireNonNull(otherRole) : at(r.roles(), role, "role"));
    b.minutes(data.readLong());
    b.date(LocalDate.ofEpochDay(data.readLong()));
    if (data.readByte() == 1) {
      b.groupSize(data.readInt());
    }
    return b.build();
  }

  private static <T> T at(List<T> values, int index, String what) throws IOException {
    if (index < 0 || index >= values.size()) {
      throw new StreamCorruptedException("Invalid value for " + what + " index: " + index);
    }
    return values.get(index);
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 20) {
      throw new StreamCorruptedException("Invalid value for text length: " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}

package io.github.cmpt.beam;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The Beam coder of an {@link EpisodeAccumulator}: its versioned serial form
 * ({@link EpisodeAccumulator#writeTo}, version {@value EpisodeAccumulator#SERIAL_VERSION}), read
 * back under the rules of a {@link RulesSupplier}. The form holds episode identifiers: it is
 * patient data wherever a runner stores it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class EpisodeAccumulatorCoder extends CustomCoder<EpisodeAccumulator> {

  /** The version of the Java serialization of this object, which Beam sends to workers. */
  private static final long serialVersionUID = 1L;

  /** The rules, made again on each worker. */
  private final WorkerRules rules;

  private EpisodeAccumulatorCoder(RulesSupplier rules) {
    this.rules = new WorkerRules(rules);
  }

  /**
   * Returns the coder of accumulators under some rules.
   *
   * @param rules the rules, not null
   * @return the coder
   */
  public static EpisodeAccumulatorCoder of(RulesSupplier rules) {
    return new EpisodeAccumulatorCoder(Objects.requireNonNull(rules, "rules"));
  }

  private EstimationRules rules() {
    return rules.get();
  }

  /**
   * Writes an accumulator in its serial form, without closing the stream.
   *
   * @param value the accumulator, not null
   * @param out the stream, not null
   * @throws IOException when writing fails
   */
  @Override
  public void encode(EpisodeAccumulator value, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    value.writeTo(data);
    data.flush();
  }

  /**
   * Reads an accumulator from its serial form.
   *
   * @param in the stream, not null
   * @return the accumulator
   * @throws IOException when reading fails or the form is not one this coder reads
   */
  @Override
  public EpisodeAccumulator decode(InputStream in) throws IOException {
    return EpisodeAccumulator.readFrom(new DataInputStream(in), rules());
  }
}

package io.github.cmpt.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Where a {@link CsvScanner} reads its characters: a {@link Reader}, or bytes decoded with a
 * decoder that reports bad input rather than replacing it.
 */
interface CharSource {

  /** Returned by {@link #read} at the end of the input. */
  int END = -1;

  /**
   * Returned by {@link #read} where the input has bytes that are not valid in its character set;
   * they are skipped, and the next call goes on after them.
   */
  int BAD_BYTES = -2;

  /**
   * Reads characters into {@code buf[off, off + len)}.
   *
   * @return the number read, at least 1, or {@link #END} or {@link #BAD_BYTES}
   */
  int read(char[] buf, int off, int len) throws IOException;

  /** Characters from a reader, decoded by its owner. */
  static CharSource of(Reader reader) {
    return reader::read;
  }

  /** Characters decoded from bytes, every malformed or unmappable sequence reported. */
  static CharSource of(ReadableByteChannel channel, Charset charset, long maxBytes) {
    return new Decoding(channel, charset, maxBytes);
  }

  /** A decoder of bytes from a channel, up to a number of bytes. */
  final class Decoding implements CharSource {
    private final ReadableByteChannel channel;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long remaining;
    private boolean endOfBytes;
    private boolean flushed;

    Decoding(ReadableByteChannel channel, Charset charset, long maxBytes) {
      this.channel = channel;
      this.decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.remaining = maxBytes;
      bytes.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (flushed) {
        return END;
      }
      CharBuffer out = CharBuffer.wrap(buf, off, len);
      while (true) {
        CoderResult r = decoder.decode(bytes, out, endOfBytes);
        int n = out.position() - off;
        if (r.isError()) {
          if (n > 0) {
            return n; // the characters before the bad bytes first
          }
          bytes.position(bytes.position() + r.length());
          return BAD_BYTES;
        }
        if (n > 0 && (r.isOverflow() || !endOfBytes || bytes.hasRemaining())) {
          return n;
        }
        if (endOfBytes) {
          if (!flushed) {
            decoder.flush(out);
            flushed = true;
          }
          n = out.position() - off;
          return n > 0 ? n : END;
        }
        fill();
      }
    }

    private void fill() throws IOException {
      bytes.compact();
      if (remaining < bytes.remaining()) {
        bytes.limit(bytes.position() + (int) remaining);
      }
      int got = bytes.hasRemaining() ? channel.read(bytes) : -1;
      if (got < 0) {
        endOfBytes = true;
      } else {
        remaining -= got;
        if (remaining == 0) {
          endOfBytes = true;
        }
      }
      bytes.limit(bytes.capacity());
      bytes.flip();
    }
  }
}

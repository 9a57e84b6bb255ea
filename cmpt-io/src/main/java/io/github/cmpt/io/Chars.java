package io.github.cmpt.io;

import java.util.Arrays;

/**
 * A reusable, growable buffer of characters seen as a {@link CharSequence}: the episode identifier
 * of the current row, handed to the accumulator without making a string of it.
 */
final class Chars implements CharSequence {

  private char[] chars = new char[32];
  private int length;

  void set(char[] buf, int off, int len) {
    if (len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(len, 2 * chars.length));
    }
    System.arraycopy(buf, off, chars, 0, len);
    length = len;
  }

  void clear() {
    length = 0;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}

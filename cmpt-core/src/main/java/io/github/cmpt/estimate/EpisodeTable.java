package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ComplexityLevel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing hash table of episodes keyed by identifier, looked up by any
 * {@link CharSequence} without making a {@link String} of it: a reader can pass a reused buffer,
 * and a string is made only when an episode is first seen.
 */
final class EpisodeTable {

  private @Nullable Episode[] slots = new Episode[64];
  private int size;

  int size() {
    return size;
  }

  /** Returns the hash of a text, the same as {@link String#hashCode()} of its characters. */
  static int hash(CharSequence id) {
    if (id instanceof String) {
      return id.hashCode();
    }
    int h = 0;
    for (int i = 0, n = id.length(); i < n; i++) {
      h = 31 * h + id.charAt(i);
    }
    return h;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Nullable Episode get(CharSequence id, int hash) {
    @Nullable Episode[] s = slots;
    int mask = s.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      Episode e = s[i];
      if (e == null) {
        return null;
      }
      if (e.hash == hash && sameText(e.id, id)) {
        return e;
      }
    }
  }

  /** Returns the episode with an identifier, adding one at a level when there is none. */
  Episode getOrAdd(CharSequence id, ComplexityLevel level) {
    int hash = hash(id);
    Episode e = get(id, hash);
    if (e == null) {
      e = new Episode(id.toString(), hash, level);
      put(e);
    }
    return e;
  }

  /** Adds an episode whose identifier is not in the table. */
  void put(Episode e) {
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    insert(slots, e);
    size++;
  }

  private static void insert(@Nullable Episode[] s, Episode e) {
    int mask = s.length - 1;
    int i = spread(e.hash) & mask;
    while (s[i] != null) {
      i = (i + 1) & mask;
    }
    s[i] = e;
  }

  private void grow() {
    @Nullable Episode[] bigger = new Episode[slots.length * 2];
    for (Episode e : slots) {
      if (e != null) {
        insert(bigger, e);
      }
    }
    slots = bigger;
  }

  /** Returns the episodes, in no particular order. */
  List<Episode> episodes() {
    List<Episode> out = new ArrayList<>(size);
    for (Episode e : slots) {
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean sameText(String a, CharSequence b) {
    if (b instanceof String) {
      return a.equals(b);
    }
    int n = a.length();
    if (n != b.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

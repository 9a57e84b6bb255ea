package io.github.cmpt.supply;

import io.github.cmpt.time.Hours;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a {@link TimeBreakdown} of one kind (leave or non-client), as an unmodifiable map
 * over two arrays: the keys, in the order first given, and the hours of each. Breakdowns derived
 * from one another (per period, per FTE, sums of breakdowns with the same keys) share the array of
 * keys, and a breakdown holds few lines, so a lookup is a scan.
 *
 * @param <K> the kind of line: {@code LeaveType} or {@code NonClientCategory}
 */
final class Lines<K> extends AbstractMap<K, Hours> {

  private static final Object[] NO_KEYS = new Object[0];
  private static final Hours[] NO_HOURS = new Hours[0];
  private static final Lines<?> EMPTY = new Lines<>(NO_KEYS, NO_HOURS);

  /** The keys, distinct; shared between breakdowns, never modified. */
  private final Object[] keys;
  /** The hours of each key; owned by this map, never modified once it is built. */
  private final Hours[] hours;

  private Lines(Object[] keys, Hours[] hours) {
    this.keys = keys;
    this.hours = hours;
  }

  /** Returns lines over keys and hours that nothing else modifies. */
  static <K> Lines<K> of(Object[] keys, Hours[] hours) {
    return new Lines<>(keys, hours);
  }

  /** Returns no lines. */
  @SuppressWarnings("unchecked")
  static <K> Lines<K> empty() {
    return (Lines<K>) EMPTY;
  }

  /** The keys, shared: not to be modified. */
  Object[] keys() {
    return keys;
  }

  /** The hours of the line at an index. */
  Hours hours(int index) {
    return hours[index];
  }

  /** Returns the index of a key, or -1. */
  int indexOf(@Nullable Object key) {
    Object[] k = keys;
    for (int i = 0; i < k.length; i++) {
      if (k[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the sum of the lines. */
  Hours total() {
    return Hours.sum(Arrays.asList(hours));
  }

  /** Returns these lines, each divided by a divisor, over the same keys. */
  Lines<K> dividedBy(io.github.cmpt.time.Fraction divisor) {
    if (keys.length == 0) {
      return this;
    }
    Hours[] out = new Hours[hours.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = hours[i].dividedBy(divisor);
    }
    return new Lines<>(keys, out);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable Hours get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : hours[i];
  }

  @Override
  public Hours getOrDefault(@Nullable Object key, Hours defaultValue) {
    int i = indexOf(key);
    return i < 0 ? defaultValue : hours[i];
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super Hours> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept((K) keys[i], hours[i]);
    }
  }

  @Override
  public Collection<Hours> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Hours> iterator() {
        return new At<>(hours.length) {
          @Override
          Hours at(int index) {
            return hours[index];
          }
        };
      }

      @Override
      public int size() {
        return hours.length;
      }

      @Override
      public void forEach(java.util.function.Consumer<? super Hours> action) {
        for (Hours h : hours) {
          action.accept(h);
        }
      }
    };
  }

  @Override
  public Set<K> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<K> iterator() {
        return new At<>(keys.length) {
          @Override
          @SuppressWarnings("unchecked")
          K at(int index) {
            return (K) keys[index];
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public boolean contains(@Nullable Object o) {
        return indexOf(o) >= 0;
      }
    };
  }

  @Override
  public Set<Map.Entry<K, Hours>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, Hours>> iterator() {
        return new At<>(keys.length) {
          @Override
          @SuppressWarnings("unchecked")
          Map.Entry<K, Hours> at(int index) {
            return new SimpleImmutableEntry<>((K) keys[index], hours[index]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  /** An iterator over the indexes of the lines, without removal. */
  private abstract static class At<T> implements Iterator<T> {
    private final int size;
    private int next;

    At(int size) {
      this.size = size;
    }

    abstract T at(int index);

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }
}

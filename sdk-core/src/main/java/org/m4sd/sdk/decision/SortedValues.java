package org.m4sd.sdk.decision;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A decision's values: an unmodifiable map with its keys in natural order, held in two arrays. Every decision
 * copies its values, most of them two or three; a tree map of them costs a node per value besides the map and its
 * unmodifiable view. Equal to, and hashed as, any map with the same entries.
 */
final class SortedValues extends AbstractMap<String, Object> implements SortedMap<String, Object> {
    private final String[] keys;
    private final Object[] values;

    private SortedValues(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The entries of {@code source}, each value passed through {@code normalise}; keys sorted whatever the source's
     * order. Rejects a null key or value and two keys that are equal.
     */
    static SortedValues copyOf(Map<String, Object> source, BiValueNormaliser normalise) {
        int size = source.size();
        Copy copy = new Copy(new String[size], new Object[size], normalise);
        source.forEach(copy);
        if (copy.count != size) {
            throw new IllegalArgumentException("values changed while they were copied");
        }
        String[] keys = copy.keys;
        Object[] values = copy.values;
        // most sources are sorted already (the engines report through sorted maps): sorted by insertion otherwise
        for (int i = 1; i < size; i++) {
            String key = keys[i];
            Object value = values[i];
            int j = i - 1;
            int order;
            while (j >= 0 && (order = keys[j].compareTo(key)) >= 0) {
                if (order == 0) {
                    throw new IllegalArgumentException("values has the key " + key + " twice");
                }
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
        return new SortedValues(keys, values);
    }

    /** The entries of a map as it hands them over, normalised, into two arrays. */
    private static final class Copy implements BiConsumer<String, Object> {
        final String[] keys;
        final Object[] values;
        final BiValueNormaliser normalise;
        int count;

        Copy(String[] keys, Object[] values, BiValueNormaliser normalise) {
            this.keys = keys;
            this.values = values;
            this.normalise = normalise;
        }

        @Override
        public void accept(String key, Object value) {
            if (key == null || value == null) {
                throw new NullPointerException("values contains a null key or value");
            }
            if (count == keys.length) {
                throw new IllegalArgumentException("values changed while they were copied");
            }
            keys[count] = key;
            values[count] = normalise.apply(key, value);
            count++;
        }
    }

    /** The value a key of the decision's values maps to, from the key and the value given. */
    @FunctionalInterface
    interface BiValueNormaliser {
        Object apply(String key, Object value);
    }

    private int indexOf(Object key) {
        return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
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
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? values[i] : null;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        if (keys.length == 0) {
            throw new NoSuchElementException();
        }
        return keys[0];
    }

    @Override
    public String lastKey() {
        if (keys.length == 0) {
            throw new NoSuchElementException();
        }
        return keys[keys.length - 1];
    }

    // Views of a range are rare: taken from a tree map of the same entries, unmodifiable as this map is.

    @Override
    public SortedMap<String, Object> subMap(String fromKey, String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<String, Object> headMap(String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<String, Object> tailMap(String fromKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }
}

package id.tertib.app;

/**
 * A set of longs without boxing (open addressing, linear probing), for the million keys of a machine import: a
 * {@code HashSet<Long>} of that size costs a second and tens of megabytes more. {@link Long#MIN_VALUE} cannot be stored.
 */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    LongSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds the key; false when it was there already. */
    boolean add(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("Long.MIN_VALUE cannot be stored");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                slots[i] = key;
                size++;
                return true;
            }
            if (slots[i] == key) {
                return false;
            }
        }
    }

    boolean contains(long key) {
        int mask = slots.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == key) {
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads keys that differ only in low bits
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }
}

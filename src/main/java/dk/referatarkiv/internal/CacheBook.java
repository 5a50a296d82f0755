package dk.referatarkiv.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The bookkeeping the archive's caches share (annotations, parses, entities): the entries a cache file was loaded
 * with, the entries asked for since (only those are saved, so entries of removed files drop out), and the hit and
 * miss counts. What an entry is, when it is still valid and how it is written stay with each cache. Thread-safe: the
 * caches are asked from parallel workers.
 *
 * @param <K> an entry's key
 * @param <V> an entry
 */
public final class CacheBook<K, V> {

    private final Map<K, V> stored;
    private final Map<K, V> used = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicBoolean replaced = new AtomicBoolean();

    /** @param stored the entries read from the cache file (not copied; not changed here) */
    public CacheBook(Map<K, V> stored) {
        this.stored = stored;
    }

    /**
     * The stored entry under {@code key} when {@code valid} accepts it (a hit, kept for saving); else {@code fresh}'s
     * (a miss), kept for saving when {@code keep} accepts it.
     */
    public V through(K key, Predicate<V> valid, Supplier<V> fresh, Predicate<V> keep) {
        V known = stored.get(key);
        if (known != null && valid.test(known)) {
            hits.incrementAndGet();
            used.put(key, known);
            return known;
        }
        misses.incrementAndGet();
        V made = fresh.get();
        if (keep.test(made)) {
            used.put(key, made);
        }
        return made;
    }

    /** The entry {@code key} was loaded with, if any, without asking for it (nothing is counted or kept). */
    public V stored(K key) {
        return stored.get(key);
    }

    /** Keeps {@code value} for saving under {@code key} in place of the entry asked for (a hit whose record changed). */
    public void replace(K key, V value) {
        used.put(key, value);
        replaced.set(true);
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /** How many entries the cache was loaded with. */
    public int size() {
        return stored.size();
    }

    /** How many entries a save would write now. */
    public int usedCount() {
        return used.size();
    }

    /** True when exactly the loaded entries were asked for, unchanged: saving would write the same file again. */
    public boolean unchanged() {
        return misses.get() == 0 && !replaced.get() && used.keySet().equals(stored.keySet());
    }

    /** The entries a save writes: those asked for since loading. */
    public Map<K, V> used() {
        return used;
    }
}

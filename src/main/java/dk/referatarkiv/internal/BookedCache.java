package dk.referatarkiv.internal;

/** A cache that keeps its entries' bookkeeping in a {@link CacheBook}: its counts, as the callers report them. */
public interface BookedCache {

    /** The cache's bookkeeping. */
    CacheBook<?, ?> book();

    default long hits() {
        return book().hits();
    }

    default long misses() {
        return book().misses();
    }

    /** How many entries the cache was loaded with. */
    default int size() {
        return book().size();
    }

    /** True when exactly the loaded entries were asked for, unchanged: saving would write the same file again. */
    default boolean unchanged() {
        return book().unchanged();
    }
}

package dk.referatarkiv.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and kept, for parts that some callers never ask for (the {@code index} command builds
 * the archive but asks no questions). Thread-safe: the value is made at most once.
 */
public final class Memoized<T> implements Supplier<T> {

    private Supplier<T> make;
    private volatile T value;

    public Memoized(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(make.get(), "made value");
                    make = null; // what it captured can go
                }
                made = value;
            }
        }
        return made;
    }
}

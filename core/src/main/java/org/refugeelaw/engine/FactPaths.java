package org.refugeelaw.engine;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The JSON path of every case-record object inserted into a session, so that rules can cite the facts they rely on.
 * Exposed to the rules as the global {@code paths}. One instance per session: not shared between threads.
 */
public final class FactPaths {
    private final Map<Object, String> paths = new IdentityHashMap<>();

    void register(Object fact, String path) {
        paths.put(fact, path);
    }

    /** The path of a fact, e.g. {@code $.activitiesAbroad[1]}. */
    public String of(Object fact) {
        String p = paths.get(fact);
        if (p == null) {
            throw new IllegalStateException("no path registered for a " + fact.getClass().getSimpleName());
        }
        return p;
    }

    /** The path of one field of a fact, e.g. {@code $.activitiesAbroad[1].authoritiesAware}. */
    public String of(Object fact, String field) {
        return of(fact) + "." + field;
    }
}

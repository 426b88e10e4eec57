package org.refugeelaw.engine;

import java.util.Collection;
import org.refugeelaw.model.Truth;

/** Kleene combinations over many values, for rules that aggregate. */
public final class Truths {
    private Truths() {
    }

    /** Established if one is, unknown if none is but one is unknown, otherwise not established (also when empty). */
    public static Truth any(Collection<Truth> values) {
        Truth result = Truth.NOT_ESTABLISHED;
        for (Truth t : values) {
            result = result.or(t);
        }
        return result;
    }

    /** The first value that is known, else unknown. */
    public static Truth firstKnown(Truth... values) {
        for (Truth t : values) {
            if (t != Truth.UNKNOWN) {
                return t;
            }
        }
        return Truth.UNKNOWN;
    }
}

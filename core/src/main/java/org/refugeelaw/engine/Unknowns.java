package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.Truth;

/** Helpers the rules use to name the facts they rely on and the unknown facts they wait on. */
public final class Unknowns {
    private Unknowns() {
    }

    /**
     * The paths, among pairs of (truth value, path), whose truth value is unknown. Example:
     * {@code Unknowns.among($d.withPermission(), "$.departure.withPermission")}.
     */
    public static List<String> among(Object... truthThenPath) {
        if (truthThenPath.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of (Truth, path) expected");
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < truthThenPath.length; i += 2) {
            if (truthThenPath[i] == Truth.UNKNOWN) {
                unknown.add((String) truthThenPath[i + 1]);
            }
        }
        return unknown;
    }

    /** The missing facts of several findings, each named once, in the order the findings name them. */
    public static List<String> missingOf(List<?> findings) {
        List<String> missing = new ArrayList<>();
        for (Object o : findings) {
            for (String m : ((Finding) o).missing()) {
                if (!missing.contains(m)) {
                    missing.add(m);
                }
            }
        }
        return missing;
    }

    /** Concatenates lists of paths, keeping the first occurrence of each. */
    @SafeVarargs
    public static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            for (String s : l) {
                if (!all.contains(s)) {
                    all.add(s);
                }
            }
        }
        return all;
    }

    /** A path for a destination the case record does not list, in JSONPath filter syntax. */
    public static String destination(String country, String field) {
        return "$.destinations[?(@.country=='" + country + "')]." + field;
    }
}

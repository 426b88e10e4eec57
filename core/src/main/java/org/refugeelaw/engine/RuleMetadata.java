package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.refugeelaw.assessment.Criterion;

/**
 * The {@code @criterion} and {@code @legalBasis} metadata of each rule, parsed once when the rules are loaded rather
 * than for every assessment. Immutable after construction, so shared by all threads. A rule it does not know (none,
 * in practice) is parsed on the spot, with the same result.
 */
public final class RuleMetadata {
    /** No rules known in advance: everything is parsed on the spot. */
    public static final RuleMetadata NONE = new RuleMetadata(List.of());

    private record Parsed(List<Criterion> criteria, List<String> legalBasis) {
    }

    private final Map<Rule, Parsed> parsed = new IdentityHashMap<>();

    RuleMetadata(Collection<Rule> rules) {
        for (Rule r : rules) {
            parsed.put(r, parse(r));
        }
    }

    private Parsed get(Rule r) {
        Parsed p = parsed.get(r);
        return p != null ? p : parse(r);
    }

    /** The criteria named by the rule's {@code @criterion} (comma- or semicolon-separated), in order. */
    public List<Criterion> criteria(Rule r) {
        return get(r).criteria();
    }

    /** The citations of the rule's {@code @legalBasis}, split at semicolons, stripped, without empties. */
    public List<String> legalBasis(Rule r) {
        return get(r).legalBasis();
    }

    private static Parsed parse(Rule r) {
        List<Criterion> criteria = new ArrayList<>();
        Object crit = r.getMetaData().get(AssessmentAssembler.CRITERION);
        if (crit != null) {
            for (String name : String.valueOf(crit).split("[,;]")) {
                criteria.add(Criterion.valueOf(name.strip()));
            }
        }
        Set<String> basis = new LinkedHashSet<>();
        Object lb = r.getMetaData().get(AssessmentAssembler.LEGAL_BASIS);
        if (lb != null) {
            Arrays.stream(String.valueOf(lb).split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(basis::add);
        }
        return new Parsed(List.copyOf(criteria), List.copyOf(basis));
    }
}

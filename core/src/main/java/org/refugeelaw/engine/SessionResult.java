package org.refugeelaw.engine;

import java.util.List;
import org.kie.api.definition.rule.Rule;

/** What one session derived: every object a rule inserted that is still justified, and the rules that fired. */
public record SessionResult(List<Derived> derived, List<Rule> fired) {
    public SessionResult {
        derived = List.copyOf(derived);
        fired = List.copyOf(fired);
    }

    /** An object a rule inserted, with that rule. */
    public record Derived(Object object, Rule rule) {
    }
}

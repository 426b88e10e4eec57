package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Which rule stands behind each fact the rules derived in one session, and which rules fired: what an explanation
 * cites. Listens to a session from before its facts are inserted; {@link #result} reads it after it has fired.
 *
 * <p>A logically inserted fact can be justified by more than one rule: rule A inserts it, then rule B inserts an equal
 * one, which only adds B's justification (no insertion event). If A's conditions later stop holding, truth maintenance
 * withdraws A's justification and the fact stands on B's alone. The fact is therefore attributed to a rule that
 * justifies it when the session ends (the first inserter where it still does), read from the truth-maintenance belief
 * set, never to a rule whose justification was withdrawn.
 */
final class Provenance {
    private final Map<Object, Rule> insertedBy = new IdentityHashMap<>();
    private final List<Rule> fired = new ArrayList<>();

    private Provenance() {
    }

    /** Starts listening to the session. */
    static Provenance listen(KieSession session) {
        Provenance p = new Provenance();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    p.insertedBy.put(event.getObject(), event.getRule());
                }
            }
        });
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                p.fired.add(event.getMatch().getRule());
            }
        });
        return p;
    }

    /** The derived facts standing in the session, each with its rule, and the rules that support the result. */
    SessionResult result(KieSession session) {
        List<SessionResult.Derived> derived = new ArrayList<>();
        Set<Rule> standing = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FactHandle h : session.getFactHandles()) {
            Object o = ((InternalFactHandle) h).getObject();
            Rule first = insertedBy.get(o);
            if (first == null) {
                continue; // inserted by the caller, not derived
            }
            List<Rule> justifiers = justifiers((InternalFactHandle) h);
            Rule rule = justifiers.isEmpty() || justifiers.contains(first) ? first : justifiers.get(0);
            derived.add(new SessionResult.Derived(o, rule));
            standing.add(rule);
            standing.addAll(justifiers);
        }
        // A rule whose every insertion was later withdrawn (its conditions stopped holding, and truth maintenance
        // retracted what it inserted) supports nothing in the result: it is not reported as fired. Which rules fire
        // transiently depends on the agenda's order, so keeping them would make the explanation depend on the build.
        // A rule that inserted nothing of its own (for example an equal fact already justified) still counts.
        Set<Rule> inserting = Collections.newSetFromMap(new IdentityHashMap<>());
        inserting.addAll(insertedBy.values());
        List<Rule> supporting = fired.stream().filter(r -> !inserting.contains(r) || standing.contains(r)).toList();
        return new SessionResult(derived, supporting);
    }

    /** The rules whose logical insertions justify the fact now, in the order they were added; empty if it is stated. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Rule> justifiers(InternalFactHandle handle) {
        EqualityKey key = handle.getEqualityKey();
        if (!(key instanceof TruthMaintenanceSystemEqualityKey tms) || tms.getBeliefSet() == null) {
            return List.of();
        }
        BeliefSet beliefs = tms.getBeliefSet();
        List<Rule> rules = new ArrayList<>();
        for (SimpleMode m = (SimpleMode) beliefs.getFirst(); m != null; m = m.getNext()) {
            LogicalDependency<SimpleMode> dependency = m.getObject();
            if (dependency != null && dependency.getJustifier() != null) {
                Rule r = dependency.getJustifier().getRule();
                if (!rules.contains(r)) {
                    rules.add(r);
                }
            }
        }
        return rules;
    }
}

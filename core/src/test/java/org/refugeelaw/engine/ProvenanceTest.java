package org.refugeelaw.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.not;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The rule an explanation cites for a derived fact is one that justifies it when the session ends. Three rules, in
 * salience order: A derives a conclusion while no blocker exists; B derives an equal conclusion (truth maintenance only
 * adds B's justification); C inserts a blocker, which withdraws A's justification. The conclusion stands on B alone,
 * and B, not A, is cited; A, whose only insertion now stands on another rule's justification, is still shown as fired
 * only if the conclusion still rests on it.
 */
class ProvenanceTest {
    record Conclusion(String what) {
    }

    record Blocker() {
    }

    private static KieBase base(boolean blockerArrives) {
        Variable<Integer> start = declarationOf(Integer.class);
        Variable<String> second = declarationOf(String.class);
        Variable<Blocker> blocker = declarationOf(Blocker.class);
        Rule a = rule("A derives the conclusion while nothing blocks it").attribute(Rule.Attribute.SALIENCE, 30)
                .build(pattern(start), not(pattern(blocker)),
                        on(start).execute((drools, s) -> drools.logicalInsert(new Conclusion("x"))));
        Rule b = rule("B derives the same conclusion").attribute(Rule.Attribute.SALIENCE, 20)
                .build(pattern(second), on(second).execute((drools, s) -> drools.logicalInsert(new Conclusion("x"))));
        Rule c = rule("C blocks A").attribute(Rule.Attribute.SALIENCE, 10)
                .build(pattern(second), on(second).execute((drools, s) -> {
                    if (blockerArrives) {
                        drools.insert(new Blocker());
                    }
                }));
        return KieBaseBuilder.createKieBaseFromModel(new ModelImpl().addRule(a).addRule(b).addRule(c));
    }

    private static SessionResult run(boolean blockerArrives) {
        KieSession session = base(blockerArrives).newKieSession();
        try {
            Provenance p = Provenance.listen(session);
            session.insert(1);
            session.insert("go");
            session.fireAllRules();
            return p.result(session);
        } finally {
            session.dispose();
        }
    }

    private static String ruleOf(SessionResult r, Object fact) {
        return r.derived().stream().filter(d -> d.object().equals(fact)).map(d -> d.rule().getName()).findFirst()
                .orElseThrow();
    }

    @Test
    void aConclusionWhoseFirstJustificationWasWithdrawnIsCitedWithTheRuleThatStillJustifiesIt() {
        SessionResult r = run(true);
        assertThat(r.derived()).extracting(SessionResult.Derived::object).containsExactlyInAnyOrder(new Conclusion("x"),
                new Blocker());
        assertThat(ruleOf(r, new Conclusion("x"))).isEqualTo("B derives the same conclusion");
        assertThat(r.fired()).extracting(org.kie.api.definition.rule.Rule::getName)
                .doesNotContain("A derives the conclusion while nothing blocks it")
                .contains("B derives the same conclusion");
    }

    @Test
    void whileTheFirstJustificationHoldsTheFirstRuleIsCited() {
        SessionResult r = run(false);
        assertThat(ruleOf(r, new Conclusion("x"))).isEqualTo("A derives the conclusion while nothing blocks it");
        assertThat(r.fired()).extracting(org.kie.api.definition.rule.Rule::getName)
                .contains("A derives the conclusion while nothing blocks it", "B derives the same conclusion");
    }
}

// messages: converted (issue 14: catalog family "familyFacts", see docs/messages.md)
package org.refugeelaw.engine;

import org.refugeelaw.assessment.Message;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Treaties;
import org.refugeelaw.model.Truth;

/**
 * The facts of issue 17 (family unity, children, statelessness) as the rules read them: the child and family sections
 * of the record, whether the person is a child, and whether the host is bound by the Convention on the Rights of the
 * Child and the 1954 Convention relating to the Status of Stateless Persons.
 */
public final class FamilyFacts {
    private FamilyFacts() {
    }

    /**
     * Whether the person is a child (under 18: CRC art. 1), and the fact that says so. The date of birth decides where
     * it is recorded (personal data: only the age at the assessment date is derived, and never logged), else the age,
     * else {@code child.minor}.
     *
     * @param minor   established, not established or unknown
     * @param fact    the path of the deciding fact, or null where nothing is recorded
     * @param missing the paths to supply where it is unknown
     * @param raised  whether anything in the record raises the question (a date of birth or a child section)
     * @param lesserHarmsSeriousForChild the record's finding {@code child.lesserHarmsSeriousForChild}
     */
    public record Childhood(Truth minor, String fact, List<String> missing, boolean raised,
                            Truth lesserHarmsSeriousForChild) {
        public Childhood {
            missing = List.copyOf(missing);
        }

        /** Whether the person is a child, from the record. */
        public static Childhood of(CaseRecord c) {
            LocalDate birth = c.person().dateOfBirth();
            CaseRecord.Child k = c.child();
            Truth serious = k == null ? Truth.UNKNOWN : k.lesserHarmsSeriousForChild();
            boolean raised = birth != null || k != null;
            if (birth != null && c.assessmentDate() != null && !birth.isAfter(c.assessmentDate())) {
                boolean child = Period.between(birth, c.assessmentDate()).getYears() < 18;
                return new Childhood(child ? Truth.ESTABLISHED : Truth.NOT_ESTABLISHED, "$.person.dateOfBirth",
                        List.of(), raised, serious);
            }
            if (k != null && k.age() != null) {
                return new Childhood(k.age() < 18 ? Truth.ESTABLISHED : Truth.NOT_ESTABLISHED, "$.child.age",
                        List.of(), raised, serious);
            }
            if (k != null && k.minor() != Truth.UNKNOWN) {
                return new Childhood(k.minor(), "$.child.minor", List.of(), raised, serious);
            }
            return new Childhood(Truth.UNKNOWN, null,
                    List.of("$.person.dateOfBirth", "$.child.age", "$.child.minor"), raised, serious);
        }

        /**
         * Whether lesser harms are persecution for this person: the finding for the person at the adult threshold
         * (HB 54-55), or, for a child, the lower threshold weighed from the child's perspective (GIP No. 8), in
         * Kleene's disjunction. The lower threshold is a question only where the record raises minority (a date of
         * birth or a child section): where nothing indicates a child, the finding for the person stands alone.
         *
         * @return the severity, naming the deciding fact (or the unknown one it waits on)
         */
        public HarmSeverity severity(Risk risk, Truth adult, String adultFact) {
            if (!raised || minor == Truth.NOT_ESTABLISHED) {
                return new HarmSeverity(risk, adult, adultFact);
            }
            Truth child = minor.and(lesserHarmsSeriousForChild);
            Truth t = adult.or(child);
            String fact;
            if (t == Truth.ESTABLISHED) {
                fact = adult == Truth.ESTABLISHED ? adultFact : "$.child.lesserHarmsSeriousForChild";
            } else if (t == Truth.NOT_ESTABLISHED || adult == Truth.UNKNOWN) {
                fact = adultFact;
            } else {
                fact = lesserHarmsSeriousForChild == Truth.UNKNOWN ? "$.child.lesserHarmsSeriousForChild"
                        : missing.isEmpty() ? "$.child.minor" : missing.get(missing.size() - 1);
            }
            return new HarmSeverity(risk, t, fact);
        }

        /** The facts relied on (the deciding fact, if any). */
        public List<String> facts() {
            return fact == null ? List.of() : List.of(fact);
        }
    }

    /**
     * Whether an instrument binds the host state on the assessment date, from the treaty data.
     *
     * @param binds    established for a party in force, not established for a signatory or a state not party,
     *                 unknown where the treaty data say nothing or lack the in-force date
     * @param citation the entry's citation, or why it is unknown
     * @param fact     the treaty-data reference ({@code treaty:CN/CRC})
     */
    public record HostTreaty(Instrument instrument, Truth binds, Message citation, String fact) {
        static HostTreaty of(Instrument instrument, String host, List<Treaties.Party> asAt) {
            String fact = "treaty:" + host + "/" + instrument;
            for (Treaties.Party p : asAt) {
                if (p.instrument() == instrument) {
                    return switch (p.status()) {
                        case PARTY -> new HostTreaty(instrument, Truth.ESTABLISHED,
                                Message.of("familyFacts.treaty.party", p.citation()), fact);
                        case SIGNATORY -> new HostTreaty(instrument, Truth.NOT_ESTABLISHED,
                                Message.of("familyFacts.treaty.signatory", instrument.title(), p.source()), fact);
                        case NOT_PARTY -> new HostTreaty(instrument, Truth.NOT_ESTABLISHED, p.note() == null
                                ? Message.of("familyFacts.treaty.notParty", instrument.title(), p.source())
                                : Message.of("familyFacts.treaty.notPartyNoted", instrument.title(), p.note(),
                                        p.source()), fact);
                        case UNKNOWN -> new HostTreaty(instrument, Truth.UNKNOWN,
                                Message.of("familyFacts.treaty.unknown", instrument.title(), String.valueOf(p.note())),
                                fact);
                    };
                }
            }
            // The reference reads treaties.json, a space, host/instrument (e.g. treaties.json: CN/CRC).
            return new HostTreaty(instrument, Truth.UNKNOWN,
                    Message.of("familyFacts.treaty.noData", Message.country(host), instrument.title()),
                    "treaties.json:" + " " + host + "/" + instrument);
        }
    }

    static void insertAll(KieSession s, FactPaths paths, CaseRecord c, List<Treaties.Party> asAt) {
        if (c.child() != null) {
            insert(s, paths, c.child(), "$.child");
        }
        if (c.family() != null) {
            insert(s, paths, c.family(), "$.family");
        }
        insert(s, paths, Childhood.of(c), "$.child");
        for (Instrument i : List.of(Instrument.CRC, Instrument.STATELESS_1954)) {
            insert(s, paths, HostTreaty.of(i, c.hostState(), asAt), "treaty:" + c.hostState() + "/" + i);
        }
    }

    private static void insert(KieSession s, FactPaths paths, Object fact, String path) {
        paths.register(fact, path);
        s.insert(fact);
    }
}

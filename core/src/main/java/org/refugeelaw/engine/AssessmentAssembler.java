package org.refugeelaw.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.BarFinding;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnFinding;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.SurPlaceCause;
import org.refugeelaw.assessment.Tier;
import org.refugeelaw.model.CaseRecord;

/**
 * Turns what the rules inserted into an {@link Assessment}. It derives nothing of its own: every status, reason and
 * fact comes from a typed fact a rule inserted, and every legal basis from the metadata of that rule.
 */
public final class AssessmentAssembler {
    /** Rule metadata key for the legal basis: one or more citations separated by semicolons. */
    public static final String LEGAL_BASIS = "legalBasis";
    /** Rule metadata key for the criterion a rule decides or supports. */
    public static final String CRITERION = "criterion";

    private AssessmentAssembler() {
    }

    public static Assessment assemble(CaseRecord c, SessionResult result, String libraryVersion, String frame,
                                      String ruleSetHash, String inputHash) {
        return assemble(c, result, libraryVersion, frame, ruleSetHash, inputHash, RuleMetadata.NONE);
    }

    /** As above, with the rules' metadata parsed in advance (see {@link RuleEngine#metadata()}). */
    public static Assessment assemble(CaseRecord c, SessionResult result, String libraryVersion, String frame,
                                      String ruleSetHash, String inputHash, RuleMetadata meta) {
        return assemble(c, result, libraryVersion, frame, ruleSetHash, inputHash, meta,
                java.util.function.UnaryOperator.identity());
    }

    /**
     * As above, with every reason, instrument and legal basis shown as the frame cites it on the case's date
     * ({@link Citations#at}: under the EU frame, Regulation (EU) 2024/1347 from 1 July 2026).
     */
    public static Assessment assemble(CaseRecord c, SessionResult result, String libraryVersion, String frame,
                                      String ruleSetHash, String inputHash, RuleMetadata meta,
                                      java.util.function.UnaryOperator<String> cite) {
        List<Finding> findings = new ArrayList<>();
        Map<Finding, Rule> ruleOf = new java.util.IdentityHashMap<>();
        List<DeterminationFact> determinations = new ArrayList<>();
        Map<DeterminationFact, Rule> determinationRule = new java.util.IdentityHashMap<>();
        Map<String, ReturnDecision> decisions = new TreeMap<>();
        Map<ReturnDecision, Rule> decisionRule = new java.util.IdentityHashMap<>();
        List<SurPlaceTrigger> triggers = new ArrayList<>();
        List<DatedSource> dated = new ArrayList<>();
        Set<String> gaps = new TreeSet<>();
        for (SessionResult.Derived d : result.derived()) {
            if (d.object() instanceof DatedSource ds) {
                dated.add(ds);
                continue;
            }
            if (d.object() instanceof CountryInformationGap g) {
                gaps.add(g.country());
                continue;
            }
            if (d.object() instanceof Finding f) {
                findings.add(f);
                ruleOf.put(f, d.rule());
            } else if (d.object() instanceof DeterminationFact df) {
                determinations.add(df);
                determinationRule.put(df, d.rule());
            } else if (d.object() instanceof ReturnDecision rd) {
                ReturnDecision previous = decisions.put(rd.destination(), rd);
                if (previous != null) {
                    throw new IllegalStateException("Two return decisions for " + rd.destination() + ": rules "
                            + decisionRule.get(previous).getName() + " and " + d.rule().getName());
                }
                decisionRule.put(rd, d.rule());
            } else if (d.object() instanceof SurPlaceTrigger t) {
                triggers.add(t);
            }
        }
        checkOneFindingPerCriterionAndSubject(findings, ruleOf);
        Set<Rule> deciding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        deciding.addAll(ruleOf.values());

        Map<Criterion, List<Rule>> firedByCriterion = new java.util.EnumMap<>(Criterion.class);
        for (Rule r : result.fired()) {
            for (Criterion criterion : meta.criteria(r)) {
                firedByCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(r);
            }
        }

        findings.sort(Comparator.comparing(Finding::criterion).thenComparing(Finding::subject));
        dated.sort(Comparator.comparing(DatedSource::id));
        Map<String, org.refugeelaw.assessment.Message> notes = new java.util.HashMap<>();
        List<CriterionFinding> criteria = new ArrayList<>();
        List<ProceduralFinding> procedure = new ArrayList<>();
        Map<String, List<BarFinding>> bars = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Finding f : findings) {
            List<Rule> rules = rulesFor(f, ruleOf.get(f), firedByCriterion, deciding);
            List<String> ruleNames = rules.stream().map(Rule::getName).distinct().toList();
            List<String> basis = Citations.all(cite, legalBasis(rules, meta));
            org.refugeelaw.assessment.Message reason = Citations.message(cite, f.reason());
            List<String> instruments = Citations.all(cite, f.instruments());
            if (f.status() == Status.UNDETERMINED) {
                unknown.addAll(f.missing());
            }
            if (f.criterion().tier() == Tier.NON_REFOULEMENT) {
                boolean absolute = f.criterion() != Criterion.NON_REFOULEMENT_33
                        && f.criterion() != Criterion.SUBSIDIARY_PROTECTION_BAR;
                bars.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(new BarFinding(f.criterion(),
                        f.status(), instruments, absolute, reasons(reason, f, dated, notes), f.facts(), f.missing(),
                        ruleNames, basis));
            } else if (!f.subject().isEmpty()) {
                procedure.add(new ProceduralFinding(f.criterion(), f.subject(), f.status(),
                        reasons(reason, f, dated, notes), f.facts(), f.missing(), ruleNames, basis));
            } else {
                // A finding that carries its instruments (issue 16 point 2: the frame's own statute, read from the
                // frame's data) takes them as its legal basis: the deciding rules' @legalBasis lists the statutes of
                // every frame the rule serves, the finding's instruments the one that applies.
                List<String> withInstruments = instruments.isEmpty() ? basis : instruments;
                criteria.add(new CriterionFinding(f.criterion(), f.status(), reasons(reason, f, dated, notes),
                        f.facts(), f.missing(), ruleNames, withInstruments));
            }
        }

        List<ReturnFinding> returns = new ArrayList<>();
        for (Map.Entry<String, List<BarFinding>> e : bars.entrySet()) {
            ReturnDecision rd = decisions.get(e.getKey());
            if (rd == null) {
                throw new IllegalStateException("No return decision for " + e.getKey());
            }
            // The rules reason in Kleene's three-valued logic, which is monotone: a status they reach with some
            // facts unknown stays the same whatever those facts turn out to be. A bar pending the determination of
            // refugee status is by its nature provisional: the determination turns it into barred or not barred.
            returns.add(new ReturnFinding(e.getKey(), rd.status(), e.getValue(), List.of(Citations.message(cite, rd.reason())),
                    rd.status() == ReturnStatus.BARRED || rd.status() == ReturnStatus.NOT_BARRED));
        }

        if (determinations.size() != 1) {
            throw new IllegalStateException("Expected exactly one determination, the rules produced "
                    + determinations.stream().map(d -> determinationRule.get(d).getName()).toList());
        }
        DeterminationFact df = determinations.get(0);
        Rule dr = determinationRule.get(df);
        List<SurPlaceCause> causes = new ArrayList<>();
        if (df.basis() == RefugeeBasis.SUR_PLACE) {
            // A total order: two triggers can rest on the same fact (unauthorised exit and unauthorised stay abroad
            // both on $.departure.withPermission), and the rules may insert them in either order.
            triggers.sort(Comparator.comparing(SurPlaceTrigger::criterion).thenComparing(SurPlaceTrigger::fact)
                    .thenComparing(SurPlaceTrigger::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                    // last, the message's key and arguments (never rendered in the engine): for two acts on one fact
                    // the conduct's constant, in the order its English term had
                    .thenComparing(t -> t.message().toString()));
            for (SurPlaceTrigger t : triggers) {
                Long days = t.date() != null && c.departure().date() != null
                        ? ChronoUnit.DAYS.between(c.departure().date(), t.date()) : null;
                causes.add(new SurPlaceCause(t.criterion(), Citations.message(cite, t.message()), t.date(), days,
                        t.fact()));
            }
        }
        Determination determination = new Determination(df.status(), df.basis(), causes, df.decidedBy(),
                List.of(Citations.message(cite, df.reason())), List.of(dr.getName()),
                Citations.all(cite, legalBasis(List.of(dr), meta)));
        return new Assessment(c.caseId(), libraryVersion, frame, ruleSetHash, inputHash, determination, criteria,
                returns, procedure, new ArrayList<>(unknown), List.of(), List.of(), List.of(), new ArrayList<>(gaps));
    }

    /**
     * The finding's reason, then one note naming the country-information entries it relies on whose sources are more
     * than five years old at the assessment date, with those sources (in a stable order).
     */
    private static List<org.refugeelaw.assessment.Message> reasons(
            org.refugeelaw.assessment.Message reason, Finding f, List<DatedSource> dated,
            Map<String, org.refugeelaw.assessment.Message> notes) {
        if (dated.isEmpty()) {
            return List.of(reason);
        }
        // dated is sorted by identifier (once, in assemble); the note is the same for every finding relying on the
        // same entries, so it is made once per set of entries (issue 15: it was most of the assembler's work).
        List<DatedSource> relied = new ArrayList<>(2);
        StringBuilder key = new StringBuilder();
        for (DatedSource d : dated) {
            for (String fact : f.facts()) {
                if (d.reliedOnBy(fact)) {
                    relied.add(d);
                    key.append(d.id()).append('\n');
                    break;
                }
            }
        }
        return relied.isEmpty() ? List.of(reason)
                : List.of(reason, notes.computeIfAbsent(key.toString(), k -> DatedSource.note(relied)));
    }

    private static void checkOneFindingPerCriterionAndSubject(List<Finding> findings, Map<Finding, Rule> ruleOf) {
        Map<CriterionAndSubject, Finding> seen = new java.util.HashMap<>();
        for (Finding f : findings) {
            Finding previous = seen.put(new CriterionAndSubject(f.criterion(), f.subject()), f);
            if (previous != null) {
                throw new IllegalStateException("Rules disagree on " + f.criterion()
                        + (f.subject().isEmpty() ? "" : " for " + f.subject()) + ": '" + ruleOf.get(previous).getName()
                        + "' found " + previous.status() + ", '" + ruleOf.get(f).getName() + "' found " + f.status());
            }
        }
    }

    private record CriterionAndSubject(Criterion criterion, String subject) {
    }

    private static List<Rule> rulesFor(Finding f, Rule inserting, Map<Criterion, List<Rule>> firedByCriterion,
                                       Set<Rule> deciding) {
        Set<Rule> rules = new LinkedHashSet<>();
        if (f.status() == Status.NOT_APPLICABLE) {
            // Nothing supported a finding that the criterion does not apply; only the rule that said so counts.
            return List.of(inserting);
        }
        // Supporting rules first (those that derived what the deciding rule used, tagged with the same
        // @criterion), then the rule that inserted the finding.
        for (Rule r : firedByCriterion.getOrDefault(f.criterion(), List.of())) {
            if (!deciding.contains(r)) {
                rules.add(r);
            }
        }
        rules.add(inserting);
        return new ArrayList<>(rules);
    }

    static List<String> legalBasis(List<Rule> rules) {
        return legalBasis(rules, RuleMetadata.NONE);
    }

    static List<String> legalBasis(List<Rule> rules, RuleMetadata meta) {
        if (rules.size() == 1) {
            return new ArrayList<>(meta.legalBasis(rules.get(0)));
        }
        Set<String> basis = new LinkedHashSet<>();
        for (Rule r : rules) {
            basis.addAll(meta.legalBasis(r));
        }
        return new ArrayList<>(basis);
    }

}

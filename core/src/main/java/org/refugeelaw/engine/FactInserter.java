package org.refugeelaw.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Treaties;

/** Puts a case record, the relevant country information, the host state's treaties and the frame into a session. */
final class FactInserter {
    private FactInserter() {
    }

    static void insertAll(KieSession s, FactPaths paths, CaseRecord c, CountryInformation ci, Treaties treaties,
                          FramePolicy frame) {
        insert(s, paths, c, "$");
        insert(s, paths, c.person(), "$.person");
        indexed(s, paths, c.person().nationalities(), "$.person.nationalities");
        insert(s, paths, c.departure(), "$.departure");
        insert(s, paths, c.stayAbroad(), "$.stayAbroad");
        insert(s, paths, c.claim(), "$.claim");
        indexed(s, paths, c.activitiesAbroad(), "$.activitiesAbroad");
        indexed(s, paths, c.eventsAfterDeparture(), "$.eventsAfterDeparture");
        indexed(s, paths, c.destinations(), "$.destinations");
        for (int i = 0; i < c.destinations().size(); i++) {
            CaseRecord.Destination d = c.destinations().get(i);
            indexed(s, paths, d.grounds(), "$.destinations[" + i + "].grounds");
            if (d.prosecution() != null) {
                insert(s, paths, d.prosecution(), "$.destinations[" + i + "].prosecution");
            }
        }
        indexed(s, paths, c.settlement(), "$.settlement");
        insert(s, paths, c.cessation(), "$.cessation");
        insert(s, paths, c.exclusion(), "$.exclusion");
        indexed(s, paths, c.exclusion().crimes(), "$.exclusion.crimes");
        insert(s, paths, c.procedure(), "$.procedure");
        insert(s, paths, c.credibility(), "$.credibility");
        // issue 17 points 4-7 (protection)
        insert(s, paths, c.entry(), "$.entry");
        insert(s, paths, c.detention(), "$.detention");
        insert(s, paths, c.trafficking(), "$.trafficking");
        insert(s, paths, c.supportOnReturn(), "$.supportOnReturn");

        // Only the country information that can matter to this case: the countries it names.
        Set<String> countries = new HashSet<>();
        countries.add(c.countryOfOrigin());
        countries.add(c.hostState());
        countries.add(c.currentCountry());
        c.person().nationalities().forEach(n -> countries.add(n.country()));
        c.destinations().forEach(d -> countries.add(d.country()));
        c.settlement().forEach(st -> countries.add(st.country()));
        for (CountryInformation.Condition k : ci.conditions()) {
            if (countries.contains(k.country())) {
                insert(s, paths, k, "country:" + k.id());
            }
        }
        for (CountryInformation.NationalityPractice n : ci.nationality()) {
            if (countries.contains(n.country())) {
                insert(s, paths, n, "country:" + n.id());
            }
        }
        // Treaty obligations as at the assessment date: an instrument binds only while it is in force for the host.
        java.util.List<Treaties.Party> asAt = new java.util.ArrayList<>();
        for (Treaties.Party p : treaties.parties()) {
            if (p.state().equals(c.hostState())) {
                Treaties.Party q = p.asAt(c.assessmentDate());
                asAt.add(q);
                insert(s, paths, q, "treaty:" + p.state() + "/" + p.instrument());
            }
        }
        // Abolition of the death penalty by the host, by treaty or in its own law (only where treaty data exist).
        if (!asAt.isEmpty()) {
            Treaties.HostState law = treaties.hostStates().stream().filter(h -> h.state().equals(c.hostState()))
                    .findFirst().orElse(null);
            DeathPenaltyAbolition ab = DeathPenaltyAbolition.of(c.hostState(), asAt, law, c.assessmentDate());
            insert(s, paths, ab, "host:" + c.hostState() + "/deathPenaltyAbolition");
        }
        FamilyFacts.insertAll(s, paths, c, asAt);
        insert(s, paths, frame, "frame:" + frame.id());
    }

    private static void insert(KieSession s, FactPaths paths, Object fact, String path) {
        paths.register(fact, path);
        s.insert(fact);
    }

    private static void indexed(KieSession s, FactPaths paths, List<?> facts, String path) {
        for (int i = 0; i < facts.size(); i++) {
            insert(s, paths, facts.get(i), path + "[" + i + "]");
        }
    }
}

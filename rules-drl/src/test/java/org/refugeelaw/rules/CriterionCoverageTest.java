package org.refugeelaw.rules;

import static org.refugeelaw.rules.RuleTestSupport.danian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.refugeelaw.rules.RuleTestSupport.assertFinding;
import static org.refugeelaw.rules.RuleTestSupport.lawfulNorthKoreanInChina;
import static org.refugeelaw.rules.RuleTestSupport.nationalOf;
import static org.refugeelaw.rules.RuleTestSupport.northKoreanInChina;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refugeelaw.api.Frame;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.rules.RuleTestSupport.CaseBuilder;

/**
 * Every criterion decided by the inclusion, sur place and risk rule files reaches each of MET, NOT_MET and
 * UNDETERMINED on some representative case (one case per pair, the same facts the per-file tests use).
 */
class CriterionCoverageTest {

    static final Set<Criterion> COVERED = EnumSet.of(Criterion.OUTSIDE_COUNTRY, Criterion.WELL_FOUNDED_FEAR,
            Criterion.PERSECUTION, Criterion.PROSECUTION_NOT_PERSECUTION, Criterion.EXIT_PENALTY,
            Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Criterion.PROTECTION_FAILURE, Criterion.NEXUS,
            Criterion.NO_CONCEALMENT, Criterion.INTERNAL_PROTECTION, Criterion.SUR_PLACE_EVENTS,
            Criterion.SUR_PLACE_ACTIVITIES, Criterion.SUR_PLACE_GOOD_FAITH);

    record Case(Criterion criterion, Status status, String basis, Supplier<Assessment> assess) {
        @Override
        public String toString() {
            return criterion + " " + status;
        }
    }

    private static Case c(Criterion c, Status s, String basis, CaseBuilder b) {
        return new Case(c, s, basis, b::assess);
    }

    private static Case c(Criterion c, Status s, String basis, CaseBuilder b, Frame f) {
        return new Case(c, s, basis, () -> b.assess(f));
    }

    private static CaseBuilder stateless() {
        return northKoreanInChina().set("person.nationalities", "[]").set("person.stateless", "established");
    }

    private static CaseBuilder nonStateHarm() {
        return nationalOf("CN").set("destinations.0.harmsFaced", "[\"trafficking\"]")
                .set("destinations.0.inflictedBy", "non_state");
    }

    private static CaseBuilder prosecuted() {
        return nationalOf("CN").set("destinations.0.prosecution.offence", "murder")
                .set("destinations.0.prosecution.penalty", "death_penalty");
    }

    private static CaseBuilder tortureFor(String motiveShown) {
        CaseBuilder b = nationalOf("CN").set("destinations.0.harmsFaced", "[\"torture\"]")
                .set("destinations.0.inflictedBy", "state").set("destinations.0.grounds.0.ground", "religion");
        // Outside the US frame the ground may also be a cause without the persecutor's motive: set both alike.
        return motiveShown == null ? b : b.set("destinations.0.grounds.0.persecutorMotiveShown", motiveShown)
                .set("destinations.0.grounds.0.groundContributes", motiveShown);
    }

    private static CaseBuilder neutral() {
        return nationalOf("XA").set("departure.withPermission", "established")
                .set("claim.profile", "[\"political_neutrality\"]");
    }

    private static CaseBuilder xaAsylumSeeker() {
        return nationalOf("XA").set("departure.withPermission", "established")
                .set("activitiesAbroad.0", "{\"kind\": \"asylum_claim\", \"visibility\": \"private\"}");
    }


    static List<Case> cases() {
        return List.of(
                c(Criterion.OUTSIDE_COUNTRY, Status.MET, "RC 1A(2)", northKoreanInChina()),
                c(Criterion.OUTSIDE_COUNTRY, Status.NOT_MET, "RC 1A(2)", northKoreanInChina().set("currentCountry", "KP")),
                c(Criterion.OUTSIDE_COUNTRY, Status.UNDETERMINED, "HB 101-105", stateless()),
                c(Criterion.WELL_FOUNDED_FEAR, Status.MET, "HB 37-50", lawfulNorthKoreanInChina()),
                c(Criterion.WELL_FOUNDED_FEAR, Status.NOT_MET, "HB 37-50", nationalOf("CN")),
                c(Criterion.WELL_FOUNDED_FEAR, Status.UNDETERMINED, "HB 37-50",
                        nationalOf("CN").set("destinations.0.harmsFaced", "[\"fine\", \"discrimination\"]")),
                c(Criterion.PERSECUTION, Status.MET, "QD 9(1)(a)", lawfulNorthKoreanInChina()),
                c(Criterion.PERSECUTION, Status.NOT_MET, "HB 51-55", nationalOf("CN")),
                c(Criterion.PERSECUTION, Status.UNDETERMINED, "QD 9(1)(b)",
                        nationalOf("CN").set("destinations.0.harmsFaced", "[\"fine\", \"discrimination\"]")),
                c(Criterion.PROSECUTION_NOT_PERSECUTION, Status.MET, "HB 59-61",
                        nationalOf("XA").set("departure.withPermission", "not_established")),
                c(Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_MET, "ICCPR 12(2)",
                        northKoreanInChina().set("departure.withPermission", "not_established")),
                c(Criterion.PROSECUTION_NOT_PERSECUTION, Status.UNDETERMINED, "HB 56-60", prosecuted()),
                c(Criterion.PROSECUTION_NOT_PERSECUTION, Status.NOT_APPLICABLE, "HB 56", lawfulNorthKoreanInChina()),
                c(Criterion.EXIT_PENALTY, Status.MET, "HB 61",
                        northKoreanInChina().set("departure.withPermission", "not_established")),
                c(Criterion.EXIT_PENALTY, Status.NOT_MET, "HB 61", lawfulNorthKoreanInChina()),
                c(Criterion.EXIT_PENALTY, Status.UNDETERMINED, "HB 61", northKoreanInChina()),
                c(Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.MET, "HB 62-64",
                        northKoreanInChina().set("departure.motives", "[\"hunger\"]")),
                c(Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.NOT_MET, "HB 62-63", nationalOf("CN")
                        .set("departure.motives", "[\"economic\"]")
                        .set("destinations.0.harmsFaced", "[\"economic_hardship\"]")),
                c(Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.UNDETERMINED, "HB 62-64", northKoreanInChina()),
                c(Criterion.ECONOMIC_MOTIVE_NOT_DECISIVE, Status.NOT_APPLICABLE, "HB 62-64",
                        northKoreanInChina().set("departure.motives", "[\"family\"]")),
                c(Criterion.PROTECTION_FAILURE, Status.MET, "QD 6(a)", lawfulNorthKoreanInChina()),
                c(Criterion.PROTECTION_FAILURE, Status.NOT_MET, "QD 6(c), 7",
                        nonStateHarm().set("destinations.0.stateProtectionAvailable", "established")),
                c(Criterion.PROTECTION_FAILURE, Status.UNDETERMINED, "HB 65", nonStateHarm()),
                c(Criterion.PROTECTION_FAILURE, Status.NOT_APPLICABLE, "HB 65", nationalOf("CN")),
                c(Criterion.NEXUS, Status.MET, "HB 66-86", tortureFor("established")),
                c(Criterion.NEXUS, Status.NOT_MET, "HB 66-86", tortureFor("not_established")),
                c(Criterion.NEXUS, Status.UNDETERMINED, "HB 66-86", tortureFor(null)),
                c(Criterion.NEXUS, Status.NOT_APPLICABLE, "RC 1A(2)", nationalOf("CN")),
                c(Criterion.NO_CONCEALMENT, Status.MET, "RT (Zimbabwe) [2012] UKSC 38",
                        neutral().set("claim.wouldConcealOnReturn", "not_established")),
                c(Criterion.NO_CONCEALMENT, Status.NOT_MET, "HJ (Iran) [2010] UKSC 31 para 82",
                        neutral().set("claim.wouldConcealOnReturn", "established")
                                .set("claim.concealmentOutOfFear", "not_established")),
                c(Criterion.NO_CONCEALMENT, Status.UNDETERMINED, "HJ (Iran) [2010] UKSC 31 para 82", neutral()),
                c(Criterion.NO_CONCEALMENT, Status.NOT_APPLICABLE, "HJ (Iran) [2010] UKSC 31", nationalOf("CN")),
                c(Criterion.INTERNAL_PROTECTION, Status.MET, "GIP/03/04 para 7", lawfulNorthKoreanInChina()),
                c(Criterion.INTERNAL_PROTECTION, Status.NOT_MET, "QD 8",
                        nonStateHarm().set("destinations.0.internalProtectionAlternative", "established")),
                c(Criterion.INTERNAL_PROTECTION, Status.UNDETERMINED, "QD 8", nonStateHarm()),
                c(Criterion.INTERNAL_PROTECTION, Status.NOT_APPLICABLE, "GIP/03/04", nationalOf("CN")),
                c(Criterion.SUR_PLACE_EVENTS, Status.MET, "QD 5(1)", xaAsylumSeeker().set("departure.date", "2019-03-01")),
                c(Criterion.SUR_PLACE_EVENTS, Status.NOT_MET, "QD 5(1)", xaAsylumSeeker().set("departure.date", "2021-03-01")),
                c(Criterion.SUR_PLACE_EVENTS, Status.UNDETERMINED, "QD 5(1)", xaAsylumSeeker()),
                c(Criterion.SUR_PLACE_ACTIVITIES, Status.MET, "QD 5(2)", xaAsylumSeeker()),
                c(Criterion.SUR_PLACE_ACTIVITIES, Status.NOT_MET, "QD 5(2)", lawfulNorthKoreanInChina()),
                c(Criterion.SUR_PLACE_ACTIVITIES, Status.UNDETERMINED, "QD 5(2)", northKoreanInChina()),
                c(Criterion.SUR_PLACE_GOOD_FAITH, Status.MET, "QD 5(3)", danian(), Frame.EU),
                c(Criterion.SUR_PLACE_GOOD_FAITH, Status.NOT_MET, "Danian v SSHD [1999] EWCA Civ 3000", danian(),
                        Frame.UNHCR),
                c(Criterion.SUR_PLACE_GOOD_FAITH, Status.UNDETERMINED, "QD 5(3)",
                        danian().set("procedure.subsequentApplication", "unknown"), Frame.EU),
                c(Criterion.SUR_PLACE_GOOD_FAITH, Status.NOT_APPLICABLE, "GIP/04/06 paras 34-36", northKoreanInChina()));
    }

    static Stream<Arguments> representativeCases() {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("representativeCases")
    void theRepresentativeCaseReachesItsStatus(Case c) {
        assertFinding(c.assess().get(), c.criterion(), c.status(), c.basis());
    }

    @Test
    void everyCriterionOfTheseRuleFilesIsCoveredMetNotMetAndUndetermined() {
        Map<Criterion, Set<Status>> reached = new EnumMap<>(Criterion.class);
        for (Case c : cases()) {
            reached.computeIfAbsent(c.criterion(), k -> EnumSet.noneOf(Status.class)).add(c.status());
        }
        assertThat(reached.keySet()).containsExactlyInAnyOrderElementsOf(COVERED);
        for (Criterion crit : COVERED) {
            assertThat(reached.get(crit)).as(crit.name())
                    .contains(Status.MET, Status.NOT_MET, Status.UNDETERMINED);
        }
    }
}

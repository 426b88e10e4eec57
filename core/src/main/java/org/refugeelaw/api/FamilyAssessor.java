package org.refugeelaw.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.CriterionFinding;
import org.refugeelaw.assessment.FamilyAssessment;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.engine.FamilyFacts;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.FamilyRecord;
import org.refugeelaw.model.Truth;

/**
 * Assesses a checked family document member by member (issue 17): principals first, then each family member with the
 * principal's recognition filled in from the principal's own determination. Every member keeps an assessment of their
 * own; nothing but that recognition passes from one member's record to another's (never a credibility finding).
 */
final class FamilyAssessor {
    private FamilyAssessor() {
    }

    static FamilyAssessment assess(Assessor assessor, FamilyRecord family, Frame frame) {
        Map<String, Assessment> principals = new HashMap<>();
        Map<String, CaseRecord> records = new HashMap<>();
        for (CaseRecord c : family.members()) {
            records.put(c.person().id(), c);
            if (c.family() == null) {
                principals.put(c.person().id(), assessor.assessChecked(c, frame));
            }
        }
        List<InputProblem> problems = new ArrayList<>();
        List<FamilyAssessment.Member> members = new ArrayList<>();
        List<Message> findings = new ArrayList<>();
        for (int i = 0; i < family.members().size(); i++) {
            CaseRecord c = family.members().get(i);
            CaseRecord.FamilyLink link = c.family();
            if (link == null) {
                members.add(new FamilyAssessment.Member(c.person().id(), null, null, principals.get(c.person().id())));
                continue;
            }
            Assessment principal = principals.get(link.principal());
            Truth recognised = recognised(principal.determination().status());
            if (link.principalRecognised() != Truth.UNKNOWN && link.principalRecognised() != recognised) {
                String path = "$.members[" + i + "].family.principalRecognised";
                String received = "\"" + link.principalRecognised().name().toLowerCase() + "\"";
                problems.add(new InputProblem(path, received, "left out, or \"" + recognised.name().toLowerCase()
                        + "\" as the principal's assessment finds", path + " is " + received + ", but the"
                        + " assessment of " + link.principal() + " in this family document finds their refugee status "
                        + principal.determination().status() + ": leave it out, and the family assessment fills it"
                        + " in."));
                continue;
            }
            CaseRecord derived = withRecognition(c, recognised);
            Assessment own = assessor.assessChecked(derived, frame);
            members.add(new FamilyAssessment.Member(c.person().id(), link.principal(),
                    link.relation().name().toLowerCase(), own));
            findings.add(describe(c, link, principal, own, records.get(link.principal())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        return FamilyAssessment.of(family.familyId(), frame.name(), members, findings);
    }

    /** The principal's recognition, from the principal's own determination; never guessed. */
    static Truth recognised(RefugeeStatus status) {
        return switch (status) {
            case REFUGEE -> Truth.ESTABLISHED;
            case UNDETERMINED -> Truth.UNKNOWN;
            default -> Truth.NOT_ESTABLISHED;
        };
    }

    private static CaseRecord withRecognition(CaseRecord c, Truth recognised) {
        CaseRecord.FamilyLink l = c.family();
        return new CaseRecord(c.schemaVersion(), c.caseId(), c.assessmentDate(), c.person(), c.hostState(),
                c.currentCountry(), c.countryOfOrigin(), c.departure(), c.stayAbroad(), c.claim(), c.activitiesAbroad(),
                c.eventsAfterDeparture(), c.destinations(), c.settlement(), c.cessation(), c.exclusion(),
                c.procedure(), c.credibility(), c.child(),
                new CaseRecord.FamilyLink(l.principal(), l.relation(), l.dependent(), recognised), c.entry(),
                c.detention(), c.trafficking(), c.supportOnReturn());
    }

    /** The family-level finding on one member, as a message (catalog family {@code familyAssessment}). */
    private static Message describe(CaseRecord c, CaseRecord.FamilyLink link, Assessment principal, Assessment own,
                                    CaseRecord principalRecord) {
        CriterionFinding unity = own.finding(Criterion.FAMILY_UNITY).orElse(null);
        Message m = Message.of("familyAssessment.member", c.person().id(), relation(link.relation()),
                link.principal(), status(own.determination().status()),
                unity == null ? Message.of("familyAssessment.status.notAssessed") : status(unity.status()),
                status(principal.determination().status()));
        if (FamilyFacts.Childhood.of(c).minor() == Truth.ESTABLISHED
                && principalRecord.credibility().generallyCredible() == Truth.NOT_ESTABLISHED) {
            m = Message.of("familyAssessment.withCredibility", m, Message.of("familyAssessment.credibility",
                    link.principal()));
        }
        return m;
    }

    private static Message relation(CaseRecord.FamilyRelation r) {
        return Message.of(switch (r) {
            case SPOUSE -> "familyAssessment.relation.spouse";
            case CHILD -> "familyAssessment.relation.child";
            case PARENT -> "familyAssessment.relation.parent";
            case OTHER_DEPENDANT -> "familyAssessment.relation.otherDependant";
        });
    }

    private static Message status(RefugeeStatus s) {
        return Message.of(switch (s) {
            case REFUGEE -> "familyAssessment.refugeeStatus.refugee";
            case NOT_REFUGEE -> "familyAssessment.refugeeStatus.notRefugee";
            case EXCLUDED -> "familyAssessment.refugeeStatus.excluded";
            case CEASED -> "familyAssessment.refugeeStatus.ceased";
            case UNDETERMINED -> "familyAssessment.refugeeStatus.undetermined";
        });
    }

    private static Message status(Status s) {
        return Message.of(switch (s) {
            case MET -> "familyAssessment.status.met";
            case NOT_MET -> "familyAssessment.status.notMet";
            case UNDETERMINED -> "familyAssessment.status.undetermined";
            case NOT_APPLICABLE -> "familyAssessment.status.notApplicable";
        });
    }
}

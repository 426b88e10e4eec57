package org.refugeelaw.engine;

import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.model.Truth;

/** Three-valued readings of a person's conduct that the risk rules need. */
public final class Conducts {
    private Conducts() {
    }

    /** The stay abroad is unauthorised if the exit was, or if the country of origin has not authorised it. */
    public static Truth unauthorisedStay(CaseRecord.Departure d, CaseRecord.StayAbroad s) {
        return d.withPermission().not().or(s.authorisedByOrigin().not());
    }

    /** An unauthorised stay that the authorities of the country of origin would learn of on return. */
    public static Truth unauthorisedStayKnownOnReturn(CaseRecord.Departure d, CaseRecord.StayAbroad s,
                                                      CountryInformation.Condition k) {
        return unauthorisedStay(d, s).and(k.learnedOnReturn());
    }

    /**
     * Whether country information, read with the person's profile, shows that the authorities know or will learn of
     * an activity: returnees are questioned about their time abroad and such conduct comes out
     * ({@code learnedOnReturn}), or the state identifies participants abroad and the person is exposed to that (a
     * prominent role in a public activity, or links to known leaders or groups). Visibility alone is not enough
     * (BA (Demonstrators in Britain) Iran CG [2011] UKUT 36, headnote 1; A.I. v Switzerland, 23378/15).
     */
    public static Truth knownFromProfile(CaseRecord.ActivityAbroad a, CountryInformation.Condition k) {
        return k.learnedOnReturn().or(k.identifiesParticipantsAbroad().and(exposure(a)));
    }

    /** A prominent role in a public activity, or links to known leaders or groups. */
    public static Truth exposure(CaseRecord.ActivityAbroad a) {
        Truth visible = switch (a.visibility()) {
            case PUBLIC -> Truth.ESTABLISHED;
            case PRIVATE -> Truth.NOT_ESTABLISHED;
            case UNKNOWN -> Truth.UNKNOWN;
        };
        return visible.and(a.role().prominent()).or(a.linksToKnownLeadersOrGroups());
    }

    /**
     * Whether the authorities know or are likely to learn of an activity. The record's own finding decides, except
     * that a finding that they are not aware gives way only to country information that establishes the contrary: an
     * unknown in country information does not override it. Where the record is silent, the profile judgement decides
     * if it establishes awareness; otherwise the question stays open.
     */
    public static Truth awareness(CaseRecord.ActivityAbroad a, CountryInformation.Condition k) {
        if (a.authoritiesAware() == Truth.ESTABLISHED) {
            return Truth.ESTABLISHED;
        }
        if (a.authoritiesAware() == Truth.NOT_ESTABLISHED) {
            // Only what country information establishes counts against the finding; its unknowns do not.
            Truth learned = k.learnedOnReturn() == Truth.ESTABLISHED ? Truth.ESTABLISHED : Truth.NOT_ESTABLISHED;
            Truth identifies = k.identifiesParticipantsAbroad() == Truth.ESTABLISHED
                    ? Truth.ESTABLISHED : Truth.NOT_ESTABLISHED;
            return learned.or(identifies.and(exposure(a)));
        }
        return knownFromProfile(a, k) == Truth.ESTABLISHED ? Truth.ESTABLISHED : Truth.UNKNOWN;
    }

    /**
     * Whether a belief acquired abroad would be lived by on return in a way that exposes the person: they would
     * manifest it, or they would hide it only out of fear (HJ (Iran) [2010] UKSC 31 para 82).
     */
    public static Truth beliefLivedOnReturn(CaseRecord.ActivityAbroad a, CaseRecord.Claim c) {
        return a.wouldManifestOnReturn().or(c.concealmentOutOfFear());
    }

    /**
     * The unknown facts on which an open awareness question turns, as paths: the record's own finding, what country
     * information says on questioning on return and on identifying participants abroad, and the parts of the person's
     * profile that could still matter.
     */
    public static java.util.List<String> awarenessMissing(CaseRecord.ActivityAbroad a, CountryInformation.Condition k,
                                                          String activityPath, String conditionPath) {
        java.util.List<String> m = new java.util.ArrayList<>();
        Truth identifies = k.identifiesParticipantsAbroad();
        Truth links = a.linksToKnownLeadersOrGroups();
        if (a.authoritiesAware() == Truth.UNKNOWN) {
            m.add(activityPath + ".authoritiesAware");
        }
        if (k.learnedOnReturn() == Truth.UNKNOWN) {
            m.add(conditionPath + ".learnedOnReturn");
        }
        if (identifies == Truth.UNKNOWN && exposure(a) != Truth.NOT_ESTABLISHED) {
            m.add(conditionPath + ".identifiesParticipantsAbroad");
        }
        if (identifies != Truth.NOT_ESTABLISHED && links == Truth.UNKNOWN) {
            m.add(activityPath + ".linksToKnownLeadersOrGroups");
        }
        boolean profileOpen = identifies != Truth.NOT_ESTABLISHED && links != Truth.ESTABLISHED;
        if (profileOpen && a.visibility() != CaseRecord.Visibility.PRIVATE && a.role().prominent() == Truth.UNKNOWN) {
            m.add(activityPath + ".role");
        }
        if (profileOpen && a.visibility() == CaseRecord.Visibility.UNKNOWN
                && a.role().prominent() != Truth.NOT_ESTABLISHED) {
            m.add(activityPath + ".visibility");
        }
        return m;
    }
}

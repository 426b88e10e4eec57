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
     * Whether the authorities know or are likely to learn of an activity: public exposure is enough; otherwise the
     * record's finding, or country information that such conduct comes out on forced return.
     */
    public static Truth awareness(CaseRecord.ActivityAbroad a, CountryInformation.Condition k) {
        Truth direct = a.visibility() == CaseRecord.Visibility.PUBLIC ? Truth.ESTABLISHED : a.authoritiesAware();
        return direct.or(k.learnedOnReturn());
    }
}

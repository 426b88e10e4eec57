package org.refugeelaw.engine;

import java.util.Set;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.CaseRecord.Exclusion;
import org.refugeelaw.model.NationalityBasis;
import org.refugeelaw.model.Truth;

/** Helpers of the RC 1D rules: whether the person is within 1D at all. */
public final class PalestineRefugees {
    /** UNRWA's fields of operation: Gaza and the West Bank, Jordan, Lebanon, Syria. */
    public static final Set<String> UNRWA_AREA = Set.of("PS", "JO", "LB", "SY");

    private PalestineRefugees() {
    }

    /**
     * Whether the record points to RC 1D even though it says nothing about UNRWA: a person from Palestine, or a
     * person who holds no nationality and comes from UNRWA's area.
     */
    public static boolean indicated(CaseRecord c) {
        String origin = c.countryOfOrigin();
        return origin.equals("PS") || (UNRWA_AREA.contains(origin)
                && c.person().nationalities().stream().noneMatch(n -> n.basis() == NationalityBasis.HELD));
    }

    /** A Palestine refugee who has actually availed themselves of UNRWA's protection or assistance (Bolbol). */
    public static Truth withinScope(CaseRecord c, Exclusion e) {
        if (e.palestineRefugee() == Truth.UNKNOWN && e.unAgencyAssistance() == Truth.UNKNOWN && !indicated(c)) {
            return Truth.NOT_ESTABLISHED;
        }
        return e.palestineRefugee().and(e.unAgencyAssistance());
    }
}

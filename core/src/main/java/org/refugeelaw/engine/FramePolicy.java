package org.refugeelaw.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A legal frame as data: where legal orders differ, the rules read the frame's choice from here instead of being
 * copied per frame.
 *
 * @param id                         UNHCR, EU, UK or US
 * @param title                      human-readable name
 * @param selfCreatedActivities      how activities abroad engaged in mainly to create a claim are treated:
 *                                   {@code scrutiny_only} (UNHCR, UK: Danian) or
 *                                   {@code refusal_in_subsequent_application} (EU: QD 5(3))
 * @param rokNationalityOfNorthKoreans whether a North Korean's entitlement to ROK nationality is taken into account
 *                                   (false in the US: 22 USC 7842)
 * @param firmResettlementBar        whether firm resettlement elsewhere bars asylum (US)
 * @param subsidiaryProtection       whether QD 15 subsidiary protection is assessed (EU)
 * @param humanitarianMandate        whether UNHCR's humanitarian concern is assessed
 * @param exclusionProportionality   whether expiation and the proportionality of exclusion are weighed under
 *                                   RC 1F(b) (UNHCR: GIP/03/05; not in the EU, UK or US)
 * @param firmResettlementBarsNonRefoulement whether firm resettlement also removes protection from refoulement
 *                                   (false everywhere: in the US it bars asylum, not withholding of removal under
 *                                   INA 241(b)(3) or CAT deferral)
 * @param nonRefoulementStandard     {@code real_risk}, or {@code more_likely_than_not} (US withholding and CAT:
 *                                   INS v Stevic; 8 CFR 1208.16)
 * @param rc33Exception              how RC 33(2) is read: {@code restrictive_with_proportionality} (UNHCR),
 *                                   {@code aggravated_felony_per_se} (US: INA 241(b)(3)(B)),
 *                                   {@code status_refusal_keeps_refugee} (EU: QD 14(4)-(5); M, X and X) or
 *                                   {@code convention_text}
 * @param nonRefoulementCitations    the authorities for those readings
 * @param citations                  the authorities for this frame's choices
 * @param persecutorMotiveRequired   whether the nexus must be shown in the persecutor's own motive (US: INS v
 *                                   Elias-Zacarias, 502 US 478 (1992)); elsewhere a Convention ground that is a real
 *                                   cause of the risk, or of the state's refusal to protect, is enough
 * @param nexusCausation             how the frame words the causal link, e.g. "a contributing factor"
 * @param benefitOfDoubt             how the frame applies the benefit of the doubt (issue 17 point 6):
 *                                   {@code handbook} (HB 203-204: a generally credible account, consistent with
 *                                   country information), {@code qd_4_5} (every condition of QD 4(5) (a)-(e)),
 *                                   {@code guideline} (as the Handbook, read as a guideline that adds nothing to the
 *                                   lower standard of proof: KS (benefit of the doubt) [2014] UKUT 552 (IAC)) or
 *                                   {@code corroboration_may_be_required} (INA 208(b)(1)(B)(ii))
 * @param benefitOfDoubtCitations    the authorities for that reading
 * @param medicalCases               whether the frame recognises serious harm from the lack of medical treatment on
 *                                   return (issue 17 point 7): {@code echr3_threshold} (the ECHR art. 3 threshold of
 *                                   Paposhvili and Savran, binding a host party to the ECHR) or {@code not_recognised}
 * @param medicalCasesCitations      the authorities for that reading
 */
public record FramePolicy(@JsonProperty(required = true) String id, @JsonProperty(required = true) String title,
                          @JsonProperty(required = true) String selfCreatedActivities,
                          boolean rokNationalityOfNorthKoreans, boolean firmResettlementBar,
                          boolean subsidiaryProtection, boolean humanitarianMandate,
                          boolean exclusionProportionality,
                          boolean firmResettlementBarsNonRefoulement, String nonRefoulementStandard,
                          String rc33Exception, List<String> nonRefoulementCitations, List<String> citations,
                          boolean persecutorMotiveRequired, String nexusCausation,
                          // issue 17 point 6 (protection)
                          String benefitOfDoubt, List<String> benefitOfDoubtCitations,
                          // issue 17 point 7 (protection)
                          String medicalCases, List<String> medicalCasesCitations) {
    public FramePolicy {
        citations = citations == null ? List.of() : List.copyOf(citations);
        nonRefoulementCitations = nonRefoulementCitations == null ? List.of() : List.copyOf(nonRefoulementCitations);
        nonRefoulementStandard = nonRefoulementStandard == null ? "real_risk" : nonRefoulementStandard;
        rc33Exception = rc33Exception == null ? "convention_text" : rc33Exception;
        nexusCausation = nexusCausation == null ? "a cause" : nexusCausation;
        benefitOfDoubt = benefitOfDoubt == null ? "handbook" : benefitOfDoubt;
        benefitOfDoubtCitations = benefitOfDoubtCitations == null ? List.of() : List.copyOf(benefitOfDoubtCitations);
        medicalCases = medicalCases == null ? "not_recognised" : medicalCases;
        medicalCasesCitations = medicalCasesCitations == null ? List.of() : List.copyOf(medicalCasesCitations);
    }

    /** Whether a bar on return needs harm that is more likely than not (the US reading). */
    public boolean moreLikelyThanNot() {
        return "more_likely_than_not".equals(nonRefoulementStandard);
    }
}

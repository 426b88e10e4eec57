package org.refugeelaw.engine;

import java.util.ArrayList;
import java.util.List;
import org.refugeelaw.model.CaseRecord;
import org.refugeelaw.model.Instrument;
import org.refugeelaw.model.Truth;

/**
 * The words of the findings on non-penalisation (RC 31(1)) and detention (UNHCR Detention Guidelines 2012), and the
 * instruments binding the host state to which each finding is attributed (issue 17 point 5). RC 31 binds a party to
 * the Refugee Convention, or to the Protocol (which applies articles 2 to 34 of the Convention); the limits on
 * detention bind through RC 31(2) (restrictions on the movement of refugees only where necessary), and through the
 * human-rights treaties on liberty that the treaty data record for the host.
 */
public final class EntryAndDetention {
    private EntryAndDetention() {
    }

    /** Whether RC 31 binds the host: it is party to the Convention or the Protocol. */
    public static boolean rc31Binds(List<?> parties) {
        return ExaminationDuty.refugeeConvention(parties);
    }

    /** The conditions of RC 31(1) that are not shown, in words; empty if none. */
    public static List<String> conditionsNotShown(CaseRecord.Entry e) {
        List<String> not = new ArrayList<>();
        if (e.comingDirectly() == Truth.NOT_ESTABLISHED) {
            not.add("the person did not come directly from a territory where their life or freedom was threatened");
        }
        if (e.presentedWithoutDelay() == Truth.NOT_ESTABLISHED) {
            not.add("the person did not present themselves to the authorities without delay");
        }
        if (e.goodCause() == Truth.NOT_ESTABLISHED) {
            not.add("the person did not show good cause for the unlawful entry or presence");
        }
        return not;
    }

    /** The tests of lawful detention that are not met, in words; empty if none. */
    public static List<String> testsFailed(CaseRecord.Detention d) {
        List<String> failed = new ArrayList<>();
        if (d.individualAssessment() == Truth.NOT_ESTABLISHED) {
            failed.add("the decision to detain did not rest on an assessment of the person's own circumstances");
        }
        if (d.necessary() == Truth.NOT_ESTABLISHED) {
            failed.add("detention was not shown to be necessary in the person's case");
        }
        if (d.reasonable() == Truth.NOT_ESTABLISHED) {
            failed.add("detention was not shown to be reasonable in all the circumstances");
        }
        if (d.proportionate() == Truth.NOT_ESTABLISHED) {
            failed.add("detention was not shown to be proportionate to a legitimate purpose");
        }
        return failed;
    }

    /** The sentence that attributes the limits on detention to the instruments binding {@code host}. */
    public static String detentionAttribution(String host, List<?> parties) {
        if (parties.isEmpty()) {
            return "The treaty data hold nothing about " + host + ", so it is not known which instrument binds it to"
                    + " these limits.";
        }
        List<String> sources = new ArrayList<>();
        if (rc31Binds(parties)) {
            sources.add("RC 31(2) (restrictions on the movement of refugees only where necessary)");
        }
        if (ExaminationDuty.binds(parties, Instrument.ICCPR)) {
            sources.add("ICCPR art. 9(1) (no arbitrary detention)");
        }
        if (ExaminationDuty.binds(parties, Instrument.ECHR)) {
            sources.add("ECHR art. 5(1) (right to liberty)");
        }
        if (sources.isEmpty()) {
            return "No instrument in the treaty data binds " + host + " to these limits; they are UNHCR's standard"
                    + " (Detention Guidelines 2012).";
        }
        return "The limits bind " + host + " through " + String.join("; ", sources) + ".";
    }
}

package org.refugeelaw.report;

import java.util.Locale;
import org.refugeelaw.assessment.Criterion;
import org.refugeelaw.assessment.Determination;
import org.refugeelaw.assessment.Message;
import org.refugeelaw.assessment.MessageRenderer;
import org.refugeelaw.assessment.RefugeeBasis;
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.assessment.ReturnStatus;
import org.refugeelaw.assessment.Status;
import org.refugeelaw.assessment.ProceduralFinding;
import org.refugeelaw.assessment.SurPlaceCause;
import org.refugeelaw.assessment.Tier;

/**
 * The labels of the reports (issue 14 point 3): headings, table headers and the words for statuses, from the catalog
 * family {@code report} ({@code org/refugeelaw/messages/report.properties}, {@code report_ko.properties},
 * {@code report_zh_Hans.properties}; terms and their sources in {@code docs/glossary.md}). English is the root
 * catalog and renders exactly the words the reports have always printed; a language without a catalog renders in
 * English. Every key is written out in full where it is used (the catalog tests find the keys in the sources).
 */
public final class ReportLabels {
    private ReportLabels() {
    }

    /**
     * The label {@code key} of the {@code report} family in {@code locale}, with its arguments.
     *
     * @param key the key of the label in the {@code report} catalog family
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @param args the arguments of the label
     * @return the text in that language
     */
    public static String text(String key, Locale locale, Object... args) {
        return Message.of(key, args).render(locale);
    }

    /**
     * Whether {@code locale} renders from the English (root) catalog.
     *
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return {@code true} if it does
     */
    public static boolean english(Locale locale) {
        return MessageRenderer.catalogLocale(locale).equals(Locale.ROOT);
    }

    /**
     * A criterion's title ({@link Criterion#title()} in English), from the term catalog ({@code term.Criterion.*}),
     * the one place criterion titles are kept in every language.
     *
     * @param c the criterion or cause
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String criterion(Criterion c, Locale locale) {
        return MessageRenderer.term(c, locale);
    }

    /**
     * A tier's title ({@link Tier#title()} in English).
     *
     * @param t the tier
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String tier(Tier t, Locale locale) {
        return text(switch (t) {
            case INCLUSION -> "report.tier.inclusion";
            case OTHER_NATIONALITY -> "report.tier.otherNationality";
            case CESSATION_EXCLUSION -> "report.tier.cessationExclusion";
            case NON_REFOULEMENT -> "report.tier.nonRefoulement";
            case COMPLEMENTARY -> "report.tier.complementary";
            case PROCEDURE -> "report.tier.procedure";
        }, locale);
    }

    /**
     * A finding's status as a badge: MET, NOT MET, UNDETERMINED, N/A.
     *
     * @param s the status
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String status(Status s, Locale locale) {
        return text(switch (s) {
            case MET -> "report.status.met";
            case NOT_MET -> "report.status.notMet";
            case UNDETERMINED -> "report.status.undetermined";
            case NOT_APPLICABLE -> "report.status.notApplicable";
        }, locale);
    }

    /**
     * A procedural guarantee's name: in English its identifier ({@code personalInterview}), as the English reports
     * always printed it; in Korean and Chinese its name from the {@code guaranteeName} catalogs.
     *
     * @param p the procedural finding
     * @param locale the language
     * @return the name in that language
     */
    public static String guaranteeName(ProceduralFinding p, Locale locale) {
        return english(locale) ? p.guarantee() : p.guaranteeName(locale);
    }

    /**
     * A procedural guarantee's status: given, VIOLATION, unknown, n/a.
     *
     * @param s the status
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String guarantee(Status s, Locale locale) {
        return text(switch (s) {
            case MET -> "report.guarantee.given";
            case NOT_MET -> "report.guarantee.violation";
            case UNDETERMINED -> "report.guarantee.unknown";
            case NOT_APPLICABLE -> "report.guarantee.notApplicable";
        }, locale);
    }

    /**
     * The refugee status in words: refugee, not refugee, excluded, ceased, undetermined.
     *
     * @param s the status
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String refugeeStatus(RefugeeStatus s, Locale locale) {
        return text(switch (s) {
            case REFUGEE -> "report.refugeeStatus.refugee";
            case NOT_REFUGEE -> "report.refugeeStatus.notRefugee";
            case EXCLUDED -> "report.refugeeStatus.excluded";
            case CEASED -> "report.refugeeStatus.ceased";
            case UNDETERMINED -> "report.refugeeStatus.undetermined";
        }, locale);
    }

    /**
     * "at departure", "sur place" or "ipso facto under RC 1D"; empty for NONE.
     *
     * @param b the basis
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String basis(RefugeeBasis b, Locale locale) {
        return switch (b) {
            case AT_DEPARTURE -> text("report.basis.atDeparture", locale);
            case SUR_PLACE -> text("report.basis.surPlace", locale);
            case IPSO_FACTO_1D -> text("report.basis.ipsoFacto1D", locale);
            case NONE -> "";
        };
    }

    /**
     * A return finding's status in words: barred, barred pending determination, not barred, undetermined.
     *
     * @param s the status
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String returnStatus(ReturnStatus s, Locale locale) {
        return text(switch (s) {
            case BARRED -> "report.returnStatus.barred";
            case BARRED_PENDING_DETERMINATION -> "report.returnStatus.barredPendingDetermination";
            case NOT_BARRED -> "report.returnStatus.notBarred";
            case UNDETERMINED -> "report.returnStatus.undetermined";
        }, locale);
    }

    /**
     * "refugee, sur place", "not refugee", "excluded", ...
     *
     * @param d the determination
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String determination(Determination d, Locale locale) {
        String s = refugeeStatus(d.status(), locale);
        if (d.basis() != RefugeeBasis.NONE) {
            s += text("report.list.comma", locale) + basis(d.basis(), locale);
        }
        return s;
    }

    /**
     * An outcome as {@link org.refugeelaw.assessment.Assessment#outcome()} writes it ({@code REFUGEE SUR_PLACE}) in
     * words: "refugee sur place" in English, as the reports always printed it.
     *
     * @param outcome the outcome, as the runner names it
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String outcome(String outcome, Locale locale) {
        if (english(locale) || outcome == null) {
            return outcome == null ? "" : TextReport.words(outcome);
        }
        String[] parts = outcome.split(" ");
        try {
            String s = refugeeStatus(RefugeeStatus.valueOf(parts[0]), locale);
            if (parts.length > 1 && RefugeeBasis.valueOf(parts[1]) != RefugeeBasis.NONE) {
                s += text("report.list.comma", locale) + basis(RefugeeBasis.valueOf(parts[1]), locale);
            }
            return s;
        } catch (IllegalArgumentException e) {
            return TextReport.words(outcome);
        }
    }

    /**
     * When a sur-place cause happened: "2019-08-15, 3 days after departure" or "date unknown".
     *
     * @param c the criterion or cause
     * @param locale the language: English, Korean or simplified Chinese (any other renders in English)
     * @return the text in that language
     */
    public static String when(SurPlaceCause c, Locale locale) {
        if (c.date() == null) {
            return text("report.surPlace.dateUnknown", locale);
        }
        if (c.daysAfterDeparture() == null) {
            return c.date().toString();
        }
        return c.date() + text("report.list.comma", locale) + relative(c.daysAfterDeparture(), locale);
    }

    /** "3 days after departure" or "2 days before departure". */
    static String relative(long days, Locale locale) {
        return days < 0 ? text("report.surPlace.daysBefore", locale, String.valueOf(-days))
                : text("report.surPlace.daysAfter", locale, String.valueOf(days));
    }
}

package org.refugeelaw.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A legal frame as data (one JSON document per frame, {@code org/refugeelaw/data/frames/<id>.json}, validated by
 * {@code org/refugeelaw/schema/frame.schema.json}; docs/frames.md): where legal orders differ, the rules read the
 * frame's choice from here, never the frame's name.
 *
 * @param schemaVersion              the frame format, "1.0"
 * @param id                         the frame's id, e.g. UNHCR, EU, UK, US
 * @param title                      human-readable name
 * @param selfCreatedActivities      how activities abroad engaged in mainly to create a claim are treated:
 *                                   {@code scrutiny_only} (UNHCR, UK: Danian) or
 *                                   {@code refusal_in_subsequent_application} (EU: QD 5(3)), or
 *                                   {@code disregarded_unless_shown_otherwise} (the conduct does not count towards
 *                                   refugee status in any application: Australia, Migration Act 1958 s. 5J(6);
 *                                   Switzerland, Asylum Act art. 3(4))
 * @param selfCreatedAuthority       the provision that bars or disregards such activities, named in the reasons
 * @param rokNationalityOfNorthKoreans whether a North Korean's entitlement to ROK nationality is taken into account
 *                                   (false in the US: 22 USC 7842)
 * @param rokNationalityAuthority    the authority for not counting it, where it is not counted (US: 22 USC 7842)
 * @param firmResettlementBar        whether firm resettlement elsewhere bars asylum (US)
 * @param firmResettlementAuthority  the authority for that bar (US: INA 208(b)(2)(A)(vi))
 * @param subsidiaryProtection       whether QD 15 subsidiary protection is assessed (EU)
 * @param humanitarianMandate        whether UNHCR's humanitarian concern is assessed
 * @param exclusionProportionality   whether expiation and the proportionality of exclusion are weighed under
 *                                   RC 1F(b) (UNHCR: GIP/03/05; not in the EU, UK or US)
 * @param firmResettlementBarsNonRefoulement whether firm resettlement also removes protection from refoulement
 * @param standardsOfProof           the frame's standard of proof for each kind of finding it governs: {@code refugee}
 *                                   (the well-founded fear), {@code withholding} (RC 33 / withholding of removal),
 *                                   {@code torture} (CAT 3) and {@code seriousHarm} (complementary protection)
 * @param rc33Exception              how RC 33(2) is read: {@code restrictive_with_proportionality} (UNHCR),
 *                                   {@code aggravated_felony_per_se} (US: INA 241(b)(3)(B)),
 *                                   {@code status_refusal_keeps_refugee} (EU: QD 14(4)-(5); M, X and X) or
 *                                   {@code convention_text}
 * @param nonRefoulementCitations    the authorities for those readings
 * @param citations                  the authorities for this frame's choices
 * @param persecutorMotiveRequired   whether the nexus must be shown in the persecutor's own motive (US: INS v
 *                                   Elias-Zacarias, 502 US 478 (1992))
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
 * @param instruments                where the frame's instrument changes with the decision date (EU: Directive
 *                                   2011/95/EU, then Regulation (EU) 2024/1347), each period with how its citations
 *                                   read; empty where one instrument applies throughout
 * @param nationalityNotes           what the frame's law says about a nationality of a person from a given country
 *                                   of origin (ROK: a North Korean is a national under Constitution art. 3), added
 *                                   to the OTHER_NATIONALITY reason
 * @param notes                      what could not be verified, and other remarks on the data
 * @param nationalProtection         the frame's national complementary protection (issue 16 point 2: IRPA s. 97,
 *                                   Migration Act s. 36(2)(aa), Immigration Act 2009 ss. 130-131, Refugee Act art.
 *                                   2(3), FNIA art. 83), assessed as NATIONAL_COMPLEMENTARY_PROTECTION; null where the
 *                                   frame has none
 * @param subjectivePostFlightGrounds where the frame refuses asylum (not refugee status) to a person who became a
 *                                   refugee only by leaving or by their own conduct after leaving (Switzerland: AsylA
 *                                   art. 54), the provision and its consequence; null where it does not
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FramePolicy(String schemaVersion, @JsonProperty(required = true) String id,
                          @JsonProperty(required = true) String title,
                          @JsonProperty(required = true) String selfCreatedActivities, String selfCreatedAuthority,
                          boolean rokNationalityOfNorthKoreans, String rokNationalityAuthority,
                          boolean firmResettlementBar, String firmResettlementAuthority,
                          boolean subsidiaryProtection, boolean humanitarianMandate,
                          boolean exclusionProportionality,
                          boolean firmResettlementBarsNonRefoulement,
                          Map<String, StandardOfProof> standardsOfProof,
                          String rc33Exception, List<String> nonRefoulementCitations, List<String> citations,
                          boolean persecutorMotiveRequired, String nexusCausation,
                          List<InstrumentPeriod> instruments, List<NationalityNote> nationalityNotes,
                          List<String> notes,
                          // issue 17 point 6 (protection)
                          String benefitOfDoubt, List<String> benefitOfDoubtCitations,
                          // issue 17 point 7 (protection)
                          String medicalCases, List<String> medicalCasesCitations,
                          // issue 16 point 2 (natcomp)
                          NationalProtection nationalProtection,
                          SubjectivePostFlightGrounds subjectivePostFlightGrounds) {
    /**
     * A national complementary protection status (docs/frames.md, {@code nationalProtection}).
     *
     * @param status           the status in the frame's own words, e.g. "person in need of protection"
     * @param statute          the statute, e.g. "Immigration and Refugee Protection Act, S.C. 2001, c. 27"
     * @param onlyIfNotGranted {@code refugee} (only for a person who is not a refugee) or {@code asylum} (also for a
     *                         refugee refused asylum: Switzerland, FNIA art. 83(8))
     * @param limbs            the limbs, each a protection of its own: one is enough
     * @param citations        the authorities, shown in the legal basis
     * @param notes            what was and was not verified
     */
    public record NationalProtection(@JsonProperty(required = true) String status,
                                     @JsonProperty(required = true) String statute, String onlyIfNotGranted,
                                     @JsonProperty(required = true) List<ProtectionLimb> limbs,
                                     List<String> citations, List<String> notes) {
        public NationalProtection {
            onlyIfNotGranted = onlyIfNotGranted == null ? "refugee" : onlyIfNotGranted;
            limbs = limbs == null ? List.of() : List.copyOf(limbs);
            citations = citations == null ? List.of() : List.copyOf(citations);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /**
     * One limb of a national protection.
     *
     * @param provision  the provision, e.g. "IRPA s. 97(1)(b)"
     * @param harm       what it protects against: {@code torture} (torture as in CAT art. 1), {@code
     *                   life_or_ill_treatment} (arbitrary deprivation of life, the death penalty, cruel, inhuman or
     *                   degrading treatment or punishment, torture included), {@code return_not_permitted} (return
     *                   barred by the host's obligations under international law: the bars on return found for the
     *                   country of origin) or {@code return_not_reasonable} (war, civil war, general violence or a
     *                   medical emergency there)
     * @param standard   the key of the frame's {@code standardsOfProof} that governs it ({@code torture} or
     *                   {@code seriousHarm}), or null
     * @param exceptions what takes a risk outside the limb, beyond state protection and internal relocation (which
     *                   every risk on return is weighed with): {@code faced_generally} (a risk faced generally by
     *                   others in or from the country, or by its population generally; the destination's
     *                   {@code riskFacedGenerally}), {@code lawful_sanctions} (harm inherent in or incidental to
     *                   lawful sanctions not imposed in disregard of accepted international standards; the
     *                   destination's {@code harmFromLawfulSanctions}), {@code health_care} (a risk caused by the
     *                   inability of the country to provide adequate health or medical care)
     */
    public record ProtectionLimb(@JsonProperty(required = true) String provision,
                                 @JsonProperty(required = true) String harm, String standard,
                                 List<String> exceptions) {
        public ProtectionLimb {
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        public boolean except(String exception) {
            return exceptions.contains(exception);
        }
    }

    /**
     * Asylum refused to a refugee whose refugee status rests only on subjective post-flight grounds (Switzerland,
     * AsylA art. 54).
     *
     * @param authority   the provision, e.g. "AsylA art. 54"
     * @param consequence the provision for what follows, e.g. "FNIA art. 83(8)"
     * @param citations   the authorities
     * @param notes       what was and was not verified
     */
    public record SubjectivePostFlightGrounds(@JsonProperty(required = true) String authority,
                                              @JsonProperty(required = true) String consequence,
                                              List<String> citations, List<String> notes) {
        public SubjectivePostFlightGrounds {
            citations = citations == null ? List.of() : List.copyOf(citations);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** Whether the frame has a national complementary protection. */
    public boolean hasNationalProtection() {
        return nationalProtection != null && !nationalProtection.limbs().isEmpty();
    }

    /** Whether the frame refuses asylum to refugees on subjective post-flight grounds. */
    public boolean refusesAsylumOnSubjectivePostFlightGrounds() {
        return subjectivePostFlightGrounds != null;
    }

    /** The kinds of finding a standard of proof governs. */
    public static final List<String> GOVERNED = List.of("refugee", "withholding", "torture", "seriousHarm");

    public FramePolicy {
        citations = citations == null ? List.of() : List.copyOf(citations);
        nonRefoulementCitations = nonRefoulementCitations == null ? List.of() : List.copyOf(nonRefoulementCitations);
        rc33Exception = rc33Exception == null ? "convention_text" : rc33Exception;
        nexusCausation = nexusCausation == null ? "a cause" : nexusCausation;
        benefitOfDoubt = benefitOfDoubt == null ? "handbook" : benefitOfDoubt;
        benefitOfDoubtCitations = benefitOfDoubtCitations == null ? List.of() : List.copyOf(benefitOfDoubtCitations);
        medicalCases = medicalCases == null ? "not_recognised" : medicalCases;
        medicalCasesCitations = medicalCasesCitations == null ? List.of() : List.copyOf(medicalCasesCitations);
        standardsOfProof = standardsOfProof == null ? Map.of() : Map.copyOf(standardsOfProof);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        notes = notes == null ? List.of() : List.copyOf(notes);
        nationalityNotes = nationalityNotes == null ? List.of() : List.copyOf(nationalityNotes);
        rokNationalityAuthority = rokNationalityAuthority == null ? "" : rokNationalityAuthority;
        firmResettlementAuthority = firmResettlementAuthority == null ? "" : firmResettlementAuthority;
        selfCreatedAuthority = selfCreatedAuthority == null ? "QD 5(3)" : selfCreatedAuthority;
    }

    /** Whether activities engaged in mainly to create a claim can cost refugee status under this frame. */
    public boolean selfCreatedBar() {
        return !"scrutiny_only".equals(selfCreatedActivities);
    }

    /** Whether that bar applies only to a subsequent application (EU: QD 5(3)). */
    public boolean selfCreatedBarSubsequentOnly() {
        return "refusal_in_subsequent_application".equals(selfCreatedActivities);
    }

    /**
     * A standard of proof: the threshold the likelihood of the harm must reach, in the frame's own words, with its
     * authority.
     *
     * @param threshold   {@code real_chance} (a real chance, reasonable possibility or the like: well under 50 per
     *                    cent) or {@code more_likely_than_not}
     * @param words       the frame's words, e.g. "a reasonable degree of likelihood"
     * @param authorities where the frame's law says so
     */
    public record StandardOfProof(@JsonProperty(required = true) String threshold,
                                  @JsonProperty(required = true) String words, List<String> authorities) {
        public StandardOfProof {
            authorities = authorities == null ? List.of() : List.copyOf(authorities);
        }

        /** Whether the harm must be more likely than not. */
        @JsonIgnore
        public boolean moreLikelyThanNot() {
            return "more_likely_than_not".equals(threshold);
        }

        /** "a reasonable degree of likelihood (R v SSHD ex p Sivakumaran [1988] AC 958)". */
        public String cited() {
            return authorities.isEmpty() ? words : words + " (" + String.join("; ", authorities) + ")";
        }
    }

    /**
     * The instrument a frame applies over a period of decision dates, and how citations read under it.
     *
     * @param from          first decision date it governs, or null (since ever)
     * @param until         last decision date it governs, or null (still in force)
     * @param name          the instrument, e.g. "Regulation (EU) 2024/1347"
     * @param source        where its application dates were read
     * @param citationForms how a citation written in the rules is shown under it: each form's {@code from} prefix
     *                      (e.g. "QD ") becomes its {@code to} prefix, with the article numbers in {@code articles}
     *                      (the rules' article, e.g. "2(d)", to this instrument's, e.g. "3(5)"); an article not
     *                      listed keeps its number
     * @param notes         what was and was not verified
     */
    public record InstrumentPeriod(LocalDate from, LocalDate until, @JsonProperty(required = true) String name,
                                   String source, List<CitationForm> citationForms, List<String> notes) {
        public InstrumentPeriod {
            citationForms = citationForms == null ? List.of() : List.copyOf(citationForms);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        /** Whether a decision on this date falls in the period. */
        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        }
    }

    /** What the frame's law says about {@code nationality} for a person whose country of origin is {@code origin}. */
    public record NationalityNote(@JsonProperty(required = true) String origin,
                                  @JsonProperty(required = true) String nationality,
                                  @JsonProperty(required = true) String note) {
    }

    /** The frame's note on this nationality for a person from this country of origin, or "". */
    public String nationalityNote(String origin, String nationality) {
        for (NationalityNote n : nationalityNotes) {
            if (n.origin().equals(origin) && n.nationality().equals(nationality)) {
                return " " + n.note();
            }
        }
        return "";
    }

    /** See {@link InstrumentPeriod#citationForms()}. */
    public record CitationForm(@JsonProperty(required = true) String from, @JsonProperty(required = true) String to,
                               Map<String, String> articles, List<String> words) {
        public CitationForm {
            articles = articles == null ? Map.of() : Map.copyOf(articles);
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    /** The standard for one kind of finding, or null where the frame sets none. */
    public StandardOfProof standard(String governed) {
        return standardsOfProof.get(governed);
    }

    /** Whether a bar on return under RC 33 (withholding of removal) needs harm that is more likely than not. */
    public boolean moreLikelyThanNot() {
        StandardOfProof s = standard("withholding");
        return s != null && s.moreLikelyThanNot();
    }

    /** Whether the CAT 3 bar needs torture to be more likely than not. */
    public boolean tortureMoreLikelyThanNot() {
        StandardOfProof s = standard("torture");
        return s != null && s.moreLikelyThanNot();
    }

    /** The instrument period that governs a decision on this date, or null where the frame has none. */
    public InstrumentPeriod instrumentAt(LocalDate date) {
        for (InstrumentPeriod p : instruments) {
            if (date != null && p.covers(date)) {
                return p;
            }
        }
        return null;
    }

    /** The title, with the instrument that governs a decision on this date where the frame dates its instruments. */
    public String titleAt(LocalDate date) {
        InstrumentPeriod p = instrumentAt(date);
        return p == null ? title : title + ": " + p.name();
    }
}

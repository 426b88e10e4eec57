package org.refugeelaw.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Country information: general conditions in countries, each with its source and date, kept apart from any
 * person's facts so that one dataset serves many cases.
 *
 * @param conditions   what a country does to people who did something (or are someone)
 * @param nationality  how a country treats people as its nationals (e.g. the ROK and North Koreans)
 */
public record CountryInformation(@JsonProperty(required = true) String schemaVersion,
                                 List<Condition> conditions,
                                 List<NationalityPractice> nationality) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param schemaVersion the schema version
     * @param conditions the conditions (left out: none)
     * @param nationality the nationality (left out: none)
     */
    public CountryInformation {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        nationality = nationality == null ? List.of() : List.copyOf(nationality);
    }

    /**
     * Combines two datasets; the entries of {@code other} are added after these.
     *
     * @param other the other dataset
     * @return a new dataset holding both
     */
    public CountryInformation plus(CountryInformation other) {
        List<Condition> c = new ArrayList<>(conditions);
        c.addAll(other.conditions);
        List<NationalityPractice> n = new ArrayList<>(nationality);
        n.addAll(other.nationality);
        return new CountryInformation(schemaVersion, c, n);
    }

    /**
     * A condition in a country: people with a given conduct or profile face the listed harms there.
     *
     * @param id                  stable identifier, cited in reports
     * @param country             ISO 3166-1 alpha-2 code
     * @param trigger             the conduct or circumstance that exposes a person to the harm
     * @param harms               the harms, each to a real chance
     * @param inflictedBy         state or non-state agents
     * @param stateViewsAs        how the state characterises the conduct, e.g. {@code treason}; empty if not known
     * @param ground              the Convention ground for which the harm is inflicted, if any
     * @param groundImputed       whether the ground is imputed by the persecutor rather than held
     * @param learnedOnReturn     whether the authorities learn of the conduct on forced return (screening,
     *                            interrogation; for activities abroad: returnees are questioned about their time
     *                            abroad, and such conduct comes out); where established, awareness is presumed
     * @param inForceSince        when this condition began (a law's adoption, a change of regime); used to tell
     *                            whether it arose after a person's departure
     * @param summary             the condition in one or two plain sentences
     * @param source              the source, e.g. {@code A/HRC/25/63 (2014) paras 430-435}
     * @param sourceDate          the date of the source: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as
     *                            precise as the source itself
     * @param identifiesParticipantsAbroad whether the state monitors activity of this kind abroad and identifies those
     *                            who are prominent in it or linked to known leaders or groups (BA (Demonstrators in
     *                            Britain) Iran CG [2011] UKUT 36; A.I. v Switzerland, 23378/15)
     * @param substantiallyPrejudicial whether the lesser harms listed have consequences of a substantially prejudicial
     *                            nature for those affected (HB 54-55, 63)
     * @param sources             each source the condition rests on, with its own date and the paragraphs relied on
     *                            (empty: {@code source} and {@code sourceDate} say it all)
     * @param aggravatesExitPenalty whether the condition is the aggravated form of the penalty for leaving: returnees
     *                            are questioned about this conduct, so whether the person engaged in it is material for
     *                            every returnee, and the record states it three-valued in {@code stayAbroad} (contact
     *                            with South Koreans, with churches, an attempt to reach the ROK)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(@JsonProperty(required = true) String id,
                            @JsonProperty(required = true) String country,
                            @JsonProperty(required = true) Conduct trigger,
                            @JsonProperty(required = true) List<Harm> harms,
                            Agent inflictedBy,
                            String stateViewsAs,
                            Ground ground,
                            Truth groundImputed,
                            Truth learnedOnReturn,
                            LocalDate inForceSince,
                            @JsonProperty(required = true) String summary,
                            @JsonProperty(required = true) String source,
                            @JsonProperty(required = true) String sourceDate,
                            Truth identifiesParticipantsAbroad,
                            Truth substantiallyPrejudicial,
                            List<Source> sources,
                            Truth aggravatesExitPenalty) {
        /**
         * Normalises the components: a fact left out is unknown; lists are copied, and a list left out is empty; a part
         * left out is unknown.
         *
         * @param id the id
         * @param country the country
         * @param trigger the trigger
         * @param harms the harms (left out: none)
         * @param inflictedBy the inflicted by
         * @param stateViewsAs the state views as
         * @param ground the ground
         * @param groundImputed the fact (left out: unknown)
         * @param learnedOnReturn the fact (left out: unknown)
         * @param inForceSince the in force since
         * @param summary the summary
         * @param source the source
         * @param sourceDate the source date
         * @param identifiesParticipantsAbroad the fact (left out: unknown)
         * @param substantiallyPrejudicial the fact (left out: unknown)
         * @param sources the dated sources (left out: none)
         * @param aggravatesExitPenalty the fact (left out: unknown)
         */
        public Condition {
            aggravatesExitPenalty = Truth.orUnknown(aggravatesExitPenalty);
            sources = sources == null ? List.of() : List.copyOf(sources);
            harms = harms == null ? List.of() : List.copyOf(harms);
            inflictedBy = inflictedBy == null ? Agent.UNKNOWN : inflictedBy;
            groundImputed = Truth.orUnknown(groundImputed);
            learnedOnReturn = Truth.orUnknown(learnedOnReturn);
            identifiesParticipantsAbroad = Truth.orUnknown(identifiesParticipantsAbroad);
            substantiallyPrejudicial = Truth.orUnknown(substantiallyPrejudicial);
        }

        /**
         * A condition as recorded before the monitoring and severity facts existed; those are unknown.
         *
         * @param id the id
         * @param country the country
         * @param trigger the trigger
         * @param harms the harms
         * @param inflictedBy the inflicted by
         * @param stateViewsAs the state views as
         * @param ground the ground
         * @param groundImputed the ground imputed
         * @param learnedOnReturn the learned on return
         * @param inForceSince the in force since
         * @param summary the summary
         * @param source the source
         * @param sourceDate the source date
         */
        public Condition(String id, String country, Conduct trigger, List<Harm> harms, Agent inflictedBy,
                         String stateViewsAs, Ground ground, Truth groundImputed, Truth learnedOnReturn,
                         LocalDate inForceSince, String summary, String source, String sourceDate) {
            this(id, country, trigger, harms, inflictedBy, stateViewsAs, ground, groundImputed, learnedOnReturn,
                    inForceSince, summary, source, sourceDate, null, null, null, null);
        }

        /**
         * Every dated source of this condition: its {@code sources}, or else {@code source} with {@code sourceDate}.
         *
         * @return the dated sources
         */
        public List<Source> datedSources() {
            return sources.isEmpty() ? List.of(new Source(source, sourceDate, null, null)) : sources;
        }

        /**
         * How reports and rules cite this condition: {@code country:ID}.
         *
         * @return the reference
         */
        public String ref() {
            return "country:" + id;
        }

        /**
         * True when at least one harm is serious enough to be persecution on its own.
         *
         * @return whether a harm listed is persecution on its own
         */
        public boolean seriousHarm() {
            return harms.stream().anyMatch(Harm::serious);
        }

        /**
         * Whether a harm listed is torture.
         *
         * @return whether a harm listed is torture
         */
        public boolean torture() {
            return harms.stream().anyMatch(Harm::torture);
        }

        /**
         * Whether a harm listed threatens life.
         *
         * @return whether a harm listed threatens life
         */
        public boolean lifeThreatening() {
            return harms.stream().anyMatch(Harm::lifeThreatening);
        }

        /**
         * Whether a harm listed is cruel, inhuman or degrading treatment.
         *
         * @return whether a harm listed is cruel, inhuman or degrading treatment
         */
        public boolean inhumanTreatment() {
            return harms.stream().anyMatch(Harm::inhumanTreatment);
        }
    }

    /**
     * How a country treats the nationals of another as its own (RC 1A(2) second paragraph; HB 106-107).
     *
     * @param country           the state whose nationality is in question, e.g. {@code KR}
     * @param forNationalsOf    the people it treats as nationals, e.g. {@code KP}
     * @param recognises        whether it recognises them as its nationals
     * @param admitsThoseWhoReachIt whether it admits them when they reach it or are returned to it
     * @param protectsThem      whether, once admitted, they are safe there (no persecution or serious harm)
     * @param sendsThemBack     whether it sends them back to the country they fled (onward refoulement)
     */
    public record NationalityPractice(@JsonProperty(required = true) String id,
                                      @JsonProperty(required = true) String country,
                                      @JsonProperty(required = true) String forNationalsOf,
                                      Truth recognises, Truth admitsThoseWhoReachIt, Truth protectsThem,
                                      Truth sendsThemBack,
                                      @JsonProperty(required = true) String summary,
                                      @JsonProperty(required = true) String source,
                                      @JsonProperty(required = true) String sourceDate,
                                      List<Source> sources) {
        /**
         * Normalises the components: a fact left out is unknown.
         *
         * @param id the id
         * @param country the country
         * @param forNationalsOf the for nationals of
         * @param recognises the fact (left out: unknown)
         * @param admitsThoseWhoReachIt the fact (left out: unknown)
         * @param protectsThem the fact (left out: unknown)
         * @param sendsThemBack the fact (left out: unknown)
         * @param summary the summary
         * @param source the source
         * @param sourceDate the source date
         * @param sources the dated sources (left out: none)
         */
        public NationalityPractice {
            sources = sources == null ? List.of() : List.copyOf(sources);
            recognises = Truth.orUnknown(recognises);
            admitsThoseWhoReachIt = Truth.orUnknown(admitsThoseWhoReachIt);
            protectsThem = Truth.orUnknown(protectsThem);
            sendsThemBack = Truth.orUnknown(sendsThemBack);
        }

        /**
         * Every dated source of this practice: its {@code sources}, or else {@code source} with {@code sourceDate}.
         *
         * @return every dated source of this practice: its {@code sources}, or else {@code source} with {@code sourceDate}
         */
        public List<Source> datedSources() {
            return sources.isEmpty() ? List.of(new Source(source, sourceDate, null, null)) : sources;
        }
    }

    /**
     * One source of a condition or practice.
     *
     * @param citation     the source, as a lawyer would cite it
     * @param date         its date, as precise as the source itself: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param paragraphs   the paragraphs or sections relied on, if any
     * @param verification whether, and how, the text relied on was read ("not verified: ..." where it was not)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(@JsonProperty(required = true) String citation, @JsonProperty(required = true) String date,
                         String paragraphs, String verification) {
        /**
         * The last day the date can mean ({@code 2014} is read as 31 December 2014), so that a source counts as older
         * than a period only when it certainly is.
         *
         * @return the last day the date can mean ({@code 2014} is read as 31 December 2014), so that a source counts as older than a period only when it certainly is
         */
        public LocalDate latestDay() {
            String[] p = date.split("-");
            int year = Integer.parseInt(p[0]);
            if (p.length == 1) {
                return LocalDate.of(year, 12, 31);
            }
            java.time.YearMonth ym = java.time.YearMonth.of(year, Integer.parseInt(p[1]));
            return p.length == 2 ? ym.atEndOfMonth() : ym.atDay(Integer.parseInt(p[2]));
        }

        /**
         * Whether the source is more than {@code years} years old on {@code day}.
         *
         * @param years the years
         * @param day the day
         * @return whether the source is more than {@code years} years old on {@code day}
         */
        public boolean olderThan(int years, LocalDate day) {
            return day != null && latestDay().plusYears(years).isBefore(day);
        }
    }
}

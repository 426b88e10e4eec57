package org.refugeelaw.engine;

import java.time.LocalDate;
import java.util.List;
import org.refugeelaw.model.CountryInformation;

/**
 * A country-information entry that rests on a source more than {@link #YEARS} years older than the assessment date.
 * The rules insert one per such entry; the assembler adds {@link #note()} to the reasons of every finding that relies
 * on the entry, so that a reader sees that the information may be dated before relying on it.
 *
 * @param ref     how findings cite the entry: {@code country:ID}
 * @param id      the entry's identifier
 * @param day     the assessment date
 * @param sources the sources of the entry that are that old
 */
public record DatedSource(String ref, String id, LocalDate day, List<CountryInformation.Source> sources) {
    /** How old a source may be at the assessment date before it is reported as dated. */
    public static final int YEARS = 5;

    public DatedSource {
        sources = List.copyOf(sources);
    }

    /** The sources in {@code all} more than {@link #YEARS} years older than {@code day}. */
    public static List<CountryInformation.Source> dated(List<CountryInformation.Source> all, LocalDate day) {
        return all.stream().filter(s -> s.olderThan(YEARS, day)).toList();
    }

    /** Whether a finding's fact (a JSON path or a {@code country:ID...} reference) rests on this entry. */
    public boolean reliedOnBy(String fact) {
        return fact.startsWith(ref) && (fact.length() == ref.length() || fact.charAt(ref.length()) == '.');
    }

    /**
     * The sentence added to the reasons of a finding that relies on the given entries: which entries, and each of
     * their dated sources once, newest first.
     */
    public static org.refugeelaw.assessment.Message note(List<DatedSource> entries) {
        java.util.Map<String, CountryInformation.Source> distinct = new java.util.LinkedHashMap<>();
        // Each source's latest day, parsed once rather than in every comparison.
        java.util.Map<CountryInformation.Source, LocalDate> latest = new java.util.IdentityHashMap<>();
        entries.forEach(e -> e.sources()
                .forEach(src -> latest.computeIfAbsent(src, CountryInformation.Source::latestDay)));
        entries.stream().flatMap(e -> e.sources().stream())
                .sorted(java.util.Comparator.comparing((CountryInformation.Source src) -> latest.get(src)).reversed()
                        .thenComparing(CountryInformation.Source::citation))
                .forEach(src -> distinct.putIfAbsent(src.citation() + "|" + src.date(), src));
        // The citations and identifiers are data quoted from the country information, the same in every language.
        String sources = String.join("; ", distinct.values().stream().map(s -> s.citation() + " (" + s.date() + ")")
                .toList());
        String ids = String.join(", ", entries.stream().map(DatedSource::id).toList());
        return org.refugeelaw.assessment.Message.of("coi.datedSources.note", ids, entries.get(0).day(), sources);
    }
}

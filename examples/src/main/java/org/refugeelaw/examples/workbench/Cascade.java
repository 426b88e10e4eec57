package org.refugeelaw.examples.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.assessment.Tier;
import org.refugeelaw.examples.WhatIf;
import org.refugeelaw.report.HtmlReport;
import org.refugeelaw.report.ReportLabels;

/**
 * The assessment as the workbench shows it: the library's HTML report view ({@link HtmlReport#viewModel}) in the
 * order of the cascade (inclusion, sur place, other nationality, cessation and exclusion, return per destination,
 * complementary protection, procedure), with the items that a change of facts changed marked, each with what it
 * was (the changes come from {@link WhatIf#changes}).
 */
final class Cascade {
    private Cascade() {
    }

    static Map<String, Object> of(Assessment a, List<WhatIf.Change> changes) {
        return of(a, changes, changes, java.util.Locale.ROOT);
    }

    /**
     * The cascade for a reader of {@code locale}: the report's view in that language; {@code changes} (English items,
     * {@link WhatIf#changes(Assessment, Assessment)}) mark the items, {@code shown} (the same changes from
     * {@link WhatIf#changes(Assessment, Assessment, java.util.Locale)}, in the same order) are what the reader reads.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Assessment a, List<WhatIf.Change> changes, List<WhatIf.Change> shown,
                                  java.util.Locale locale) {
        Map<String, WhatIf.Change> byItem = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            byItem.put(changes.get(i).item(), shown.get(i));
        }
        Map<String, Object> v = new LinkedHashMap<>(HtmlReport.viewModel(a, locale));
        v.put("outcome", a.outcome());
        Map<String, Object> det = new LinkedHashMap<>((Map<String, Object>) v.get("determination"));
        mark(det, byItem.get("determination"), locale);
        v.put("determination", det);

        List<Map<String, Object>> tiers = new ArrayList<>();
        for (Map<String, Object> tier : (List<Map<String, Object>>) v.get("tiers")) {
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) tier.get("criteria")) {
                Map<String, Object> m = new LinkedHashMap<>(c);
                mark(m, byItem.get((String) c.get("id")), locale);
                criteria.add(m);
            }
            List<Map<String, Object>> returns = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) tier.get("returns")) {
                Map<String, Object> m = new LinkedHashMap<>(r);
                String dest = (String) r.get("destination");
                mark(m, byItem.get("return to " + dest), locale);
                List<Map<String, Object>> bars = new ArrayList<>();
                for (Map<String, Object> b : (List<Map<String, Object>>) r.get("bars")) {
                    Map<String, Object> mb = new LinkedHashMap<>(b);
                    mark(mb, byItem.get("return to " + dest + " / " + b.get("id")), locale);
                    bars.add(mb);
                }
                m.put("bars", bars);
                returns.add(m);
            }
            List<Map<String, Object>> guarantees = new ArrayList<>();
            for (Map<String, Object> g : (List<Map<String, Object>>) tier.get("guarantees")) {
                Map<String, Object> m = new LinkedHashMap<>(g);
                mark(m, byItem.get(g.get("id") + " / " + g.get("guarantee")), locale);
                guarantees.add(m);
            }
            if (Tier.INCLUSION.name().equals(tier.get("id"))) {
                // The cascade takes sur place as a step of its own, after inclusion at departure.
                List<Map<String, Object>> surPlace = criteria.stream()
                        .filter(c -> ((String) c.get("id")).startsWith("SUR_PLACE")).toList();
                List<Map<String, Object>> atDeparture = criteria.stream()
                        .filter(c -> !((String) c.get("id")).startsWith("SUR_PLACE")).toList();
                tiers.add(tier(tier, "INCLUSION", ReportLabels.tier(Tier.INCLUSION, locale), atDeparture, returns,
                        guarantees));
                if (!surPlace.isEmpty()) {
                    tiers.add(tier(tier, "SUR_PLACE", ReportLabels.text("report.workbench.surPlaceTier", locale),
                            surPlace, List.of(), List.of()));
                }
            } else {
                tiers.add(tier(tier, (String) tier.get("id"), (String) tier.get("title"), criteria, returns,
                        guarantees));
            }
        }
        v.put("tiers", tiers);

        List<Map<String, Object>> summary = new ArrayList<>();
        for (WhatIf.Change c : shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", c.item());
            m.put("before", words(c.before(), locale));
            m.put("after", words(c.after(), locale));
            m.put("reasons", c.reasons());
            summary.add(m);
        }
        v.put("hasChanges", !summary.isEmpty());
        v.put("changes", summary);
        return v;
    }

    private static Map<String, Object> tier(Map<String, Object> from, String id, String title,
                                            List<Map<String, Object>> criteria, List<Map<String, Object>> returns,
                                            List<Map<String, Object>> guarantees) {
        Map<String, Object> t = new LinkedHashMap<>(from);
        t.put("id", id);
        t.put("title", title);
        t.put("criteria", criteria);
        t.put("returns", returns);
        t.put("hasReturns", !returns.isEmpty());
        t.put("guarantees", guarantees);
        t.put("hasGuarantees", !guarantees.isEmpty());
        return t;
    }

    private static void mark(Map<String, Object> m, WhatIf.Change c, java.util.Locale locale) {
        m.put("changed", c != null);
        m.put("was", c == null ? "" : words(c.before(), locale));
        m.put("wasNote", c == null ? "" : ReportLabels.text("report.workbench.changedWas", locale,
                words(c.before(), locale)));
    }

    /** A value in words: lower case in English (as always); in Korean and Chinese already in words. */
    private static String words(String value, java.util.Locale locale) {
        return ReportLabels.english(locale) ? words(value) : value == null ? "" : value;
    }

    static String words(String enumLike) {
        return enumLike == null ? "" : enumLike.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

package org.junheng.indicators.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.School;
import org.junheng.core.value.Label;

/**
 * The coverage indicators of a data set, each for all its schools and broken down by district, by
 * location (城区/镇区/乡村) and by ownership, since the seeds ask to narrow the gaps between regions,
 * between town and country, and between groups. Every rate is exact; a zero denominator is "not
 * applicable" with its reason. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param overall the rate over the whole data set
 * @param breakdowns by grouping ("district", "location", "ownership"), the rate of each group
 */
public record CoverageIndicators(CoverageIndicator indicator, Rate overall, Map<String, Map<String, Rate>> breakdowns) {

    public CoverageIndicators {
        Checks.notNull(indicator, "indicator");
        Checks.notNull(overall, "overall");
        Map<String, Map<String, Rate>> copy = new LinkedHashMap<>();
        breakdowns.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        breakdowns = java.util.Collections.unmodifiableMap(copy);
    }

    /** Every indicator of a data set, in the order of {@link CoverageIndicator}. */
    public static List<CoverageIndicators> of(DataSet data) {
        Checks.notNull(data, "data");
        SchoolFacts facts = new SchoolFacts(data);
        List<CoverageIndicators> all = new ArrayList<>();
        for (CoverageIndicator indicator : CoverageIndicator.values()) {
            all.add(of(data, facts, indicator));
        }
        return all;
    }

    /** One indicator of a data set. */
    public static CoverageIndicators of(DataSet data, CoverageIndicator indicator) {
        return of(Checks.notNull(data, "data"), new SchoolFacts(data), Checks.notNull(indicator, "indicator"));
    }

    private static CoverageIndicators of(DataSet data, SchoolFacts facts, CoverageIndicator indicator) {
        if (!indicator.fromRecords()) {
            Label why = Label.of("数据集记录不含此指标所需事实, 请按年鉴数提供分子分母 (Rate.of)",
                    "the records hold no facts for this indicator: supply the counts (Rate.of)");
            return new CoverageIndicators(indicator, Rate.notApplicable(indicator, "all", why), Map.of());
        }
        Rate overall = rate(indicator, facts, "all", data.schools());
        Map<String, Map<String, Rate>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("district", group(indicator, facts, data.schools(), s -> s.jurisdiction().value() + " "
                + data.jurisdiction(s.jurisdiction()).map(j -> j.name()).orElse("")));
        breakdowns.put("location", group(indicator, facts, data.schools(), s -> s.location().label().zh() + " "
                + s.location().label().en()));
        breakdowns.put("ownership", group(indicator, facts, data.schools(), s -> s.ownership().label().zh() + " "
                + s.ownership().label().en()));
        return new CoverageIndicators(indicator, overall, breakdowns);
    }

    private static Map<String, Rate> group(CoverageIndicator indicator, SchoolFacts facts, List<School> schools,
            Function<School, String> key) {
        Map<String, List<School>> groups = new TreeMap<>();
        schools.forEach(s -> groups.computeIfAbsent(key.apply(s).strip(), k -> new ArrayList<>()).add(s));
        Map<String, Rate> rates = new LinkedHashMap<>();
        groups.forEach((k, list) -> rates.put(k, rate(indicator, facts, k, list)));
        return rates;
    }

    private static Rate rate(CoverageIndicator indicator, SchoolFacts facts, String subject, List<School> schools) {
        long[] nd = indicator.counter().count(facts, schools);
        return Rate.of(indicator, subject, nd[0], nd[1]);
    }
}

/*
 * Copyright 2026 the junheng authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
 * compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is
 * distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and limitations under the License.
 */
package org.junheng.indicators.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.School;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;

/**
 * The coverage indicators of a data set, each for all its schools and broken down by district, by
 * location (城区/镇区/乡村) and by ownership, since the seeds ask to narrow the gaps between regions,
 * between town and country, and between groups. Every rate is exact; a zero denominator is "not
 * applicable" with its reason. Immutable and thread-safe.
 *
 * <p>COV-7 where the profile names its counties ({@code coverage.alliance.counties}, Shenyang: SY24 任务2
 * names 辽中区, 新民市, 法库县 and 康平县) is one rate over those counties together, with a breakdown
 * "county" giving each named county's own rate; a data set holding none of them is "not applicable".
 *
 * @param indicator the indicator
 * @param overall the rate over the whole data set (for COV-7 with named counties: over those counties)
 * @param breakdowns by grouping ("district", "location", "ownership", and "county" for COV-7 with named
 *     counties), the rate of each group
 */
public record CoverageIndicators(CoverageIndicator indicator, Rate overall, Map<String, Map<String, Rate>> breakdowns) {

    /** The parameter of a profile naming the counties COV-7 is computed over (SY24 任务2). */
    public static final String ALLIANCE_COUNTIES = "coverage.alliance.counties";

    /** Checks and copies the breakdowns. */
    public CoverageIndicators {
        Checks.notNull(indicator, "indicator");
        Checks.notNull(overall, "overall");
        Map<String, Map<String, Rate>> copy = new LinkedHashMap<>();
        Checks.notNull(breakdowns, "breakdowns").forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        breakdowns = Collections.unmodifiableMap(copy);
    }

    /** Every indicator of a data set under the national profile (which declares no large-class size, COV-5). */
    public static List<CoverageIndicators> of(DataSet data) {
        return of(data, Policies.national());
    }

    /**
     * Every indicator of a data set, in the order of {@link CoverageIndicator}, with the definitions the
     * policy sets (COV-5 class sizes, COV-7 counties). Indicators of rules the policy does not hold are
     * computed too: {@link CoverageSection} is what leaves them out.
     */
    public static List<CoverageIndicators> of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        SchoolFacts facts = new SchoolFacts(data, policy);
        List<CoverageIndicators> all = new ArrayList<>();
        for (CoverageIndicator indicator : CoverageIndicator.values()) {
            all.add(of(data, policy, facts, indicator));
        }
        return all;
    }

    /** One indicator of a data set under the national profile. */
    public static CoverageIndicators of(DataSet data, CoverageIndicator indicator) {
        return of(data, Policies.national(), indicator);
    }

    /** One indicator of a data set under a policy. */
    public static CoverageIndicators of(DataSet data, Policy policy, CoverageIndicator indicator) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        Checks.notNull(indicator, "indicator");
        return of(data, policy, new SchoolFacts(data, policy), indicator);
    }

    private static CoverageIndicators of(DataSet data, Policy policy, SchoolFacts facts, CoverageIndicator indicator) {
        if (!indicator.fromRecords()) {
            Label why = Label.of("数据集记录不含此指标所需事实, 请按年鉴数提供分子分母 (Rate.of)",
                    "the records hold no facts for this indicator: supply the counts (Rate.of)");
            return new CoverageIndicators(indicator, Rate.notApplicable(indicator, "all", why), Map.of());
        }
        String key = indicator.parameter();
        if (key != null && !policy.has(key)) {
            Label why = Label.of("政策 " + policy.name() + " 未规定 " + key, "policy " + policy.name() + " sets no " + key);
            return new CoverageIndicators(indicator, Rate.notApplicable(indicator, "all", why), Map.of());
        }
        List<School> schools = data.schools();
        Map<String, Map<String, Rate>> breakdowns = new LinkedHashMap<>();
        Rate overall;
        if (indicator == CoverageIndicator.ALLIANCE_RURAL && policy.has(ALLIANCE_COUNTIES)) {
            Set<DivisionCode> named = counties(policy.text(ALLIANCE_COUNTIES));
            schools = schools.stream().filter(s -> named.contains(s.jurisdiction())).toList();
            Map<String, Rate> byCounty = new LinkedHashMap<>();
            for (DivisionCode county : named) {
                String subject = facts.districtName(county);
                List<School> own = schools.stream().filter(s -> s.jurisdiction().equals(county)).toList();
                byCounty.put(subject, own.isEmpty() ? Rate.notApplicable(indicator, subject, notInData())
                        : rate(indicator, facts, subject, own));
            }
            breakdowns.put("county", byCounty);
            overall = schools.isEmpty() ? Rate.notApplicable(indicator, "all", notInData())
                    : rate(indicator, facts, "all", schools);
        } else {
            overall = rate(indicator, facts, "all", schools);
        }
        for (SchoolFacts.Breakdown b : SchoolFacts.Breakdown.values()) {
            breakdowns.put(b.key(), rates(indicator, facts, facts.grouped(b, schools)));
        }
        return new CoverageIndicators(indicator, overall, breakdowns);
    }

    private static Label notInData() {
        return Label.of("数据集不含该县区的学校", "the data set holds no school of this county");
    }

    private static Set<DivisionCode> counties(String list) {
        Set<DivisionCode> codes = new LinkedHashSet<>();
        for (String code : list.split(",")) {
            codes.add(DivisionCode.of(code.strip()));
        }
        return codes;
    }

    private static Map<String, Rate> rates(CoverageIndicator indicator, SchoolFacts facts, Map<String, List<School>> groups) {
        Map<String, Rate> rates = new LinkedHashMap<>();
        groups.forEach((k, list) -> rates.put(k, rate(indicator, facts, k, list)));
        return rates;
    }

    private static Rate rate(CoverageIndicator indicator, SchoolFacts facts, String subject, List<School> schools) {
        long[] nd = indicator.counter().count(facts, schools);
        return Rate.of(indicator, subject, nd[0], nd[1]);
    }
}

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
package org.junheng.indicators.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.Location;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.model.SchoolType;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * <b>BAL-6</b>, the funding guarantees of the 2017 standard (教督〔2017〕6号, government guarantees; both
 * figures unconfirmed: no primary text seen), checked on each school's public-funds budget:
 *
 * <ul>
 *   <li><b>small village schools</b>: a rural (乡村) ordinary compulsory school or teaching point with fewer
 *       than {@code balance.smallSchoolFundedAs} (100) students is funded as if it had that many: its
 *       budget is at least the per-student public-funds benchmark of its jurisdiction (the funding record
 *       of the same year, its own or the nearest enclosing one's, FIN-7's
 *       {@code publicFundsBenchmarkPerStudent}) times 100;</li>
 *   <li><b>special education</b>: a special-education school's public funds per student are at least
 *       {@code balance.specialEducationPublicFundsPerStudent} (6000 yuan; a Shenyang transcription says
 *       8000): {@code budget >= minimum × students}, exact in fen.</li>
 * </ul>
 *
 * <p>Students are the data set's enrolled students of the school. A school without students or without a
 * benchmark to compare with is "not assessable"; a school without a budget record gives no finding.
 */
public final class FundingGuarantees {
    /** The rule's ID. */
    public static final String RULE = "BAL-6";
    static final String SMALL_SCHOOL = "balance.smallSchoolFundedAs";
    static final String SPECIAL = "balance.specialEducationPublicFundsPerStudent";

    private FundingGuarantees() {
    }

    /** Every BAL-6 funding finding of a data set, in the order of its school budget records. */
    public static List<Finding> check(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        if (!policy.holds(RULE)) {
            return List.of();
        }
        long fundedAs = policy.count(SMALL_SCHOOL);
        Money specialMinimum = policy.money(SPECIAL);
        List<Finding> findings = new ArrayList<>();
        for (SchoolFunding f : data.schoolFunding()) {
            Optional<School> school = data.school(f.schoolId());
            if (school.isEmpty()) {
                continue;
            }
            School s = school.get();
            long n = data.studentCount(s.id());
            if (s.type() == SchoolType.SPECIAL) {
                findings.add(specialEducation(s, f, n, specialMinimum));
            } else if (s.type().isOrdinaryCompulsory() && s.location() == Location.RURAL && n < fundedAs) {
                findings.add(smallVillageSchool(s, f, n, fundedAs, benchmark(data, s, f.year())));
            }
        }
        return findings;
    }

    /** The per-student benchmark of the school's own or nearest enclosing jurisdiction in that year. */
    static Optional<Money> benchmark(DataSet data, School school, int year) {
        return data.funding().stream()
                .filter(r -> r.year() == year && r.publicFundsBenchmarkPerStudent() != null
                        && r.jurisdiction().contains(school.jurisdiction()))
                .max(Comparator.comparing(r -> r.jurisdiction().value()))
                .map(FundingRecord::publicFundsBenchmarkPerStudent);
    }

    /** A village school under {@code fundedAs} students, funded as {@code fundedAs}. */
    static Finding smallVillageSchool(School s, SchoolFunding f, long students, long fundedAs, Optional<Money> benchmark) {
        String subject = s.id() + " " + f.year() + ": 小规模乡村学校 / small village school";
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("students", Long.toString(students));
        facts.put("fundedAs", Long.toString(fundedAs));
        facts.put("budget", f.publicFundsBudget().toPlainString());
        if (benchmark.isEmpty()) {
            return new Finding(RULE, subject, Verdict.NOT_ASSESSABLE, Label.of("无法评估: 无 " + f.year() + " 年生均公用经费基准定额",
                    "not assessable: no per-student public-funds benchmark for " + f.year()), facts);
        }
        Money required = benchmark.get().times(fundedAs);
        facts.put("benchmark", benchmark.get().toPlainString());
        facts.put("required", required.toPlainString());
        return judged(subject, f.publicFundsBudget(), required, facts,
                Label.of("不足 " + fundedAs + " 人按 " + fundedAs + " 人核定公用经费",
                        "funded as " + fundedAs + " students though under " + fundedAs));
    }

    /** A special-education school's public funds per student against the minimum. */
    static Finding specialEducation(School s, SchoolFunding f, long students, Money minimum) {
        String subject = s.id() + " " + f.year() + ": 特殊教育生均公用经费 / special-education funds per student";
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("students", Long.toString(students));
        facts.put("budget", f.publicFundsBudget().toPlainString());
        facts.put("minimumPerStudent", minimum.toPlainString());
        if (students == 0) {
            return new Finding(RULE, subject, Verdict.NOT_ASSESSABLE, Label.of("无法评估: 无在校生记录",
                    "not assessable: no enrolled students recorded"), facts);
        }
        Money required = minimum.times(students);
        facts.put("required", required.toPlainString());
        return judged(subject, f.publicFundsBudget(), required, facts,
                Label.of("生均公用经费不低于 " + minimum.toPlainString() + " 元", "at least " + minimum.toPlainString()
                        + " yuan per student"));
    }

    private static Finding judged(String subject, Money budget, Money required, Map<String, String> facts, Label what) {
        boolean met = budget.compareTo(required) >= 0;
        Money shortfall = met ? Money.ZERO : required.minus(budget);
        facts.put("shortfall", shortfall.toPlainString());
        return new Finding(RULE, subject, met ? Verdict.MET : Verdict.NOT_MET, met
                ? Label.of(what.zh() + ": 预算 " + budget.toPlainString() + " 元, 不低于 " + required.toPlainString() + " 元",
                        what.en() + ": budget " + budget.toPlainString() + " yuan is at least " + required.toPlainString())
                : Label.of(what.zh() + ": 预算 " + budget.toPlainString() + " 元, 低于 " + required.toPlainString() + " 元; 差 "
                        + shortfall.toPlainString() + " 元", what.en() + ": budget " + budget.toPlainString()
                        + " yuan is below " + required.toPlainString() + "; short by " + shortfall.toPlainString()), facts)
                .withMeasure(Measure.of(budget.yuan(), required.yuan(), shortfall.yuan(), Unit.YUAN));
    }
}

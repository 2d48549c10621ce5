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
package org.junheng.indicators.funding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * <b>FIN-8</b>: the statutory growth rules of education funding that PJ22 二 names as not yet met, and the
 * surcharges of PJ22 五(二)1, checked from the figures a funding record supplies.
 *
 * <p>教育法 (1995) 第五十四条 (第五十五条 since the 2015 amendment), the <b>two ratios</b> (两个比例): state fiscal
 * education funds as a share of the gross product, and education as a share of total fiscal expenditure,
 * are raised gradually (逐步提高). 教育法 第五十五条 (now 第五十六条), the <b>three growths</b> (三个增长): the
 * growth of education appropriations is higher than that of recurrent fiscal revenue (高于财政经常性收入的增长),
 * education spending per enrolled student grows (逐步增长), and teachers' salaries and public funds per
 * student grow (逐步增长). PJ22 五(二)1: the education surcharges are levied in full (足额征收) and spent on
 * education.
 *
 * <p>Each part is one finding per year, exact (cross-multiplied integers). "Raised" and "grows" mean
 * strictly more than the year before, so an unchanged figure does not meet them; "higher than" is strict.
 * A part needing the prior year compares with the record of the year before with the same definition.
 * Only a year that carries at least one of FIN-8's own figures is checked; a part whose figures are
 * missing is "not assessable", naming them. The appropriation is the record's general public budget
 * education expenditure.
 */
public final class StatutoryGrowth {
    /** The rule's ID. */
    public static final String RULE = "FIN-8";

    private StatutoryGrowth() {
    }

    /**
     * Every FIN-8 finding of one or more jurisdictions' records, by jurisdiction and year; empty when the
     * policy does not hold FIN-8.
     *
     * @throws IllegalArgumentException if a jurisdiction repeats a year
     */
    public static List<Finding> check(List<FundingRecord> records, Policy policy) {
        Checks.notNull(records, "records");
        Checks.notNull(policy, "policy");
        if (!policy.holds(RULE)) {
            return List.of();
        }
        Map<DivisionCode, TreeMap<Integer, FundingRecord>> byJurisdiction = new TreeMap<>();
        for (FundingRecord r : records) {
            Checks.check(byJurisdiction.computeIfAbsent(r.jurisdiction(), k -> new TreeMap<>()).put(r.year(), r) == null,
                    "year %d appears twice for %s", r.year(), r.jurisdiction());
        }
        List<Finding> findings = new ArrayList<>();
        byJurisdiction.values().forEach(years -> years.values().forEach(r -> {
            FundingRecord prior = years.get(r.year() - 1);
            findings.addAll(year(r, prior != null && prior.definition().equals(r.definition()) ? prior : null));
        }));
        return findings;
    }

    /** Whether a record carries any of FIN-8's own figures. */
    static boolean carriesFigures(FundingRecord r) {
        return r.fiscalEducationFunds() != null || r.grossProduct() != null || r.budgetExpenditure() != null
                || r.recurrentRevenue() != null || r.publicFundsPerStudent() != null || r.surchargeDue() != null
                || r.surchargeSpentOnEducation() != null;
    }

    /** The findings of one year against its prior year (null when there is no comparable one). */
    static List<Finding> year(FundingRecord r, FundingRecord prior) {
        if (!carriesFigures(r)) {
            return List.of();
        }
        String subject = r.jurisdiction() + " " + r.year();
        List<Finding> findings = new ArrayList<>();
        findings.add(ratioRaised(subject + ": 财政性教育经费占生产总值 / fiscal education funds in the gross product", r, prior,
                FundingRecord::fiscalEducationFunds, FundingRecord::grossProduct, "fiscalEducationFunds", "grossProduct"));
        findings.add(ratioRaised(subject + ": 教育支出占财政支出 / education in total budget expenditure", r, prior,
                FundingRecord::expenditure, FundingRecord::budgetExpenditure, "expenditure", "budgetExpenditure"));
        findings.add(outgrows(subject + ": 教育拨款增长高于经常性收入增长 / appropriations outgrow recurrent revenue", r, prior));
        findings.add(perStudentGrows(subject + ": 生均教育支出增长 / spending per student grows", r, prior));
        findings.add(amountGrows(subject + ": 教师工资增长 / teachers' salary grows", r, prior,
                FundingRecord::teacherAverageSalary, "teacherAverageSalary"));
        findings.add(amountGrows(subject + ": 生均公用经费增长 / public funds per student grow", r, prior,
                FundingRecord::publicFundsPerStudent, "publicFundsPerStudent"));
        findings.add(atLeast(subject + ": 教育附加足额征收 / surcharges levied in full", r.educationSurcharge(), "educationSurcharge",
                r.surchargeDue(), "surchargeDue"));
        findings.add(atLeast(subject + ": 教育附加用于教育 / surcharges spent on education", r.surchargeSpentOnEducation(),
                "surchargeSpentOnEducation", r.educationSurcharge(), "educationSurcharge"));
        return findings;
    }

    private static Finding missing(String subject, Map<String, String> facts, List<String> names) {
        facts.put("missing", String.join(", ", names));
        return new Finding(RULE, subject, Verdict.NOT_ASSESSABLE, Label.of("无法评估: 缺少 " + String.join(", ", names),
                "not assessable: no figure for " + String.join(", ", names)), facts);
    }

    private static List<String> absent(Object[] values, String[] names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                out.add(names[i]);
            }
        }
        return out;
    }

    private static BigInteger fen(Money m) {
        return BigInteger.valueOf(m.fen());
    }

    private static Finding verdict(String subject, boolean met, String zh, String en, Map<String, String> facts) {
        return new Finding(RULE, subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(zh, en), facts);
    }

    /** 两个比例: {@code a_t / b_t > a_{t-1} / b_{t-1}}, i.e. {@code a_t × b_{t-1} > a_{t-1} × b_t}. */
    private static Finding ratioRaised(String subject, FundingRecord r, FundingRecord prior,
            Function<FundingRecord, Money> part, Function<FundingRecord, Money> whole, String partName, String wholeName) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (prior == null) {
            return missing(subject, facts, List.of("the record of " + (r.year() - 1)));
        }
        List<String> gaps = absent(new Object[] {part.apply(r), whole.apply(r), part.apply(prior), whole.apply(prior)},
                new String[] {partName, wholeName, partName + " " + prior.year(), wholeName + " " + prior.year()});
        if (!gaps.isEmpty()) {
            return missing(subject, facts, gaps);
        }
        Money a = part.apply(r);
        Money b = whole.apply(r);
        Money pa = part.apply(prior);
        Money pb = whole.apply(prior);
        if (b.isZero() || pb.isZero()) {
            return missing(subject, facts, List.of("a non-zero " + wholeName));
        }
        String now = percent(a, b);
        String before = percent(pa, pb);
        facts.put("share", now);
        facts.put("priorShare", before);
        boolean met = fen(a).multiply(fen(pb)).compareTo(fen(pa).multiply(fen(b))) > 0;
        return verdict(subject, met, "比例 " + now + (met ? " 高于" : " 未高于") + "上年 " + before,
                "share " + now + (met ? " is above" : " is not above") + " the prior year's " + before, facts);
    }

    /** 三个增长 1: {@code E_t / E_{t-1} > R_t / R_{t-1}}, i.e. {@code E_t × R_{t-1} > R_t × E_{t-1}}. */
    private static Finding outgrows(String subject, FundingRecord r, FundingRecord prior) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (prior == null) {
            return missing(subject, facts, List.of("the record of " + (r.year() - 1)));
        }
        List<String> gaps = absent(new Object[] {r.recurrentRevenue(), prior.recurrentRevenue()},
                new String[] {"recurrentRevenue", "recurrentRevenue " + prior.year()});
        if (!gaps.isEmpty()) {
            return missing(subject, facts, gaps);
        }
        if (prior.expenditure().isZero() || prior.recurrentRevenue().isZero()) {
            return missing(subject, facts, List.of("a non-zero prior expenditure and revenue"));
        }
        GrowthRate spending = GrowthRate.of(prior.expenditure(), r.expenditure());
        GrowthRate revenue = GrowthRate.of(prior.recurrentRevenue(), r.recurrentRevenue());
        facts.put("appropriationGrowth", spending.toString());
        facts.put("revenueGrowth", revenue.toString());
        boolean met = spending.compareTo(revenue) > 0;
        return verdict(subject, met, "教育拨款增长 " + spending + (met ? " 高于" : " 未高于") + "经常性收入增长 " + revenue,
                "appropriations grew " + spending + (met ? ", above" : ", not above") + " recurrent revenue's " + revenue,
                facts);
    }

    /** 三个增长 2: {@code E_t / N_t > E_{t-1} / N_{t-1}}. */
    private static Finding perStudentGrows(String subject, FundingRecord r, FundingRecord prior) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (prior == null) {
            return missing(subject, facts, List.of("the record of " + (r.year() - 1)));
        }
        if (prior.expenditure().isZero()) {
            return missing(subject, facts, List.of("a non-zero prior expenditure"));
        }
        GrowthRate g = GrowthRate.perStudent(prior.expenditure(), prior.students(), r.expenditure(), r.students());
        facts.put("growth", g.toString());
        boolean met = g.signum() > 0;
        return verdict(subject, met, "生均教育支出增长 " + g + (met ? "" : ", 未增长"),
                "spending per student changed by " + g + (met ? "" : ": no growth"), facts);
    }

    /** 三个增长 3: an amount of this year strictly above the prior year's. */
    private static Finding amountGrows(String subject, FundingRecord r, FundingRecord prior,
            Function<FundingRecord, Money> amount, String name) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (prior == null) {
            return missing(subject, facts, List.of("the record of " + (r.year() - 1)));
        }
        List<String> gaps = absent(new Object[] {amount.apply(r), amount.apply(prior)},
                new String[] {name, name + " " + prior.year()});
        if (!gaps.isEmpty()) {
            return missing(subject, facts, gaps);
        }
        Money now = amount.apply(r);
        Money before = amount.apply(prior);
        facts.put(name, now.toPlainString());
        facts.put("prior", before.toPlainString());
        boolean met = now.compareTo(before) > 0;
        return verdict(subject, met, now.toPlainString() + " 元" + (met ? " 高于" : " 未高于") + "上年 " + before.toPlainString()
                + " 元", now.toPlainString() + " yuan" + (met ? " is above" : " is not above") + " the prior year's "
                + before.toPlainString(), facts);
    }

    /** The surcharges: {@code have >= need}, the shortfall named. */
    private static Finding atLeast(String subject, Money have, String haveName, Money need, String needName) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> gaps = absent(new Object[] {have, need}, new String[] {haveName, needName});
        if (!gaps.isEmpty()) {
            return missing(subject, facts, gaps);
        }
        facts.put(haveName, have.toPlainString());
        facts.put(needName, need.toPlainString());
        boolean met = have.compareTo(need) >= 0;
        Money shortfall = met ? Money.ZERO : need.minus(have);
        facts.put("shortfall", shortfall.toPlainString());
        return verdict(subject, met, have.toPlainString() + " 元" + (met ? " 不低于 " : " 低于 ") + need.toPlainString() + " 元"
                + (met ? "" : "; 差 " + shortfall.toPlainString() + " 元"), have.toPlainString() + " yuan"
                + (met ? " is at least " : " is below ") + need.toPlainString() + (met ? "" : "; short by "
                + shortfall.toPlainString()), facts);
    }

    private static String percent(Money part, Money whole) {
        return part.yuan().multiply(java.math.BigDecimal.valueOf(100))
                .divide(whole.yuan(), 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}

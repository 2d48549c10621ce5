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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.core.value.Percentage;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * The funding rules beyond the two no-decreases, each a check of "at least a share of a base", exact in
 * fen, with its threshold from the policy. A finding cites the rule of the parameter that gives its
 * number ({@code policy.parameter(key).source().rule()}), and a rule is reported only where the policy
 * holds it ({@link Policy#holds}):
 *
 * <ul>
 *   <li><b>FIN-9</b> (国发〔2014〕19号, national) and <b>FIN-3</b> (PJ22 五(二)1, Panjin's restatement): at least
 *       {@code funding.surchargeToVocational.min} (30%) of the local education surcharge goes to vocational
 *       education;</li>
 *   <li><b>BAL-6</b> (教督〔2017〕6号 第七条, national) and <b>FIN-4</b> (PJ22 四(三)2, Panjin's): a school's
 *       teacher-training spending is at least {@code funding.teacherTraining.min} (5%) of its public-funds
 *       budget;</li>
 *   <li><b>FIN-5</b> (YK24 §3, Yingkou's): the per-child public-funds standard of public kindergartens is at
 *       least {@code funding.kindergartenPublicFundsPerChild.min} (600 yuan) by the end of 2024, judged on the
 *       last funding year on or before the deadline, never on a later one;</li>
 *   <li><b>FIN-6</b> (教师法 第二十五条, national; PJ22 四(七)5): teachers' average salary is at least
 *       {@code funding.teacherSalary.minShareOfCivilServants} (100%) of civil servants';</li>
 *   <li><b>FIN-7</b> (SY19 三(二), Shenyang's): public funds paid to compulsory schools are at least
 *       {@code funding.publicFundsBenchmark.minPaidShare} (100%) of the benchmark per student times the
 *       students.</li>
 * </ul>
 *
 * <p>A check applies to a record that carries its figures: a record without them gives no finding
 * (empty), since the rule cannot be judged on facts that were not collected. A base of zero (a school
 * with no public-funds budget) is "not assessable", never met.
 */
public final class FundingRules {
    static final String SURCHARGE = "funding.surchargeToVocational.min";
    static final String TRAINING = "funding.teacherTraining.min";
    static final String SALARY = "funding.teacherSalary.minShareOfCivilServants";
    static final String BENCHMARK = "funding.publicFundsBenchmark.minPaidShare";
    static final String KINDERGARTEN = "funding.kindergartenPublicFundsPerChild.min";
    static final String KINDERGARTEN_DEADLINE = "funding.kindergartenPublicFundsPerChild.deadline";

    private FundingRules() {
    }

    /**
     * Every funding finding of a data set that the policy holds, in the order of the records: the
     * surcharge share (FIN-9 or FIN-3), FIN-6 and FIN-7 per record, FIN-5 once per jurisdiction (by its
     * deadline), then the teacher-training share (BAL-6 or FIN-4) per school.
     */
    public static List<Finding> check(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        List<Finding> findings = new ArrayList<>();
        Map<DivisionCode, List<FundingRecord>> byJurisdiction = new TreeMap<>();
        for (FundingRecord r : data.funding()) {
            surchargeToVocational(r, policy).ifPresent(findings::add);
            teacherSalary(r, policy).ifPresent(findings::add);
            publicFundsBenchmark(r, policy).ifPresent(findings::add);
            byJurisdiction.computeIfAbsent(r.jurisdiction(), k -> new ArrayList<>()).add(r);
        }
        byJurisdiction.values().forEach(records -> kindergartenPublicFunds(records, policy).ifPresent(findings::add));
        for (SchoolFunding s : data.schoolFunding()) {
            teacherTraining(s, policy).ifPresent(findings::add);
        }
        return findings;
    }

    /**
     * The rule that a parameter's number comes from, if the policy declares the parameter and holds that
     * rule: {@code FIN-3} in Panjin's profile, {@code FIN-9} in the others for the surcharge share.
     */
    static Optional<String> heldRule(Policy policy, String key) {
        if (!policy.has(key)) {
            return Optional.empty();
        }
        String rule = policy.parameter(key).source().rule();
        return policy.holds(rule) ? Optional.of(rule) : Optional.empty();
    }

    /** FIN-9 (national) or FIN-3 (Panjin): the share of the local education surcharge spent on vocational education. */
    public static Optional<Finding> surchargeToVocational(FundingRecord r, Policy policy) {
        Checks.notNull(r, "record");
        if (r.educationSurcharge() == null || r.surchargeToVocational() == null) {
            return Optional.empty();
        }
        return heldRule(policy, SURCHARGE).map(rule -> share(rule, r.jurisdiction() + " " + r.year(),
                r.surchargeToVocational(), r.educationSurcharge(), policy.percentage(SURCHARGE),
                Label.of("地方教育附加用于职业教育", "local education surcharge spent on vocational education")));
    }

    /** BAL-6 (national standard) or FIN-4 (Panjin): a school's teacher-training spending as a share of its public-funds budget. */
    public static Optional<Finding> teacherTraining(SchoolFunding s, Policy policy) {
        Checks.notNull(s, "schoolFunding");
        return heldRule(policy, TRAINING).map(rule -> share(rule, s.schoolId() + " " + s.year(), s.teacherTraining(),
                s.publicFundsBudget(), policy.percentage(TRAINING),
                Label.of("教师培训经费占公用经费预算", "teacher training as a share of the public-funds budget")));
    }

    /** FIN-6: teachers' average salary against local civil servants' (教师法 第二十五条). */
    public static Optional<Finding> teacherSalary(FundingRecord r, Policy policy) {
        Checks.notNull(r, "record");
        if (r.teacherAverageSalary() == null || r.civilServantAverageSalary() == null) {
            return Optional.empty();
        }
        return heldRule(policy, SALARY).map(rule -> share(rule, r.jurisdiction() + " " + r.year(),
                r.teacherAverageSalary(), r.civilServantAverageSalary(), policy.percentage(SALARY),
                Label.of("教师平均工资相对公务员平均工资", "teachers' average salary against civil servants'")));
    }

    /** FIN-7 (Shenyang): public funds paid against the benchmark per student times the students. */
    public static Optional<Finding> publicFundsBenchmark(FundingRecord r, Policy policy) {
        Checks.notNull(r, "record");
        if (r.publicFundsBenchmarkPerStudent() == null || r.publicFundsStudents() == null || r.publicFundsPaid() == null) {
            return Optional.empty();
        }
        Money due = r.publicFundsBenchmarkPerStudent().times(r.publicFundsStudents());
        return heldRule(policy, BENCHMARK).map(rule -> share(rule, r.jurisdiction() + " " + r.year(), r.publicFundsPaid(),
                due, policy.percentage(BENCHMARK),
                Label.of("公用经费拨付相对基准定额 × 学生数", "public funds paid against the benchmark × students")));
    }

    /**
     * FIN-5 over a series of snapshots: every funding record of {@code jurisdiction} in any snapshot, a
     * later snapshot's record replacing an earlier one's of the same year, judged by
     * {@link #kindergartenPublicFunds(List, Policy)}.
     */
    public static Optional<Finding> kindergartenPublicFunds(DataSetSeries series, DivisionCode jurisdiction, Policy policy) {
        Checks.notNull(series, "series");
        Checks.notNull(jurisdiction, "jurisdiction");
        Map<Integer, FundingRecord> byYear = new TreeMap<>();
        for (DataSet snapshot : series.snapshots()) {
            for (FundingRecord r : snapshot.funding()) {
                if (r.jurisdiction().equals(jurisdiction)) {
                    byYear.put(r.year(), r);
                }
            }
        }
        return kindergartenPublicFunds(List.copyOf(byYear.values()), policy);
    }

    /**
     * FIN-5 (YK24 §3, by the end of 2024) over one jurisdiction's funding records: judged on the last
     * budget year that ends on or before the deadline and carries the per-child figure, saying which year;
     * "not assessable: no observation from before the deadline" when there is none (a later year's figure is
     * shown beside, never used). Empty when the policy does not hold FIN-5 or no record carries the figure.
     *
     * @throws IllegalArgumentException if the records are of several jurisdictions
     */
    public static Optional<Finding> kindergartenPublicFunds(List<FundingRecord> records, Policy policy) {
        Checks.notNull(records, "records");
        Checks.notNull(policy, "policy");
        List<FundingRecord> withFigure = records.stream().filter(r -> r.kindergartenPublicFundsPerChild() != null)
                .sorted(java.util.Comparator.comparingInt(FundingRecord::year)).toList();
        if (withFigure.isEmpty()) {
            return Optional.empty();
        }
        DivisionCode jurisdiction = withFigure.get(0).jurisdiction();
        Checks.check(withFigure.stream().allMatch(r -> r.jurisdiction().equals(jurisdiction)),
                "FIN-5 is judged on one jurisdiction's records");
        Optional<String> held = heldRule(policy, KINDERGARTEN);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        String rule = held.get();
        Map<String, String> facts = new LinkedHashMap<>();
        Money minimum = policy.money(KINDERGARTEN);
        LocalDate deadline = policy.date(KINDERGARTEN_DEADLINE);
        facts.put("minimum", minimum.toPlainString());
        facts.put("deadline", deadline.toString());
        FundingRecord judged = null;
        FundingRecord later = null;
        for (FundingRecord r : withFigure) {
            if (!LocalDate.of(r.year(), 12, 31).isAfter(deadline)) {
                judged = r;
            } else if (later == null) {
                later = r;
            }
        }
        if (later != null) {
            facts.put("laterYear", Integer.toString(later.year()));
            facts.put("laterPerChild", later.kindergartenPublicFundsPerChild().toPlainString());
        }
        if (judged == null) {
            String beside = later.year() + " 年为 " + later.kindergartenPublicFundsPerChild().toPlainString() + " 元";
            return Optional.of(new Finding(rule, jurisdiction.value(), Verdict.NOT_ASSESSABLE, Label.of(
                    "无法评估: 期限 " + deadline + " 前无观测值 (" + beside + ", 不用于判断)",
                    "not assessable: no observation from before the deadline " + deadline + " (" + later.year() + ": "
                            + later.kindergartenPublicFundsPerChild().toPlainString() + " yuan, shown, not used)"), facts));
        }
        String subject = jurisdiction + " " + judged.year();
        Money have = judged.kindergartenPublicFundsPerChild();
        facts.put("year", Integer.toString(judged.year()));
        facts.put("perChild", have.toPlainString());
        boolean met = have.compareTo(minimum) >= 0;
        Money shortfall = met ? Money.ZERO : minimum.minus(have);
        facts.put("shortfallPerChild", shortfall.toPlainString());
        String used = "以期限 " + deadline + " 前最后一年 " + judged.year() + " 年数据判断";
        String usedEn = "judged on " + judged.year() + ", the last year on or before the deadline " + deadline;
        return Optional.of(new Finding(rule, subject, met ? Verdict.MET : Verdict.NOT_MET, met
                ? Label.of("生均 " + have.toPlainString() + " 元, 不低于 " + minimum.toPlainString() + " 元; " + used,
                        have.toPlainString() + " yuan per child is at least " + minimum.toPlainString() + "; " + usedEn)
                : Label.of("生均 " + have.toPlainString() + " 元, 低于 " + minimum.toPlainString() + " 元; 每生差 "
                        + shortfall.toPlainString() + " 元; " + used, have.toPlainString() + " yuan per child is below "
                        + minimum.toPlainString() + "; short by " + shortfall.toPlainString() + " per child; " + usedEn),
                facts).withMeasure(Measure.of(have.yuan(), minimum.yuan(), shortfall.yuan(), Unit.YUAN)));
    }

    /** "part is at least {@code min} of whole", exact; the shortfall rounded up to the fen. */
    static Finding share(String rule, String subject, Money part, Money whole, Percentage min, Label what) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("amount", part.toPlainString());
        facts.put("base", whole.toPlainString());
        facts.put("threshold", min.toString());
        if (whole.isZero()) {
            return new Finding(rule, subject, Verdict.NOT_ASSESSABLE, Label.of(what.zh() + ": 基数为零, 比例不适用",
                    what.en() + ": the base is zero, so the share is not applicable"), facts);
        }
        String percent = part.yuan().multiply(java.math.BigDecimal.valueOf(100))
                .divide(whole.yuan(), 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        facts.put("share", percent);
        boolean met = min.compareWith(java.math.BigInteger.valueOf(part.fen()), java.math.BigInteger.valueOf(whole.fen())) <= 0;
        Money required = min.minimumAmount(whole);
        if (met) {
            return new Finding(rule, subject, Verdict.MET, Label.of(what.zh() + " " + percent + ", 不低于 " + min,
                    what.en() + " " + percent + " is at least " + min), facts)
                    .withMeasure(Measure.of(part.yuan(), required.yuan(), java.math.BigDecimal.ZERO.setScale(2), Unit.YUAN));
        }
        Money shortfall = required.minus(part);
        facts.put("required", required.toPlainString());
        facts.put("shortfall", shortfall.toPlainString());
        return new Finding(rule, subject, Verdict.NOT_MET, Label.of(
                what.zh() + " " + percent + ", 低于 " + min + "; 需至少 " + required.toPlainString() + " 元, 差 "
                        + shortfall.toPlainString() + " 元",
                what.en() + " " + percent + " is below " + min + "; needs at least " + required.toPlainString()
                        + " yuan, short by " + shortfall.toPlainString()), facts)
                .withMeasure(Measure.of(part.yuan(), required.yuan(), shortfall.yuan(), Unit.YUAN));
    }
}

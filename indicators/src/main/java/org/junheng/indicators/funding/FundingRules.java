package org.junheng.indicators.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.core.value.Percentage;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * The funding rules beyond the two no-decreases, each a check of "at least a share of a base", exact in
 * fen, with its threshold from the policy:
 *
 * <ul>
 *   <li><b>FIN-3</b> at least {@code funding.surchargeToVocational.min} (30%) of the local education
 *       surcharge goes to vocational education (PJ22 五(二)1);</li>
 *   <li><b>FIN-4</b> a school's teacher-training spending is at least {@code funding.teacherTraining.min}
 *       (5%) of its public-funds budget (PJ22 四(三)2; 教督〔2017〕6号);</li>
 *   <li><b>FIN-5</b> the per-child public-funds standard of public kindergartens is at least
 *       {@code funding.kindergartenPublicFundsPerChild.min} (Yingkou: 600 yuan by the end of 2024, YK24 §3);
 *       a year before the deadline's year is "not yet due";</li>
 *   <li><b>FIN-6</b> teachers' average salary is at least {@code funding.teacherSalary.minShareOfCivilServants}
 *       (100%) of local civil servants' (教师法 第二十五条; PJ22 四(七)5);</li>
 *   <li><b>FIN-7</b> public funds paid to compulsory schools are at least the benchmark per student times
 *       the students, {@code funding.publicFundsBenchmark.minPaidShare} (100%) of it (SY19 三(二)).</li>
 * </ul>
 *
 * <p>A check applies to a record that carries its figures: a record without them gives no finding
 * (empty), since the rule cannot be judged on facts that were not collected. A base of zero (a school
 * with no public-funds budget) is "not assessable", never met.
 */
public final class FundingRules {
    private FundingRules() {
    }

    /** Every funding finding of a data set, FIN-3 to FIN-7, in the order of the records. */
    public static List<Finding> check(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        List<Finding> findings = new ArrayList<>();
        for (FundingRecord r : data.funding()) {
            surchargeToVocational(r, policy).ifPresent(findings::add);
            kindergartenPublicFunds(r, policy).ifPresent(findings::add);
            teacherSalary(r, policy).ifPresent(findings::add);
            publicFundsBenchmark(r, policy).ifPresent(findings::add);
        }
        for (SchoolFunding s : data.schoolFunding()) {
            findings.add(teacherTraining(s, policy));
        }
        return findings;
    }

    /** FIN-3: the share of the local education surcharge spent on vocational education. */
    public static Optional<Finding> surchargeToVocational(FundingRecord r, Policy policy) {
        if (r.educationSurcharge() == null || r.surchargeToVocational() == null) {
            return Optional.empty();
        }
        return Optional.of(share("FIN-3", r.jurisdiction() + " " + r.year(), r.surchargeToVocational(),
                r.educationSurcharge(), policy.percentage("funding.surchargeToVocational.min"),
                Label.of("地方教育附加用于职业教育", "local education surcharge spent on vocational education")));
    }

    /** FIN-4: a school's teacher-training spending as a share of its public-funds budget. */
    public static Finding teacherTraining(SchoolFunding s, Policy policy) {
        return share("FIN-4", s.schoolId() + " " + s.year(), s.teacherTraining(), s.publicFundsBudget(),
                policy.percentage("funding.teacherTraining.min"),
                Label.of("教师培训经费占公用经费预算", "teacher training as a share of the public-funds budget"));
    }

    /** FIN-6: teachers' average salary against local civil servants'. */
    public static Optional<Finding> teacherSalary(FundingRecord r, Policy policy) {
        if (r.teacherAverageSalary() == null || r.civilServantAverageSalary() == null) {
            return Optional.empty();
        }
        return Optional.of(share("FIN-6", r.jurisdiction() + " " + r.year(), r.teacherAverageSalary(),
                r.civilServantAverageSalary(), policy.percentage("funding.teacherSalary.minShareOfCivilServants"),
                Label.of("教师平均工资相对公务员平均工资", "teachers' average salary against civil servants'")));
    }

    /** FIN-7: public funds paid against the benchmark per student times the students. */
    public static Optional<Finding> publicFundsBenchmark(FundingRecord r, Policy policy) {
        if (r.publicFundsBenchmarkPerStudent() == null || r.publicFundsStudents() == null || r.publicFundsPaid() == null) {
            return Optional.empty();
        }
        Money due = r.publicFundsBenchmarkPerStudent().times(r.publicFundsStudents());
        return Optional.of(share("FIN-7", r.jurisdiction() + " " + r.year(), r.publicFundsPaid(), due,
                policy.percentage("funding.publicFundsBenchmark.minPaidShare"),
                Label.of("公用经费拨付相对基准定额 × 学生数", "public funds paid against the benchmark × students")));
    }

    /** FIN-5: the per-child public-funds standard of public kindergartens, with its deadline. */
    public static Optional<Finding> kindergartenPublicFunds(FundingRecord r, Policy policy) {
        if (r.kindergartenPublicFundsPerChild() == null) {
            return Optional.empty();
        }
        String subject = r.jurisdiction() + " " + r.year();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("perChild", r.kindergartenPublicFundsPerChild().toPlainString());
        String key = "funding.kindergartenPublicFundsPerChild.min";
        if (!policy.hasValue(key) || !policy.hasValue("funding.kindergartenPublicFundsPerChild.deadline")) {
            return Optional.of(new Finding("FIN-5", subject, Verdict.NOT_ASSESSABLE, Label.of(
                    "政策 " + policy.name() + " 未设生均公用经费标准", "policy " + policy.name() + " sets no per-child standard"),
                    facts));
        }
        Money minimum = policy.money(key);
        LocalDate deadline = policy.date("funding.kindergartenPublicFundsPerChild.deadline");
        Money have = r.kindergartenPublicFundsPerChild();
        facts.put("minimum", minimum.toPlainString());
        facts.put("deadline", deadline.toString());
        if (r.year() < deadline.getYear()) {
            return Optional.of(new Finding("FIN-5", subject, Verdict.NOT_DUE, Label.of(
                    "生均 " + have.toPlainString() + " 元; " + deadline + " 前达到 " + minimum.toPlainString() + " 元",
                    have.toPlainString() + " yuan per child; " + minimum.toPlainString() + " due by " + deadline), facts));
        }
        boolean met = have.compareTo(minimum) >= 0;
        Money shortfall = met ? Money.ZERO : minimum.minus(have);
        facts.put("shortfallPerChild", shortfall.toPlainString());
        return Optional.of(new Finding("FIN-5", subject, met ? Verdict.MET : Verdict.NOT_MET, met
                ? Label.of("生均 " + have.toPlainString() + " 元, 不低于 " + minimum.toPlainString() + " 元",
                        have.toPlainString() + " yuan per child is at least " + minimum.toPlainString())
                : Label.of("生均 " + have.toPlainString() + " 元, 低于 " + minimum.toPlainString() + " 元; 每生差 "
                        + shortfall.toPlainString() + " 元", have.toPlainString() + " yuan per child is below "
                        + minimum.toPlainString() + "; short by " + shortfall.toPlainString() + " per child"), facts));
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
        if (met) {
            return new Finding(rule, subject, Verdict.MET, Label.of(what.zh() + " " + percent + ", 不低于 " + min,
                    what.en() + " " + percent + " is at least " + min), facts);
        }
        Money required = min.minimumAmount(whole);
        Money shortfall = required.minus(part);
        facts.put("required", required.toPlainString());
        facts.put("shortfall", shortfall.toPlainString());
        return new Finding(rule, subject, Verdict.NOT_MET, Label.of(
                what.zh() + " " + percent + ", 低于 " + min + "; 需至少 " + required.toPlainString() + " 元, 差 "
                        + shortfall.toPlainString() + " 元",
                what.en() + " " + percent + " is below " + min + "; needs at least " + required.toPlainString()
                        + " yuan, short by " + shortfall.toPlainString()), facts);
    }
}

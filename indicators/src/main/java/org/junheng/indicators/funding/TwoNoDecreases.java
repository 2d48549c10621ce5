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
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * The "two no-decreases" (两个只增不减) of education funding, year on year within one jurisdiction:
 *
 * <ul>
 *   <li><b>FIN-1</b>: general public budget education expenditure does not decrease,
 *       {@code E_t >= E_{t-1}} (SY24 任务6; LN23 §7; PJ22 五(二)1, 专栏10);</li>
 *   <li><b>FIN-2</b>: that expenditure per enrolled student does not decrease, compared as exact
 *       fractions, {@code E_t × N_{t-1} >= E_{t-1} × N_t} (same sources).</li>
 * </ul>
 *
 * <p>Equal counts as compliant. A year is compared with its restated prior year (同口径) when its record
 * carries one, and the result says so; otherwise with the previous year's record. The first year, a
 * year after a gap, and a year whose definition differs from the previous year's (事业费 until 2017,
 * 一般公共预算教育经费 from 2018) are "not assessable", never compliant: figures of two definitions are never chained.
 *
 * <p>For a failure the shortfall is the extra expenditure that would have made the year comply: for
 * FIN-1 {@code E_{t-1} − E_t}; for FIN-2 the smallest {@code E} with
 * {@code E / N_t >= E_{t-1} / N_{t-1}}, exact in fen and rounded up, less {@code E_t}.
 */
public final class TwoNoDecreases {
    private TwoNoDecreases() {
    }

    /**
     * Checks one jurisdiction's series; the records may come in any order.
     *
     * @throws IllegalArgumentException if the records are of several jurisdictions or repeat a year
     */
    public static List<YearCheck> check(List<FundingRecord> series) {
        Checks.notNull(series, "series");
        TreeMap<Integer, FundingRecord> byYear = new TreeMap<>();
        DivisionCode jurisdiction = null;
        for (FundingRecord r : series) {
            Checks.notNull(r, "record");
            if (jurisdiction == null) {
                jurisdiction = r.jurisdiction();
            }
            Checks.check(r.jurisdiction().equals(jurisdiction),
                    "a series is one jurisdiction's: %s and %s are mixed", jurisdiction, r.jurisdiction());
            Checks.check(byYear.put(r.year(), r) == null, "year %d appears twice for %s", r.year(), jurisdiction);
        }
        List<YearCheck> checks = new ArrayList<>();
        for (FundingRecord r : byYear.values()) {
            checks.add(check(r, byYear.get(r.year() - 1)));
        }
        return checks;
    }

    /** Checks every jurisdiction's series in a list of records, by code. */
    public static Map<DivisionCode, List<YearCheck>> checkAll(List<FundingRecord> records) {
        Map<DivisionCode, List<FundingRecord>> byJurisdiction = new TreeMap<>();
        for (FundingRecord r : Checks.notNull(records, "records")) {
            byJurisdiction.computeIfAbsent(r.jurisdiction(), k -> new ArrayList<>()).add(r);
        }
        Map<DivisionCode, List<YearCheck>> result = new LinkedHashMap<>();
        byJurisdiction.forEach((code, list) -> result.put(code, check(list)));
        return result;
    }

    /** Checks one year against the record of the year before it (null when there is none). */
    static YearCheck check(FundingRecord year, FundingRecord previous) {
        String subject = year.jurisdiction() + " " + year.year();
        Money e = year.expenditure();
        long n = year.students();
        if (year.restatedPriorExpenditure() != null) {
            return judged(year, subject, YearCheck.Base.RESTATED_PRIOR_YEAR, year.restatedPriorExpenditure(),
                    year.restatedPriorStudents());
        }
        Label why = null;
        if (previous == null) {
            why = Label.of("无可比上年数据: 无 " + (year.year() - 1) + " 年记录",
                    "no comparable prior year: no record for " + (year.year() - 1));
        } else if (!previous.definition().equals(year.definition())) {
            why = Label.of("无可比上年数据: 统计口径由 " + previous.definition() + " 改为 " + year.definition() + ", 且未给出上年同口径数",
                    "no comparable prior year: the definition changed from " + previous.definition() + " to "
                            + year.definition() + " and no restated prior year is given");
        }
        if (why != null) {
            Map<String, String> facts = facts(year, null, null);
            return new YearCheck(year.jurisdiction(), year.year(), e, n, YearCheck.Base.NONE, null, null,
                    new Finding("FIN-1", subject, Verdict.NOT_ASSESSABLE, why, facts),
                    new Finding("FIN-2", subject, Verdict.NOT_ASSESSABLE, why, facts), Money.ZERO, Money.ZERO);
        }
        return judged(year, subject, YearCheck.Base.PRIOR_YEAR, previous.expenditure(), previous.students());
    }

    private static YearCheck judged(FundingRecord year, String subject, YearCheck.Base base, Money pe, long pn) {
        Money e = year.expenditure();
        long n = year.students();
        Map<String, String> facts = facts(year, pe, pn);
        facts.put("base", base == YearCheck.Base.RESTATED_PRIOR_YEAR ? "prior year restated (同口径)" : "prior year");
        String baseText = base == YearCheck.Base.RESTATED_PRIOR_YEAR ? "上年同口径" : "上年";
        String baseTextEn = base == YearCheck.Base.RESTATED_PRIOR_YEAR ? "the prior year restated" : "the prior year";

        Money fin1Shortfall = e.compareTo(pe) >= 0 ? Money.ZERO : pe.minus(e);
        Finding fin1 = fin1Shortfall.isZero()
                ? new Finding("FIN-1", subject, Verdict.MET, Label.of(
                        "一般公共预算教育支出 " + e.toPlainString() + " 元, 不低于" + baseText + " " + pe.toPlainString() + " 元",
                        "expenditure " + e.toPlainString() + " yuan is not below " + baseTextEn + "'s " + pe.toPlainString()),
                        facts)
                : new Finding("FIN-1", subject, Verdict.NOT_MET, Label.of(
                        "一般公共预算教育支出 " + e.toPlainString() + " 元, 低于" + baseText + " " + pe.toPlainString()
                                + " 元; 差额 " + fin1Shortfall.toPlainString() + " 元",
                        "expenditure " + e.toPlainString() + " yuan fell below " + baseTextEn + "'s " + pe.toPlainString()
                                + "; shortfall " + fin1Shortfall.toPlainString() + " yuan"), facts);
        fin1 = fin1.withMeasure(Measure.of(e.yuan(), pe.yuan(), fin1Shortfall.yuan(), Unit.YUAN));

        // E_min = ceil(pe × n / pn) in fen: the smallest expenditure whose per-student figure is not lower
        BigInteger[] qr = BigInteger.valueOf(pe.fen()).multiply(BigInteger.valueOf(n)).divideAndRemainder(BigInteger.valueOf(pn));
        Money minimum = Money.ofFen((qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).longValueExact());
        Money fin2Shortfall = e.compareTo(minimum) >= 0 ? Money.ZERO : minimum.minus(e);
        String perStudent = e.yuanPer(n, 2, java.math.RoundingMode.HALF_UP).toPlainString();
        String priorPerStudent = pe.yuanPer(pn, 2, java.math.RoundingMode.HALF_UP).toPlainString();
        Finding fin2 = fin2Shortfall.isZero()
                ? new Finding("FIN-2", subject, Verdict.MET, Label.of(
                        "生均 " + perStudent + " 元, 不低于" + baseText + "生均 " + priorPerStudent + " 元",
                        "per student " + perStudent + " yuan is not below " + baseTextEn + "'s " + priorPerStudent), facts)
                : new Finding("FIN-2", subject, Verdict.NOT_MET, Label.of(
                        "生均 " + perStudent + " 元, 低于" + baseText + "生均 " + priorPerStudent + " 元; 需支出至少 "
                                + minimum.toPlainString() + " 元, 差额 " + fin2Shortfall.toPlainString() + " 元",
                        "per student " + perStudent + " yuan fell below " + baseTextEn + "'s " + priorPerStudent
                                + "; it needed at least " + minimum.toPlainString() + " yuan, shortfall "
                                + fin2Shortfall.toPlainString() + " yuan"), facts);
        // FIN-2 in money: this year's expenditure against the least that keeps the per-student figure
        fin2 = fin2.withMeasure(Measure.of(e.yuan(), minimum.yuan(), fin2Shortfall.yuan(), Unit.YUAN));
        return new YearCheck(year.jurisdiction(), year.year(), e, n, base, pe, pn, fin1, fin2, fin1Shortfall, fin2Shortfall);
    }

    private static Map<String, String> facts(FundingRecord year, Money pe, Long pn) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("expenditure", year.expenditure().toPlainString());
        facts.put("students", Long.toString(year.students()));
        facts.put("definition", year.definition());
        if (pe != null) {
            facts.put("priorExpenditure", pe.toPlainString());
            facts.put("priorStudents", Long.toString(pn));
        }
        return facts;
    }
}

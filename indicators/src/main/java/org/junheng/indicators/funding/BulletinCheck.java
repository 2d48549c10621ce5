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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * One year of a {@link BulletinSeries} judged against a "no decrease" rule: FIN-1 on the total
 * ({@link #fin1}), FIN-2 on a level's expenditure per student ({@link #fin2}), since a bulletin gives the
 * per-student figure without the head-counts. The base a year is compared with is:
 *
 * <ul>
 *   <li>the previous year's published figure ({@link YearCheck.Base#PRIOR_YEAR}) when the bulletin states no
 *       rate on a comparable basis, or states one that agrees with that figure;</li>
 *   <li>the previous year restated on this year's basis ({@link YearCheck.Base#RESTATED_PRIOR_YEAR}) when the
 *       bulletin states a 同口径 rate that does not agree with the previous year's published figure, or there
 *       is none: the base is the one the rate implies, {@code this year / (1 + rate)}, rounded half up to
 *       the fen. The rate is printed to 0.01%, so the base is known to about ±0.005% of it; the verdict
 *       follows the stated rate's sign, and a stated 0.00% is not assessable;</li>
 *   <li>nothing ({@link YearCheck.Base#NONE}, not assessable) when the previous year is missing and no
 *       同口径 rate is stated: a gap is never filled in.</li>
 * </ul>
 *
 * <p>Equal counts as met, as 只增不减 allows. Immutable and thread-safe.
 *
 * @param finding the finding: rule, subject, verdict, explanation, facts and measure
 * @param figure the year's published figure
 * @param base what the year was compared with
 * @param prior the base's amount; empty when not assessable
 * @param growth the growth over the base, exact on the figures used; empty when not assessable
 * @param shortfall how much more would have met the rule (zero when met or not assessable)
 */
public record BulletinCheck(Finding finding, BulletinSeries.Figure figure, YearCheck.Base base, Optional<Money> prior,
        Optional<GrowthRate> growth, Money shortfall) {

    /** Checks that nothing is missing and that a base comes with its amount. */
    public BulletinCheck {
        Checks.notNull(finding, "finding");
        Checks.notNull(figure, "figure");
        Checks.notNull(base, "base");
        Checks.notNull(prior, "prior");
        Checks.notNull(growth, "growth");
        Checks.notNull(shortfall, "shortfall");
        Checks.check((base == YearCheck.Base.NONE) == prior.isEmpty(), "a base has a prior amount");
    }

    /** The year judged. */
    public int year() {
        return figure.year();
    }

    /** FIN-1 on each year of the series' totals (一般公共预算教育经费 does not decrease). */
    public static List<BulletinCheck> fin1(BulletinSeries series) {
        Checks.notNull(series, "series");
        return check("FIN-1", series, series.totals(), series.name().zh() + " 一般公共预算教育经费",
                Label.of("一般公共预算教育经费", "general public budget education expenditure"));
    }

    /** FIN-2 on each year of a level's expenditure per student (生均一般公共预算教育经费 does not decrease). */
    public static List<BulletinCheck> fin2(BulletinSeries series, BulletinSeries.Level level) {
        Checks.notNull(series, "series");
        Checks.notNull(level, "level");
        return check("FIN-2", series, series.perStudent(level), series.name().zh() + " " + level.label().zh(),
                Label.of(level.label().zh() + "生均一般公共预算教育经费", "per-student expenditure, " + level.label().en()));
    }

    private static List<BulletinCheck> check(String rule, BulletinSeries series, List<BulletinSeries.Figure> figures,
            String subjectPrefix, Label what) {
        List<BulletinCheck> checks = new ArrayList<>();
        BulletinSeries.Figure previous = null;
        for (BulletinSeries.Figure f : figures) {
            BulletinSeries.Figure p = previous != null && previous.year() == f.year() - 1 ? previous : null;
            checks.add(check(rule, subjectPrefix + " " + f.year(), what, f, p));
            previous = f;
        }
        return checks;
    }

    /** Judges one figure against the previous year's (null when the series has none). */
    static BulletinCheck check(String rule, String subject, Label what, BulletinSeries.Figure f, BulletinSeries.Figure previous) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("amount", f.printed());
        f.statedGrowth().ifPresent(g -> facts.put("statedGrowth", g.toPlainString() + "%"));
        facts.put("comparableBasis", Boolean.toString(f.comparable()));
        facts.put("source", f.source().cite());
        if (previous != null) {
            facts.put("publishedPrior", previous.printed());
            facts.put("publishedPriorSource", previous.source().cite());
        }
        boolean agrees = previous != null && f.statedGrowth().map(
                g -> GrowthRate.of(previous.amount(), f.amount()).percent().compareTo(g) == 0).orElse(true);
        if (previous != null && (!f.comparable() || agrees)) {
            return judged(rule, subject, what, f, YearCheck.Base.PRIOR_YEAR, previous.amount(), facts);
        }
        if (f.comparable()) {
            BigDecimal rate = f.statedGrowth().orElseThrow();
            if (rate.signum() == 0) {
                Label why = Label.of("无法评估: 同口径增长率 0.00% 经四舍五入, 无法判断增减",
                        "not assessable: the comparable rate 0.00% is rounded and cannot tell a rise from a fall");
                return new BulletinCheck(new Finding(rule, subject, Verdict.NOT_ASSESSABLE, why, facts), f,
                        YearCheck.Base.NONE, Optional.empty(), Optional.empty(), Money.ZERO);
            }
            Money implied = impliedBase(f.amount(), rate, f.precision());
            facts.put("restatedPrior", f.format(implied));
            facts.put("restatedPriorDerivation", f.printed() + " / (1 + " + rate.toPlainString() + "%)");
            return judged(rule, subject, what, f, YearCheck.Base.RESTATED_PRIOR_YEAR, implied, facts);
        }
        Label why = Label.of("无法评估: 缺 " + (f.year() - 1) + " 年数据, 且公告未给出同口径增长率",
                "not assessable: no figure for " + (f.year() - 1) + " and no comparable (同口径) rate stated");
        return new BulletinCheck(new Finding(rule, subject, Verdict.NOT_ASSESSABLE, why, facts), f, YearCheck.Base.NONE,
                Optional.empty(), Optional.empty(), Money.ZERO);
    }

    /**
     * The prior-year amount a comparable rate implies, {@code amount / (1 + rate%)}, rounded half up to
     * {@code precision}: the step the bulletin prints its figures in, since the base is known no better.
     */
    public static Money impliedBase(Money amount, BigDecimal ratePercent, Money precision) {
        Checks.notNull(amount, "amount");
        Checks.notNull(ratePercent, "ratePercent");
        Checks.check(precision != null && precision.signum() > 0, "precision must be above zero");
        BigDecimal factor = BigDecimal.ONE.add(ratePercent.movePointLeft(2));
        Checks.check(factor.signum() > 0, "rate (%s%%) must be above -100%%", ratePercent);
        BigDecimal steps = BigDecimal.valueOf(amount.fen()).divide(factor.multiply(BigDecimal.valueOf(precision.fen())), 0,
                RoundingMode.HALF_UP);
        return Money.ofFen(steps.longValueExact() * precision.fen());
    }

    private static BulletinCheck judged(String rule, String subject, Label what, BulletinSeries.Figure f, YearCheck.Base base,
            Money prior, Map<String, String> facts) {
        facts.put("base", base == YearCheck.Base.RESTATED_PRIOR_YEAR ? "prior year restated (同口径), implied by the stated rate"
                : "prior year as published");
        GrowthRate growth = GrowthRate.of(prior, f.amount());
        facts.put("growth", growth.toString());
        // a restated base follows the stated rate's sign; a published one is compared exactly
        boolean met = base == YearCheck.Base.RESTATED_PRIOR_YEAR ? f.statedGrowth().orElseThrow().signum() >= 0
                : f.amount().compareTo(prior) >= 0;
        Money shortfall = met ? Money.ZERO : Money.max(prior.minus(f.amount()), Money.ZERO);
        if (met != (f.amount().compareTo(prior) >= 0)) {
            facts.put("rounding", "the implied base is rounded to the printed precision " + f.format(f.precision())
                    + "; the verdict follows the stated rate");
        }
        String baseZh = base == YearCheck.Base.RESTATED_PRIOR_YEAR ? "上年同口径数 (由同口径增长率推得)" : "上年数";
        String baseEn = base == YearCheck.Base.RESTATED_PRIOR_YEAR ? "the prior year restated (implied by the comparable rate)"
                : "the prior year's published";
        String amount = f.printed();
        String p = f.format(prior);
        String gap = f.format(shortfall);
        Label explanation = met
                ? Label.of(what.zh() + " " + amount + ", 不低于" + baseZh + " " + p + " (" + growth + ")",
                        what.en() + " " + amount + " is not below " + baseEn + " " + p + " (" + growth + ")")
                : Label.of(what.zh() + " " + amount + ", 低于" + baseZh + " " + p + " (" + growth + "); 差额 " + gap,
                        what.en() + " " + amount + " fell below " + baseEn + " " + p + " (" + growth + "); shortfall " + gap);
        if (!met) {
            facts.put("shortfall", gap);
        }
        Finding finding = new Finding(rule, subject, met ? Verdict.MET : Verdict.NOT_MET, explanation, facts)
                .withMeasure(Measure.of(f.amount().yuan(), prior.yuan(), shortfall.yuan(), Unit.YUAN));
        return new BulletinCheck(finding, f, base, Optional.of(prior), Optional.of(growth), shortfall);
    }
}

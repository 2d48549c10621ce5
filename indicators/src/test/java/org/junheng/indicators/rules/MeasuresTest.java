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
package org.junheng.indicators.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.sample.SampleCounty;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.funding.FundingRules;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.rotation.Quota;
import org.junheng.indicators.rotation.RotationAssessment;
import org.junit.jupiter.api.Test;

/** Findings carry their numbers exactly: the value, the threshold and the shortfall agree with the verdict. */
class MeasuresTest {
    private static final DataSet SAMPLE = SampleCounty.dataSet();

    private static Measure measure(Finding f) {
        return f.measure().orElseThrow(() -> new AssertionError("no measure: " + f));
    }

    /** A value at least its threshold has no shortfall; below it, the shortfall is the difference. */
    private static void atLeast(Finding f) {
        Measure m = measure(f);
        BigDecimal gap = m.threshold().orElseThrow().subtract(m.value()).max(BigDecimal.ZERO);
        assertEquals(0, gap.compareTo(m.shortfall().orElseThrow()), f.toString());
        assertEquals(f.isMet(), gap.signum() == 0, f.toString());
    }

    @Test
    void FIN_1_FIN_2_theShortfallInYuanIsTheYearChecksOwn() {
        List<YearCheck> years = TwoNoDecreases.checkAll(SAMPLE.funding()).values().iterator().next();
        YearCheck y2023 = years.stream().filter(y -> y.year() == 2023).findFirst().orElseThrow();
        Measure fin2 = measure(y2023.fin2());
        assertEquals(Unit.YUAN, fin2.unit());
        assertEquals(new BigDecimal("24524562.87"), fin2.shortfall().orElseThrow());
        assertEquals(y2023.expenditure().yuan(), fin2.value());
        assertEquals(fin2.value().add(fin2.shortfall().orElseThrow()), fin2.threshold().orElseThrow());
        for (YearCheck y : years) {
            if (y.fin1().verdict() != Verdict.NOT_ASSESSABLE) {
                atLeast(y.fin1());
                atLeast(y.fin2());
            } else {
                assertTrue(y.fin1().measure().isEmpty(), "no base, no threshold");
            }
        }
    }

    @Test
    void FIN_9_BAL_6_sharesAreMeasuredInMoneyAgainstTheLeastThatMeetsThem() {
        List<Finding> findings = FundingRules.check(SAMPLE, Policies.shenyang());
        assertTrue(findings.stream().anyMatch(f -> !f.isMet() && f.measure().isPresent()));
        findings.stream().filter(f -> f.measure().isPresent()).forEach(MeasuresTest::atLeast);
        Finding fin9 = findings.stream().filter(f -> f.rule().equals("FIN-9") && f.subject().endsWith("2025")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("1900000.00"), measure(fin9).shortfall().orElseThrow());
    }

    @Test
    void ROT_1_ROT_2_quotasAreHeadCountsAgainstTheirMinimum() {
        RotationAssessment a = RotationAssessment.of(SAMPLE, Policies.shenyang());
        Quota county = a.countyQuotas().get(0);
        Measure m = measure(county.quota());
        assertEquals(Unit.COUNT, m.unit());
        assertEquals(BigDecimal.valueOf(county.rotated()), m.value());
        assertEquals(BigDecimal.valueOf(county.required()), m.threshold().orElseThrow());
        assertEquals(BigDecimal.valueOf(31), m.shortfall().orElseThrow(), "34 needed, 3 rotated");
        for (Quota q : a.schoolQuotas()) {
            if (q.quota().verdict() != Verdict.NOT_ASSESSABLE) {
                atLeast(q.quota());
            }
            if (q.backbone().verdict() != Verdict.NOT_ASSESSABLE) {
                atLeast(q.backbone());
            }
        }
    }

    @Test
    void BAL_3_BAL_5_aCvIsMeasuredAgainstItsCeilingWithTheExcessAsShortfall() {
        CountyAssessment county = CountyAssessment.all(SAMPLE, Policies.shenyang()).get(0);
        for (CountyAssessment.StageAssessment stage : county.stages().values()) {
            for (Finding f : stage.bal3()) {
                Measure m = measure(f);
                BigDecimal excess = m.value().subtract(m.threshold().orElseThrow()).max(BigDecimal.ZERO);
                assertEquals(0, excess.compareTo(m.shortfall().orElseThrow()), f.toString());
                assertEquals(f.isMet(), excess.signum() == 0, f.toString());
                assertEquals(new BigDecimal(f.facts().get("cv")), m.value().setScale(4, java.math.RoundingMode.HALF_UP));
            }
            assertTrue(stage.bal5().measure().isPresent());
            assertTrue(stage.schools().stream().allMatch(s -> s.bal2().measure().isEmpty()), "BAL-2 has two conditions");
        }
    }
}

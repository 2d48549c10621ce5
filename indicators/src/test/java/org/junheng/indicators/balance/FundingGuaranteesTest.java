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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

class FundingGuaranteesTest {
    private static final DivisionCode CITY = DivisionCode.of("210100");
    private static final DivisionCode COUNTY = DivisionCode.of("210199");
    private static final Policy POLICY = Policies.national();

    private final DataSet.Builder b = DataSet.builder("test", LocalDate.of(2025, 9, 1))
            .add(new Jurisdiction(CITY, "市", null)).add(new Jurisdiction(COUNTY, "县", CITY));

    private FundingGuaranteesTest school(String id, SchoolType type, Location location, int students, String budget) {
        b.add(new School(id, id, COUNTY, type, Ownership.PUBLIC, true, location, false, false, null, null, null, Set.of()));
        Stage stage = Stage.PRIMARY;
        for (int i = 0; i < students; i++) {
            b.add(new Student(id + "-" + i, null, id, stage, 1, Gender.FEMALE, LocalDate.of(2017, 1, 1), null, null, false,
                    false, null, null, FamilyStatus.NONE, false, false, false, null));
        }
        b.add(new SchoolFunding(id, 2024, Money.parse(budget), Money.ZERO));
        return this;
    }

    private FundingGuaranteesTest benchmark(DivisionCode where, String perStudent) {
        b.add(new FundingRecord(where, 2024, FundingRecord.GENERAL_BUDGET, Money.ofYuan(1), 1, null, null, null, null, null,
                null, null, Money.parse(perStudent), 1L, Money.ofYuan(1)));
        return this;
    }

    private List<Finding> check() {
        return FundingGuarantees.check(b.build(), POLICY);
    }

    @Test
    void BAL_6_aVillageSchoolUnderOneHundredIsFundedAsOneHundred() {
        List<Finding> f = school("V1", SchoolType.PRIMARY, Location.RURAL, 40, "80000.00")
                .school("V2", SchoolType.PRIMARY, Location.RURAL, 99, "79999.99").benchmark(CITY, "800.00").check();
        assertEquals(2, f.size());
        assertEquals(Verdict.MET, f.get(0).verdict(), "40 pupils funded as 100 × 800 yuan");
        assertEquals("80000.00", f.get(0).facts().get("required"));
        assertEquals("BAL-6", f.get(0).rule());
        assertEquals(Verdict.NOT_MET, f.get(1).verdict());
        assertEquals("0.01", f.get(1).facts().get("shortfall"));
    }

    @Test
    void BAL_6_oneHundredPupilsOrATownSchoolIsOutsideTheVillageRule() {
        assertTrue(school("V1", SchoolType.PRIMARY, Location.RURAL, 100, "1.00")
                .school("T1", SchoolType.PRIMARY, Location.TOWN, 40, "1.00").benchmark(CITY, "800.00").check().isEmpty());
    }

    @Test
    void BAL_6_theNearestBenchmarkCountsAndNoneIsNotAssessable() {
        List<Finding> f = school("V1", SchoolType.PRIMARY, Location.RURAL, 40, "70000.00").benchmark(CITY, "800.00")
                .benchmark(COUNTY, "700.00").check();
        assertEquals(Verdict.MET, f.get(0).verdict(), f.toString());
        assertEquals("700.00", f.get(0).facts().get("benchmark"));
        FundingGuaranteesTest none = new FundingGuaranteesTest();
        none.b.add(new Jurisdiction(DivisionCode.of("210200"), "另一市", null));
        none.school("V1", SchoolType.PRIMARY, Location.RURAL, 40, "1.00").benchmark(DivisionCode.of("210200"), "800.00");
        assertEquals(Verdict.NOT_ASSESSABLE, none.check().get(0).verdict());
    }

    @Test
    void BAL_6_specialEducationPublicFundsPerStudentAtLeastTheMinimum() {
        List<Finding> f = school("SP1", SchoolType.SPECIAL, Location.URBAN, 30, "180000.00")
                .school("SP2", SchoolType.SPECIAL, Location.URBAN, 30, "179999.99")
                .school("SP3", SchoolType.SPECIAL, Location.URBAN, 0, "1000.00").check();
        assertEquals(Verdict.MET, f.get(0).verdict(), "30 × 6000 yuan");
        assertEquals("180000.00", f.get(0).facts().get("required"));
        assertEquals(Verdict.NOT_MET, f.get(1).verdict());
        assertEquals("0.01", f.get(1).facts().get("shortfall"));
        assertEquals(Verdict.NOT_ASSESSABLE, f.get(2).verdict());
        Finding shenyang = FundingGuarantees.check(b.build(), POLICY.with(FundingGuarantees.SPECIAL, "8000.00")).get(0);
        assertEquals(Verdict.NOT_MET, shenyang.verdict(), "the 8000 of the Shenyang transcription");
    }
}

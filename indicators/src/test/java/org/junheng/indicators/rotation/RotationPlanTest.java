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
package org.junheng.indicators.rotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.indicators.rotation.RotationTest.AS_OF;
import static org.junheng.indicators.rotation.RotationTest.veteran;

import java.util.List;
import java.util.Set;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.Gender;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The plan checks of ROT-1 / BAL-6: direction, school year, and the quotas' words. */
class RotationPlanTest {
    private static final SchoolYear YEAR = SchoolYear.of(2026);

    private static School weakUrban() {
        return new School("W", "W", RotationTest.COUNTY, SchoolType.PRIMARY, Ownership.PUBLIC, true, Location.URBAN, true,
                false, null, null, null, Set.of());
    }

    private static DataSet data() {
        return DataSet.builder("t", AS_OF).add(new Jurisdiction(RotationTest.COUNTY, "测试县", null)).add(RotationTest.URBAN)
                .add(RotationTest.RURAL).add(weakUrban()).add(veteran("A", "U")).add(veteran("B", "R")).add(veteran("C", "W"))
                .add(veteran("D", "U")).build();
    }

    private static List<Finding> plan(Policy p, RotationMove... moves) {
        return RotationAssessment.of(data(), p, YEAR, List.of(moves)).plan();
    }

    @Test
    void ROT_6_whereSetMovesGoFromUrbanOrStrongSchoolsToRuralOrWeakOnes() {
        Policy strict = Policies.national().with("rotation.requireUrbanToRural", "true");
        assertEquals(List.of(), plan(strict, new RotationMove("A", "U", "R", YEAR)));
        assertEquals(List.of(), plan(strict, new RotationMove("A", "U", "W", YEAR)), "to a weak urban school");
        Finding back = plan(strict, new RotationMove("B", "R", "U", YEAR)).get(0);
        assertEquals("BAL-6", back.rule());
        assertEquals(Verdict.NOT_MET, back.verdict());
        assertEquals("moves must go from urban or strong schools to rural or weak ones", back.explanation().en());
        assertEquals("RURAL", back.facts().get("from"));
        assertEquals("URBAN", back.facts().get("to"));
        Finding fromWeak = plan(strict, new RotationMove("C", "W", "R", YEAR)).get(0);
        assertEquals("URBAN weak", fromWeak.facts().get("from"));
        assertEquals("URBAN", plan(strict, new RotationMove("C", "W", "U", YEAR)).get(0).facts().get("to"));
        assertEquals(List.of(), plan(strict, new RotationMove("A", "U", "R", YEAR), new RotationMove("D", "U", "W", YEAR)));
        assertEquals(List.of(), plan(Policies.national(), new RotationMove("B", "R", "U", YEAR)), "not required by default");
    }

    @Test
    void ROT_1_aMoveOfAnotherSchoolYearIsRefusedWithItsPlace() {
        var e = assertThrows(InvalidDataException.class, () -> plan(Policies.shenyang(), new RotationMove("A", "U", "R", YEAR),
                new RotationMove("A", "U", "R", SchoolYear.of(2025))));
        assertEquals(1, e.problems().size());
        assertEquals("moves[1]", e.problems().get(0).location());
        assertEquals("schoolYear", e.problems().get(0).field());
    }

    @Test
    void ROT_1_quotaWordsForAMetQuotaAndNobodyRotating() {
        Quota met = Quota.of("S", 20, 3, 1, Policies.shenyang());
        assertEquals(Verdict.MET, met.quota().verdict());
        assertEquals("S: rotated 3 of 20 eligible; ROT-1 needs 3 (15%)", met.quota().explanation().en());
        assertEquals("S: 符合条件 20 人中交流 3 人; 需至少 3 人 (15%)", met.quota().explanation().zh());
        assertEquals(Verdict.MET, met.backbone().verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, Quota.of("S", 20, 0, 0, Policies.shenyang()).backbone().verdict());
        assertEquals("3", met.quota().facts().get("required"));
        assertThrows(IllegalArgumentException.class, () -> Quota.of("S", 20, 1, 2, Policies.shenyang()));
    }

    @Test
    void ROT_6_eligibilityWordsAndEquality() {
        Teacher t = RotationTest.teacher("T", "U", java.time.LocalDate.of(1985, 1, 1), java.time.LocalDate.of(2022, 9, 1), null,
                Exemption.PREGNANCY_OR_NURSING, BackboneLevel.NONE, Gender.FEMALE);
        Eligibility e = Eligibility.of(t, RotationTest.URBAN, AS_OF, Policies.shenyang());
        assertEquals("T: not eligible (YEARS_AT_SCHOOL: 4 completed years at the school since 2022-09-01; needs 6; "
                + "LOCAL_EXEMPTION: exempt: " + Exemption.PREGNANCY_OR_NURSING.label().en() + ")", e.toString());
        assertEquals(e, Eligibility.of(t, RotationTest.URBAN, AS_OF, Policies.shenyang()));
        assertEquals(e.hashCode(), Eligibility.of(t, RotationTest.URBAN, AS_OF, Policies.shenyang()).hashCode());
        assertNotEquals(e, Eligibility.of(t, RotationTest.URBAN, AS_OF.plusYears(2), Policies.shenyang()));
        assertTrue(Eligibility.of(veteran("V", "U"), RotationTest.URBAN, AS_OF, Policies.shenyang()).toString().endsWith(": eligible"));
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.model.Title;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Ratio;
import org.junit.jupiter.api.Test;

/** The corrected definitions (second reading) of COV-8, COV-9, COV-11, COV-13, COV-18 and the additions COV-21..29. */
class CoverageDefinitionsTest {
    private static final DivisionCode COUNTY = DivisionCode.of("210199");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

    static School school(String id, SchoolType type, Location location, SchoolFeature... features) {
        return school(id, type, Ownership.PUBLIC, location, null, null, features);
    }

    static School school(String id, SchoolType type, Ownership ownership, Location location, String group, String pairedWith,
            SchoolFeature... features) {
        return new School(id, id, COUNTY, type, ownership, true, location, false, false, group, null, pairedWith,
                features.length == 0 ? Set.of() : EnumSet.of(features[0], features));
    }

    static Teacher teacher(String id, String school, Subject subject, BackboneLevel backbone, boolean doubleQualified) {
        return teacher(id, school, subject, backbone, doubleQualified, Degree.BACHELOR);
    }

    static Teacher teacher(String id, String school, Subject subject, BackboneLevel backbone, boolean doubleQualified,
            Degree degree) {
        return new Teacher(id, null, school, null, Gender.FEMALE, LocalDate.of(1985, 1, 1), LocalDate.of(2008, 9, 1),
                LocalDate.of(2008, 9, 1), true, true, subject, degree, Title.JUNIOR, backbone, false, doubleQualified,
                false, null, Exemption.NONE);
    }

    static Student pupil(String id, String school, Stage stage, boolean disabled) {
        return new Student(id, null, school, stage, 1, Gender.MALE, LocalDate.of(2012, 1, 1), null, null, false, false,
                disabled ? LocalDate.of(2020, 1, 1) : null, null, FamilyStatus.NONE, false, false, false, null);
    }

    static DataSet.Builder data() {
        return DataSet.builder("t", AS_OF).add(new Jurisdiction(COUNTY, "测试县", null));
    }

    static Rate rate(DataSet d, CoverageIndicator i) {
        return CoverageIndicators.of(d, Policies.national(), i).overall();
    }

    static void assertRate(long numerator, long denominator, Rate r) {
        assertEquals(numerator + "/" + denominator, r.numerator() + "/" + r.denominator(), r.toString());
    }

    @Test
    void COV_8_thePartnerMustBeATownOrCitySchoolAndOnlyRuralCompulsorySchoolsCount() {
        DataSet d = data().add(school("U", SchoolType.PRIMARY, Location.URBAN)).add(school("T", SchoolType.JUNIOR, Location.TOWN))
                .add(school("R1", SchoolType.PRIMARY, Ownership.PUBLIC, Location.RURAL, null, "U"))
                .add(school("R2", SchoolType.PRIMARY, Ownership.PUBLIC, Location.RURAL, null, "R3"))
                .add(school("R3", SchoolType.NINE_YEAR, Ownership.PUBLIC, Location.RURAL, null, "T"))
                .add(school("R4", SchoolType.JUNIOR, Location.RURAL))
                .add(school("K", SchoolType.KINDERGARTEN, Ownership.PUBLIC, Location.RURAL, null, "U"))
                .add(school("H", SchoolType.SENIOR_HIGH, Ownership.PUBLIC, Location.RURAL, null, "U"))
                .add(school("SP", SchoolType.SPECIAL, Ownership.PUBLIC, Location.RURAL, null, "U")).build();
        assertRate(2, 4, rate(d, CoverageIndicator.RURAL_PAIRING));
        assertEquals("rural compulsory schools", CoverageIndicator.RURAL_PAIRING.denominatorLabel().en());
    }

    @Test
    void COV_9_theDenominatorIsCompulsorySchoolsAndPanjinHas48Of89() {
        DataSet d = data().add(school("A", SchoolType.PRIMARY, Ownership.PUBLIC, Location.URBAN, "G1", null))
                .add(school("B", SchoolType.JUNIOR, Location.URBAN))
                .add(school("K", SchoolType.KINDERGARTEN, Ownership.PUBLIC, Location.URBAN, "G1", null))
                .add(school("H", SchoolType.SENIOR_HIGH, Ownership.PUBLIC, Location.URBAN, "G1", null))
                .add(school("V", SchoolType.SECONDARY_VOCATIONAL, Ownership.PUBLIC, Location.URBAN, "G1", null)).build();
        assertRate(1, 2, rate(d, CoverageIndicator.GROUP_SCHOOLING));
        // PJ22 回顾: 集团学校48个, 覆盖率53.9%
        Rate panjin = Rate.of(CoverageIndicator.GROUP_SCHOOLING, "盘锦市", 48, 89);
        assertEquals(new BigDecimal("53.9"), panjin.ratio().orElseThrow().toPercent(1, RoundingMode.HALF_UP));
        assertEquals("COV-9 group schooling coverage, 盘锦市: 53.93% (48/89)", panjin.toString());
    }

    @Test
    void COV_11_everyVocationalInstitutionCountsHigherVocationalCollegesIncluded() {
        DataSet d = data().add(school("V", SchoolType.SECONDARY_VOCATIONAL, Location.URBAN))
                .add(school("HV", SchoolType.HIGHER_EDUCATION, Location.URBAN, SchoolFeature.HIGHER_VOCATIONAL))
                .add(school("U", SchoolType.HIGHER_EDUCATION, Location.URBAN))
                .add(school("P", SchoolType.PRIMARY, Location.URBAN))
                .add(teacher("V1", "V", Subject.VOCATIONAL, BackboneLevel.NONE, true))
                .add(teacher("V2", "V", Subject.VOCATIONAL, BackboneLevel.NONE, false))
                .add(teacher("H1", "HV", Subject.VOCATIONAL, BackboneLevel.NONE, true))
                .add(teacher("H2", "HV", Subject.VOCATIONAL, BackboneLevel.NONE, true))
                .add(teacher("U1", "U", Subject.OTHER, BackboneLevel.NONE, true))
                .add(teacher("P1", "P", Subject.CHINESE, BackboneLevel.NONE, true)).build();
        assertRate(3, 4, rate(d, CoverageIndicator.DOUBLE_QUALIFIED));
    }

    @Test
    void COV_13_everyPrimaryAndSecondarySchoolSeniorHighIncluded() {
        DataSet d = data().add(school("P", SchoolType.PRIMARY, Location.URBAN)).add(school("H", SchoolType.SENIOR_HIGH, Location.URBAN))
                .add(school("C", SchoolType.COMPLETE_SECONDARY, Location.URBAN))
                .add(school("K", SchoolType.KINDERGARTEN, Location.URBAN)).add(school("V", SchoolType.SECONDARY_VOCATIONAL, Location.URBAN))
                .add(teacher("T1", "H", Subject.MENTAL_HEALTH, BackboneLevel.NONE, false))
                .add(teacher("T2", "K", Subject.MENTAL_HEALTH, BackboneLevel.NONE, false))
                .add(teacher("T3", "V", Subject.MENTAL_HEALTH, BackboneLevel.NONE, false))
                .add(teacher("T4", "P", Subject.CHINESE, BackboneLevel.NONE, false))
                .add(teacher("T5", "C", Subject.CHINESE, BackboneLevel.NONE, false)).build();
        assertRate(1, 3, rate(d, CoverageIndicator.MENTAL_HEALTH_TEACHER));
    }

    @Test
    void COV_10_fullTimeCompulsoryTeachersWithABachelorsOrHigher() {
        DataSet d = data().add(school("P", SchoolType.PRIMARY, Location.RURAL)).add(school("H", SchoolType.SENIOR_HIGH, Location.URBAN))
                .add(teacher("A", "P", Subject.CHINESE, BackboneLevel.NONE, false, Degree.BACHELOR))
                .add(teacher("B", "P", Subject.CHINESE, BackboneLevel.NONE, false, Degree.JUNIOR_COLLEGE))
                .add(teacher("C", "P", Subject.CHINESE, BackboneLevel.NONE, false, Degree.JUNIOR_COLLEGE))
                .add(teacher("D", "H", Subject.CHINESE, BackboneLevel.NONE, false, Degree.MASTER)).build();
        assertRate(1, 3, rate(d, CoverageIndicator.BACHELOR_TEACHERS));
    }

    @Test
    void COV_18_eachPartSeparately() {
        DataSet d = data()
                .add(school("A", SchoolType.PRIMARY, Location.URBAN, SchoolFeature.CANTEEN, SchoolFeature.KITCHEN_LIVE_VIDEO,
                        SchoolFeature.PARENT_SCHOOL, SchoolFeature.PARENT_GUIDANCE_ACTIVITY, SchoolFeature.ASSISTIVE_DEVICES))
                .add(school("B", SchoolType.SENIOR_HIGH, Location.URBAN, SchoolFeature.CANTEEN, SchoolFeature.PARENT_SCHOOL,
                        SchoolFeature.SPECIAL_EDUCATION_RESOURCE_CENTRE))
                .add(school("C", SchoolType.JUNIOR, Location.URBAN, SchoolFeature.KITCHEN_LIVE_VIDEO,
                        SchoolFeature.PARENT_GUIDANCE_ACTIVITY, SchoolFeature.ASSISTIVE_DEVICES))
                .add(school("K", SchoolType.KINDERGARTEN, Location.URBAN, SchoolFeature.CANTEEN, SchoolFeature.PARENT_SCHOOL,
                        SchoolFeature.PARENT_GUIDANCE_ACTIVITY))
                .add(pupil("D1", "A", Stage.PRIMARY, true)).add(pupil("D2", "B", Stage.SENIOR_HIGH, true))
                .add(pupil("N1", "C", Stage.JUNIOR, false)).build();
        assertRate(1, 3, rate(d, CoverageIndicator.KITCHEN_LIVE_VIDEO));
        assertRate(1, 3, rate(d, CoverageIndicator.PARENT_SCHOOL));
        assertRate(1, 2, rate(d, CoverageIndicator.ASSISTIVE_DEVICES));
        assertRate(1, 2, rate(d, CoverageIndicator.RESOURCE_CENTRES));
        for (CoverageIndicator countsOnly : Set.of(CoverageIndicator.HEAD_TEACHERS_TRAINED, CoverageIndicator.HEAD_TEACHERS_CERTIFIED,
                CoverageIndicator.RESOURCE_CENTRES_CITY_COUNTY)) {
            assertEquals("COV-18", countsOnly.rule());
            assertFalse(countsOnly.fromRecords());
            assertTrue(rate(d, countsOnly).ratio().isEmpty());
        }
        // trained and certified are two rates, each held to 100%: all trained does not make all certified
        assertTrue(Rate.of(CoverageIndicator.HEAD_TEACHERS_TRAINED, "盘锦市", 120, 120).ratio().orElseThrow().isEqual(Ratio.of(1, 1)));
        assertTrue(Rate.of(CoverageIndicator.HEAD_TEACHERS_CERTIFIED, "盘锦市", 90, 120).ratio().orElseThrow().isEqual(Ratio.of(3, 4)));
    }

    @Test
    void COV_21_specialSchoolsWithSeniorSecondaryPupils() {
        DataSet d = data().add(school("S1", SchoolType.SPECIAL, Location.URBAN)).add(school("S2", SchoolType.SPECIAL, Location.URBAN))
                .add(school("S3", SchoolType.SPECIAL, Location.URBAN)).add(school("H", SchoolType.SENIOR_HIGH, Location.URBAN))
                .add(pupil("A", "S1", Stage.SENIOR_HIGH, true)).add(pupil("B", "S2", Stage.JUNIOR, true))
                .add(pupil("C", "S3", Stage.SECONDARY_VOCATIONAL, true)).add(pupil("D", "H", Stage.SENIOR_HIGH, false)).build();
        assertRate(2, 3, rate(d, CoverageIndicator.SPECIAL_SCHOOLS_WITH_SENIOR));
    }

    @Test
    void COV_22_COV_23_COV_24_areFromCountsOnly() {
        for (CoverageIndicator i : Set.of(CoverageIndicator.STAFFING_AT_STANDARD, CoverageIndicator.PHYSICAL_HEALTH_PASS,
                CoverageIndicator.SAFETY_AND_NETWORK_STANDARDS)) {
            assertFalse(i.fromRecords(), i.name());
            assertTrue(rate(data().build(), i).notApplicable().en().contains("supply the counts"));
        }
        assertEquals("COV-23 physical-health standard pass rate, 盘锦市 2020: 82.70% (827/1000)",
                Rate.of(CoverageIndicator.PHYSICAL_HEALTH_PASS, "盘锦市 2020", 827, 1000).toString());
    }

    @Test
    void COV_25_canteenMealsAtRuralNutritionPilotSchools() {
        DataSet d = data().add(school("A", SchoolType.PRIMARY, Location.RURAL, SchoolFeature.NUTRITION_PROGRAMME, SchoolFeature.CANTEEN))
                .add(school("B", SchoolType.PRIMARY, Location.TOWN, SchoolFeature.NUTRITION_PROGRAMME))
                .add(school("C", SchoolType.PRIMARY, Location.RURAL, SchoolFeature.CANTEEN))
                .add(school("U", SchoolType.PRIMARY, Location.URBAN, SchoolFeature.NUTRITION_PROGRAMME, SchoolFeature.CANTEEN)).build();
        assertRate(1, 2, rate(d, CoverageIndicator.RURAL_PILOT_CANTEEN_MEALS));
    }

    @Test
    void COV_26_ruralCompulsorySchoolsAtTheEquipmentStandard() {
        DataSet d = data().add(school("A", SchoolType.PRIMARY, Location.RURAL, SchoolFeature.EQUIPMENT_AT_STANDARD))
                .add(school("B", SchoolType.JUNIOR, Location.TOWN))
                .add(school("U", SchoolType.PRIMARY, Location.URBAN, SchoolFeature.EQUIPMENT_AT_STANDARD))
                .add(school("H", SchoolType.SENIOR_HIGH, Location.RURAL, SchoolFeature.EQUIPMENT_AT_STANDARD)).build();
        assertRate(1, 2, rate(d, CoverageIndicator.RURAL_SCHOOLS_AT_EQUIPMENT_STANDARD));
    }

    @Test
    void COV_27_publicVocationalInstitutionsInThe1XPilot() {
        DataSet d = data().add(school("V", SchoolType.SECONDARY_VOCATIONAL, Location.URBAN, SchoolFeature.VOCATIONAL_1X_PILOT))
                .add(school("W", SchoolType.SECONDARY_VOCATIONAL, Location.URBAN))
                .add(school("HV", SchoolType.HIGHER_EDUCATION, Location.URBAN, SchoolFeature.HIGHER_VOCATIONAL,
                        SchoolFeature.VOCATIONAL_1X_PILOT))
                .add(school("PV", SchoolType.SECONDARY_VOCATIONAL, Ownership.PRIVATE, Location.URBAN, null, null,
                        SchoolFeature.VOCATIONAL_1X_PILOT))
                .add(school("U", SchoolType.HIGHER_EDUCATION, Location.URBAN, SchoolFeature.VOCATIONAL_1X_PILOT)).build();
        assertRate(2, 3, rate(d, CoverageIndicator.VOCATIONAL_1X_PILOT));
    }

    @Test
    void COV_28_aNamedTeacherInEachOfTheSixSubjects() {
        DataSet.Builder b = data().add(school("A", SchoolType.PRIMARY, Location.URBAN)).add(school("B", SchoolType.JUNIOR, Location.URBAN))
                .add(school("K", SchoolType.KINDERGARTEN, Location.URBAN));
        Subject[] six = {Subject.PHYSICAL_EDUCATION, Subject.MUSIC, Subject.FINE_ART, Subject.LABOUR, Subject.MORALITY_AND_LAW,
            Subject.HEALTH_CARE};
        for (Subject s : six) {
            b.add(teacher("A" + s, "A", s, BackboneLevel.COUNTY, false));
            // school B: every subject taught, but its labour teacher is not a named one
            b.add(teacher("B" + s, "B", s, s == Subject.LABOUR ? BackboneLevel.NONE : BackboneLevel.SCHOOL, false));
        }
        assertRate(1, 2, rate(b.build(), CoverageIndicator.NAMED_TEACHERS_BY_SUBJECT));
    }

    @Test
    void COV_29_kindergartensAndSchoolsWithASupervisingInspector() {
        DataSet d = data().add(school("K", SchoolType.KINDERGARTEN, Location.URBAN, SchoolFeature.SUPERVISING_INSPECTOR))
                .add(school("P", SchoolType.PRIMARY, Location.URBAN))
                .add(school("H", SchoolType.SENIOR_HIGH, Location.URBAN, SchoolFeature.SUPERVISING_INSPECTOR))
                .add(school("U", SchoolType.HIGHER_EDUCATION, Location.URBAN, SchoolFeature.SUPERVISING_INSPECTOR)).build();
        assertRate(2, 3, rate(d, CoverageIndicator.SCHOOLS_WITH_INSPECTOR));
    }

    @Test
    void COV_21_to_COV_29_haveTheNamesTheTargetCatalogUses() {
        String[][] names = {{"COV-21", "SPECIAL_SCHOOLS_WITH_SENIOR"}, {"COV-22", "STAFFING_AT_STANDARD"},
            {"COV-23", "PHYSICAL_HEALTH_PASS"}, {"COV-24", "SAFETY_AND_NETWORK_STANDARDS"}, {"COV-25", "RURAL_PILOT_CANTEEN_MEALS"},
            {"COV-26", "RURAL_SCHOOLS_AT_EQUIPMENT_STANDARD"}, {"COV-27", "VOCATIONAL_1X_PILOT"},
            {"COV-28", "NAMED_TEACHERS_BY_SUBJECT"}, {"COV-29", "SCHOOLS_WITH_INSPECTOR"}};
        Policy panjin = Policies.panjin();
        for (String[] n : names) {
            assertEquals(n[0], CoverageIndicator.valueOf(n[1]).rule());
            panjin.holds(n[0]); // the rule is in the catalog
        }
    }
}

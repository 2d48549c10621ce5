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
package org.junheng.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.sample.SyntheticDataSets;
import org.junit.jupiter.api.Test;

class DataSetTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    private static final DivisionCode COUNTY = DivisionCode.of("210199");

    private static School school(String id, SchoolType type) {
        return new School(id, id, COUNTY, type, Ownership.PUBLIC, true, Location.RURAL, false, false, null, null, null,
                Set.of());
    }

    @Test
    void theSampleCountyHasTheSizeTheIssueAsksFor() {
        DataSet d = SampleCounty.dataSet();
        assertEquals(30, d.schools().size());
        assertTrue(d.teachers().size() > 650 && d.teachers().size() < 950, d.toString());
        assertTrue(d.students().size() > 11_000 && d.students().size() < 13_000, d.toString());
        assertEquals(6, d.funding().size());
        assertEquals("示例县", d.jurisdiction(SampleCounty.CODE).orElseThrow().name());
    }

    @Test
    void addingRecordsInBulkGivesWhatAddingThemOneByOneGives() {
        DataSet sample = SampleCounty.dataSet();
        DataSet.Builder bulk = DataSet.builder(sample.name(), sample.asOf());
        for (RecordType type : RecordType.values()) {
            List<?> records = sample.records(type);
            if (!records.isEmpty()) {
                addAll(bulk, records.get(0).getClass(), records);
            }
        }
        assertEquals(sample, bulk.build());
    }

    @SuppressWarnings("unchecked")
    private static <T> void addAll(DataSet.Builder builder, Class<T> type, List<?> records) {
        builder.addAll(type, (List<T>) records);
    }

    @Test
    void addingInBulkRefusesNullAndClassesThatAreNotRecords() {
        DataSet.Builder b = DataSet.builder("t", AS_OF);
        List<School> withNull = new java.util.ArrayList<>();
        withNull.add(school("S1", SchoolType.PRIMARY));
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> b.addAll(School.class, withNull));
        assertThrows(IllegalArgumentException.class, () -> b.addAll(String.class, List.of("S1")));
        b.add(new Jurisdiction(COUNTY, "示例县", null));
        b.addAll(School.class, List.of(school("S2", SchoolType.PRIMARY), school("S1", SchoolType.PRIMARY)));
        assertEquals(List.of("S2", "S1"), b.build().schools().stream().map(School::id).toList());
    }

    @Test
    void theSampleIsTheSameOnEveryRun() {
        // pinned counts: a generator that depended on hash order would give other counts in another JVM
        DataSet d = SampleCounty.dataSet();
        assertEquals(List.of(351, 807, 12232), List.of(d.classes().size(), d.teachers().size(), d.students().size()));
        assertEquals(List.of(Stage.PRIMARY, Stage.JUNIOR), List.copyOf(SchoolType.NINE_YEAR.stages()));
    }

    @Test
    void syntheticDataSetsAreDeterministic() {
        assertEquals(SyntheticDataSets.generate(SyntheticDataSets.Scale.COUNTY, 7),
                SyntheticDataSets.generate(SyntheticDataSets.Scale.COUNTY, 7));
    }

    @Test
    void everyBrokenReferenceIsReported() {
        DataSet.Builder b = DataSet.builder("t", AS_OF)
                .add(new Jurisdiction(COUNTY, "示例县", DivisionCode.of("210100")))
                .add(school("S1", SchoolType.PRIMARY))
                .add(new SchoolClass("C1", "S1", Stage.JUNIOR, 1, 40))
                .add(new SchoolClass("C1", "S2", Stage.PRIMARY, 1, 40));
        List<DataProblem> problems = assertThrows(InvalidDataException.class, b::build).problems();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("jurisdictions[0]", problems.get(1).location());
        assertEquals("parent", problems.get(1).field());
    }

    @Test
    void impossibleDatesAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Teacher("T1", null, "S1", null, Gender.MALE,
                LocalDate.of(1980, 1, 1), LocalDate.of(2005, 9, 1), LocalDate.of(2004, 9, 1), true, true,
                Subject.CHINESE, Degree.BACHELOR, Title.JUNIOR, BackboneLevel.NONE, false, false, false, null,
                Exemption.NONE));
        assertEquals("currentSchoolSince (2004-09-01) must not precede hireDate (2005-09-01)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Student("P1", null, null, Stage.UNDERGRADUATE, 0,
                Gender.MALE, LocalDate.of(2005, 1, 1), null, null, false, false, LocalDate.of(2010, 1, 1),
                LocalDate.of(2009, 1, 1), FamilyStatus.NONE, false, false, false, null));
    }

    @Test
    void aBirthAfterTheReferenceDateIsAProblem() {
        DataSet.Builder b = DataSet.builder("t", AS_OF)
                .add(new Jurisdiction(COUNTY, "示例县", null))
                .add(school("S1", SchoolType.PRIMARY))
                .add(new Student("P1", null, "S1", Stage.PRIMARY, 1, Gender.MALE, AS_OF.plusDays(1), null, null, false,
                        false, null, null, FamilyStatus.NONE, false, false, false, null));
        List<DataProblem> problems = assertThrows(InvalidDataException.class, b::build).problems();
        assertEquals("birthDate", problems.get(0).field());
    }

    @Test
    void divisionCodesKnowTheirLevel() {
        assertEquals(JurisdictionLevel.PROVINCE, DivisionCode.of("210000").level());
        assertEquals(JurisdictionLevel.CITY, DivisionCode.of("210100").level());
        assertEquals(JurisdictionLevel.COUNTY, DivisionCode.of("210199").level());
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.of("21010"));
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction(COUNTY, "x", DivisionCode.of("220100")));
    }

    @org.junit.jupiter.api.Test
    void BAL_1_anAreaWithAHugeExponentIsRefusedByTheRecord() {
        for (String area : java.util.List.of("1e400", "1e-999999999", "1234567890123456")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new SchoolResources("S1",
                    Stage.PRIMARY, new java.math.BigDecimal(area), java.math.BigDecimal.ONE,
                    org.junheng.core.value.Money.ZERO, 0, 0, 0), area);
        }
        org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal("123456789012345.5"), new SchoolResources("S1",
                Stage.PRIMARY, new java.math.BigDecimal("123456789012345.5"), java.math.BigDecimal.ONE,
                org.junheng.core.value.Money.ZERO, 0, 0, 0).teachingRoomArea());
    }
}

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
package org.junheng.indicators.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Labelled;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Teacher;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.SectionParts;
import org.junheng.indicators.report.Table;

/**
 * What a data set holds: schools by type, location and ownership; students by stage, location and
 * ownership of their school; teachers; records of every type; and the same per county or district.
 * Counts are exact; nothing is dropped (students outside the data set's schools are counted under
 * "no school in the data set"). Immutable and thread-safe.
 *
 * @param name the data set's name
 * @param records the number of records of each type
 * @param schoolsByType schools by type
 * @param schoolsByLocation schools by location
 * @param schoolsByOwnership schools by ownership
 * @param studentsByStage students by stage
 * @param studentsByLocation students by their school's location; students without a school are not here
 * @param studentsByOwnership students by their school's ownership; likewise
 * @param studentsWithoutSchool students whose school is not in the data set (higher education, not
 *     enrolled)
 * @param byDistrict schools, teachers and students per county-level jurisdiction, by code
 */
public record DataSetSummary(
        String name,
        Map<RecordType, Integer> records,
        Map<SchoolType, Integer> schoolsByType,
        Map<Location, Integer> schoolsByLocation,
        Map<Ownership, Integer> schoolsByOwnership,
        Map<Stage, Integer> studentsByStage,
        Map<Location, Integer> studentsByLocation,
        Map<Ownership, Integer> studentsByOwnership,
        int studentsWithoutSchool,
        Map<DivisionCode, int[]> byDistrict) {

    /** Copies every count, the per-county arrays included. */
    public DataSetSummary {
        Checks.notBlank(name, "name");
        records = Map.copyOf(records);
        schoolsByType = Map.copyOf(schoolsByType);
        schoolsByLocation = Map.copyOf(schoolsByLocation);
        schoolsByOwnership = Map.copyOf(schoolsByOwnership);
        studentsByStage = Map.copyOf(studentsByStage);
        studentsByLocation = Map.copyOf(studentsByLocation);
        studentsByOwnership = Map.copyOf(studentsByOwnership);
        Map<DivisionCode, int[]> copy = new TreeMap<>();
        byDistrict.forEach((k, v) -> copy.put(k, v.clone()));
        byDistrict = java.util.Collections.unmodifiableMap(copy);
    }

    /** Counts the data set in one pass over each record type. */
    public static DataSetSummary of(DataSet data) {
        Checks.notNull(data, "data");
        Map<RecordType, Integer> records = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            records.put(t, data.records(t).size());
        }
        Map<SchoolType, Integer> byType = new EnumMap<>(SchoolType.class);
        Map<Location, Integer> byLocation = new EnumMap<>(Location.class);
        Map<Ownership, Integer> byOwnership = new EnumMap<>(Ownership.class);
        Map<DivisionCode, int[]> byDistrict = new TreeMap<>();
        for (School s : data.schools()) {
            byType.merge(s.type(), 1, Integer::sum);
            byLocation.merge(s.location(), 1, Integer::sum);
            byOwnership.merge(s.ownership(), 1, Integer::sum);
            byDistrict.computeIfAbsent(s.jurisdiction(), k -> new int[3])[0]++;
        }
        // records come grouped by school: one lookup per run of the same school, not per record
        String lastId = null;
        int[] district = null;
        for (Teacher t : data.teachers()) {
            if (!t.schoolId().equals(lastId)) {
                lastId = t.schoolId();
                district = byDistrict.get(data.school(lastId).orElseThrow().jurisdiction());
            }
            district[1]++;
        }
        // students: the counts per school and stage the data set made, not a pass over the students
        int[] stages = new int[Stage.values().length];
        int[] locations = new int[Location.values().length];
        int[] ownerships = new int[Ownership.values().length];
        int withoutSchool = 0;
        for (Stage stage : Stage.values()) {
            int n = Math.toIntExact(data.studentCountWithoutSchool(stage));
            stages[stage.ordinal()] += n;
            withoutSchool += n;
        }
        for (School school : data.schools()) {
            int total = 0;
            for (Stage stage : Stage.values()) {
                int n = Math.toIntExact(data.studentCount(school.id(), stage));
                stages[stage.ordinal()] += n;
                total += n;
            }
            locations[school.location().ordinal()] += total;
            ownerships[school.ownership().ordinal()] += total;
            byDistrict.get(school.jurisdiction())[2] += total;
        }
        return new DataSetSummary(data.name(), records, byType, byLocation, byOwnership, counted(stages, Stage.values()),
                counted(locations, Location.values()), counted(ownerships, Ownership.values()), withoutSchool,
                byDistrict);
    }

    /** The values counted at least once, with their counts: the entries {@code merge} would have made. */
    private static <E extends Enum<E>> Map<E, Integer> counted(int[] counts, E[] values) {
        Map<E, Integer> map = new EnumMap<>(values[0].getDeclaringClass());
        for (E e : values) {
            if (counts[e.ordinal()] > 0) {
                map.put(e, counts[e.ordinal()]);
            }
        }
        return map;
    }

    /** The report section "数据概况 / Data set", with the table by county or district in it. */
    public Section section(DataSet data) {
        return parts(data, false).section();
    }

    /** The section with the table by county or district apart, for an appendix of a report on many counties. */
    public SectionParts sectionWithCountiesApart(DataSet data) {
        return parts(data, true);
    }

    private SectionParts parts(DataSet data, boolean apart) {
        List<Table> detail = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        tables.add(counts(Label.of("记录", "Records"), Label.of("类型", "record type"), records, RecordType.values()));
        tables.add(counts(Label.of("学校(按类型)", "Schools by type"), Label.of("类型", "type"), schoolsByType,
                SchoolType.values()));
        tables.add(counts(Label.of("学校(按城乡)", "Schools by location"), Label.of("城乡", "location"),
                schoolsByLocation, Location.values()));
        tables.add(counts(Label.of("学校(按办学性质)", "Schools by ownership"), Label.of("性质", "ownership"),
                schoolsByOwnership, Ownership.values()));
        tables.add(counts(Label.of("学生(按学段)", "Students by stage"), Label.of("学段", "stage"), studentsByStage,
                Stage.values()));
        tables.add(counts(Label.of("学生(按学校城乡)", "Students by their school's location"), Label.of("城乡", "location"),
                studentsByLocation, Location.values()));
        List<List<Cell>> rows = new ArrayList<>();
        byDistrict.forEach((code, c) -> rows.add(List.of(Cell.text(code.value()),
                Cell.text(data.jurisdiction(code).map(Jurisdiction::name).orElse(code.value())),
                Cell.count(c[0]), Cell.count(c[1]), Cell.count(c[2]))));
        (apart ? detail : tables).add(new Table(Label.of("各区县", "By county or district"), List.of(Label.of("代码", "code"),
                Label.of("名称", "name"), Label.of("学校", "schools"), Label.of("教师", "teachers"),
                Label.of("学生", "students")), rows));
        List<Label> notes = new ArrayList<>();
        notes.add(Label.of("数据集已通过校验: 编号唯一, 引用完整, 学段与学校一致。",
                "The data set is valid: unique IDs, every reference resolved, every stage taught by its school."));
        if (studentsWithoutSchool > 0) {
            notes.add(Label.of(studentsWithoutSchool + " 名学生不在本数据集的学校就读(高等教育或未在读)。",
                    studentsWithoutSchool + " students study at no school of the data set (higher education or not enrolled)."));
        }
        return new SectionParts(new Section(Label.of("数据概况", "Data set"), tables, notes), detail);
    }

    private static <E extends Enum<E> & Labelled> Table counts(Label title, Label column, Map<E, Integer> counts,
            E[] order) {
        List<List<Cell>> rows = new ArrayList<>();
        int total = 0;
        for (E e : order) {
            Integer n = counts.get(e);
            if (n != null && n > 0) {
                rows.add(List.of(Cell.label(e), Cell.count(n)));
                total += n;
            }
        }
        rows.add(List.of(Cell.words("合计", "total"), Cell.count(total)));
        return new Table(title, List.of(column, Label.of("数量", "count")), rows);
    }

    /** Equal when every count is, the per-county arrays compared by content. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DataSetSummary s)) {
            return false;
        }
        if (!byDistrict.keySet().equals(s.byDistrict.keySet())) {
            return false;
        }
        for (var e : byDistrict.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), s.byDistrict.get(e.getKey()))) {
                return false;
            }
        }
        return name.equals(s.name) && records.equals(s.records) && schoolsByType.equals(s.schoolsByType)
                && schoolsByLocation.equals(s.schoolsByLocation) && schoolsByOwnership.equals(s.schoolsByOwnership)
                && studentsByStage.equals(s.studentsByStage) && studentsByLocation.equals(s.studentsByLocation)
                && studentsByOwnership.equals(s.studentsByOwnership) && studentsWithoutSchool == s.studentsWithoutSchool;
    }

    /** Consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, records, schoolsByType, studentsByStage, studentsWithoutSchool);
    }

    /** {@code "DataSetSummary[示例县: 30 schools, 12000 students]"}. */
    @Override
    public String toString() {
        return "DataSetSummary[" + name + ": " + records.get(RecordType.SCHOOLS) + " schools, "
                + records.get(RecordType.TEACHERS) + " teachers, " + records.get(RecordType.STUDENTS) + " students]";
    }
}

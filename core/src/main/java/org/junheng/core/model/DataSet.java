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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junheng.core.internal.Checks;

/**
 * A data set: one jurisdiction tree with its schools, resources, classes, teachers, service periods,
 * rotation moves, students and funding, as on a reference date (统计时点).
 *
 * <p>A data set is always valid: IDs are unique, every reference points to a record that exists, every
 * stage a record names is taught by its school, and funding has one record per jurisdiction and year.
 * Making one that is not throws an {@link InvalidDataException} listing every problem.
 *
 * <p>{@code equals} compares the name, the reference date and every list in order. Immutable and
 * thread-safe.
 */
public final class DataSet {
    private final String name;
    private final LocalDate asOf;
    private final List<Jurisdiction> jurisdictions;
    private final List<School> schools;
    private final List<SchoolResources> resources;
    private final List<SchoolClass> classes;
    private final List<Teacher> teachers;
    private final List<ServicePeriod> servicePeriods;
    private final List<RotationMove> rotations;
    private final StudentList students;
    private final List<FundingRecord> funding;
    private final List<SchoolFunding> schoolFunding;
    private final List<PostAllocation> posts;

    private final Map<DivisionCode, Jurisdiction> jurisdictionsByCode;
    private final Map<String, School> schoolsById;
    private final Map<String, Teacher> teachersById;
    private final Map<String, Integer> schoolPositions;
    /**
     * Per school (by position in {@link #schools}), {@link #COUNTS} ints: its students by stage ordinal, then
     * those with a disability certificate valid on the reference date. Filled by the checks' pass over the
     * students, so that the report's sections need not each go through five million records again.
     */
    final int[] studentCounts;
    /** The students with no school ID, by stage ordinal. */
    final int[] withoutSchool;
    static final int COUNTS = Stage.values().length + 1;
    static final int DISABLED = Stage.values().length;

    private DataSet(Builder b, RecordLocator locator) {
        this.name = Checks.notBlank(b.name, "name");
        this.asOf = Checks.notNull(b.asOf, "asOf");
        this.jurisdictions = List.copyOf(b.jurisdictions);
        this.schools = List.copyOf(b.schools);
        this.resources = List.copyOf(b.resources);
        this.classes = List.copyOf(b.classes);
        this.teachers = List.copyOf(b.teachers);
        this.servicePeriods = List.copyOf(b.servicePeriods);
        this.rotations = List.copyOf(b.rotations);
        this.students = b.students.build();
        this.funding = List.copyOf(b.funding);
        this.schoolFunding = List.copyOf(b.schoolFunding);
        this.posts = List.copyOf(b.posts);
        this.jurisdictionsByCode = index(jurisdictions, Jurisdiction::code);
        this.schoolsById = index(schools, School::id);
        this.teachersById = index(teachers, Teacher::id);
        Map<String, Integer> positions = new HashMap<>(Math.max(16, schools.size() * 4 / 3 + 1));
        for (int i = schools.size() - 1; i >= 0; i--) {
            positions.put(schools.get(i).id(), i); // the first of a repeated ID, as the index by ID has it
        }
        this.schoolPositions = positions;
        this.studentCounts = new int[schools.size() * COUNTS];
        this.withoutSchool = new int[Stage.values().length];
        List<DataProblem> problems = new DataSetChecks(this, locator).problems();
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
    }

    private static <K, V> Map<K, V> index(List<V> values, java.util.function.Function<V, K> key) {
        Map<K, V> map = new HashMap<>(Math.max(16, values.size() * 4 / 3 + 1)); // only looked up, never iterated
        for (V v : values) {
            map.putIfAbsent(key.apply(v), v);
        }
        return Collections.unmodifiableMap(map);
    }

    /** A builder for a data set named {@code name} as on {@code asOf}. */
    public static Builder builder(String name, LocalDate asOf) {
        return new Builder(name, asOf);
    }

    /** A builder holding this data set's records, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name, asOf);
        b.jurisdictions.addAll(jurisdictions);
        b.schools.addAll(schools);
        b.resources.addAll(resources);
        b.classes.addAll(classes);
        b.teachers.addAll(teachers);
        b.servicePeriods.addAll(servicePeriods);
        b.rotations.addAll(rotations);
        b.students.addAll(students);
        b.funding.addAll(funding);
        b.schoolFunding.addAll(schoolFunding);
        b.posts.addAll(posts);
        return b;
    }

    /** The data set's name, such as {@code 示例县}; never blank. */
    public String name() {
        return name;
    }

    /** The reference date the records describe. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The jurisdictions (administrative divisions) of the tree, in the order added. */
    public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    /** The schools, in the order added. */
    public List<School> schools() {
        return schools;
    }

    /** The resources of the schools' stage sections (BAL-1, BAL-5), in the order added. */
    public List<SchoolResources> resources() {
        return resources;
    }

    /** The classes with their sizes, in the order added. */
    public List<SchoolClass> classes() {
        return classes;
    }

    /** The teachers, in the order added. */
    public List<Teacher> teachers() {
        return teachers;
    }

    /** The teachers' periods at rural or weak schools (ROT-4, ROT-5 evidence), in the order added. */
    public List<ServicePeriod> servicePeriods() {
        return servicePeriods;
    }

    /** Rotation moves, planned or done. */
    public List<RotationMove> rotations() {
        return rotations;
    }

    /**
     * The students and the school-age people not enrolled, in the order added: a {@link StudentList}, held
     * in columns, whose {@code get} makes an equal record on each call.
     */
    public List<Student> students() {
        return students;
    }

    /** The funding figures, one record per jurisdiction and year, in the order added. */
    public List<FundingRecord> funding() {
        return funding;
    }

    /** The schools' public-funds budgets and teacher-training spending, in the order added. */
    public List<SchoolFunding> schoolFunding() {
        return schoolFunding;
    }

    /** The senior and middle posts of schools and the counties' central reserves (ROT-9), in order. */
    public List<PostAllocation> posts() {
        return posts;
    }

    /** The students as their columns, for the checks. */
    StudentList studentList() {
        return students;
    }

    /** The records of one type, in order. */
    public List<?> records(RecordType type) {
        return switch (type) {
            case JURISDICTIONS -> jurisdictions;
            case SCHOOLS -> schools;
            case RESOURCES -> resources;
            case CLASSES -> classes;
            case TEACHERS -> teachers;
            case SERVICE_PERIODS -> servicePeriods;
            case ROTATIONS -> rotations;
            case STUDENTS -> students;
            case FUNDING -> funding;
            case SCHOOL_FUNDING -> schoolFunding;
            case POSTS -> posts;
        };
    }

    /** The jurisdiction with {@code code}; empty when the data set has none. */
    public Optional<Jurisdiction> jurisdiction(DivisionCode code) {
        return Optional.ofNullable(jurisdictionsByCode.get(code));
    }

    /** The school with ID {@code id}; empty when the data set has none. */
    public Optional<School> school(String id) {
        return Optional.ofNullable(schoolsById.get(id));
    }

    /** The position of the school with ID {@code id} in {@link #schools()}; -1 when the data set has none. */
    int schoolPosition(String id) {
        Integer at = schoolPositions.get(id);
        return at == null ? -1 : at;
    }

    /**
     * How many students name school {@code schoolId} and {@code stage}; 0 for an ID not in the data set.
     * Counted once, when the data set is made: a lookup, not a pass over the students.
     */
    public long studentCount(String schoolId, Stage stage) {
        Checks.notNull(stage, "stage");
        int at = schoolPosition(Checks.notNull(schoolId, "schoolId"));
        return at < 0 ? 0 : studentCounts[at * COUNTS + stage.ordinal()];
    }

    /** How many students name school {@code schoolId}, at every stage; 0 for an ID not in the data set. */
    public long studentCount(String schoolId) {
        int at = schoolPosition(Checks.notNull(schoolId, "schoolId"));
        long total = 0;
        for (int stage = 0; at >= 0 && stage < DISABLED; stage++) {
            total += studentCounts[at * COUNTS + stage];
        }
        return total;
    }

    /**
     * How many students of school {@code schoolId} hold a disability certificate valid on the reference date
     * ({@link Student#hasDisabilityCertificateOn}); 0 for an ID not in the data set.
     */
    public long disabledStudentCount(String schoolId) {
        int at = schoolPosition(Checks.notNull(schoolId, "schoolId"));
        return at < 0 ? 0 : studentCounts[at * COUNTS + DISABLED];
    }

    /** How many students (or school-age people) at {@code stage} name no school. */
    public long studentCountWithoutSchool(Stage stage) {
        return withoutSchool[Checks.notNull(stage, "stage").ordinal()];
    }

    /** The teacher with ID {@code id}; empty when the data set has none. */
    public Optional<Teacher> teacher(String id) {
        return Optional.ofNullable(teachersById.get(id));
    }

    /**
     * The root of the jurisdiction tree: the one jurisdiction without a parent in the data set. With
     * several roots, the first.
     */
    public Optional<Jurisdiction> root() {
        return jurisdictions.stream().filter(j -> j.parent() == null || !jurisdictionsByCode.containsKey(j.parent()))
                .findFirst();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataSet d)) {
            return false;
        }
        return name.equals(d.name) && asOf.equals(d.asOf) && jurisdictions.equals(d.jurisdictions)
                && schools.equals(d.schools) && resources.equals(d.resources) && classes.equals(d.classes)
                && teachers.equals(d.teachers) && servicePeriods.equals(d.servicePeriods) && rotations.equals(d.rotations)
                && students.equals(d.students) && funding.equals(d.funding) && schoolFunding.equals(d.schoolFunding)
                && posts.equals(d.posts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, asOf, jurisdictions, schools, resources, classes, teachers, servicePeriods,
                rotations, students, funding, schoolFunding, posts);
    }

    /** {@code "DataSet[示例县 as of 2025-09-01: 1 jurisdictions, 30 schools, ...]"}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("DataSet[").append(name).append(" as of ").append(asOf).append(':');
        String sep = " ";
        for (RecordType t : RecordType.values()) {
            s.append(sep).append(records(t).size()).append(' ').append(t.key());
            sep = ", ";
        }
        return s.append(']').toString();
    }

    /** Collects records and makes a checked {@link DataSet}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final LocalDate asOf;
        private final List<Jurisdiction> jurisdictions = new ArrayList<>();
        private final List<School> schools = new ArrayList<>();
        private final List<SchoolResources> resources = new ArrayList<>();
        private final List<SchoolClass> classes = new ArrayList<>();
        private final List<Teacher> teachers = new ArrayList<>();
        private final List<ServicePeriod> servicePeriods = new ArrayList<>();
        private final List<RotationMove> rotations = new ArrayList<>();
        private final StudentList.Builder students = StudentList.builder();
        private final List<FundingRecord> funding = new ArrayList<>();
        private final List<SchoolFunding> schoolFunding = new ArrayList<>();
        private final List<PostAllocation> posts = new ArrayList<>();

        private Builder(String name, LocalDate asOf) {
            this.name = Checks.notBlank(name, "name");
            this.asOf = Checks.notNull(asOf, "asOf");
        }

        /**
         * Adds records of one kind in their order, such as {@code addAll(Student.class, students)}; null is
         * refused. For the millions of records of a reader it copies the list without visiting each record;
         * students are stored in columns, and a {@link StudentList}'s are taken without making a record.
         *
         * @param type the record class: one of {@link Jurisdiction}, {@link School}, {@link SchoolResources},
         *     {@link SchoolClass}, {@link Teacher}, {@link ServicePeriod}, {@link RotationMove},
         *     {@link Student}, {@link FundingRecord}, {@link SchoolFunding} or {@link PostAllocation}
         */
        public <T> Builder addAll(Class<T> type, Collection<? extends T> records) {
            Checks.notNull(type, "type");
            Checks.notNull(records, "records");
            if (type == Student.class && records instanceof StudentList list) {
                students.addAll(list); // its columns are copied, or its full pages shared; no record is made
                return this;
            }
            // a scan of references for null reads the list's array, not the records
            for (Object record : records) {
                if (record == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + " records must not hold null");
                }
            }
            if (type == Student.class) {
                @SuppressWarnings("unchecked")
                Collection<? extends Student> added = (Collection<? extends Student>) records;
                students.addAll(added);
                return this;
            }
            List<? super T> target = listOf(type);
            target.addAll(records);
            return this;
        }

        @SuppressWarnings("unchecked")
        private <T> List<? super T> listOf(Class<T> type) {
            List<?> list = type == Jurisdiction.class ? jurisdictions : type == School.class ? schools
                    : type == SchoolResources.class ? resources : type == SchoolClass.class ? classes
                    : type == Teacher.class ? teachers : type == ServicePeriod.class ? servicePeriods
                    : type == RotationMove.class ? rotations
                    : type == FundingRecord.class ? funding : type == SchoolFunding.class ? schoolFunding
                    : type == PostAllocation.class ? posts : null;
            Checks.check(list != null, "not a data set record class: %s", type.getName());
            return (List<? super T>) list;
        }

        /** Adds a jurisdiction; null is refused. */
        public Builder add(Jurisdiction j) {
            jurisdictions.add(Checks.notNull(j, "jurisdiction"));
            return this;
        }

        /** Adds a school; null is refused. */
        public Builder add(School s) {
            schools.add(Checks.notNull(s, "school"));
            return this;
        }

        /** Adds the resources of a school's stage section; null is refused. */
        public Builder add(SchoolResources r) {
            resources.add(Checks.notNull(r, "resources"));
            return this;
        }

        /** Adds a class; null is refused. */
        public Builder add(SchoolClass c) {
            classes.add(Checks.notNull(c, "schoolClass"));
            return this;
        }

        /** Adds a teacher; null is refused. */
        public Builder add(Teacher t) {
            teachers.add(Checks.notNull(t, "teacher"));
            return this;
        }

        /** Adds a teacher's period at a rural or weak school (ROT-4, ROT-5); null is refused. */
        public Builder add(ServicePeriod p) {
            servicePeriods.add(Checks.notNull(p, "servicePeriod"));
            return this;
        }

        /** Adds a rotation move, planned or done (ROT-1 to ROT-3); null is refused. */
        public Builder add(RotationMove m) {
            rotations.add(Checks.notNull(m, "rotationMove"));
            return this;
        }

        /** Adds a student or a school-age person not enrolled; null is refused. */
        public Builder add(Student s) {
            students.add(s);
            return this;
        }

        /** Adds the funding figures of a jurisdiction and year; null is refused. */
        public Builder add(FundingRecord f) {
            funding.add(Checks.notNull(f, "funding"));
            return this;
        }

        /** Adds a school's budget year; null is refused. */
        public Builder add(SchoolFunding f) {
            schoolFunding.add(Checks.notNull(f, "schoolFunding"));
            return this;
        }

        /** Adds a school's senior and middle posts, or a county's central reserve (ROT-9). */
        public Builder add(PostAllocation p) {
            posts.add(Checks.notNull(p, "posts"));
            return this;
        }

        /** Adds a record of any of the data set's types. */
        public Builder addRecord(Object record) {
            Checks.notNull(record, "record");
            if (record instanceof Jurisdiction r) {
                return add(r);
            } else if (record instanceof School r) {
                return add(r);
            } else if (record instanceof SchoolResources r) {
                return add(r);
            } else if (record instanceof SchoolClass r) {
                return add(r);
            } else if (record instanceof Teacher r) {
                return add(r);
            } else if (record instanceof ServicePeriod r) {
                return add(r);
            } else if (record instanceof RotationMove r) {
                return add(r);
            } else if (record instanceof Student r) {
                return add(r);
            } else if (record instanceof FundingRecord r) {
                return add(r);
            } else if (record instanceof SchoolFunding r) {
                return add(r);
            } else if (record instanceof PostAllocation r) {
                return add(r);
            }
            throw new IllegalArgumentException("not a data set record: " + record.getClass().getName());
        }

        /** The checked data set; problems are placed as records made in code. */
        public DataSet build() {
            return new DataSet(this, RecordLocator.inMemory());
        }

        /** The checked data set; problems are placed by {@code locator} (used by the readers). */
        public DataSet build(RecordLocator locator) {
            return new DataSet(this, Checks.notNull(locator, "locator"));
        }
    }
}

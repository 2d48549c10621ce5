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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The checks that span records: unique IDs and keys (case-sensitive, as written), references, stages
 * taught, and dates that contradict another record or the reference date (a service period before its
 * teacher's birth or after the date the data set describes).
 *
 * <p>The checks are independent of each other: the two big ones (the students' IDs and the references)
 * run in parallel, each collecting its findings apart; the findings are then placed by the locator and
 * merged on the calling thread in one fixed order, so the problems and their order do not depend on the
 * threads (the locator need not be thread-safe).
 */
final class DataSetChecks {
    private static final String UNIQUE = "; this one is already used by an earlier record";
    /** From this many records on, the uniqueness check runs by partitions (see {@link #uniqueByPartitions}). */
    static final int PARTITIONED_FROM = 1 << 17;
    /** Records whose slots the uniqueness check reads together (see {@link #unique}). */
    private static final int BATCH = 32;

    private final DataSet data;
    private final RecordLocator locator;

    DataSetChecks(DataSet data, RecordLocator locator) {
        this.data = data;
        this.locator = locator;
    }

    List<DataProblem> problems() {
        ForkJoinTask<List<Finding>> students = ForkJoinTask.adapt(
                () -> unique(RecordType.STUDENTS, data.studentList().size(), studentIds(data.studentList()), "id"))
                .fork();
        ForkJoinTask<List<Finding>> references = ForkJoinTask.adapt(() -> new References().all()).fork();
        List<List<Finding>> found = new ArrayList<>();
        found.add(unique(RecordType.JURISDICTIONS, data.jurisdictions(), Key.of(j -> j.code().value()), "code"));
        found.add(unique(RecordType.SCHOOLS, data.schools(), Key.of(School::id), "id"));
        found.add(unique(RecordType.RESOURCES, data.resources(), RESOURCES, "schoolId, stage"));
        found.add(unique(RecordType.CLASSES, data.classes(), Key.of(SchoolClass::id), "id"));
        found.add(unique(RecordType.TEACHERS, data.teachers(), Key.of(Teacher::id), "id"));
        found.add(students.join());
        found.add(unique(RecordType.FUNDING, data.funding(), FUNDING, "jurisdiction, year"));
        found.add(unique(RecordType.SCHOOL_FUNDING, data.schoolFunding(), SCHOOL_FUNDING, "schoolId, year"));
        found.add(unique(RecordType.POSTS, data.posts(),
                Key.of(p -> p.jurisdiction() + "/" + p.schoolId() + "/" + p.schoolYear()),
                "jurisdiction, schoolId, schoolYear"));
        found.add(references.join());
        List<DataProblem> problems = new ArrayList<>();
        for (List<Finding> part : found) {
            for (Finding f : part) {
                String[] place = locator.locate(f.type, f.index);
                problems.add(new DataProblem(place[0], place[1], f.field, f.value, f.expected));
            }
        }
        return problems;
    }

    /** A problem found, not yet placed: the locator is asked on the calling thread only. */
    record Finding(RecordType type, int index, String field, String value, String expected) {
    }

    /**
     * A record's key for the uniqueness check: a hash and an equality that agree with the key's text, which
     * is only made for a record that breaks the rule.
     */
    interface Key<T> {
        int hash(T record);

        boolean same(T a, T b);

        String text(T record);

        /** The key {@code text} itself, compared as a string. */
        static <T> Key<T> of(Function<T, String> text) {
            return new Key<>() {
                @Override
                public int hash(T record) {
                    return text.apply(record).hashCode();
                }

                @Override
                public boolean same(T a, T b) {
                    return text.apply(a).equals(text.apply(b));
                }

                @Override
                public String text(T record) {
                    return text.apply(record);
                }
            };
        }
    }

    /**
     * {@code schoolId/stage}: the stage's name has no slash, so two texts are equal exactly when the
     * school IDs and the stages are.
     */
    static final Key<SchoolResources> RESOURCES = new Key<>() {
        @Override
        public int hash(SchoolResources r) {
            return r.schoolId().hashCode() * 31 + r.stage().ordinal();
        }

        @Override
        public boolean same(SchoolResources a, SchoolResources b) {
            return a.stage() == b.stage() && a.schoolId().equals(b.schoolId());
        }

        @Override
        public String text(SchoolResources r) {
            return r.schoolId() + "/" + r.stage();
        }
    };

    /** {@code jurisdiction/year}: six digits and a number, equal exactly when both parts are. */
    static final Key<FundingRecord> FUNDING = new Key<>() {
        @Override
        public int hash(FundingRecord f) {
            return f.jurisdiction().hashCode() * 31 + f.year();
        }

        @Override
        public boolean same(FundingRecord a, FundingRecord b) {
            return a.year() == b.year() && a.jurisdiction().equals(b.jurisdiction());
        }

        @Override
        public String text(FundingRecord f) {
            return f.jurisdiction() + "/" + f.year();
        }
    };

    /** {@code schoolId/year}: the year's digits have no slash, so the text splits one way only. */
    static final Key<SchoolFunding> SCHOOL_FUNDING = new Key<>() {
        @Override
        public int hash(SchoolFunding f) {
            return f.schoolId().hashCode() * 31 + f.year();
        }

        @Override
        public boolean same(SchoolFunding a, SchoolFunding b) {
            return a.year() == b.year() && a.schoolId().equals(b.schoolId());
        }

        @Override
        public String text(SchoolFunding f) {
            return f.schoolId() + "/" + f.year();
        }
    };

    /**
     * Every record whose key an earlier record already has, in record order. The set is one int array of
     * about 4/3 n slots: each filled slot holds the position + 1 of the first record with a key in its low
     * bits (as many as n needs; 0 marks an empty slot) and the key hash's lowest bits above them. A probe
     * compares those bits in the array and touches the records only when they agree: for an equal key, and
     * for another one once in 2^(32 - position bits) probes. From {@link #PARTITIONED_FROM} records on, where
     * such a table no longer fits in the cache and every probe would be a miss, {@link #uniqueByPartitions}
     * does the same check.
     */
    static <T> List<Finding> unique(RecordType type, List<T> records, Key<T> key, String field) {
        return unique(type, records.size(), positions(records, key), field);
    }

    /** The keys of {@code records} by position. */
    static <T> Positions positions(List<T> records, Key<T> key) {
        return new Positions() {
            @Override
            public int hash(int i) {
                return key.hash(records.get(i));
            }

            @Override
            public boolean same(int a, int b) {
                return key.same(records.get(a), records.get(b));
            }

            @Override
            public String text(int i) {
                return key.text(records.get(i));
            }
        };
    }

    /** The keys of records {@code 0 .. n-1}, by position: students' IDs are read from their columns. */
    interface Positions {
        int hash(int i);

        boolean same(int a, int b);

        String text(int i);
    }

    /** The students' IDs, hashed and compared as the bytes their columns hold. */
    static Positions studentIds(StudentList students) {
        return new Positions() {
            @Override
            public int hash(int i) {
                return students.idHash(i);
            }

            @Override
            public boolean same(int a, int b) {
                return students.sameId(a, b);
            }

            @Override
            public String text(int i) {
                return students.idAt(i);
            }
        };
    }

    static List<Finding> unique(RecordType type, int n, Positions key, String field) {
        if (n >= PARTITIONED_FROM) {
            // a partition's entries and table fit in a core's cache: some 16,000 records each
            return uniqueByPartitions(type, n, key, field, Math.max(1, 32 - Integer.numberOfLeadingZeros(n) - 14));
        }
        List<Finding> found = new ArrayList<>();
        int positionBits = 32 - Integer.numberOfLeadingZeros(n); // holds n, the largest position + 1; at most 31
        int positionMask = (1 << positionBits) - 1;
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, n + n / 3 + 1L));
        int[] table = new int[capacity];
        int[] hashes = new int[BATCH];
        int[] slots = new int[BATCH];
        int[] ahead = new int[BATCH];
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            // the slots of a batch are read first, all at once: their cache misses overlap instead of
            // coming one after the other; the probes below then find the slots in the cache
            for (int i = start; i < end; i++) {
                int h = spread(key.hash(i));
                hashes[i - start] = h;
                slots[i - start] = (int) ((h & 0xFFFFFFFFL) * capacity >>> 32); // scaled to the table, any size
                ahead[i - start] = table[slots[i - start]];
            }
            for (int i = start; i < end; i++) {
                int h = hashes[i - start];
                // the slot comes from the hash's high bits, the tag from its low ones, shifted above the position
                int tag = h << positionBits;
                int slot = slots[i - start];
                while (true) {
                    int held = table[slot];
                    if (held == 0) {
                        table[slot] = tag | (i + 1);
                        break;
                    }
                    if ((held & ~positionMask) == tag && key.same((held & positionMask) - 1, i)) {
                        found.add(new Finding(type, i, field, key.text(i), "a unique " + field + UNIQUE));
                        break;
                    }
                    if (++slot == capacity) {
                        slot = 0;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The same check for many records, in {@code 2^partitionBits} partitions by the hash's high bits. One
     * table for a province's five million students is 27 MB, and every probe of it is a cache miss; here the
     * records are first laid out by partition (two streaming passes), then each partition is checked with a
     * table of its own that stays in the cache, on every core. Within a partition the records keep their
     * order, so the first record with a key is the one kept, as in the one-table check; the repeats found
     * are put back in record order. It holds 8 bytes a record while it runs (40 MB for a province's
     * students, against 27 MB for the one table).
     */
    static List<Finding> uniqueByPartitions(RecordType type, int n, Positions key, String field, int partitionBits) {
        int partitions = 1 << partitionBits;
        int shift = 32 - partitionBits;
        int[] starts = new int[partitions + 1];
        // each key hashed once: hashing the ID's bytes is most of the work of this pass
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            int h = spread(key.hash(i));
            hashes[i] = h;
            starts[(h >>> shift) + 1]++;
        }
        for (int p = 0; p < partitions; p++) {
            starts[p + 1] += starts[p];
        }
        // the hash in the high half, the position in the low one; by partition, in record order within each
        long[] entries = new long[n];
        int[] next = Arrays.copyOf(starts, partitions);
        for (int i = 0; i < n; i++) {
            int h = hashes[i];
            entries[next[h >>> shift]++] = (long) h << 32 | i;
        }
        int[][] repeats = new int[partitions][];
        IntStream.range(0, partitions).parallel()
                .forEach(p -> repeats[p] = repeatsIn(entries, starts[p], starts[p + 1], key));
        int total = 0;
        for (int[] r : repeats) {
            total += r.length;
        }
        int[] positions = new int[total];
        int at = 0;
        for (int[] r : repeats) {
            System.arraycopy(r, 0, positions, at, r.length);
            at += r.length;
        }
        Arrays.sort(positions);
        List<Finding> found = new ArrayList<>(total);
        for (int i : positions) {
            found.add(new Finding(type, i, field, key.text(i), "a unique " + field + UNIQUE));
        }
        return found;
    }

    /** The positions in {@code entries[from, to)} whose key an earlier entry there has. */
    private static int[] repeatsIn(long[] entries, int from, int to, Positions key) {
        int capacity = Integer.highestOneBit(Math.max(8, (to - from) * 3 / 2)) * 2;
        int mask = capacity - 1;
        int[] table = new int[capacity]; // an entry's index - from + 1; 0 marks an empty slot
        int[] found = new int[0];
        int count = 0;
        for (int e = from; e < to; e++) {
            long entry = entries[e];
            int h = (int) (entry >>> 32);
            for (int slot = h & mask; ; slot = (slot + 1) & mask) { // the low bits: the high ones chose the partition
                int held = table[slot];
                if (held == 0) {
                    table[slot] = e - from + 1;
                    break;
                }
                long first = entries[from + held - 1];
                if ((int) (first >>> 32) == h && key.same((int) first, (int) entry)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.max(4, count * 2));
                    }
                    found[count++] = (int) entry;
                    break;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Mixes the high bits of a hash into the low ones, which pick the slot. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * The references, stages and dates of every record, in record order. One instance per thread: it
     * remembers the last school looked up, since records come grouped by school (a province's five million
     * students name ten thousand schools).
     */
    private final class References {
        private final List<Finding> found = new ArrayList<>();
        private String lastId;
        private School lastSchool;
        private int lastPosition = -1;

        List<Finding> all() {
            references();
            return found;
        }

        /** The school with {@code id}, or null; one map lookup per run of records of the same school. */
        private School schoolNamed(String id) {
            if (!id.equals(lastId)) {
                lastPosition = data.schoolPosition(id);
                lastSchool = lastPosition < 0 ? null : data.schools().get(lastPosition);
                lastId = id;
            }
            return lastSchool;
        }

        private void references() {
            List<Jurisdiction> js = data.jurisdictions();
            for (int i = 0; i < js.size(); i++) {
                DivisionCode parent = js.get(i).parent();
                if (parent != null && data.jurisdiction(parent).isEmpty()) {
                    add(RecordType.JURISDICTIONS, i, "parent", parent.value(),
                            "the code of a jurisdiction in the data set");
                }
            }
            List<School> schools = data.schools();
            for (int i = 0; i < schools.size(); i++) {
                School s = schools.get(i);
                jurisdiction(RecordType.SCHOOLS, i, "jurisdiction", s.jurisdiction());
                if (s.pairedWith() != null) {
                    school(RecordType.SCHOOLS, i, "pairedWith", s.pairedWith());
                }
            }
            List<SchoolResources> resources = data.resources();
            for (int i = 0; i < resources.size(); i++) {
                section(RecordType.RESOURCES, i, resources.get(i).schoolId(), resources.get(i).stage());
            }
            List<SchoolClass> classes = data.classes();
            for (int i = 0; i < classes.size(); i++) {
                section(RecordType.CLASSES, i, classes.get(i).schoolId(), classes.get(i).stage());
            }
            List<Teacher> teachers = data.teachers();
            for (int i = 0; i < teachers.size(); i++) {
                Teacher t = teachers.get(i);
                notAfterReferenceDate(RecordType.TEACHERS, i, "birthDate", t.birthDate());
                notAfterReferenceDate(RecordType.TEACHERS, i, "hireDate", t.hireDate());
                notAfterReferenceDate(RecordType.TEACHERS, i, "currentSchoolSince", t.currentSchoolSince());
                if (t.section() == null) {
                    school(RecordType.TEACHERS, i, "schoolId", t.schoolId());
                } else {
                    section(RecordType.TEACHERS, i, t.schoolId(), t.section());
                }
            }
            List<ServicePeriod> periods = data.servicePeriods();
            for (int i = 0; i < periods.size(); i++) {
                ServicePeriod p = periods.get(i);
                var teacher = data.teacher(p.teacherId());
                if (teacher.isEmpty()) {
                    add(RecordType.SERVICE_PERIODS, i, "teacherId", p.teacherId(),
                            "the ID of a teacher in the data set");
                } else if (!p.from().isAfter(teacher.get().birthDate())) {
                    // a period of service that starts before its teacher was born contradicts the teacher's record
                    add(RecordType.SERVICE_PERIODS, i, "from", p.from().toString(),
                            "a date after teacher " + p.teacherId() + "'s birth date " + teacher.get().birthDate());
                }
                // a planned end may lie ahead; a start after the reference date is not yet a fact
                notAfterReferenceDate(RecordType.SERVICE_PERIODS, i, "from", p.from());
                if (p.schoolId() != null) {
                    school(RecordType.SERVICE_PERIODS, i, "schoolId", p.schoolId());
                }
            }
            List<RotationMove> moves = data.rotations();
            for (int i = 0; i < moves.size(); i++) {
                RotationMove m = moves.get(i);
                if (data.teacher(m.teacherId()).isEmpty()) {
                    add(RecordType.ROTATIONS, i, "teacherId", m.teacherId(), "the ID of a teacher in the data set");
                }
                school(RecordType.ROTATIONS, i, "fromSchoolId", m.fromSchoolId());
                school(RecordType.ROTATIONS, i, "toSchoolId", m.toSchoolId());
            }
            // the students are read from their columns: no record is made for each
            StudentList students = data.studentList();
            int[] counts = data.studentCounts;
            LocalDate asOf = data.asOf();
            for (int i = 0; i < students.size(); i++) {
                String schoolId = students.schoolIdAt(i);
                Stage stage = students.stageAt(i);
                if (schoolId != null) {
                    section(RecordType.STUDENTS, i, schoolId, stage);
                    // counted here, in the pass over the students, for the sections that need counts per school
                    if (lastPosition >= 0) {
                        counts[lastPosition * DataSet.COUNTS + stage.ordinal()]++;
                        if (students.hasDisabilityCertificateOn(i, asOf)) {
                            counts[lastPosition * DataSet.COUNTS + DataSet.DISABLED]++;
                        }
                    }
                } else {
                    data.withoutSchool[stage.ordinal()]++;
                }
                studentDateNotAfterReferenceDate(students, i, StudentList.BIRTH, "birthDate");
                studentDateNotAfterReferenceDate(students, i, StudentList.ENROLMENT, "enrolmentDate");
            }
            List<FundingRecord> funding = data.funding();
            for (int i = 0; i < funding.size(); i++) {
                jurisdiction(RecordType.FUNDING, i, "jurisdiction", funding.get(i).jurisdiction());
            }
            List<SchoolFunding> schoolFunding = data.schoolFunding();
            for (int i = 0; i < schoolFunding.size(); i++) {
                school(RecordType.SCHOOL_FUNDING, i, "schoolId", schoolFunding.get(i).schoolId());
            }
            List<PostAllocation> posts = data.posts();
            for (int i = 0; i < posts.size(); i++) {
                PostAllocation p = posts.get(i);
                int at = i;
                jurisdiction(RecordType.POSTS, i, "jurisdiction", p.jurisdiction());
                if (p.schoolId() != null) {
                    school(RecordType.POSTS, i, "schoolId", p.schoolId());
                    data.school(p.schoolId()).filter(s -> !s.jurisdiction().equals(p.jurisdiction()))
                            .ifPresent(s -> add(RecordType.POSTS, at, "jurisdiction", p.jurisdiction().value(),
                                    "the school's county " + s.jurisdiction().value()));
                }
            }
        }

        /** {@link #notAfterReferenceDate} on a student's date, read from its column; an absent date passes. */
        private void studentDateNotAfterReferenceDate(StudentList students, int index, int which, String field) {
            if (students.dateAfter(index, which, data.asOf())) {
                notAfterReferenceDate(RecordType.STUDENTS, index, field, students.dateAt(index, which));
            }
        }

        /** A fact of the past (a birth, a hire) cannot lie after the date the data set describes. */
        private void notAfterReferenceDate(RecordType type, int index, String field, LocalDate date) {
            if (date.isAfter(data.asOf())) {
                add(type, index, field, date.toString(),
                        "a date not after the data set's reference date " + data.asOf());
            }
        }

        private void jurisdiction(RecordType type, int index, String field, DivisionCode code) {
            if (data.jurisdiction(code).isEmpty()) {
                add(type, index, field, code.value(), "the code of a jurisdiction in the data set");
            }
        }

        private boolean school(RecordType type, int index, String field, String id) {
            if (schoolNamed(id) == null) {
                add(type, index, field, id, "the ID of a school in the data set");
                return false;
            }
            return true;
        }

        private void section(RecordType type, int index, String schoolId, Stage stage) {
            if (school(type, index, "schoolId", schoolId)) {
                School school = schoolNamed(schoolId);
                if (!school.teaches(stage)
                        && !(stage.isHigherEducation() && school.type() == SchoolType.HIGHER_EDUCATION)) {
                    add(type, index, type == RecordType.TEACHERS ? "section" : "stage", stage.name(),
                            "a stage that school " + schoolId + " (" + school.type().name() + ") teaches: "
                                    + school.type().stages());
                }
            }
        }

        private void add(RecordType type, int index, String field, String value, String expected) {
            found.add(new Finding(type, index, field, value, expected));
        }
    }
}

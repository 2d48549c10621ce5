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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.StudentColumns;
import org.junheng.core.internal.StudentRow;

/**
 * Students held in columns: an immutable list whose {@link #get} makes the {@link Student} from its fields
 * on each call (equal each time, not the same object).
 *
 * <p>Why: a province's five million students as records are fifteen million objects (the record, its ID
 * string and the string's bytes), which the garbage collector copies and marks again and again while a
 * data set is read. Here every 2,048 students are fourteen arrays, about 60 bytes a student against some 140: IDs
 * and names as bytes (Latin-1, or UTF-16 for other text), dates as epoch days, the school ID and the
 * household registration as references shared by a run of students, the rest as bytes.
 *
 * <p>A {@link DataSet} holds its students so, and a reader fills a {@link Builder} batch by batch. Thread-safe.
 */
public final class StudentList extends AbstractList<Student> implements RandomAccess {
    private static final int PAGE_BITS = 11;
    private static final int PAGE = 1 << PAGE_BITS;
    /**
     * Rows per page. A page is filled once and then never changed, so lists and builders share full pages:
     * adding a list to a builder that is at a page boundary takes the list's full pages as they are. The
     * readers hand students over in batches of this size.
     */
    public static final int PAGE_SIZE = PAGE;
    /** An absent date. */
    private static final int NO_DATE = Integer.MIN_VALUE;
    /** A date whose epoch day is outside int (a year beyond some five million): kept in the page's side table. */
    private static final int WIDE_DATE = Integer.MIN_VALUE + 1;
    /** The five dates of a row, in this order in {@link Page#dates}. */
    static final int BIRTH = 0;
    static final int ENROLMENT = 1;
    static final int CERTIFICATE_FROM = 2;
    static final int CERTIFICATE_UNTIL = 3;
    static final int ADULT_DIPLOMA = 4;
    private static final int DATES = 5;

    private static final int BOARDING = 1;
    private static final int HOME_TAUGHT = 1 << 1;
    private static final int FAMILY_IN_HARDSHIP = 1 << 2;
    private static final int DISABLED_FAMILY_MEMBER = 1 << 3;
    private static final int SPECIAL_HARDSHIP = 1 << 4;
    private static final int HAS_NAME = 1 << 5;
    /** The ID's bytes are UTF-16, not Latin-1 (see {@link Page#appendText}). */
    private static final int WIDE_ID = 1 << 6;
    private static final int WIDE_NAME = 1 << 7;

    private static final Stage[] STAGES = Stage.values();
    private static final Gender[] GENDERS = Gender.values();
    private static final FamilyStatus[] FAMILY_STATUSES = FamilyStatus.values();
    private static final StudentList EMPTY = new Builder().build();

    /** The first day of {@link #SHARED_DATES}: 1900-01-01. */
    private static final int FIRST_SHARED_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    /**
     * The dates from 1900 to 2149, each made once and shared by every list: a record made on {@code get}
     * takes its dates from here instead of computing year, month and day from the epoch day again. A
     * LocalDate is immutable, so a thread that sees another's entry sees it whole; two threads that make the
     * same date at once merely make two equal objects.
     */
    private static final LocalDate[] SHARED_DATES =
            new LocalDate[(int) LocalDate.of(2150, 1, 1).toEpochDay() - FIRST_SHARED_DAY];

    static {
        StudentRow.install(Builder::addRow);
        StudentColumns.install(Columns::new);
    }

    private final Page[] pages;
    private final int size;

    private StudentList(Page[] pages, int size) {
        this.pages = pages;
        this.size = size;
    }

    /** No students. */
    public static StudentList of() {
        return EMPTY;
    }

    /** The students, in their order; null is refused. */
    public static StudentList copyOf(Collection<? extends Student> students) {
        if (Checks.notNull(students, "students") instanceof StudentList list) {
            return list;
        }
        return new Builder(students.size()).addAll(students).build();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The student at {@code index}, made from its fields. */
    @Override
    public Student get(int index) {
        Objects.checkIndex(index, size);
        Page p = pages[index >>> PAGE_BITS];
        int r = index & (PAGE - 1);
        int flags = p.flags[r];
        return new Student(p.text(p.ids, p.idEnds, r, (flags & WIDE_ID) != 0),
                (flags & HAS_NAME) != 0 ? p.text(p.names, p.nameEnds, r, (flags & WIDE_NAME) != 0) : null,
                schoolIdAt(index), STAGES[p.stage[r]], p.grade[r], GENDERS[p.gender[r]], p.date(r, BIRTH),
                p.date(r, ENROLMENT), p.household[r], (flags & BOARDING) != 0,
                (flags & HOME_TAUGHT) != 0, p.date(r, CERTIFICATE_FROM), p.date(r, CERTIFICATE_UNTIL),
                FAMILY_STATUSES[p.family[r]], (flags & FAMILY_IN_HARDSHIP) != 0, (flags & DISABLED_FAMILY_MEMBER) != 0,
                (flags & SPECIAL_HARDSHIP) != 0, p.date(r, ADULT_DIPLOMA));
    }

    @Override
    public int size() {
        return size;
    }

    private Page page(int index) {
        return pages[index >>> PAGE_BITS];
    }

    /** The date of {@code epochDay}, shared when it falls in 1900 to 2149. */
    private static LocalDate shared(int epochDay) {
        int slot = epochDay - FIRST_SHARED_DAY;
        if (slot < 0 || slot >= SHARED_DATES.length) {
            return LocalDate.ofEpochDay(epochDay);
        }
        LocalDate date = SHARED_DATES[slot];
        if (date == null) {
            date = LocalDate.ofEpochDay(epochDay);
            SHARED_DATES[slot] = date;
        }
        return date;
    }

    // Column reads for the data set's checks, which pass over every student without making one.

    /** The school ID of the student at {@code index}, the data set's own string; null for none. */
    String schoolIdAt(int index) {
        return page(index).school[index & (PAGE - 1)];
    }

    Stage stageAt(int index) {
        return STAGES[page(index).stage[index & (PAGE - 1)]];
    }

    /** The date {@code which} ({@link #BIRTH}, {@link #ENROLMENT} ...) of the student at {@code index}; null for none. */
    LocalDate dateAt(int index, int which) {
        return page(index).date(index & (PAGE - 1), which);
    }

    /** Whether the date {@code which} of the student at {@code index} is present and after {@code date}. */
    boolean dateAfter(int index, int which, LocalDate date) {
        Page p = page(index);
        int r = index & (PAGE - 1);
        int day = p.dates[r * DATES + which];
        return day != NO_DATE && (day == WIDE_DATE ? p.date(r, which).isAfter(date) : day > date.toEpochDay());
    }

    /** {@link Student#hasDisabilityCertificateOn} from the columns. */
    boolean hasDisabilityCertificateOn(int index, LocalDate date) {
        Page p = page(index);
        int r = index & (PAGE - 1);
        int from = p.dates[r * DATES + CERTIFICATE_FROM];
        int until = p.dates[r * DATES + CERTIFICATE_UNTIL];
        if (from == NO_DATE) {
            return false;
        }
        if (from == WIDE_DATE || until == WIDE_DATE) {
            LocalDate last = p.date(r, CERTIFICATE_UNTIL);
            return !date.isBefore(p.date(r, CERTIFICATE_FROM)) && (last == null || !date.isAfter(last));
        }
        long day = date.toEpochDay();
        return day >= from && (until == NO_DATE || day <= until);
    }

    /** A hash of the ID at {@code index}, from its bytes: equal IDs hash alike. */
    int idHash(int index) {
        Page p = page(index);
        int r = index & (PAGE - 1);
        int h = 1;
        for (int i = r == 0 ? 0 : p.idEnds[r - 1], end = p.idEnds[r]; i < end; i++) {
            h = 31 * h + p.ids[i];
        }
        return h;
    }

    /** Whether the students at {@code a} and {@code b} have the same ID, compared as bytes. */
    boolean sameId(int a, int b) {
        Page pa = page(a);
        Page pb = page(b);
        int ra = a & (PAGE - 1);
        int rb = b & (PAGE - 1);
        int fromA = ra == 0 ? 0 : pa.idEnds[ra - 1];
        int fromB = rb == 0 ? 0 : pb.idEnds[rb - 1];
        // the same bytes as Latin-1 and as UTF-16 are different texts: "\u0001\u0000" and "\u0100"
        return ((pa.flags[ra] ^ pb.flags[rb]) & WIDE_ID) == 0
                && Arrays.equals(pa.ids, fromA, pa.idEnds[ra], pb.ids, fromB, pb.idEnds[rb]);
    }

    /** The ID of the student at {@code index}. */
    String idAt(int index) {
        Page p = page(index);
        int r = index & (PAGE - 1);
        return p.text(p.ids, p.idEnds, r, (p.flags[r] & WIDE_ID) != 0);
    }

    /** The columns by index, for the indicators that read a few fields of millions of students. */
    private static final class Columns extends StudentColumns {
        private final StudentList list;

        Columns(StudentList list) {
            this.list = list;
        }

        /** {@code index}, checked against the list's size. */
        private int at(int index) {
            return Objects.checkIndex(index, list.size);
        }

        private int flags(int index) {
            return list.page(at(index)).flags[index & (PAGE - 1)];
        }

        private boolean hasDate(int index, int which) {
            return list.page(at(index)).dates[(index & (PAGE - 1)) * DATES + which] != NO_DATE;
        }

        @Override
        public String id(int index) {
            return list.idAt(at(index));
        }

        @Override
        public String schoolId(int index) {
            return list.schoolIdAt(at(index));
        }

        @Override
        public Stage stage(int index) {
            return list.stageAt(at(index));
        }

        @Override
        public DivisionCode householdRegistration(int index) {
            return list.page(at(index)).household[index & (PAGE - 1)];
        }

        @Override
        public boolean boarding(int index) {
            return (flags(index) & BOARDING) != 0;
        }

        @Override
        public FamilyStatus familyStatus(int index) {
            return FAMILY_STATUSES[list.page(at(index)).family[index & (PAGE - 1)]];
        }

        @Override
        public boolean familyInHardship(int index) {
            return (flags(index) & FAMILY_IN_HARDSHIP) != 0;
        }

        @Override
        public boolean disabledFamilyMember(int index) {
            return (flags(index) & DISABLED_FAMILY_MEMBER) != 0;
        }

        @Override
        public boolean hasDisabilityCertificate(int index) {
            return hasDate(index, CERTIFICATE_FROM);
        }

        @Override
        public boolean hasAdultDiploma(int index) {
            return hasDate(index, ADULT_DIPLOMA);
        }
    }

    /** One page of rows; filled by a builder, then never changed. */
    private static final class Page {
        byte[] stage;
        byte[] grade;
        byte[] gender;
        byte[] family;
        byte[] flags;
        /** The school IDs: one string per run of a school's students, shared by the run. */
        String[] school;
        DivisionCode[] household;
        /** Five epoch days a row ({@link #BIRTH} ...), {@link #NO_DATE} for none, {@link #WIDE_DATE} for the side table. */
        int[] dates;
        /** The dates beyond int epoch days, by {@code row * 5 + which}; null while there are none. */
        Map<Integer, LocalDate> wideDates;
        /** The IDs' UTF-8 bytes one after another; row r ends at {@code idEnds[r]}. */
        byte[] ids;
        int[] idEnds;
        byte[] names;
        int[] nameEnds;
        int rows;

        Page(int capacity) {
            resize(capacity);
            ids = new byte[capacity * 16];
            names = new byte[0];
        }

        int capacity() {
            return stage.length;
        }

        void resize(int capacity) {
            stage = stage == null ? new byte[capacity] : Arrays.copyOf(stage, capacity);
            grade = grade == null ? new byte[capacity] : Arrays.copyOf(grade, capacity);
            gender = gender == null ? new byte[capacity] : Arrays.copyOf(gender, capacity);
            family = family == null ? new byte[capacity] : Arrays.copyOf(family, capacity);
            flags = flags == null ? new byte[capacity] : Arrays.copyOf(flags, capacity);
            school = school == null ? new String[capacity] : Arrays.copyOf(school, capacity);
            household = household == null ? new DivisionCode[capacity] : Arrays.copyOf(household, capacity);
            dates = dates == null ? new int[capacity * DATES] : Arrays.copyOf(dates, capacity * DATES);
            idEnds = idEnds == null ? new int[capacity] : Arrays.copyOf(idEnds, capacity);
            nameEnds = nameEnds == null ? new int[capacity] : Arrays.copyOf(nameEnds, capacity);
        }

        /**
         * A page holding exactly its rows, for a list to keep while the builder goes on. An array already
         * of that length is shared, not copied: the builder writes into an array only while it has room.
         */
        Page trimmed() {
            Page p = new Page(0);
            p.stage = fit(stage, rows);
            p.grade = fit(grade, rows);
            p.gender = fit(gender, rows);
            p.family = fit(family, rows);
            p.flags = fit(flags, rows);
            p.school = fit(school, rows);
            p.household = fit(household, rows);
            p.dates = fit(dates, rows * DATES);
            p.idEnds = fit(idEnds, rows);
            p.nameEnds = fit(nameEnds, rows);
            p.ids = fit(ids, rows == 0 ? 0 : idEnds[rows - 1]);
            p.names = fit(names, rows == 0 ? 0 : nameEnds[rows - 1]);
            p.wideDates = wideDates == null ? null : new HashMap<>(wideDates);
            p.rows = rows;
            return p;
        }

        private static <T> T[] fit(T[] a, int length) {
            return a.length == length ? a : Arrays.copyOf(a, length);
        }

        private static byte[] fit(byte[] a, int length) {
            return a.length == length ? a : Arrays.copyOf(a, length);
        }

        private static int[] fit(int[] a, int length) {
            return a.length == length ? a : Arrays.copyOf(a, length);
        }

        LocalDate date(int r, int which) {
            int day = dates[r * DATES + which];
            return day == NO_DATE ? null : day == WIDE_DATE ? wideDates.get(r * DATES + which) : shared(day);
        }

        void setDate(int r, int which, LocalDate date) {
            int day;
            if (date == null) {
                day = NO_DATE;
            } else {
                long epochDay = date.toEpochDay();
                day = (int) epochDay;
                if (day != epochDay || day == NO_DATE || day == WIDE_DATE) {
                    day = WIDE_DATE;
                    if (wideDates == null) {
                        wideDates = new HashMap<>();
                    }
                    wideDates.put(r * DATES + which, date);
                }
            }
            dates[r * DATES + which] = day;
        }

        String text(byte[] bytes, int[] ends, int r, boolean wide) {
            int from = r == 0 ? 0 : ends[r - 1];
            if (!wide) {
                return new String(bytes, from, ends[r] - from, StandardCharsets.ISO_8859_1);
            }
            char[] chars = new char[(ends[r] - from) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ((bytes[from + 2 * i] & 0xFF) << 8 | bytes[from + 2 * i + 1] & 0xFF);
            }
            return new String(chars);
        }

        /**
         * Appends a text's bytes to the column {@code ids} or {@code names} as row {@code r}: Latin-1 when every
         * char fits in one byte (an ASCII ID: one byte a char, as the JDK's own strings hold it), else UTF-16,
         * two bytes a char. Both keep every char as it is, an unpaired surrogate included, which UTF-8 would
         * not; and equal texts get equal bytes, so IDs are compared as bytes. Written in place, not through a
         * byte array per text: a province has ten million IDs and names. Returns whether Latin-1.
         */
        boolean appendText(int r, String text, boolean name) {
            byte[] column = name ? names : ids;
            int[] ends = name ? nameEnds : idEnds;
            int from = r == 0 ? 0 : ends[r - 1];
            int n = text.length();
            column = withRoom(column, from + n);
            int i = 0;
            for (char c; i < n && (c = text.charAt(i)) <= 0xFF; i++) {
                column[from + i] = (byte) c;
            }
            boolean latin1 = i == n;
            if (!latin1) {
                column = withRoom(column, from + 2 * n);
                for (i = 0; i < n; i++) {
                    char c = text.charAt(i);
                    column[from + 2 * i] = (byte) (c >>> 8);
                    column[from + 2 * i + 1] = (byte) c;
                }
            }
            ends[r] = from + (latin1 ? n : 2 * n);
            if (name) {
                names = column;
            } else {
                ids = column;
            }
            return latin1;
        }

        /** Appends rows {@code r..r+n)} of a text column to a column from row {@code row}. */
        static byte[] appendRows(byte[] column, int[] ends, int row, byte[] sourceColumn, int[] sourceEnds, int r,
                int n) {
            int at = row == 0 ? 0 : ends[row - 1];
            int from = r == 0 ? 0 : sourceEnds[r - 1];
            int to = sourceEnds[r + n - 1];
            column = withRoom(column, at + to - from);
            System.arraycopy(sourceColumn, from, column, at, to - from);
            for (int k = 0; k < n; k++) {
                ends[row + k] = sourceEnds[r + k] - from + at;
            }
            return column;
        }

        /** Appends {@code bytes[from..to)}, stored text, to a column as row {@code row}. */
        static byte[] appendBytes(byte[] column, int[] ends, int row, byte[] bytes, int from, int to) {
            int at = row == 0 ? 0 : ends[row - 1];
            column = withRoom(column, at + to - from);
            System.arraycopy(bytes, from, column, at, to - from);
            ends[row] = at + to - from;
            return column;
        }

        /** {@code column}, or a copy of it at least twice as long when it holds fewer than {@code length} bytes. */
        static byte[] withRoom(byte[] column, int length) {
            return length <= column.length ? column : Arrays.copyOf(column, Math.max(length, column.length * 2));
        }
    }

    /**
     * Collects students into columns. Adding a {@link StudentList} copies its columns without making a
     * record, and at a page boundary takes its full pages as they are. Not thread-safe; reusable after
     * {@link #build()}.
     */
    public static final class Builder {
        private final List<Page> full = new ArrayList<>();
        private Page current;
        private int size;
        /** The last school ID and registration stored: an equal one that follows shares it. */
        private String lastSchoolId;
        private DivisionCode lastCode;

        private Builder() {
            this(16);
        }

        private Builder(int expected) {
            current = new Page(Math.max(1, Math.min(PAGE, expected)));
        }

        /** How many students were added. */
        public int size() {
            return size;
        }

        /** Adds a student; null is refused. */
        public Builder add(Student s) {
            Checks.notNull(s, "student");
            Page p = room();
            int r = p.rows;
            boolean latinId = p.appendText(r, s.id(), false);
            int flags = (s.boarding() ? BOARDING : 0) | (s.homeTaught() ? HOME_TAUGHT : 0)
                    | (s.familyInHardship() ? FAMILY_IN_HARDSHIP : 0)
                    | (s.disabledFamilyMember() ? DISABLED_FAMILY_MEMBER : 0)
                    | (s.specialHardshipInEnrolmentYear() ? SPECIAL_HARDSHIP : 0) | (latinId ? 0 : WIDE_ID);
            if (s.name() != null) {
                flags |= HAS_NAME | (p.appendText(r, s.name(), true) ? 0 : WIDE_NAME);
            } else {
                p.nameEnds[r] = r == 0 ? 0 : p.nameEnds[r - 1];
            }
            p.flags[r] = (byte) flags;
            p.stage[r] = (byte) s.stage().ordinal();
            p.grade[r] = (byte) s.grade(); // the record holds it within its stage's grades (at most 6)
            p.gender[r] = (byte) s.gender().ordinal();
            p.family[r] = (byte) s.familyStatus().ordinal();
            p.school[r] = schoolId(s.schoolId());
            p.household[r] = code(s.householdRegistration());
            p.setDate(r, BIRTH, s.birthDate());
            p.setDate(r, ENROLMENT, s.enrolmentDate());
            p.setDate(r, CERTIFICATE_FROM, s.disabilityCertificateFrom());
            p.setDate(r, CERTIFICATE_UNTIL, s.disabilityCertificateUntil());
            p.setDate(r, ADULT_DIPLOMA, s.adultDiplomaDate());
            p.rows++;
            size++;
            return this;
        }

        /**
         * Adds a reader's row when the {@link Student} of its fields would pass the record's checks, which
         * are the constructor's over epoch days; false, adding nothing, otherwise. Stores what {@link #add}
         * stores for that student.
         */
        private boolean addRow(StudentRow s) {
            Stage stage = s.stage;
            int birth = s.birthDate;
            int enrolment = s.enrolmentDate;
            int from = s.disabilityCertificateFrom;
            int until = s.disabilityCertificateUntil;
            int diploma = s.adultDiplomaDate;
            boolean consistent = (stage.hasGrades() ? s.schoolId != null && s.grade >= 1 && s.grade <= stage.maxGrade()
                    : s.grade == 0)
                    && (stage != Stage.NOT_ENROLLED || s.schoolId == null)
                    && (enrolment == StudentRow.NO_DATE || enrolment > birth)
                    && (until == StudentRow.NO_DATE || from != StudentRow.NO_DATE && until >= from)
                    && (from == StudentRow.NO_DATE || from >= birth)
                    && (diploma == StudentRow.NO_DATE || diploma > birth);
            // WIDE_DATE is this list's mark for a date kept aside, never a reader's epoch day
            if (!consistent || birth == StudentRow.NO_DATE || birth == WIDE_DATE || enrolment == WIDE_DATE
                    || from == WIDE_DATE || until == WIDE_DATE || diploma == WIDE_DATE) {
                return false;
            }
            Page p = room();
            int r = p.rows;
            p.ids = Page.appendBytes(p.ids, p.idEnds, r, s.idBytes, s.idFrom, s.idTo);
            int flags = (s.boarding ? BOARDING : 0) | (s.homeTaught ? HOME_TAUGHT : 0)
                    | (s.familyInHardship ? FAMILY_IN_HARDSHIP : 0)
                    | (s.disabledFamilyMember ? DISABLED_FAMILY_MEMBER : 0)
                    | (s.specialHardshipInEnrolmentYear ? SPECIAL_HARDSHIP : 0);
            if (s.nameBytes != null) {
                flags |= HAS_NAME;
                p.names = Page.appendBytes(p.names, p.nameEnds, r, s.nameBytes, s.nameFrom, s.nameTo);
            } else if (s.name != null) {
                flags |= HAS_NAME | (p.appendText(r, s.name, true) ? 0 : WIDE_NAME);
            } else {
                p.nameEnds[r] = r == 0 ? 0 : p.nameEnds[r - 1];
            }
            p.flags[r] = (byte) flags;
            p.stage[r] = (byte) stage.ordinal();
            p.grade[r] = (byte) s.grade;
            p.gender[r] = (byte) s.gender.ordinal();
            p.family[r] = (byte) s.familyStatus.ordinal();
            p.school[r] = schoolId(s.schoolId);
            p.household[r] = code(s.householdRegistration);
            int at = r * DATES;
            p.dates[at + BIRTH] = birth;
            p.dates[at + ENROLMENT] = enrolment;
            p.dates[at + CERTIFICATE_FROM] = from;
            p.dates[at + CERTIFICATE_UNTIL] = until;
            p.dates[at + ADULT_DIPLOMA] = diploma;
            p.rows++;
            size++;
            return true;
        }

        /**
         * Adds students in their order; null, and a collection holding null, are refused (before any is
         * added).
         */
        public Builder addAll(Collection<? extends Student> students) {
            Checks.notNull(students, "students");
            if (students instanceof StudentList list) {
                return addAll(list);
            }
            for (Student s : students) {
                Checks.check(s != null, "students must not hold null");
            }
            for (Student s : students) {
                add(s);
            }
            return this;
        }

        private Builder addAll(StudentList list) {
            for (Page source : list.pages) {
                if (source.rows == PAGE && size % PAGE == 0) {
                    // at a page boundary a full page is shared: it never changes
                    if (current.rows == PAGE) {
                        full.add(current.trimmed());
                        current = new Page(16);
                    }
                    full.add(source);
                    size += PAGE;
                } else {
                    // column by column, as many rows as the current page has room for at a time
                    int r = 0;
                    while (r < source.rows) {
                        Page p = room();
                        int n = Math.min(source.rows - r, p.capacity() - p.rows);
                        copyRows(source, r, n, p);
                        r += n;
                    }
                }
            }
            return this;
        }

        /** Copies rows {@code from..from+n) of {@code source} after the rows of {@code p}, which has room. */
        private void copyRows(Page source, int from, int n, Page p) {
            int row = p.rows;
            p.ids = Page.appendRows(p.ids, p.idEnds, row, source.ids, source.idEnds, from, n);
            p.names = Page.appendRows(p.names, p.nameEnds, row, source.names, source.nameEnds, from, n);
            System.arraycopy(source.flags, from, p.flags, row, n);
            System.arraycopy(source.stage, from, p.stage, row, n);
            System.arraycopy(source.grade, from, p.grade, row, n);
            System.arraycopy(source.gender, from, p.gender, row, n);
            System.arraycopy(source.family, from, p.family, row, n);
            System.arraycopy(source.school, from, p.school, row, n);
            System.arraycopy(source.household, from, p.household, row, n);
            System.arraycopy(source.dates, from * DATES, p.dates, row * DATES, n * DATES);
            if (source.wideDates != null) {
                for (int r = from; r < from + n; r++) {
                    for (int which = 0; which < DATES; which++) {
                        if (source.dates[r * DATES + which] == WIDE_DATE) {
                            p.setDate(row + r - from, which, source.date(r, which));
                        }
                    }
                }
            }
            p.rows += n;
            size += n;
        }

        private String schoolId(String id) {
            if (id != null && !id.equals(lastSchoolId)) {
                lastSchoolId = id;
            }
            return id == null ? null : lastSchoolId;
        }

        private DivisionCode code(DivisionCode code) {
            if (code != null && !code.equals(lastCode)) {
                lastCode = code;
            }
            return code == null ? null : lastCode;
        }

        /** The page with room for one more row: the current one, grown, or a new one once it is full. */
        private Page room() {
            Page p = current;
            if (p.rows == p.capacity()) {
                if (p.rows == PAGE) {
                    full.add(p.trimmed()); // the text columns shrink to their bytes
                    p = current = new Page(PAGE);
                } else {
                    p.resize(Math.min(PAGE, p.capacity() * 2));
                }
            }
            return p;
        }

        /** The students added so far; the builder can go on. */
        public StudentList build() {
            Page[] pages = new Page[full.size() + (current.rows > 0 ? 1 : 0)];
            full.toArray(pages);
            if (current.rows > 0) {
                pages[full.size()] = current.trimmed();
            }
            return new StudentList(pages, size);
        }
    }
}

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
package org.junheng.core.io;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junheng.core.internal.StudentRow;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.Stage;

/**
 * Reads the usual student record from the bytes of its fields into a {@link StudentRow}, without the
 * strings, dates and {@link org.junheng.core.model.Student} that {@link RecordReader} and the codec make
 * for each of a province's five million students.
 *
 * <p>It takes only what the ordinary way would take as it is: visible ASCII IDs, names that are not
 * blank, enum names as written, {@code yyyy-mm-dd} dates from 1900 to 2149 that exist, six-digit codes,
 * plain grades and flags of the right JSON kind. On anything else {@link #read} answers false having
 * decided nothing, and the caller reads the record the ordinary way, which names what is wrong; so the
 * problems reported, their places and their words are the same whichever way a record goes. The record's
 * own checks (a school at a graded stage, dates in order) are {@link StudentRow#addTo}'s.
 */
final class StudentDecoder {
    private static final List<String> FIELDS = Codecs.of(RecordType.STUDENTS).fields();
    // where each field's span is, from a record's first: twice its position in the codec's field list
    private static final int ID = position("id");
    private static final int NAME = position("name");
    private static final int SCHOOL = position("schoolId");
    private static final int STAGE = position("stage");
    private static final int GRADE = position("grade");
    private static final int GENDER = position("gender");
    private static final int BIRTH = position("birthDate");
    private static final int ENROLMENT = position("enrolmentDate");
    private static final int HOUSEHOLD = position("householdRegistration");
    private static final int BOARDING = position("boarding");
    private static final int HOME_TAUGHT = position("homeTaught");
    private static final int CERTIFICATE_FROM = position("disabilityCertificateFrom");
    private static final int CERTIFICATE_UNTIL = position("disabilityCertificateUntil");
    private static final int FAMILY = position("familyStatus");
    private static final int HARDSHIP = position("familyInHardship");
    private static final int DISABLED_MEMBER = position("disabledFamilyMember");
    private static final int SPECIAL_HARDSHIP = position("specialHardshipInEnrolmentYear");
    private static final int DIPLOMA = position("adultDiplomaDate");

    /** A value this decoder leaves to the ordinary way; never a date's epoch day from 1900 to 2149. */
    private static final int ELSEWHERE = Integer.MIN_VALUE + 1;
    private static final int FIRST_YEAR = RecordReader.Canonical.FIRST_YEAR;
    private static final int YEARS = RecordReader.Canonical.YEARS;
    /** The epoch day of the first of each month from January 1900 to January 2150. */
    private static final int[] MONTH_STARTS = new int[YEARS * 12 + 1];

    static {
        for (int m = 0; m < MONTH_STARTS.length; m++) {
            MONTH_STARTS[m] = (int) LocalDate.of(FIRST_YEAR + m / 12, m % 12 + 1, 1).toEpochDay();
        }
    }

    private static final ByteValues.Names<Stage> STAGES = ByteValues.names(Stage.class);
    private static final ByteValues.Names<Gender> GENDERS = ByteValues.names(Gender.class);
    private static final ByteValues.Names<FamilyStatus> FAMILY_STATUSES = ByteValues.names(FamilyStatus.class);

    private final RecordReader.Canonical canonical;
    /** The school ID read last, and its bytes: the students of a school come together. */
    private String lastSchoolId;
    private byte[] lastSchoolBytes;

    /** A decoder for the records one thread reads, sharing IDs and codes through {@code canonical}. */
    StudentDecoder(RecordReader.Canonical canonical) {
        this.canonical = canonical;
    }

    private static int position(String field) {
        int at = FIELDS.indexOf(field);
        if (at < 0) {
            throw new IllegalStateException("the students' codec has no field " + field);
        }
        return 2 * at;
    }

    /**
     * Fills {@code row} from {@code fields} and answers true, or answers false when a value is not one this
     * decoder takes as it is (then the row holds nothing meaningful).
     */
    boolean read(Fields fields, StudentRow row) {
        if (!(fields instanceof PlainValues v) || !v.plain()) {
            return false;
        }
        int[] spans = v.spans();
        int base = v.spanBase();
        byte[] b = v.plainBytes();
        int from = from(spans, base, ID);
        int to = to(spans, base, ID);
        if (kind(spans, base, ID) != PlainValues.TEXT || !visibleAscii(b, from, to)) {
            return false;
        }
        row.idBytes = b;
        row.idFrom = from;
        row.idTo = to;
        if (!name(spans, base, b, row) || !school(spans, base, b, row)) {
            return false;
        }
        boolean csv = v.textOnly();
        row.stage = constant(spans, base, b, STAGE, STAGES);
        row.gender = constant(spans, base, b, GENDER, GENDERS);
        row.familyStatus = constant(spans, base, b, FAMILY, FAMILY_STATUSES);
        row.grade = grade(spans, base, b, csv);
        row.birthDate = date(spans, base, b, BIRTH);
        row.enrolmentDate = date(spans, base, b, ENROLMENT);
        row.disabilityCertificateFrom = date(spans, base, b, CERTIFICATE_FROM);
        row.disabilityCertificateUntil = date(spans, base, b, CERTIFICATE_UNTIL);
        row.adultDiplomaDate = date(spans, base, b, DIPLOMA);
        if (row.stage == null || row.gender == null || row.familyStatus == null || row.grade < 0
                || row.birthDate == StudentRow.NO_DATE || row.birthDate == ELSEWHERE || row.enrolmentDate == ELSEWHERE
                || row.disabilityCertificateFrom == ELSEWHERE || row.disabilityCertificateUntil == ELSEWHERE
                || row.adultDiplomaDate == ELSEWHERE || !household(spans, base, b, row)) {
            return false;
        }
        int boarding = flag(spans, base, b, csv, BOARDING);
        int homeTaught = flag(spans, base, b, csv, HOME_TAUGHT);
        int hardship = flag(spans, base, b, csv, HARDSHIP);
        int disabledMember = flag(spans, base, b, csv, DISABLED_MEMBER);
        int special = flag(spans, base, b, csv, SPECIAL_HARDSHIP);
        if ((boarding | homeTaught | hardship | disabledMember | special) > 1) {
            return false;
        }
        row.boarding = boarding == 1;
        row.homeTaught = homeTaught == 1;
        row.familyInHardship = hardship == 1;
        row.disabledFamilyMember = disabledMember == 1;
        row.specialHardshipInEnrolmentYear = special == 1;
        return true;
    }

    /** Bytes that {@link RecordReader#identifier} takes at once: visible ASCII at both ends, plain spaces between. */
    private static boolean visibleAscii(byte[] b, int from, int to) {
        // a byte past 0x7F is negative
        return to > from && b[from] > ' ' && b[to - 1] > ' ' && ByteValues.printableAscii(b, from, to);
    }

    /** The name: none, ASCII bytes, or a string for other text; false for a blank one or another kind. */
    private static boolean name(int[] spans, int base, byte[] b, StudentRow row) {
        row.nameBytes = null;
        row.name = null;
        int kind = kind(spans, base, NAME);
        if (kind == PlainValues.ABSENT) {
            return true;
        }
        if (kind != PlainValues.TEXT) {
            return false;
        }
        int from = from(spans, base, NAME);
        int to = to(spans, base, NAME);
        boolean ascii = true;
        boolean blank = true;
        for (int i = from; i < to; i++) {
            byte x = b[i];
            ascii &= x >= 0;
            // String.isBlank's whitespace among ASCII: space, tab to carriage return, and the four separators
            blank &= x == ' ' || x >= '\t' && x <= '\r' || x >= 0x1C && x <= 0x1F;
        }
        if (ascii) {
            row.nameBytes = b;
            row.nameFrom = from;
            row.nameTo = to;
            return !blank;
        }
        row.name = new String(b, from, to - from, StandardCharsets.UTF_8);
        return !row.name.isBlank();
    }

    /** The school ID, shared as {@link RecordReader#reference} shares it; false for one it leaves. */
    private boolean school(int[] spans, int base, byte[] b, StudentRow row) {
        int kind = kind(spans, base, SCHOOL);
        if (kind == PlainValues.ABSENT) {
            row.schoolId = null;
            return true;
        }
        if (kind != PlainValues.TEXT) {
            return false;
        }
        int from = from(spans, base, SCHOOL);
        int to = to(spans, base, SCHOOL);
        byte[] last = lastSchoolBytes;
        if (last != null && ByteValues.sameBytes(b, from, to, last)) {
            row.schoolId = lastSchoolId;
            return true;
        }
        if (!visibleAscii(b, from, to)) {
            return false;
        }
        String id = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        String known = canonical.ids.putIfAbsent(id, id);
        row.schoolId = lastSchoolId = known == null ? id : known;
        lastSchoolBytes = Arrays.copyOfRange(b, from, to);
        return true;
    }

    /** The household registration: none, or six digits from 010000; false for anything else. */
    private boolean household(int[] spans, int base, byte[] b, StudentRow row) {
        int kind = kind(spans, base, HOUSEHOLD);
        if (kind == PlainValues.ABSENT) {
            row.householdRegistration = null;
            return true;
        }
        int from = from(spans, base, HOUSEHOLD);
        long digits = kind == PlainValues.TEXT && to(spans, base, HOUSEHOLD) - from == 6 ? ByteValues.digits(b, from, 6) : -1;
        if (digits < 10_000) {
            return false;
        }
        row.householdRegistration = canonical.code((int) digits);
        return true;
    }

    private static <E extends Enum<E>> E constant(int[] spans, int base, byte[] b, int at, ByteValues.Names<E> names) {
        return kind(spans, base, at) == PlainValues.TEXT ? names.find(b, from(spans, base, at), to(spans, base, at)) : null;
    }

    /** The grade, 0 when absent; -1 when not plain digits (a JSON number, a CSV cell) from 0 to 12. */
    private static int grade(int[] spans, int base, byte[] b, boolean csv) {
        int kind = kind(spans, base, GRADE);
        if (kind == PlainValues.ABSENT) {
            return 0;
        }
        int from = from(spans, base, GRADE);
        int n = to(spans, base, GRADE) - from;
        if (kind != (csv ? PlainValues.TEXT : PlainValues.NUMBER) || n < 1 || n > 18) {
            return -1;
        }
        long grade = ByteValues.digits(b, from, n);
        return grade <= 12 ? (int) grade : -1;
    }

    /** The date's epoch day; {@link StudentRow#NO_DATE} when absent; {@link #ELSEWHERE} for one it leaves. */
    private static int date(int[] spans, int base, byte[] b, int at) {
        int kind = kind(spans, base, at);
        if (kind == PlainValues.ABSENT) {
            return StudentRow.NO_DATE;
        }
        if (kind != PlainValues.TEXT) {
            return ELSEWHERE;
        }
        int packed = ByteValues.packedDate(b, from(spans, base, at), to(spans, base, at));
        int year = packed / 10000 - FIRST_YEAR;
        int month = packed / 100 % 100 - 1;
        int day = packed % 100;
        if (packed < 0 || year < 0 || year >= YEARS || month < 0 || month > 11 || day < 1) {
            return ELSEWHERE;
        }
        int first = MONTH_STARTS[year * 12 + month];
        return day <= MONTH_STARTS[year * 12 + month + 1] - first ? first + day - 1 : ELSEWHERE;
    }

    /** 0 for false, 1 for true, 2 for anything else: a flag is required, a JSON boolean or CSV text. */
    private static int flag(int[] spans, int base, byte[] b, boolean csv, int at) {
        int kind = kind(spans, base, at);
        if (!csv) {
            return kind == PlainValues.TRUE ? 1 : kind == PlainValues.FALSE ? 0 : 2;
        }
        return kind == PlainValues.TEXT ? ByteValues.bool(b, from(spans, base, at), to(spans, base, at)) : 2;
    }

    /** The kind of the field whose span is at {@code at}, JSON null read as absent. */
    private static int kind(int[] spans, int base, int at) {
        int kind = PlainValues.kind(spans[base + at + 1]);
        return kind == PlainValues.NULL ? PlainValues.ABSENT : kind;
    }

    private static int from(int[] spans, int base, int at) {
        return spans[base + at];
    }

    private static int to(int[] spans, int base, int at) {
        return spans[base + at] + PlainValues.length(spans[base + at + 1]);
    }
}

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

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;

/**
 * Converts the fields of one record to typed values, recording a problem with its place for every field
 * that is missing, of the wrong kind or impossible, and never defaulting a required field.
 */
final class RecordReader {
    /** A record's place, made only when there is a problem: for every record of a province it would cost. */
    interface Places {
        String place(int index, int line);
    }

    private final String source;
    private final Places places;
    private final List<DataProblem> problems;
    private final Canonical canonical;
    private final Recent recent = new Recent();
    private Fields fields;
    private int index;
    private int line;
    private boolean failed;

    /**
     * A reader for the records one thread reads in a row, one at a time (see {@link #start}).
     *
     * @param canonical shared across the records of one read, so that the many references to one school
     *     or division share one object instead of one copy per record
     */
    RecordReader(String source, Places places, List<DataProblem> problems, Canonical canonical) {
        this.source = source;
        this.places = places;
        this.problems = problems;
        this.canonical = canonical;
    }

    /** Starts on the next record: its fields, its index among its type's records and its first line. */
    RecordReader start(Fields fields, int index, int line) {
        this.fields = fields;
        this.index = index;
        this.line = line;
        this.failed = false;
        return this;
    }

    /**
     * The last reference read per field, over the records one thread reads in a row: records of one
     * school come together, so the next one mostly holds the same school ID and needs no lookup.
     */
    static final class Recent {
        private final String[] fields = new String[8];
        private final String[] values = new String[8];

        /** The last value of {@code field} (compared by identity: the decoders' constant names). */
        String get(String field) {
            for (int i = 0; i < fields.length && fields[i] != null; i++) {
                if (fields[i] == field) {
                    return values[i];
                }
            }
            return null;
        }

        void put(String field, String value) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] == null || fields[i] == field) {
                    fields[i] = field;
                    values[i] = value;
                    return;
                }
            }
        }
    }

    /** Whether any field of this record had a problem. */
    boolean failed() {
        return failed;
    }

    void problem(String field, String value, String expected) {
        failed = true;
        problems.add(new DataProblem(source, places.place(index, line), field, value == null ? "" : value, expected));
    }

    /** Reports fields that the record type does not have: they are usually typos. */
    void rejectUnknown(java.util.Set<String> known, List<String> inOrder) {
        for (String name : fields.unknownNames(known)) {
            problem(name, fields.text(name), "a known field, one of " + inOrder);
        }
    }

    private String raw(String field, boolean required, Fields.Kind kind, String expected) {
        Fields.Kind found = fields.kind(field);
        if (found == Fields.Kind.ABSENT) {
            if (required) {
                problem(field, null, expected + " (the field is required)");
            }
            return null;
        }
        if (!fields.textOnly() && found != kind) {
            problem(field, fields.text(field), expected + " as a JSON " + kind.name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        return fields.text(field);
    }

    String string(String field, boolean required) {
        String s = raw(field, required, Fields.Kind.TEXT, "text");
        if (s != null && s.isBlank()) {
            problem(field, s, "non-blank text");
            return null;
        }
        return s;
    }

    /**
     * An ID that other records refer to, or that refers to another record; shared with its equals. IDs are
     * case-sensitive and compared as written, so a blank at either end or an invisible character (a
     * zero-width space, a byte-order mark, a control character, a non-breaking space) would make two IDs
     * that look the same differ: they are refused.
     */
    String reference(String field, boolean required) {
        String last = recent.get(field);
        if (last != null && fields.textEquals(field, last)) {
            return last; // checked and shared when first read
        }
        String s = identifier(field, required);
        if (s == null) {
            return null;
        }
        String known = canonical.ids.get(s);
        if (known == null) {
            known = canonical.ids.putIfAbsent(s, s);
            known = known == null ? s : known;
        }
        recent.put(field, known);
        return known;
    }

    /**
     * An ID checked as {@link #reference} does, but not shared: for a record's own ID (students, teachers,
     * classes), where a table of millions of unique IDs would cost memory and time for nothing.
     */
    String identifier(String field, boolean required) {
        String s = raw(field, required, Fields.Kind.TEXT, "text");
        if (s != null && plainAscii(s)) {
            return s; // the usual ID, decided in one pass: the checks below could find nothing in it
        }
        s = s == null ? null : string(field, required);
        if (s == null) {
            return null;
        }
        if (!s.strip().equals(s)) {
            problem(field, s, "an ID without blanks at its start or end");
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                continue; // visible ASCII and the plain space: the usual case, decided without a table
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && c != ' ')) {
                problem(field, s, String.format(java.util.Locale.ROOT,
                        "an ID without invisible characters; found U+%04X at position %d", (int) c, i + 1));
                return null;
            }
        }
        return s;
    }

    /** Whether {@code s} is visible ASCII at both ends and visible ASCII or plain spaces between. */
    private static boolean plainAscii(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    LocalDate date(String field, boolean required) {
        int packed = fields.packedDate(field);
        if (packed >= 0) {
            try {
                return canonical.date(packed / 10000, packed / 100 % 100, packed % 100);
            } catch (DateTimeException e) {
                problem(field, fields.text(field), "a date yyyy-mm-dd that exists");
                return null;
            }
        }
        String s = raw(field, required, Fields.Kind.TEXT, "a date yyyy-mm-dd");
        if (s == null) {
            return null;
        }
        try {
            return canonical.date(s);
        } catch (DateTimeException | NumberFormatException e) {
            problem(field, s, "a date yyyy-mm-dd that exists");
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** "one of [A, B, C]" per enum, made once: building it for every valid cell was a hot spot. */
    private static final ClassValue<String> ONE_OF = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
    };

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        E known = fields.constant(field, type);
        if (known != null) {
            return known;
        }
        String s = raw(field, required, Fields.Kind.TEXT, ONE_OF.get(type));
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problem(field, s, ONE_OF.get(type));
            return null;
        }
    }

    /** A set of enum constants written as {@code A;B;C}; absent or empty is the empty set. */
    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        String s = raw(field, false, Fields.Kind.TEXT, "names separated by ';'");
        EnumSet<E> set = EnumSet.noneOf(type);
        if (s == null || s.isBlank()) {
            return set;
        }
        for (String part : s.split(";", -1)) {
            try {
                if (!set.add(Enum.valueOf(type, part.strip()))) {
                    problem(field, s, "each name once; '" + part.strip() + "' is repeated");
                }
            } catch (IllegalArgumentException e) {
                problem(field, s, "names separated by ';', each one of " + Arrays.toString(type.getEnumConstants()));
                return set;
            }
        }
        return set;
    }

    DivisionCode code(String field, boolean required) {
        long digits = fields.plainDigits(field, Fields.Kind.TEXT, 6);
        if (digits >= 10_000) {
            return canonical.code((int) digits);
        }
        String s = raw(field, required, Fields.Kind.TEXT, "a six-digit GB/T 2260 code");
        if (s == null) {
            return null;
        }
        try {
            DivisionCode known = canonical.codes.get(s);
            if (known != null) {
                return known;
            }
            DivisionCode c = DivisionCode.of(s);
            DivisionCode first = canonical.codes.putIfAbsent(s, c);
            return first == null ? c : first;
        } catch (IllegalArgumentException e) {
            problem(field, s, "a six-digit GB/T 2260 code");
            return null;
        }
    }

    /** A school year written {@code 2024-2025}. */
    SchoolYear schoolYear(String field, boolean required) {
        String s = raw(field, required, Fields.Kind.TEXT, "a school year such as 2024-2025");
        if (s == null) {
            return null;
        }
        try {
            return SchoolYear.parse(s);
        } catch (IllegalArgumentException e) {
            problem(field, s, "a school year such as 2024-2025");
            return null;
        }
    }

    /** The shared instances of one read. */
    static final class Canonical {
        /** Years whose dates are shared: birth, hire and enrolment dates of any living person fall here. */
        static final int FIRST_YEAR = 1900;
        static final int YEARS = 250;

        final Map<String, String> ids = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, DivisionCode> codes = new java.util.concurrent.ConcurrentHashMap<>();
        /**
         * Codes by their number, shared by every read and thread as dates are: a province's records hold
         * a few hundred codes millions of times.
         */
        private static final DivisionCode[] CODES = new DivisionCode[1_000_000];

        /** The code of six digits whose number is {@code digits}, from 010000 up; shared. */
        DivisionCode code(int digits) {
            DivisionCode c = CODES[digits];
            if (c == null) {
                c = DivisionCode.of(String.format(java.util.Locale.ROOT, "%06d", digits));
                CODES[digits] = c;
            }
            return c;
        }
        /**
         * Dates by (year, month, day) slot: millions of records hold a few thousand distinct dates, and one
         * LocalDate each would be a quarter of a province's heap. Shared by every read and every thread: a
         * LocalDate is immutable, so a thread that sees another's entry sees it whole, and two threads that
         * make the same date at once merely make two equal objects.
         */
        private static final LocalDate[] DATES = new LocalDate[YEARS * 12 * 31];

        /** The date written {@code yyyy-mm-dd}, shared with its equals read before. */
        LocalDate date(String s) {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                throw new DateTimeParseException("not yyyy-mm-dd", s, 0);
            }
            return date(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }

        /** The date, shared with its equals read before; throws when it does not exist. */
        LocalDate date(int year, int month, int day) {
            if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS || month < 1 || month > 12 || day < 1 || day > 31) {
                return LocalDate.of(year, month, day);
            }
            int slot = ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
            LocalDate d = DATES[slot];
            if (d == null) {
                d = LocalDate.of(year, month, day);
                DATES[slot] = d;
            }
            return d;
        }
    }

    boolean bool(String field, boolean required) {
        String s = raw(field, required, Fields.Kind.BOOLEAN, "true or false");
        if (s == null) {
            return false;
        }
        if (!s.equals("true") && !s.equals("false")) {
            problem(field, s, "true or false");
            return false;
        }
        return s.equals("true");
    }

    /** A whole number in [min, max]; {@code fallback} when absent and not required. */
    long integer(String field, boolean required, long min, long max, long fallback) {
        long v = fields.plainDigits(field, Fields.Kind.NUMBER, 0);
        String s = null;
        if (v < 0) {
            s = raw(field, required, Fields.Kind.NUMBER, "a whole number");
            if (s == null) {
                return fallback;
            }
            try {
                v = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                problem(field, s, "a whole number");
                return fallback;
            }
        }
        if (v < min || v > max) {
            s = s != null ? s : fields.text(field);
            problem(field, s, "a whole number in [" + min + ", " + max + "]");
            return fallback;
        }
        return v;
    }

    Long optionalInteger(String field, long min, long max) {
        if (fields.kind(field) == Fields.Kind.ABSENT) {
            return null;
        }
        long v = integer(field, true, min, max, Long.MIN_VALUE);
        return v == Long.MIN_VALUE ? null : v;
    }

    /** Digits before the point of a decimal: areas in square metres of a whole province fit in 12. */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the point, trailing zeros aside. */
    static final int MAX_FRACTION_DIGITS = 20;

    /**
     * Whether a decimal stays in the range where arithmetic on it is cheap: a huge exponent ({@code 1e400},
     * {@code 1e-999999999}) would otherwise turn a later sum or division into a BigInteger blow-up.
     */
    static boolean withinRange(BigDecimal d) {
        if (d.signum() == 0) {
            return true;
        }
        long integerDigits = (long) d.precision() - d.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return false;
        }
        // the scale after dropping trailing zeros, without stripping them (which is slow for huge scales)
        long scale = d.scale();
        if (scale <= MAX_FRACTION_DIGITS) {
            return true;
        }
        return scale - d.precision() <= MAX_FRACTION_DIGITS && d.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
    }

    BigDecimal decimal(String field, boolean required) {
        String s = raw(field, required, Fields.Kind.NUMBER, "a number >= 0");
        if (s == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s.strip());
            if (d.signum() < 0) {
                problem(field, s, "a number >= 0");
                return null;
            }
            if (!withinRange(d)) {
                problem(field, s, "a number >= 0 below 10^" + MAX_INTEGER_DIGITS + " with at most " + MAX_FRACTION_DIGITS
                        + " decimal places");
                return null;
            }
            return d;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(field, s, "a number >= 0");
            return null;
        }
    }

    /** An amount in yuan, at least zero, exact to the fen; text may carry 万元 or 亿元. */
    Money money(String field, boolean required) {
        Fields.Kind kind = fields.kind(field);
        String s = kind == Fields.Kind.TEXT && !fields.textOnly()
                ? raw(field, required, Fields.Kind.TEXT, "an amount in yuan")
                : raw(field, required, Fields.Kind.NUMBER, "an amount in yuan");
        if (s == null) {
            return null;
        }
        if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0 || s.length() > 40) {
            // an exponent could ask for a billion digits; an amount is written out in digits
            problem(field, s, "an amount in yuan written in digits, such as 1000.00 (or 12.5万元), without an exponent");
            return null;
        }
        try {
            Money m = Money.parse(s);
            if (m.isNegative()) {
                problem(field, s, "an amount >= 0");
                return null;
            }
            return m;
        } catch (IllegalArgumentException | ArithmeticException e) {
            // ArithmeticException: past what Money holds, about 9.2e16 yuan
            problem(field, s, "an amount in yuan exact to the fen, such as 1000.00 (or 12.5万元), below 9.2e16 yuan");
            return null;
        }
    }
}

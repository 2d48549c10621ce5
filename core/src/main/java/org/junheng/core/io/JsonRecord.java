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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.RecordType;

/**
 * The fields of one JSON object as read: the value bytes of the record type's own fields in fixed slots,
 * copied out of the scanner's buffer, and any other fields kept in order to be reported. Text is made of
 * the bytes only when a field is asked for, on the thread that makes the record.
 */
final class JsonRecord implements Fields {
    private static final byte NOT_PRESENT = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte TRUE = 3;
    private static final byte FALSE = 4;
    private static final byte NULL = 5;

    /** The fields of a record type, by slot. */
    static final class Layout {
        final String[] names;
        final byte[][] nameBytes;
        /** Each name in double quotes with its colon, to be matched where it stands in the input. */
        final byte[][] nameColons;
        final Map<String, Integer> slots = new HashMap<>();

        private Layout(List<String> fields) {
            names = fields.toArray(String[]::new);
            nameBytes = new byte[names.length][];
            nameColons = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                nameBytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
                nameColons[i] = ('"' + names[i] + "\":").getBytes(StandardCharsets.UTF_8);
                slots.put(names[i], i);
            }
        }

        /**
         * The slot of the name just scanned, or -1 for a name the type does not have. Records written by
         * this library hold their fields in slot order, so the slot after the previous one is tried first.
         */
        int slotOf(JsonScanner s, int previous) {
            if (s.decoded() != null) {
                Integer slot = slots.get(s.decoded());
                return slot == null ? -1 : slot;
            }
            byte[] b = s.buffer();
            int from = s.start();
            int to = s.end();
            for (int k = 1; k <= names.length; k++) {
                int slot = (previous + k) % names.length;
                byte[] name = nameBytes[slot];
                if (name.length == to - from && Arrays.equals(b, from, to, name, 0, name.length)) {
                    return slot;
                }
            }
            return -1;
        }
    }

    private static final Map<RecordType, Layout> LAYOUTS = new EnumMap<>(RecordType.class);

    static {
        for (RecordType type : RecordType.values()) {
            LAYOUTS.put(type, new Layout(Codecs.of(type).fields()));
        }
    }

    static Layout layout(RecordType type) {
        return LAYOUTS.get(type);
    }

    /**
     * Where the records of one scan keep their values: shared arrays that many records fill in turn, so
     * that a record costs one small object, not four, and its bytes are copied once. A record only ever
     * writes its own regions, before it is handed to the thread that reads it.
     */
    static final class Arena {
        private static final int BYTES = 1 << 18;
        private static final int SPANS = 1 << 14;
        private byte[] bytes = new byte[BYTES];
        private int used;
        private int[] spans = new int[SPANS];
        private int spansUsed;
    }

    private final Layout layout;
    private final int slots;
    /** Per slot from {@link #base}: its kind, and the start and end of its value in {@link #bytes}. */
    private final int[] spans;
    private final int base;
    private byte[] bytes;
    /** The arena while the record is being filled; null once sealed. */
    private Arena arena;
    /** Where this record's bytes begin in the arena's current array. */
    private int first;
    /** Values with escapes, decoded, by slot; null while there are none. */
    private String[] decoded;
    /** The slot after the one asked for last: decoders ask for the fields in the layout's order. */
    private int hint;
    private List<String> unknownNames;
    private List<Kind> unknownKinds;
    private List<String> unknownTexts;

    JsonRecord(Layout layout, Arena arena) {
        this.layout = layout;
        this.slots = layout.names.length;
        int n = 3 * slots;
        if (arena.spansUsed + n > arena.spans.length) {
            arena.spans = new int[Math.max(Arena.SPANS, n)];
            arena.spansUsed = 0;
        }
        this.spans = arena.spans;
        this.base = arena.spansUsed;
        arena.spansUsed += n;
        this.arena = arena;
        this.bytes = arena.bytes;
        this.first = arena.used;
    }

    private byte kindAt(int slot) {
        return (byte) spans[base + 3 * slot];
    }

    private int from(int slot) {
        return spans[base + 3 * slot + 1];
    }

    private int to(int slot) {
        return spans[base + 3 * slot + 2];
    }

    /**
     * Adds the value the scanner just read to {@code slot} (-1 for a name the type does not have, with
     * {@code name}); false when the record already has the field.
     */
    boolean add(int slot, String name, JsonScanner.Value value, JsonScanner s) {
        if (slot < 0) {
            return addUnknown(name, value, s);
        }
        int at = base + 3 * slot;
        if (spans[at] != NOT_PRESENT) {
            return false;
        }
        spans[at] = switch (value) {
            case STRING -> TEXT;
            case INTEGER, DECIMAL -> NUMBER;
            case TRUE -> TRUE;
            case FALSE -> FALSE;
            default -> NULL;
        };
        if (value == JsonScanner.Value.STRING || value == JsonScanner.Value.INTEGER
                || value == JsonScanner.Value.DECIMAL) {
            if (s.decoded() != null) {
                if (decoded == null) {
                    decoded = new String[slots];
                }
                decoded[slot] = s.decoded();
            } else {
                int n = s.end() - s.start();
                if (arena.used + n > bytes.length) {
                    moveToNewArray(n);
                }
                System.arraycopy(s.buffer(), s.start(), bytes, arena.used, n);
                spans[at + 1] = arena.used;
                arena.used += n;
                spans[at + 2] = arena.used;
            }
        }
        return true;
    }

    /** The arena's array is full: this record's bytes so far move to the start of a new one. */
    private void moveToNewArray(int needed) {
        int mine = arena.used - first;
        byte[] fresh = new byte[Math.max(Arena.BYTES, 2 * (mine + needed))];
        System.arraycopy(bytes, first, fresh, 0, mine);
        for (int slot = 0; slot < slots; slot++) {
            int at = base + 3 * slot;
            if (spans[at] == TEXT || spans[at] == NUMBER) {
                spans[at + 1] -= first;
                spans[at + 2] -= first;
            }
        }
        arena.bytes = fresh;
        arena.used = mine;
        bytes = fresh;
        first = 0;
    }

    private boolean addUnknown(String name, JsonScanner.Value value, JsonScanner s) {
        if (unknownNames == null) {
            unknownNames = new ArrayList<>();
            unknownKinds = new ArrayList<>();
            unknownTexts = new ArrayList<>();
        } else if (unknownNames.contains(name)) {
            return false;
        }
        unknownNames.add(name);
        switch (value) {
            case STRING -> unknownKinds.add(Kind.TEXT);
            case INTEGER, DECIMAL -> unknownKinds.add(Kind.NUMBER);
            case TRUE, FALSE -> unknownKinds.add(Kind.BOOLEAN);
            default -> unknownKinds.add(Kind.ABSENT);
        }
        unknownTexts.add(switch (value) {
            case STRING, INTEGER, DECIMAL -> s.text();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        });
        return true;
    }

    /** Ends the filling: from here the record is read, by any thread, and never changed. */
    void seal() {
        arena = null;
    }

    private int slot(String field) {
        String[] names = layout.names;
        // the decoders ask with the same constant strings the layout holds, mostly in its order
        if (names[hint] == field) {
            return hint;
        }
        int next = hint + 1 == names.length ? 0 : hint + 1;
        if (names[next] == field) {
            hint = next;
            return next;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == field) {
                hint = i;
                return i;
            }
        }
        Integer slot = layout.slots.get(field);
        return slot == null ? -1 : slot;
    }

    /** The record type's fields present, in the type's order, then the others in the object's order. */
    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            if (kindAt(i) != NOT_PRESENT) {
                names.add(layout.names[i]);
            }
        }
        if (unknownNames != null) {
            names.addAll(unknownNames);
        }
        return names;
    }

    /** The names outside the record type's fields, which are {@code known}; none in a well-made file. */
    @Override
    public List<String> unknownNames(java.util.Set<String> known) {
        return unknownNames == null ? List.of() : List.copyOf(unknownNames);
    }

    @Override
    public Kind kind(String field) {
        int slot = slot(field);
        if (slot < 0) {
            int i = unknownNames == null ? -1 : unknownNames.indexOf(field);
            return i < 0 ? Kind.ABSENT : unknownKinds.get(i);
        }
        return switch (kindAt(slot)) {
            case TEXT -> Kind.TEXT;
            case NUMBER -> Kind.NUMBER;
            case TRUE, FALSE -> Kind.BOOLEAN;
            default -> Kind.ABSENT;
        };
    }

    @Override
    public String text(String field) {
        int slot = slot(field);
        if (slot < 0) {
            int i = unknownNames == null ? -1 : unknownNames.indexOf(field);
            return i < 0 ? null : unknownTexts.get(i);
        }
        return switch (kindAt(slot)) {
            case TEXT, NUMBER -> decoded != null && decoded[slot] != null ? decoded[slot]
                    : new String(bytes, from(slot), to(slot) - from(slot), StandardCharsets.UTF_8);
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
    }

    /** An enum's constants and their names as bytes, in declaration order. */
    private record Constants(Object[] values, byte[][] names) {
    }

    private static final ClassValue<Constants> CONSTANTS = new ClassValue<>() {
        @Override
        protected Constants computeValue(Class<?> type) {
            Object[] values = type.getEnumConstants();
            byte[][] names = new byte[values.length][];
            for (int i = 0; i < values.length; i++) {
                names[i] = ((Enum<?>) values[i]).name().getBytes(StandardCharsets.UTF_8);
            }
            return new Constants(values, names);
        }
    };

    @Override
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        int slot = slot(field);
        if (slot < 0 || kindAt(slot) != TEXT || (decoded != null && decoded[slot] != null)) {
            return null;
        }
        int from = from(slot);
        int to = to(slot);
        Constants constants = CONSTANTS.get(type);
        byte[][] names = constants.names();
        int n = to - from;
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i];
            if (name.length == n && sameBytes(from, name)) {
                return type.cast(constants.values()[i]);
            }
        }
        return null;
    }

    /** Whether the bytes at {@code from} are {@code name}'s (short names: a plain loop beats a vector call). */
    private boolean sameBytes(int from, byte[] name) {
        for (int k = 0; k < name.length; k++) {
            if (bytes[from + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean textEquals(String field, String text) {
        int slot = slot(field);
        if (slot < 0 || kindAt(slot) != TEXT) {
            return Fields.super.textEquals(field, text);
        }
        if (decoded != null && decoded[slot] != null) {
            return decoded[slot].equals(text);
        }
        int from = from(slot);
        int n = to(slot) - from;
        if (n != text.length()) {
            return n >= text.length() && text.equals(text(field)); // non-ASCII takes more bytes than chars
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return text.equals(text(field));
            }
            if (bytes[from + k] != c) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int packedDate(String field) {
        int slot = slot(field);
        if (slot < 0 || kindAt(slot) != TEXT || (decoded != null && decoded[slot] != null)) {
            return -1;
        }
        int from = from(slot);
        if (to(slot) - from != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
            return -1;
        }
        int year = (int) digits(from, 4);
        int month = (int) digits(from + 5, 2);
        int day = (int) digits(from + 8, 2);
        return year < 0 || month < 0 || day < 0 ? -1 : year * 10000 + month * 100 + day;
    }

    @Override
    public long plainDigits(String field, Kind kind, int width) {
        int slot = slot(field);
        byte expected = kind == Kind.TEXT ? TEXT : kind == Kind.NUMBER ? NUMBER : NOT_PRESENT;
        if (slot < 0 || kindAt(slot) != expected || expected == NOT_PRESENT
                || (decoded != null && decoded[slot] != null)) {
            return -1;
        }
        int from = from(slot);
        int n = to(slot) - from;
        if (width == 0 ? n < 1 || n > 18 : n != width) {
            return -1;
        }
        return digits(from, n);
    }

    /** The number written in {@code n} digits at {@code from}, or -1 when one is not a digit. */
    private long digits(int from, int n) {
        long v = 0;
        for (int i = from; i < from + n; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    @Override
    public boolean textOnly() {
        return false;
    }
}

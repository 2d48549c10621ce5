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
final class JsonRecord implements PlainValues {
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
     * that a record costs one small object and its bytes are copied once. A record only ever writes its
     * own regions, before it is handed to the thread that reads it.
     */
    static final class Arena {
        private static final int BYTES = 1 << 18;
        private static final int SPANS = 1 << 14;
        private byte[] bytes = new byte[BYTES];
        private int used;
        /** Where the record being filled begins in {@link #bytes}. */
        private int first;
        private int[] spans = new int[SPANS];
        private int spansUsed;
    }

    /** What few records have: values with escapes, and fields the type does not have. */
    private static final class Extras {
        /** Values with escapes, decoded, by slot. */
        String[] decoded;
        List<String> unknownNames;
        List<Kind> unknownKinds;
        List<String> unknownTexts;
    }

    private final Layout layout;
    /**
     * Two ints per slot from {@link #base}: the start of its value in {@link #bytes}, then its
     * {@link PlainValues#span span}; a value with escapes is kept decoded instead, with a length of 0.
     */
    private final int[] spans;
    private final int base;
    private byte[] bytes;
    private Extras extras;
    /** The slot after the one asked for last: decoders ask for the fields in the layout's order. */
    private int hint;

    /** Whether it has a field its type does not have. */
    boolean hasUnknownFields() {
        return extras != null && extras.unknownNames != null;
    }

    /** A record filled from {@code arena}: its values go to the arena's arrays. */
    JsonRecord(Layout layout, Arena arena) {
        this.layout = layout;
        int n = 2 * layout.names.length;
        if (arena.spansUsed + n > arena.spans.length) {
            arena.spans = new int[Math.max(Arena.SPANS, n)];
            arena.spansUsed = 0;
        }
        this.spans = arena.spans;
        this.base = arena.spansUsed;
        arena.spansUsed += n;
        this.bytes = arena.bytes;
        arena.first = arena.used;
    }

    private int kindAt(int slot) {
        return PlainValues.kind(spans[base + 2 * slot + 1]);
    }

    private int from(int slot) {
        return spans[base + 2 * slot];
    }

    private int to(int slot) {
        return spans[base + 2 * slot] + PlainValues.length(spans[base + 2 * slot + 1]);
    }

    private String decodedAt(int slot) {
        return extras == null || extras.decoded == null ? null : extras.decoded[slot];
    }

    /**
     * Adds the value the scanner just read to {@code slot} (-1 for a name the type does not have, with
     * {@code name}); false when the record already has the field.
     */
    boolean add(int slot, String name, JsonScanner.Value value, JsonScanner s, Arena arena) {
        if (slot < 0) {
            return addUnknown(name, value, s);
        }
        int at = base + 2 * slot;
        if (spans[at + 1] != ABSENT) {
            return false;
        }
        int kind = switch (value) {
            case STRING -> TEXT;
            case INTEGER, DECIMAL -> NUMBER;
            case TRUE -> TRUE;
            case FALSE -> FALSE;
            default -> NULL;
        };
        int length = 0;
        if (kind == TEXT || kind == NUMBER) {
            if (s.decoded() != null) {
                if (extras == null) {
                    extras = new Extras();
                }
                if (extras.decoded == null) {
                    extras.decoded = new String[layout.names.length];
                }
                extras.decoded[slot] = s.decoded();
            } else {
                length = s.end() - s.start();
                if (arena.used + length > bytes.length) {
                    moveToNewArray(arena, length);
                }
                System.arraycopy(s.buffer(), s.start(), bytes, arena.used, length);
                spans[at] = arena.used;
                arena.used += length;
            }
        }
        spans[at + 1] = PlainValues.span(length, kind);
        return true;
    }

    /** The arena's array is full: this record's bytes so far move to the start of a new one. */
    private void moveToNewArray(Arena arena, int needed) {
        int first = arena.first;
        int mine = arena.used - first;
        byte[] fresh = new byte[Math.max(Arena.BYTES, 2 * (mine + needed))];
        System.arraycopy(bytes, first, fresh, 0, mine);
        for (int slot = 0; slot < layout.names.length; slot++) {
            int kind = kindAt(slot);
            if (kind == TEXT || kind == NUMBER) {
                spans[base + 2 * slot] -= first;
            }
        }
        arena.bytes = fresh;
        arena.used = mine;
        arena.first = 0;
        bytes = fresh;
    }

    private boolean addUnknown(String name, JsonScanner.Value value, JsonScanner s) {
        if (extras == null) {
            extras = new Extras();
        }
        if (extras.unknownNames == null) {
            extras.unknownNames = new ArrayList<>();
            extras.unknownKinds = new ArrayList<>();
            extras.unknownTexts = new ArrayList<>();
        } else if (extras.unknownNames.contains(name)) {
            return false;
        }
        List<String> unknownNames = extras.unknownNames;
        List<Kind> unknownKinds = extras.unknownKinds;
        List<String> unknownTexts = extras.unknownTexts;
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

    private int unknownIndex(String field) {
        return extras == null || extras.unknownNames == null ? -1 : extras.unknownNames.indexOf(field);
    }

    private int slot(String field) {
        int at = Fields.position(layout.names, layout.slots, field, hint);
        if (at >= 0) {
            hint = at;
        }
        return at;
    }

    /** The record type's fields present, in the type's order, then the others in the object's order. */
    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layout.names.length; i++) {
            if (kindAt(i) != ABSENT) {
                names.add(layout.names[i]);
            }
        }
        if (extras != null && extras.unknownNames != null) {
            names.addAll(extras.unknownNames);
        }
        return names;
    }

    /** The names outside the record type's fields, which are {@code known}; none in a well-made file. */
    @Override
    public List<String> unknownNames(java.util.Set<String> known) {
        return extras == null || extras.unknownNames == null ? List.of() : List.copyOf(extras.unknownNames);
    }

    @Override
    public Kind kind(String field) {
        int slot = slot(field);
        if (slot < 0) {
            int i = unknownIndex(field);
            return i < 0 ? Kind.ABSENT : extras.unknownKinds.get(i);
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
            int i = unknownIndex(field);
            return i < 0 ? null : extras.unknownTexts.get(i);
        }
        return switch (kindAt(slot)) {
            case TEXT, NUMBER -> decodedAt(slot) != null ? decodedAt(slot)
                    : new String(bytes, from(slot), to(slot) - from(slot), StandardCharsets.UTF_8);
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
    }

    @Override
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        int slot = slot(field);
        if (slot < 0 || kindAt(slot) != TEXT || decodedAt(slot) != null) {
            return null;
        }
        return ByteValues.constant(bytes, from(slot), to(slot), type);
    }

    @Override
    public boolean textEquals(String field, String text) {
        int slot = slot(field);
        if (slot < 0 || kindAt(slot) != TEXT) {
            return PlainValues.super.textEquals(field, text);
        }
        if (decodedAt(slot) != null) {
            return decodedAt(slot).equals(text);
        }
        int same = ByteValues.equalsText(bytes, from(slot), to(slot), text);
        return same == ByteValues.UNKNOWN ? text.equals(text(field)) : same == 1;
    }

    @Override
    public int packedDate(String field) {
        int slot = slot(field);
        if (slot < 0 || kindAt(slot) != TEXT || decodedAt(slot) != null) {
            return -1;
        }
        return ByteValues.packedDate(bytes, from(slot), to(slot));
    }

    @Override
    public long plainDigits(String field, Kind kind, int width) {
        int slot = slot(field);
        int expected = kind == Kind.TEXT ? TEXT : kind == Kind.NUMBER ? NUMBER : ABSENT;
        if (slot < 0 || kindAt(slot) != expected || expected == ABSENT
                || decodedAt(slot) != null) {
            return -1;
        }
        int from = from(slot);
        int n = to(slot) - from;
        if (width == 0 ? n < 1 || n > 18 : n != width) {
            return -1;
        }
        return ByteValues.digits(bytes, from, n);
    }

    @Override
    public boolean textOnly() {
        return false;
    }

    /** Without a field of another name and without an escaped value, which is kept decoded, not as bytes. */
    @Override
    public boolean plain() {
        return extras == null || extras.unknownNames == null && extras.decoded == null;
    }

    @Override
    public byte[] plainBytes() {
        return bytes;
    }

    @Override
    public int[] spans() {
        return spans;
    }

    @Override
    public int spanBase() {
        return base;
    }
}

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.StudentRow;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.Student;
import org.junheng.core.model.StudentList;

/**
 * What a reader has gathered so far: the records that were read, where each came from, and every
 * problem. {@link #finish} adds the data set's own checks and either returns the data set or throws with
 * every problem.
 */
final class DataSetAssembly {
    final List<DataProblem> problems = new ArrayList<>();
    final RecordReader.Canonical canonical = new RecordReader.Canonical();
    private final Map<RecordType, ArrayList<Object>> records = new EnumMap<>(RecordType.class);
    /** The students, in columns as they come: as records they would be most of the heap's objects. */
    private final StudentList.Builder students = StudentList.builder();
    private final Map<RecordType, int[]> lines = new EnumMap<>(RecordType.class);
    private final Map<RecordType, int[]> indexes = new EnumMap<>(RecordType.class);
    private final Map<RecordType, String> sources = new EnumMap<>(RecordType.class);
    private final Map<RecordType, java.util.Set<String>> refused = new EnumMap<>(RecordType.class);
    private final boolean csv;
    String name;
    LocalDate asOf;

    /** @param csv whether places are lines of a file per type (CSV) rather than indexes in one document */
    DataSetAssembly(boolean csv) {
        this.csv = csv;
        for (RecordType t : RecordType.values()) {
            records.put(t, new ArrayList<>());
            lines.put(t, new int[16]);
            indexes.put(t, new int[16]);
            refused.put(t, new java.util.HashSet<>());
        }
    }

    void source(RecordType type, String source) {
        sources.put(type, source);
    }

    String location(RecordType type, int index, int line) {
        return csv ? "line " + line : type.key() + "[" + index + "] (line " + line + ")";
    }

    String source(RecordType type) {
        return sources.get(type);
    }

    /** The records and problems of one batch, made on a worker thread and merged in input order. */
    static final class Converted {
        final List<Object> records = new ArrayList<>();
        /** For students, the records in columns, made on the worker thread; {@link #records} is then empty. */
        StudentList students;
        final List<DataProblem> problems = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        int[] lines;
        int[] indexes;

        /** The records kept. */
        int size() {
            return students != null ? students.size() : records.size();
        }

        /** Moves the places of its records by a number of records and of lines: a part read on its own. */
        void shift(int records, int lineCount) {
            int n = size();
            for (int k = 0; k < n; k++) {
                indexes[k] += records;
                lines[k] += lineCount;
            }
        }
    }

    /**
     * Reads a batch's records; a record with problems is not kept, and its problems are. Safe to call
     * from several threads at once: it touches nothing but the batch and the shared canonical values.
     * Students go into columns, the usual record straight from its bytes ({@link StudentDecoder}), any
     * other the ordinary way, which also names its problems.
     */
    Converted convert(RecordType type, RecordBatches.Batch batch) {
        RecordCodec<?> codec = Codecs.of(type);
        Converted out = new Converted();
        RecordReader reader = new RecordReader(sources.get(type), (index, line) -> location(type, index, line),
                out.problems, canonical);
        boolean students = type == RecordType.STUDENTS;
        StudentDecoder decoder = students ? new StudentDecoder(canonical) : null;
        StudentRow row = students ? new StudentRow() : null;
        // the students' records, where any are made, die here, young, on the worker thread
        StudentList.Builder columns = students ? StudentList.builder() : null;
        out.lines = new int[batch.size];
        out.indexes = new int[batch.size];
        for (int i = 0; i < batch.size; i++) {
            Object step = batch.steps[i];
            if (step instanceof DataProblem p) {
                out.problems.add(p);
                continue;
            }
            Fields fields = (Fields) step;
            int index = batch.indexes[i];
            int line = batch.lines[i];
            int kept = students ? columns.size() : out.records.size();
            if (!students || !decoder.read(fields, row) || !row.addTo(columns)) {
                Object record = codec.read(reader.start(fields, index, line));
                if (record == null) {
                    // the references to a refused record are not new mistakes: remember its ID to keep them quiet
                    String id = fields.text(type == RecordType.JURISDICTIONS ? "code" : "id");
                    if (id != null) {
                        out.refused.add(id);
                    }
                    continue;
                }
                if (students) {
                    columns.add((Student) record);
                } else {
                    out.records.add(record);
                }
            }
            out.lines[kept] = line;
            out.indexes[kept] = index;
        }
        if (students) {
            out.students = columns.build();
        }
        return out;
    }

    /** Adds a converted batch after those merged before it. */
    void merge(RecordType type, Converted batch) {
        problems.addAll(batch.problems);
        refused.get(type).addAll(batch.refused);
        ArrayList<Object> list = records.get(type);
        int n = type == RecordType.STUDENTS ? students.size() : list.size();
        int added = batch.size();
        if (n + added > lines.get(type).length) {
            int capacity = Math.max(n + added, lines.get(type).length * 2);
            // both grown before either is kept: running out of memory between them must not leave them unequal
            int[] grownLines = Arrays.copyOf(lines.get(type), capacity);
            int[] grownIndexes = Arrays.copyOf(indexes.get(type), capacity);
            lines.put(type, grownLines);
            indexes.put(type, grownIndexes);
        }
        System.arraycopy(batch.lines, 0, lines.get(type), n, added);
        System.arraycopy(batch.indexes, 0, indexes.get(type), n, added);
        if (batch.students != null) {
            students.addAll(batch.students);
        } else {
            list.addAll(batch.records);
        }
    }

    void problem(String source, String location, String field, String value, String expected) {
        problems.add(new DataProblem(source, location, field, value == null ? "" : value, expected));
    }

    /** The records a codec of {@code type} made, all of that class, handed over without visiting each. */
    @SuppressWarnings("unchecked")
    private static <T> void addAll(DataSet.Builder builder, Class<T> type, List<Object> records) {
        builder.addAll(type, (List<T>) (List<?>) records);
    }

    /** Whether a problem is a broken reference to a record already refused for a problem of its own. */
    private boolean echoesARefusedRecord(DataProblem p) {
        String expected = p.expected();
        RecordType target = expected.startsWith("the ID of a school") ? RecordType.SCHOOLS
                : expected.startsWith("the ID of a teacher") ? RecordType.TEACHERS
                : expected.startsWith("the code of a jurisdiction") ? RecordType.JURISDICTIONS : null;
        return target != null && refused.get(target).contains(p.value());
    }

    /**
     * The data set, checked as a whole. Reference checks run on the records that could be read, so one
     * pass reports both the field problems and the broken references.
     *
     * @throws InvalidDataException with every problem
     */
    DataSet finish(String defaultSource) {
        if (name == null || asOf == null) {
            for (String field : name == null && asOf == null ? List.of("name", "asOf") : List.of(name == null ? "name" : "asOf")) {
                if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                    problem(defaultSource, "", field, "", "a value (the field is required)");
                }
            }
            throw new InvalidDataException(problems);
        }
        DataSet.Builder builder = DataSet.builder(name, asOf);
        for (Map.Entry<RecordType, ArrayList<Object>> e : records.entrySet()) {
            ArrayList<Object> list = e.getValue();
            addAll(builder, Codecs.of(e.getKey()).recordClass(), list);
            // the builder holds them now; a province's lists of references are worth freeing
            list.clear();
            list.trimToSize();
        }
        builder.addAll(Student.class, students.build());
        try {
            DataSet data = builder.build((type, i) -> new String[] {sources.getOrDefault(type, defaultSource),
                location(type, indexes.get(type)[i], lines.get(type)[i])});
            if (problems.isEmpty()) {
                return data;
            }
        } catch (InvalidDataException e) {
            e.problems().stream().filter(p -> !echoesARefusedRecord(p)).forEach(problems::add);
        }
        throw new InvalidDataException(problems);
    }
}

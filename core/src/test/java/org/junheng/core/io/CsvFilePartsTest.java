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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large CSV file read in parts reads as one pass reads it: the same data set, or the same problems. */
class CsvFilePartsTest {
    @TempDir
    Path dir;
    private int folders;

    /** The ways a file may end its lines: LF as written, CR LF, a lone CR. */
    private static String laidOut(String csv, int form) {
        return switch (form) {
            case 0 -> csv;
            case 1 -> csv.replace("\n", "\r\n");
            default -> csv.replace("\n", "\r");
        };
    }

    /** A folder holding {@code data} as CSV files, each file's text then changed by {@code edit}. */
    private Path written(DataSet data, UnaryOperator<String> edit) {
        try {
            Path folder = dir.resolve("f" + folders++);
            DataSetCsv.write(data, folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Files.writeString(f, edit.apply(text), StandardCharsets.UTF_8);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder with the CSV files named, holding the texts given. */
    private Path folder(String... namesAndTexts) {
        try {
            Path folder = dir.resolve("f" + folders++);
            Files.createDirectories(folder);
            for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
                Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a reading of the folder reads in parts of {@code partBytes} on {@code threads} threads. */
    private static Object read(Path folder, long partBytes, int threads) {
        try {
            return DataSetCsv.read(folder, partBytes, threads);
        } catch (InvalidDataException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one pass reads: on one thread no file is read in parts. */
    private static Object inOnePass(Path folder) {
        return read(folder, FileParts.PART_BYTES, 1);
    }

    @Test
    void propertyAValidFolderReadInPartsIsTheDataSetOnePassReads() {
        qt().withExamples(150).forAll(DomainGens.dataSets(), integers().between(0, 2), integers().between(8, 600),
                integers().between(2, 4)).checkAssert((data, form, part, threads) -> {
                    Path folder = written(data, csv -> laidOut(csv, form));
                    Object read = read(folder, part, threads);
                    if (form == 0) {
                        assertEquals(data, read);
                    }
                    assertEquals(inOnePass(folder), read);
                });
    }

    @Test
    void propertyAMutatedFileReadInPartsHasTheProblemsOnePassFinds() {
        qt().withExamples(150).forAll(DomainGens.dataSets(), lists().of(integers().all()).ofSizeBetween(2, 8),
                integers().between(0, 2), integers().between(8, 600)).checkAssert((data, edits, form, part) -> {
                    // the first edit also picks the file
                    RecordType type = RecordType.values()[Math.floorMod(edits.get(0), RecordType.values().length)];
                    String mutated = DataSetCsv.fileName(type);
                    Path folder = written(data, csv -> csv);
                    try {
                        Path f = folder.resolve(mutated);
                        Files.writeString(f, laidOut(FuzzTest.mutate(FuzzTest.tokens(FuzzTest.CSV_TOKEN,
                                Files.readString(f, StandardCharsets.UTF_8)), edits), form), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    assertEquals(inOnePass(folder), read(folder, part, 3));
                });
    }

    /** The file's text with one of its rows after the header, picked by {@code which}, written twice. */
    private static String withARowRepeated(String csv, int which) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\n", -1)));
        if (lines.size() > 2) {
            int at = 1 + Math.floorMod(which, lines.size() - 2);
            lines.add(at + 1 + Math.floorMod(which, 2), lines.get(at));
        }
        return String.join("\n", lines);
    }

    @Test
    void propertyAProblemOfTheWholeDataSetIsPlacedAsOnePassPlacesIt() {
        // a repeated ID, or a reference broken by it, is found after reading, at the places parts recorded
        qt().withExamples(150).forAll(DomainGens.dataSets(), integers().all(), integers().between(8, 600))
                .checkAssert((data, which, part) -> {
                    Path folder = written(data, csv -> withARowRepeated(csv, which));
                    assertEquals(inOnePass(folder), read(folder, part, 2));
                });
    }

    /** The other files of a folder: the metadata, and no records of any other type. */
    private static String[] otherFilesEmpty(String... namesAndTexts) {
        List<String> files = new ArrayList<>(List.of(DataSetCsv.METADATA_FILE,
                "format,version,name,asOf\njunheng-dataset,1,n,2026-09-01\n"));
        for (RecordType t : RecordType.values()) {
            if (t != RecordType.JURISDICTIONS) {
                files.add(DataSetCsv.fileName(t));
                files.add(String.join(",", Codecs.of(t).fields()) + "\n");
            }
        }
        files.addAll(List.of(namesAndTexts));
        return files.toArray(String[]::new);
    }

    /** A jurisdictions file: the header, a province, then {@code count} counties, each written by {@code county}. */
    private static String jurisdictions(int count, java.util.function.IntFunction<String> county) {
        StringBuilder csv = new StringBuilder("code,name,parent\n210000,省,\n");
        for (int i = 0; i < count; i++) {
            csv.append(county.apply(210100 + i)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aLineBreakInsideAQuotedCellIsNotTakenForTheStartOfARow() {
        // every name holds line breaks, and after them what looks like a row
        String csv = jurisdictions(300, code -> code + ",\"县\n210999,x,\r\n\"\"y\"\"\",210000");
        Path folder = folder(otherFilesEmpty(DataSetCsv.fileName(RecordType.JURISDICTIONS), csv));
        Object once = inOnePass(folder);
        assertTrue(once instanceof DataSet, () -> String.valueOf(once));
        for (int part = 8; part <= 200; part += 7) {
            assertEquals(once, read(folder, part, 2));
        }
    }

    @Test
    void aProblemAfterManyGoodPartsIsPlacedAsOnePassPlacesIt() {
        // a blank name: the one problem, far into the file
        String csv = jurisdictions(500, code -> code + "," + (code == 210531 ? "" : "县") + ",210000");
        Path folder = folder(otherFilesEmpty(DataSetCsv.fileName(RecordType.JURISDICTIONS), "\uFEFF" + csv));
        Object read = read(folder, 256, 2);
        assertEquals(inOnePass(folder), read);
        assertEquals(1, ((List<?>) read).size(), () -> String.valueOf(read));
        assertTrue(read.toString().contains("line 434"), () -> String.valueOf(read));
    }

    @Test
    void aMalformedRowFarIntoTheFileIsPlacedAsOnePassPlacesIt() {
        // a stray quote after a closing one: the scan stops there, with its line and column in characters
        String csv = jurisdictions(800, code -> code + ",\"县县\"" + (code == 210700 ? "x" : "") + ",210000");
        Path folder = folder(otherFilesEmpty(DataSetCsv.fileName(RecordType.JURISDICTIONS), csv));
        List<?> problems = (List<?>) inOnePass(folder);
        assertEquals(problems, read(folder, 512, 2));
        assertTrue(problems.toString().contains("line 603 column 12"), () -> String.valueOf(problems));
    }
}

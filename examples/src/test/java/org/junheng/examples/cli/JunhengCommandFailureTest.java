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
package org.junheng.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.InvalidDataException;
import org.junit.jupiter.api.Test;

/** The command line's handling of failures that a run cannot provoke cheaply. */
class JunhengCommandFailureTest {

    @Test
    void outOfMemoryHasItsOwnExitCodeAndAHint() throws Exception {
        StringWriter w = new StringWriter();
        assertEquals(3, JunhengCommand.failure(new OutOfMemoryError("Java heap space"), new PrintWriter(w)));
        assertTrue(w.toString().contains("-Xmx"), w.toString());
        assertEquals(3, JunhengCommand.failure(new picocli.CommandLine.ExecutionException(
                new picocli.CommandLine(new JunhengCommand()), "x", new OutOfMemoryError()), new PrintWriter(w)));
    }

    @Test
    void invalidInputIsOneAndAMissingFileTwo() throws Exception {
        StringWriter w = new StringWriter();
        assertEquals(1, JunhengCommand.failure(new InvalidDataException(
                List.of(new DataProblem("a.csv", "line 2", "id", "", "a value"))), new PrintWriter(w)));
        assertEquals(2, JunhengCommand.failure(new java.nio.file.NoSuchFileException("county.json"), new PrintWriter(w)));
        assertTrue(w.toString().contains("junheng: file not found: county.json"), w.toString());
    }

    @Test
    void theProblemsPrintedAreCappedWithTheCountOfTheRest() {
        List<DataProblem> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(new DataProblem("s.csv", "line " + i, "id", "", "a value"));
        }
        StringWriter w = new StringWriter();
        JunhengCommand.printProblems(new PrintWriter(w), new InvalidDataException(many));
        String text = w.toString();
        assertTrue(text.startsWith("invalid: 250 problems"), text);
        assertTrue(text.contains("s.csv line 100,"), text);
        assertFalse(text.contains("s.csv line 101,"), text);
        assertTrue(text.contains("... and 150 more"), text);
    }
}

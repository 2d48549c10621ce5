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

import java.util.List;
import org.junheng.core.internal.Checks;

/**
 * A data set or policy file that is not valid, with every problem found and its place. Reading is
 * all-or-problems: either a valid object comes back, or this exception lists all that is wrong, so that a
 * user can mend a file in one pass.
 */
public final class InvalidDataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 20;

    /** Not serialised with the exception: the message carries the first problems. */
    private final transient List<DataProblem> problems;

    /** @param problems the problems, at least one */
    public InvalidDataException(List<DataProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the input. */
    public List<DataProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    private static String message(List<DataProblem> problems) {
        Checks.check(!problems.isEmpty(), "an invalid data set has at least one problem");
        StringBuilder s = new StringBuilder();
        s.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> s.append("\n  ").append(p));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            s.append("\n  … and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return s.toString();
    }
}

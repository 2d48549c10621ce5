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

/**
 * Tells where a record of a data set came from, so that a problem found by the data set's checks is
 * reported at its place in the input (file and line for CSV, record index for JSON).
 */
@FunctionalInterface
public interface RecordLocator {

    /**
     * The place of the {@code index}-th record (from 0) of {@code type}, as {@code [source, location]}.
     */
    String[] locate(RecordType type, int index);

    /** Records made in code: {@code "data set"}, {@code "schools[3]"}. */
    static RecordLocator inMemory() {
        return (type, index) -> new String[] {"data set", type.key() + "[" + index + "]"};
    }
}

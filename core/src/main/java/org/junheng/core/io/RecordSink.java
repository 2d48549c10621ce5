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

import java.io.IOException;

/** Where a parser of an array of records hands on what it parsed, each with its index and line. */
interface RecordSink {
    /** A record read at {@code index} of its array, starting on {@code line}. */
    void record(Fields fields, int index, int line) throws IOException;

    /** A problem found while parsing the element at {@code index}. */
    void problem(int index, int line, String field, String value, String expected) throws IOException;
}

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
/**
 * junheng core: the domain of schools, teachers, students and funding; exact values; policies as data;
 * data sets in and out.
 */
module org.junheng.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.junheng.core.value;
    exports org.junheng.core.model;
    exports org.junheng.core.policy;
    exports org.junheng.core.io;
    exports org.junheng.core.sample;
    exports org.junheng.core.internal to org.junheng.indicators;

    opens org.junheng.core.policy to com.fasterxml.jackson.databind;
}

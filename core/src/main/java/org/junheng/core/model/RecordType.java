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

import org.junheng.core.value.Label;

/**
 * The kinds of record in a data set. The {@link #key()} names the array in a JSON data set and the
 * file {@code key + ".csv"} in a CSV folder.
 */
public enum RecordType implements Labelled {
    JURISDICTIONS("jurisdictions", "行政区划", "jurisdictions"),
    SCHOOLS("schools", "学校", "schools"),
    RESOURCES("resources", "办学条件", "school resources"),
    CLASSES("classes", "班级", "classes"),
    TEACHERS("teachers", "教师", "teachers"),
    SERVICE_PERIODS("servicePeriods", "乡村或薄弱学校任教经历", "service periods"),
    ROTATIONS("rotations", "交流轮岗", "rotation moves"),
    STUDENTS("students", "学生", "students"),
    FUNDING("funding", "教育经费", "funding"),
    SCHOOL_FUNDING("schoolFunding", "学校公用经费", "school funding"),
    POSTS("posts", "中高级岗位设置", "senior and middle posts");

    private final String key;
    private final Label label;

    RecordType(String key, String zh, String en) {
        this.key = key;
        this.label = Label.of(zh, en);
    }

    /** The JSON array name and CSV file stem, such as {@code servicePeriods}. */
    public String key() {
        return key;
    }

    @Override
    public Label label() {
        return label;
    }
}

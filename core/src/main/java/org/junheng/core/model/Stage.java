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
 * A stage of education (学段) at which a student is enrolled or a class is taught.
 *
 * <p>Grades are counted within the stage from 1: primary 1 to 6, junior 1 to 4 (the 6-3 and 5-4
 * systems both occur), senior high 1 to 3, preschool 1 to 4 (托班 to 大班), secondary vocational 1 to 4.
 * Higher education and {@link #NOT_ENROLLED} have no grades.
 */
public enum Stage implements Labelled {
    PRESCHOOL("学前", "preschool", 4),
    PRIMARY("小学", "primary", 6),
    JUNIOR("初中", "junior secondary", 4),
    SENIOR_HIGH("普通高中", "general senior high", 3),
    SECONDARY_VOCATIONAL("中等职业教育", "secondary vocational", 4),
    JUNIOR_COLLEGE("专科", "junior college", 0),
    UNDERGRADUATE("本科", "undergraduate", 0),
    POSTGRADUATE("研究生", "postgraduate", 0),
    /** Not enrolled anywhere, such as an adult who obtained an adult-education diploma (AID-3(b)). */
    NOT_ENROLLED("未在读", "not enrolled", 0);

    private final Label label;
    private final int maxGrade;

    Stage(String zh, String en, int maxGrade) {
        this.label = Label.of(zh, en);
        this.maxGrade = maxGrade;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The highest grade of the stage; 0 for a stage without grades. */
    public int maxGrade() {
        return maxGrade;
    }

    /**
     * Whether the stage is taught in grades (preschool to secondary vocational); false for higher education
     * and for people not enrolled.
     */
    public boolean hasGrades() {
        return maxGrade > 0;
    }

    /** Primary or junior: the nine years of compulsory education (义务教育). */
    public boolean isCompulsory() {
        return this == PRIMARY || this == JUNIOR;
    }

    /** Junior college, undergraduate or postgraduate (高等教育). */
    public boolean isHigherEducation() {
        return this == JUNIOR_COLLEGE || this == UNDERGRADUATE || this == POSTGRADUATE;
    }

    /** Preschool to senior secondary (学前至高中阶段, AID-1's scope). */
    public boolean isPreschoolToSeniorSecondary() {
        return ordinal() <= SECONDARY_VOCATIONAL.ordinal();
    }
}

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
package org.junheng.indicators.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Location;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;

/**
 * The counts per school that the coverage indicators need, made in one pass over each record type, and
 * the COV-5 class sizes of the policy (a size the profile does not declare is {@link Long#MAX_VALUE}:
 * no class reaches it, and the indicator says it does not apply).
 */
final class SchoolFacts {
    static final int FULL_TIME = 0;
    static final int BACHELOR = 1;
    static final int DOUBLE_QUALIFIED = 2;
    static final int MENTAL_HEALTH = 3;
    /** COV-28, PJ22 专栏8: 体、音、美、劳、思政和卫生保健. */
    static final Set<Subject> NAMED_SUBJECTS = EnumSet.of(Subject.PHYSICAL_EDUCATION, Subject.MUSIC, Subject.FINE_ART,
            Subject.LABOUR, Subject.MORALITY_AND_LAW, Subject.HEALTH_CARE);

    private final DataSet data;
    /** Per school: full-time, bachelor+ full-time, double-qualified full-time, mental-health full-time. */
    private final Map<String, long[]> teachers = new HashMap<>();
    /** Per school: the subjects of its recognised (backbone) full-time teachers. */
    private final Map<String, Set<Subject>> named = new HashMap<>();
    private final Map<String, List<SchoolClass>> classes = new HashMap<>();
    /** The data set's schools grouped by each breakdown, made once for every indicator. */
    private final Map<Breakdown, Map<String, List<School>>> groupsOfAll = new EnumMap<>(Breakdown.class);

    /** The ways an indicator's rate is broken down, each by a key of the school. */
    enum Breakdown {
        DISTRICT, LOCATION, OWNERSHIP;

        /** The breakdown's name in {@link CoverageIndicators#breakdowns()}. */
        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
    final long largeSize;
    final long maxPrimary;
    final long maxJunior;

    SchoolFacts(DataSet data, Policy policy) {
        this.data = data;
        largeSize = size(policy, "classes.largeSize");
        maxPrimary = size(policy, "classes.maxPrimary");
        maxJunior = size(policy, "classes.maxJunior");
        // students per school: counted by the data set as it is made; teachers come grouped by school
        String lastSchool = null;
        long[] counts = null;
        for (Teacher t : data.teachers()) {
            if (!t.fullTime()) {
                continue;
            }
            if (!t.schoolId().equals(lastSchool)) {
                lastSchool = t.schoolId();
                counts = teachers.computeIfAbsent(lastSchool, k -> new long[4]);
            }
            counts[FULL_TIME]++;
            counts[BACHELOR] += t.degree().isAtLeast(Degree.BACHELOR) ? 1 : 0;
            counts[DOUBLE_QUALIFIED] += t.doubleQualified() ? 1 : 0;
            counts[MENTAL_HEALTH] += t.subject() == Subject.MENTAL_HEALTH ? 1 : 0;
            if (t.backbone() != BackboneLevel.NONE) {
                named.computeIfAbsent(t.schoolId(), k -> EnumSet.noneOf(Subject.class)).add(t.subject());
            }
        }
        for (SchoolClass c : data.classes()) {
            classes.computeIfAbsent(c.schoolId(), k -> new ArrayList<>()).add(c);
        }
    }

    private static long size(Policy policy, String key) {
        return policy.has(key) ? policy.count(key) : Long.MAX_VALUE - 1;
    }

    long students(School school, Stage stage) {
        return data.studentCount(school.id(), stage);
    }

    long disabled(String school) {
        return data.disabledStudentCount(school);
    }

    long compulsory(School school) {
        return students(school, Stage.PRIMARY) + students(school, Stage.JUNIOR);
    }

    long[] teachers(String school) {
        return teachers.getOrDefault(school, new long[4]);
    }

    Set<Subject> namedSubjects(String school) {
        return named.getOrDefault(school, Set.of());
    }

    List<SchoolClass> classes(String school) {
        return classes.getOrDefault(school, List.of());
    }

    /** Where a school's partner (COV-8) is; null when it has none. */
    Location partnerLocation(School school) {
        return school.pairedWith() == null ? null : data.school(school.pairedWith()).map(School::location).orElse(null);
    }

    /** A county or district as its code and name, {@code "210102 和平区"}, or its code alone when not in the data. */
    String districtName(DivisionCode code) {
        return (code.value() + " " + data.jurisdiction(code).map(j -> j.name()).orElse("")).strip();
    }

    /**
     * The schools grouped by the breakdown's key, in the keys' order. For the data set's own list each
     * grouping is made once and shared by every indicator: each made a key (a string) per school before.
     */
    Map<String, List<School>> grouped(Breakdown breakdown, List<School> schools) {
        if (schools != data.schools()) {
            return group(breakdown, schools);
        }
        return groupsOfAll.computeIfAbsent(breakdown, b -> group(b, schools));
    }

    private Map<String, List<School>> group(Breakdown breakdown, List<School> schools) {
        Map<String, List<School>> groups = new TreeMap<>();
        for (School s : schools) {
            String key = switch (breakdown) {
                case DISTRICT -> districtName(s.jurisdiction());
                case LOCATION -> s.location().label().zh() + " " + s.location().label().en();
                case OWNERSHIP -> s.ownership().label().zh() + " " + s.ownership().label().en();
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        return groups;
    }
}

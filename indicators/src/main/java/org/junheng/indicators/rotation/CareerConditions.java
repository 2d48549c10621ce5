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
package org.junheng.indicators.rotation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * The career conditions of a teacher's service at rural or weak schools (乡村学校或办学条件薄弱学校),
 * from the merged service periods ({@link ServiceTime}):
 *
 * <ul>
 *   <li><b>ROT-4</b>: {@code career.seniorTitle.minRuralOrWeakYears} (1) year or more is a necessary
 *       condition for applying for a senior title (LN23 §3; CN23 §3);</li>
 *   <li><b>ROT-5</b>: {@code career.principal.minRuralOrWeakYears} (3) years or more is a priority
 *       condition for selection as a principal (same sources).</li>
 * </ul>
 *
 * <p>"Met" means the condition holds, with the merged periods as evidence. Immutable and thread-safe.
 *
 * @param teacherId the teacher
 * @param daysServed days at rural or weak schools, merged, up to the reference date
 * @param seniorTitle the ROT-4 finding
 * @param principal the ROT-5 finding
 */
public record CareerConditions(String teacherId, long daysServed, Finding seniorTitle, Finding principal) {

    /** The conditions for one teacher from that teacher's periods, on {@code date}. */
    public static CareerConditions of(Teacher teacher, List<ServicePeriod> periods, LocalDate date, Policy policy) {
        Checks.notNull(policy, "policy");
        return of(teacher, periods, date, (int) policy.count("career.seniorTitle.minRuralOrWeakYears"),
                (int) policy.count("career.principal.minRuralOrWeakYears"));
    }

    /** {@link #of(Teacher, List, LocalDate, Policy)} with the policy's years read once for many teachers. */
    static CareerConditions of(Teacher teacher, List<ServicePeriod> periods, LocalDate date, int seniorTitleYears,
            int principalYears) {
        Checks.notNull(teacher, "teacher");
        Checks.notNull(periods, "periods");
        for (ServicePeriod p : periods) {
            Checks.check(p.teacherId().equals(teacher.id()), "period of %s given for %s", p.teacherId(), teacher.id());
        }
        List<LocalDate[]> merged = ServiceTime.merge(periods, date);
        long days = ServiceTime.days(merged);
        StringBuilder evidence = new StringBuilder();
        for (LocalDate[] span : merged) {
            evidence.append(evidence.length() == 0 ? "" : ", ").append(span[0]).append('/').append(span[1]);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("periods", merged.isEmpty() ? "none" : evidence.toString());
        facts.put("days", Long.toString(days));
        return new CareerConditions(teacher.id(), days,
                condition("ROT-4", teacher.id(), merged, days, seniorTitleYears, facts, "申报高级职称", "apply for a senior title"),
                condition("ROT-5", teacher.id(), merged, days, principalYears, facts, "校长选任优先",
                        "priority for principal selection"));
    }

    private static Finding condition(String rule, String teacherId, List<LocalDate[]> merged, long days, int years,
            Map<String, String> facts, String zh, String en) {
        boolean met = ServiceTime.reached(merged, years);
        return new Finding(rule, teacherId, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                "乡村或薄弱学校任教 " + days + " 天 (合并后); " + zh + "需满 " + years + " 年" + (met ? ", 已满足" : ", 未满足"),
                days + " days at rural or weak schools (merged); " + en + " needs " + years + " years: "
                        + (met ? "met" : "not met")), facts);
    }
}

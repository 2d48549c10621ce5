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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Location;
import org.junheng.core.model.PostAllocation;
import org.junheng.core.model.School;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Percentage;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * Panjin's workforce rules (PJ22 四(七)) per county, each only where the policy holds it: ROT-3 (8% of
 * reform participants exchanged by 2025), ROT-8 (new hires placed at rural schools first: reported, no
 * number), ROT-9 (senior and middle posts at remote and weak schools 2 points above the others', and
 * 10% of them held back for central allocation)
 * and ROT-10 (rural teachers' average age at most 40 by 2025). {@link #of} judges one snapshot as it
 * stands; {@link #byDeadline} judges a dated rule on the last snapshot on or before its deadline.
 */
final class Workforce {
    private Workforce() {
    }

    /** The held workforce rules of every county in one snapshot, as the snapshot stands (no deadline logic). */
    static List<Finding> of(DataSet data, Set<String> moved, Policy policy) {
        TreeMap<DivisionCode, List<Teacher>> byCounty = new TreeMap<>();
        for (Teacher t : data.teachers()) {
            byCounty.computeIfAbsent(data.school(t.schoolId()).orElseThrow().jurisdiction(), k -> new ArrayList<>()).add(t);
        }
        List<Finding> findings = new ArrayList<>();
        boolean rot3 = policy.holds("ROT-3");
        boolean rot8 = policy.holds("ROT-8");
        boolean rot9 = policy.holds("ROT-9");
        boolean rot10 = policy.holds("ROT-10");
        byCounty.forEach((county, teachers) -> {
            if (rot3) {
                findings.add(reformParticipants(county, teachers, moved, policy));
            }
            if (rot8) {
                findings.add(newHires(county, teachers, data));
            }
            if (rot9) {
                findings.add(posts(county, teachers, data, policy));
                findings.add(reserve(county, data, policy));
            }
            if (rot10) {
                findings.add(ruralAge(county, teachers, data, policy));
            }
        });
        return findings;
    }

    /**
     * A rule due <i>by</i> {@code deadline}, judged on the last snapshot on or before it and never on a
     * later one: before the deadline (the series' latest snapshot is earlier) {@link Verdict#NOT_DUE}
     * with the trajectory of every snapshot; after it, the verdict on the last snapshot on or before the
     * deadline, naming its date; {@link Verdict#NOT_ASSESSABLE} when every snapshot is later, with the
     * latest value beside.
     *
     * @param judge the rule's findings on one snapshot, one per subject
     */
    static List<Finding> byDeadline(LocalDate deadline, DataSetSeries series, Function<DataSet, List<Finding>> judge) {
        DataSet latest = series.latest();
        List<Finding> out = new ArrayList<>();
        if (latest.asOf().isBefore(deadline)) {
            Map<String, StringBuilder[]> trajectory = new LinkedHashMap<>();
            for (DataSet snapshot : series.snapshots()) {
                for (Finding f : judge.apply(snapshot)) {
                    StringBuilder[] t = trajectory.computeIfAbsent(f.subject(), k -> new StringBuilder[] {new StringBuilder(),
                            new StringBuilder()});
                    String sep = t[0].length() == 0 ? "" : "; ";
                    t[0].append(sep).append(snapshot.asOf()).append(": ").append(f.explanation().zh());
                    t[1].append(sep).append(snapshot.asOf()).append(": ").append(f.explanation().en());
                }
            }
            for (Finding f : judge.apply(latest)) {
                StringBuilder[] t = trajectory.get(f.subject());
                out.add(new Finding(f.rule(), f.subject(), Verdict.NOT_DUE, Label.of("未到期 (期限 " + deadline + "); 进展: " + t[0],
                        "not yet due (deadline " + deadline + "); trajectory: " + t[1]), facts(f, deadline, latest.asOf())));
            }
            return out;
        }
        Optional<DataSet> judged = series.onOrBefore(deadline);
        if (judged.isPresent()) {
            LocalDate on = judged.get().asOf();
            for (Finding f : judge.apply(judged.get())) {
                out.add(new Finding(f.rule(), f.subject(), f.verdict(), Label.of("按 " + on + " 数据 (期限 " + deadline
                        + " 前最后一次): " + f.explanation().zh(), "on the data of " + on + ", the last on or before the deadline "
                        + deadline + ": " + f.explanation().en()), facts(f, deadline, on)));
            }
            return out;
        }
        for (Finding f : judge.apply(latest)) {
            out.add(new Finding(f.rule(), f.subject(), Verdict.NOT_ASSESSABLE, Label.of("无法评估: 期限 " + deadline
                    + " 前无观测数据; 其后 (" + latest.asOf() + "): " + f.explanation().zh(), "not assessable: no observation from before the deadline "
                    + deadline + "; later (" + latest.asOf() + "): " + f.explanation().en()), facts(f, deadline, latest.asOf())));
        }
        return out;
    }

    private static Map<String, String> facts(Finding f, LocalDate deadline, LocalDate dataOf) {
        Map<String, String> facts = new LinkedHashMap<>(f.facts());
        facts.put("deadline", deadline.toString());
        facts.put("dataOf", dataOf.toString());
        return facts;
    }

    /** ROT-3: at least {@code ceil(rate × participants)} reform participants exchanged, exact. */
    static Finding reformParticipants(DivisionCode county, List<Teacher> teachers, Set<String> moved, Policy policy) {
        Percentage rate = policy.percentage("rotation.reformParticipantRate");
        long participants = teachers.stream().filter(Teacher::reformParticipant).count();
        long exchanged = teachers.stream().filter(t -> t.reformParticipant() && moved.contains(t.id())).count();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("participants", Long.toString(participants));
        facts.put("exchanged", Long.toString(exchanged));
        facts.put("rate", rate.toString());
        String subject = county + ": 县管校聘参改教师 / reform participants";
        if (participants == 0) {
            return new Finding("ROT-3", subject, Verdict.NOT_ASSESSABLE, Label.of("无县管校聘参改教师", "no reform participants"), facts);
        }
        long required = rate.minimumCount(participants);
        facts.put("required", Long.toString(required));
        boolean met = exchanged >= required;
        return new Finding("ROT-3", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of("参改 " + participants + " 人中交流 "
                + exchanged + " 人, 需 " + required + " 人 (" + rate + ")", "exchanged " + exchanged + " of " + participants
                + " reform participants; needs " + required + " (" + rate + ")"), facts);
    }

    /**
     * ROT-8, "preferentially" (优先) with no number: the share of the past year's new hires placed at rural
     * schools, reported beside the rural schools' share of all teachers, without a verdict.
     */
    static Finding newHires(DivisionCode county, List<Teacher> teachers, DataSet data) {
        LocalDate since = data.asOf().minusYears(1);
        long hires = 0;
        long ruralHires = 0;
        long rural = 0;
        for (Teacher t : teachers) {
            boolean isRural = data.school(t.schoolId()).orElseThrow().location() == Location.RURAL;
            rural += isRural ? 1 : 0;
            if (t.hireDate().isAfter(since)) {
                hires++;
                ruralHires += isRural ? 1 : 0;
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("newHires", Long.toString(hires));
        facts.put("placedRural", Long.toString(ruralHires));
        facts.put("ruralTeachers", Long.toString(rural));
        facts.put("teachers", Long.toString(teachers.size()));
        String subject = county + ": 新招聘教师 / new hires";
        if (hires == 0) {
            return new Finding("ROT-8", subject, Verdict.NOT_ASSESSABLE, Label.of("近一年无新招聘教师",
                    "no teacher hired in the past year"), facts);
        }
        String share = percent(ruralHires, hires);
        facts.put("share", share);
        return new Finding("ROT-8", subject, Verdict.REPORTED, Label.of("近一年新招聘 " + hires + " 人中 " + ruralHires
                + " 人到乡村学校 (" + share + "); 乡村教师占全部教师 " + rural + "/" + teachers.size(), ruralHires + " of " + hires
                + " new hires of the past year placed at rural schools (" + share + "); rural teachers are " + rural + " of "
                + teachers.size()), facts);
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * ROT-9 (PJ22 四(七)4), on the school year's post records: senior and middle posts per teacher at
     * remote and weak schools (rural or weak) at least {@code posts.weakSchoolExtraPoints} percentage
     * points above the other schools', exact.
     */
    static Finding posts(DivisionCode county, List<Teacher> teachers, DataSet data, Policy policy) {
        SchoolYear year = SchoolYear.containing(data.asOf());
        Map<String, Long> teachersAt = new java.util.HashMap<>();
        teachers.forEach(t -> teachersAt.merge(t.schoolId(), 1L, Long::sum));
        long a = 0;
        long b = 0;
        long c = 0;
        long d = 0;
        boolean any = false;
        for (PostAllocation p : data.posts()) {
            if (p.reserved() || !p.jurisdiction().equals(county) || !p.schoolYear().equals(year)) {
                continue;
            }
            any = true;
            School s = data.school(p.schoolId()).orElseThrow();
            long n = teachersAt.getOrDefault(s.id(), 0L);
            if (s.location() == Location.RURAL || s.weak()) {
                a += p.posts();
                b += n;
            } else {
                c += p.posts();
                d += n;
            }
        }
        BigDecimal points = policy.decimal("posts.weakSchoolExtraPoints");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("remotePosts", a + "/" + b);
        facts.put("otherPosts", c + "/" + d);
        facts.put("extraPoints", points.toPlainString());
        facts.put("schoolYear", year.toString());
        String subject = county + ": 中高级岗位 / senior and middle posts";
        if (!any) {
            return new Finding("ROT-9", subject, Verdict.NOT_ASSESSABLE, Label.of(year + " 学年无岗位设置记录",
                    "no post records for " + year), facts);
        }
        if (b == 0 || d == 0) {
            return new Finding("ROT-9", subject, Verdict.NOT_ASSESSABLE, Label.of("缺少乡村薄弱学校或其他学校教师, 无法比较",
                    "no teachers at remote and weak schools or at the others: nothing to compare"), facts);
        }
        boolean met = atLeastPointsAbove(a, b, c, d, points);
        return new Finding("ROT-9", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                "乡村薄弱学校中高级岗位 " + a + " 个 / 教师 " + b + " 人, 其他学校 " + c + " 个 / " + d + " 人; 需高出 " + points
                        + " 个百分点", a + " senior and middle posts for " + b + " teachers at remote and weak schools against "
                        + c + " for " + d + " elsewhere; needs " + points + " points more"), facts);
    }

    /**
     * ROT-9 (PJ22 四(七)4): the county holds back at least {@code posts.reservedShare} of all its senior
     * and middle posts for central allocation: {@code reserved ≥ ceil(share × (schools' + reserved))}.
     */
    static Finding reserve(DivisionCode county, DataSet data, Policy policy) {
        SchoolYear year = SchoolYear.containing(data.asOf());
        Percentage share = policy.percentage("posts.reservedShare");
        long reserved = 0;
        long total = 0;
        for (PostAllocation p : data.posts()) {
            if (p.jurisdiction().equals(county) && p.schoolYear().equals(year)) {
                total += p.posts();
                reserved += p.reserved() ? p.posts() : 0;
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("reserved", Long.toString(reserved));
        facts.put("posts", Long.toString(total));
        facts.put("share", share.toString());
        String subject = county + ": 统筹预留岗位 / posts held back";
        if (total == 0) {
            return new Finding("ROT-9", subject, Verdict.NOT_ASSESSABLE, Label.of(year + " 学年无岗位设置记录",
                    "no post records for " + year), facts);
        }
        long required = share.minimumCount(total);
        facts.put("required", Long.toString(required));
        boolean met = reserved >= required;
        return new Finding("ROT-9", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of("中高级岗位 " + total + " 个中统筹 "
                + reserved + " 个; 需至少 " + required + " 个 (" + share + ")" + (met ? "" : ", 差 " + (required - reserved) + " 个"),
                reserved + " of " + total + " senior and middle posts held back for central allocation; needs " + required
                        + " (" + share + ")" + (met ? "" : ", short by " + (required - reserved))), facts);
    }

    /** Whether {@code a/b ≥ c/d + points/100}, exact: {@code 100·a·d ≥ 100·c·b + points·b·d}. */
    static boolean atLeastPointsAbove(long a, long b, long c, long d, BigDecimal points) {
        BigDecimal lhs = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(d)).multiply(BigDecimal.valueOf(100));
        BigDecimal rhs = BigDecimal.valueOf(c).multiply(BigDecimal.valueOf(b)).multiply(BigDecimal.valueOf(100))
                .add(points.multiply(BigDecimal.valueOf(b)).multiply(BigDecimal.valueOf(d)));
        return lhs.compareTo(rhs) >= 0;
    }

    /** ROT-10: rural teachers' average age in completed years at most the maximum (以下 includes it), exact. */
    static Finding ruralAge(DivisionCode county, List<Teacher> teachers, DataSet data, Policy policy) {
        long max = policy.count("teachers.rural.maxAverageAge");
        LocalDate date = data.asOf();
        long n = 0;
        long sum = 0;
        for (Teacher t : teachers) {
            if (data.school(t.schoolId()).orElseThrow().location() == Location.RURAL) {
                n++;
                sum += ServiceTime.completedYears(t.birthDate(), date);
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("ruralTeachers", Long.toString(n));
        facts.put("sumOfAges", Long.toString(sum));
        facts.put("maximum", Long.toString(max));
        String subject = county + ": 乡村教师平均年龄 / rural teachers' average age";
        if (n == 0) {
            return new Finding("ROT-10", subject, Verdict.NOT_ASSESSABLE, Label.of("无乡村教师", "no rural teachers"), facts);
        }
        boolean met = sum <= max * n;
        String average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).toPlainString();
        facts.put("average", average);
        return new Finding("ROT-10", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of("乡村教师 " + n + " 人, 平均年龄 "
                + average + " 岁; 要求不超过 " + max + " 岁", n + " rural teachers, average age " + average + "; at most " + max),
                facts);
    }
}

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Location;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.School;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * Teacher exchange and rotation (教师交流轮岗) in a data set for one school year, under a policy:
 * eligibility of every teacher with its reasons, the rotation plan checked, the quotas per school and per
 * county (the rule of {@code rotation.rate}: BAL-6 nationally, ROT-1 in Shenyang, ROT-2 in Yingkou; the
 * binding scope is {@code rotation.quotaScope}), the career conditions (ROT-4, ROT-5), and Panjin's
 * workforce rules ROT-3 (8% of reform participants by 2025), ROT-8 (new hires placed rurally first,
 * reported), ROT-9 (more senior and middle posts at remote and weak schools) and ROT-10 (rural teachers'
 * average age by 2025). A rule the policy does not hold is not reported. Eligibility is judged on the
 * latest snapshot's reference date; ROT-3 and ROT-10 on the last snapshot on or before their deadline.
 *
 * <p>Plan checks: every mover must be eligible and leave their own school; nobody moves twice in the
 * year; where {@code rotation.requireUrbanToRural} is set, moves go from urban or strong schools to rural
 * or weak ones; principals and backbone teachers with {@code rotation.minYearsAtSchool} years at their
 * school go first (ROT-6). Only eligible movers count toward the quotas. Immutable and thread-safe.
 *
 * @param schoolYear the school year judged
 * @param eligibility every in-scope teacher's eligibility, by teacher ID
 * @param schoolQuotas the quota of each school with eligible teachers or movers
 * @param countyQuotas the quota of each county
 * @param bindingScope {@code SCHOOL} or {@code COUNTY}: where the policy counts the quota
 * @param plan the plan checks that failed (a mover not eligible, moved twice, from another school, the
 *     wrong direction, a school's priority teachers staying while others move)
 * @param careers the career conditions of every teacher with service at rural or weak schools (those
 *     {@link #of} finds are made when read, equal each time)
 * @param workforce the held ROT-3, ROT-8, ROT-9 and ROT-10 findings per county
 */
public record RotationAssessment(SchoolYear schoolYear, Map<String, Eligibility> eligibility, List<Quota> schoolQuotas,
        List<Quota> countyQuotas, String bindingScope, List<Finding> plan, List<CareerConditions> careers,
        List<Finding> workforce) {

    /**
     * Checks nothing; keeps unmodifiable copies of the maps and lists, eligibility in its given order (the
     * map {@link #of} made is kept as it is: a province's has 300,000 entries, and nobody else holds it).
     */
    public RotationAssessment {
        eligibility = java.util.Collections.unmodifiableMap(eligibility instanceof Eligibilities made ? made
                : new LinkedHashMap<>(eligibility));
        schoolQuotas = List.copyOf(schoolQuotas);
        countyQuotas = List.copyOf(countyQuotas);
        plan = List.copyOf(plan);
        careers = careers instanceof Careers made ? made : List.copyOf(careers);
        workforce = List.copyOf(workforce);
    }

    /** The eligibility map {@link #of} makes and hands to the constructor, which keeps it without a copy. */
    private static final class Eligibilities extends LinkedHashMap<String, Eligibility> {
        private static final long serialVersionUID = 1L;

        Eligibilities(int capacity) {
            super(capacity);
        }
    }

    /**
     * The career conditions {@link #of} finds, kept as each teacher's periods and made when read: each
     * holds two findings with their words and facts, some 2 KB, and a report needs only their counts.
     */
    private static final class Careers extends java.util.AbstractList<CareerConditions> implements java.util.RandomAccess {
        private final List<Teacher> teachers = new ArrayList<>();
        private final List<List<ServicePeriod>> periods = new ArrayList<>();
        private final LocalDate date;
        private final int seniorTitleYears;
        private final int principalYears;

        Careers(LocalDate date, int seniorTitleYears, int principalYears) {
            this.date = date;
            this.seniorTitleYears = seniorTitleYears;
            this.principalYears = principalYears;
        }

        void add(Teacher teacher, List<ServicePeriod> own) {
            teachers.add(teacher);
            periods.add(own);
        }

        @Override
        public CareerConditions get(int index) {
            return CareerConditions.of(teachers.get(index), periods.get(index), date, seniorTitleYears, principalYears);
        }

        @Override
        public int size() {
            return teachers.size();
        }

        /** How many meet ROT-4 and ROT-5, as {@link CareerConditions#of} judges them, without their findings. */
        long[] met() {
            long[] met = new long[2];
            for (List<ServicePeriod> own : periods) {
                List<LocalDate[]> merged = ServiceTime.merge(own, date);
                met[0] += ServiceTime.reached(merged, seniorTitleYears) ? 1 : 0;
                met[1] += ServiceTime.reached(merged, principalYears) ? 1 : 0;
            }
            return met;
        }
    }

    /** How many of {@link #careers} meet ROT-4 (the senior title) and ROT-5 (principal selection). */
    long[] careersMet() {
        if (careers instanceof Careers made) {
            return made.met();
        }
        long[] met = new long[2];
        for (CareerConditions c : careers) {
            met[0] += c.seniorTitle().isMet() ? 1 : 0;
            met[1] += c.principal().isMet() ? 1 : 0;
        }
        return met;
    }

    /** The quotas the policy binds: per school or per county. */
    public List<Quota> bindingQuotas() {
        return bindingScope.equals("SCHOOL") ? schoolQuotas : countyQuotas;
    }

    /**
     * The assessment of the data set's own rotation records for the school year of its reference date;
     * the data set is a series of one ({@link #of(DataSetSeries, Policy)}).
     */
    public static RotationAssessment of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        return of(DataSetSeries.of(data), policy);
    }

    /**
     * The assessment of a series: the latest snapshot's own rotation records for the school year of its
     * reference date, and the rules due by a deadline (ROT-3, ROT-10, PJ22 四(七)1 and 四(七)3, by 2025)
     * judged on the last snapshot on or before the deadline, never on a later one.
     */
    public static RotationAssessment of(DataSetSeries series, Policy policy) {
        Checks.notNull(series, "series");
        DataSet data = series.latest();
        SchoolYear year = SchoolYear.containing(data.asOf());
        return of(series, policy, year, ownMoves(data));
    }

    private static List<RotationMove> ownMoves(DataSet data) {
        SchoolYear year = SchoolYear.containing(data.asOf());
        return data.rotations().stream().filter(m -> m.schoolYear().equals(year)).toList();
    }

    /**
     * The assessment of a plan for a school year.
     *
     * @throws InvalidDataException if a move names a teacher or school not in the data set, or another
     *     school year, with its place in the plan
     */
    public static RotationAssessment of(DataSet data, Policy policy, SchoolYear year, List<RotationMove> plan) {
        Checks.notNull(data, "data");
        return of(DataSetSeries.of(data), policy, year, plan);
    }

    /**
     * The assessment of a plan for a school year on the latest snapshot of a series; the rules due by a
     * deadline are judged on the last snapshot on or before it (the plan counts for the latest snapshot,
     * an earlier snapshot's own rotation records for it).
     *
     * @throws InvalidDataException if a move names a teacher or school not in the latest snapshot, or
     *     another school year, with its place in the plan
     */
    public static RotationAssessment of(DataSetSeries series, Policy policy, SchoolYear year, List<RotationMove> plan) {
        Checks.notNull(series, "series");
        DataSet data = series.latest();
        Checks.notNull(policy, "policy");
        Checks.notNull(year, "year");
        Checks.notNull(plan, "plan");
        String scope = policy.text("rotation.quotaScope");
        Checks.check(scope.equals("SCHOOL") || scope.equals("COUNTY"), "rotation.quotaScope (%s) must be SCHOOL or COUNTY", scope);
        validate(data, year, plan);
        LocalDate date = data.asOf();

        Map<String, Eligibility> eligibility = new Eligibilities(Math.max(16, data.teachers().size() * 4 / 3 + 1));
        Eligibility.Conditions conditions = Eligibility.Conditions.of(policy);
        // teachers come grouped by school: one lookup per run of the same school, not per teacher
        String lastId = null;
        School s = null;
        for (Teacher t : data.teachers()) {
            if (!t.schoolId().equals(lastId)) {
                lastId = t.schoolId();
                s = data.school(lastId).orElseThrow();
            }
            Eligibility e = conditions.decide(t, s, date);
            if (!e.failed(Eligibility.Condition.IN_SCOPE)) {
                eligibility.put(t.id(), e);
            }
        }

        List<Finding> planFindings = new ArrayList<>();
        String quotaRule = policy.parameter("rotation.rate").source().rule();
        boolean direction = policy.flag("rotation.requireUrbanToRural");
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> movers = new HashMap<>(); // from school → eligible movers
        for (RotationMove m : plan) {
            Teacher t = data.teacher(m.teacherId()).orElseThrow();
            String subject = m.teacherId() + " " + m.fromSchoolId() + "→" + m.toSchoolId();
            if (!seen.add(m.teacherId())) {
                planFindings.add(new Finding(quotaRule, subject, Verdict.NOT_MET, Label.of("同一学年重复交流",
                        "moved twice in " + year), Map.of("teacher", m.teacherId())));
                continue;
            }
            if (!t.schoolId().equals(m.fromSchoolId())) {
                planFindings.add(new Finding(quotaRule, subject, Verdict.NOT_MET, Label.of(
                        "该教师在 " + t.schoolId() + " 任教, 不在 " + m.fromSchoolId(),
                        "the teacher teaches at " + t.schoolId() + ", not " + m.fromSchoolId()), Map.of("teacher", m.teacherId())));
                continue;
            }
            Eligibility e = eligibility.get(t.id());
            if (e == null || !e.eligible()) {
                Eligibility shown = e != null ? e : conditions.decide(t, data.school(t.schoolId()).orElseThrow(), date);
                for (Eligibility.Check c : shown.failed()) {
                    planFindings.add(new Finding(c.condition().rule(), subject, Verdict.NOT_MET, Label.of(
                            "交流人员不符合交流条件: " + c.evidence().zh(), "mover does not meet the exchange conditions: "
                                    + c.evidence().en()), orderedFacts("teacher", t.id(), "condition", c.condition().name())));
                }
                continue;
            }
            if (direction) {
                School from = data.school(m.fromSchoolId()).orElseThrow();
                School to = data.school(m.toSchoolId()).orElseThrow();
                boolean strongFrom = from.location() != Location.RURAL && !from.weak();
                boolean weakTo = to.location() == Location.RURAL || to.weak();
                if (!strongFrom || !weakTo) {
                    planFindings.add(new Finding(quotaRule, subject, Verdict.NOT_MET, Label.of(
                            "交流方向应由城区或优质学校到乡村或薄弱学校", "moves must go from urban or strong schools to rural or weak ones"),
                            orderedFacts("from", from.location().name() + (from.weak() ? " weak" : ""),
                                    "to", to.location().name() + (to.weak() ? " weak" : ""))));
                }
            }
            movers.computeIfAbsent(m.fromSchoolId(), k -> new HashSet<>()).add(t.id());
        }
        if (policy.holds("ROT-6")) {
            planFindings.addAll(priority(data, eligibility, seen, policy));
        }

        Map<String, long[]> bySchool = new TreeMap<>(); // eligible, rotated, backbone
        lastId = null;
        long[] counts = null;
        for (Eligibility e : eligibility.values()) {
            if (e.eligible()) {
                if (!e.schoolId().equals(lastId)) {
                    lastId = e.schoolId();
                    counts = bySchool.computeIfAbsent(lastId, k -> new long[3]);
                }
                counts[0]++;
            }
        }
        movers.forEach((school, ids) -> {
            long[] c = bySchool.computeIfAbsent(school, k -> new long[3]);
            c[1] += ids.size();
            c[2] += ids.stream().filter(id -> data.teacher(id).orElseThrow().backbone().isBackbone()).count();
        });
        List<Quota> schoolQuotas = new ArrayList<>();
        Map<DivisionCode, long[]> byCounty = new TreeMap<>();
        bySchool.forEach((school, c) -> {
            schoolQuotas.add(Quota.of(school, c[0], c[1], c[2], policy));
            long[] k = byCounty.computeIfAbsent(data.school(school).orElseThrow().jurisdiction(), x -> new long[3]);
            for (int i = 0; i < 3; i++) {
                k[i] += c[i];
            }
        });
        List<Quota> countyQuotas = new ArrayList<>();
        byCounty.forEach((county, c) -> countyQuotas.add(Quota.of(county.value(), c[0], c[1], c[2], policy)));

        Map<String, List<ServicePeriod>> periods = new HashMap<>();
        data.servicePeriods().forEach(p -> periods.computeIfAbsent(p.teacherId(), k -> new ArrayList<>()).add(p));
        List<CareerConditions> careers = List.of();
        if (policy.holds("ROT-4") && policy.holds("ROT-5")) {
            Careers found = new Careers(date, (int) policy.count("career.seniorTitle.minRuralOrWeakYears"),
                    (int) policy.count("career.principal.minRuralOrWeakYears"));
            for (Teacher t : data.teachers()) {
                List<ServicePeriod> own = periods.get(t.id());
                if (own != null) {
                    found.add(t, own);
                }
            }
            careers = found;
        }
        return new RotationAssessment(year, eligibility, schoolQuotas, countyQuotas, scope, planFindings, careers,
                workforce(series, policy, plan));
    }

    /** ROT-3, ROT-8, ROT-9, ROT-10 where held; the plan counts for the latest snapshot. */
    private static List<Finding> workforce(DataSetSeries series, Policy policy, List<RotationMove> plan) {
        DataSet latest = series.latest();
        Set<String> planned = new HashSet<>();
        plan.forEach(m -> planned.add(m.teacherId()));
        Map<DataSet, List<Finding>> cache = new java.util.IdentityHashMap<>(); // snapshots are large: by identity
        java.util.function.Function<DataSet, List<Finding>> all = d -> cache.computeIfAbsent(d, s -> Workforce.of(s,
                s == latest ? planned : ownMoves(s).stream().map(RotationMove::teacherId).collect(java.util.stream.Collectors.toSet()),
                policy));
        List<Finding> out = new ArrayList<>();
        for (String rule : List.of("ROT-3", "ROT-8", "ROT-9", "ROT-10")) {
            if (!policy.holds(rule)) {
                continue;
            }
            java.util.function.Function<DataSet, List<Finding>> judge = d -> all.apply(d).stream()
                    .filter(f -> f.rule().equals(rule)).toList();
            String deadline = DEADLINES.get(rule);
            out.addAll(deadline == null ? judge.apply(latest) : Workforce.byDeadline(policy.date(deadline), series, judge));
        }
        return out;
    }

    /** The parameter holding each dated workforce rule's deadline ("by 2025"). */
    private static final Map<String, String> DEADLINES = Map.of("ROT-3", "rotation.reformParticipantRate.deadline",
            "ROT-10", "teachers.rural.maxAverageAge.deadline");

    /**
     * ROT-6 (CN23 §3): principals and backbone teachers who have taught at one school for
     * {@code rotation.minYearsAtSchool} years and meet the exchange conditions rotate first. A school
     * whose other teachers move while such teachers stay is reported, naming them.
     */
    private static List<Finding> priority(DataSet data, Map<String, Eligibility> eligibility, Set<String> moving,
            Policy policy) {
        Map<String, List<String>> staying = new TreeMap<>();
        Map<String, List<String>> others = new TreeMap<>();
        for (Eligibility e : eligibility.values()) {
            Teacher t = data.teacher(e.teacherId()).orElseThrow();
            boolean first = e.eligible() && (t.principal() || t.backbone().isBackbone());
            if (first && !moving.contains(t.id())) {
                staying.computeIfAbsent(t.schoolId(), k -> new ArrayList<>()).add(t.id());
            } else if (!first && moving.contains(t.id())) {
                others.computeIfAbsent(t.schoolId(), k -> new ArrayList<>()).add(t.id());
            }
        }
        long years = policy.count("rotation.minYearsAtSchool");
        List<Finding> findings = new ArrayList<>();
        others.forEach((school, moved) -> {
            List<String> stay = staying.get(school);
            if (stay != null) {
                findings.add(new Finding("ROT-6", school, Verdict.NOT_MET, Label.of("校长和骨干教师 " + String.join(", ", stay)
                        + " 在本校任教满 " + years + " 年应优先交流, 但计划交流其他教师 " + String.join(", ", moved),
                        "principals and backbone teachers " + String.join(", ", stay) + " with " + years
                                + " years at the school rotate first, but the plan moves others: " + String.join(", ", moved)),
                        orderedFacts("staying", String.join(",", stay), "moving", String.join(",", moved))));
            }
        });
        return findings;
    }

    private static void validate(DataSet data, SchoolYear year, List<RotationMove> plan) {
        List<DataProblem> problems = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            RotationMove m = plan.get(i);
            String where = "moves[" + i + "]";
            if (data.teacher(m.teacherId()).isEmpty()) {
                problems.add(new DataProblem("plan", where, "teacherId", m.teacherId(), "the ID of a teacher in the data set"));
            }
            if (data.school(m.fromSchoolId()).isEmpty()) {
                problems.add(new DataProblem("plan", where, "fromSchoolId", m.fromSchoolId(), "the ID of a school in the data set"));
            }
            if (data.school(m.toSchoolId()).isEmpty()) {
                problems.add(new DataProblem("plan", where, "toSchoolId", m.toSchoolId(), "the ID of a school in the data set"));
            }
            if (!m.schoolYear().equals(year)) {
                problems.add(new DataProblem("plan", where, "schoolYear", m.schoolYear().toString(), "the school year " + year));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
    }

    /** Facts in the order given: {@code Map.of} iterates in an order that changes from one JVM run to the next. */
    private static Map<String, String> orderedFacts(String k1, String v1, String k2, String v2) {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put(k1, v1);
        facts.put(k2, v2);
        return facts;
    }
}

package org.junheng.indicators.rotation;

import java.math.BigInteger;
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
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Location;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.School;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Percentage;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * Teacher exchange and rotation (教师交流轮岗) in a data set for one school year, under a policy:
 * eligibility of every teacher with its reasons, the rotation plan checked, the quotas per school and per
 * county (ROT-1, ROT-2; the binding scope is {@code rotation.quotaScope}), the career conditions (ROT-4,
 * ROT-5), and the workforce rules ROT-3 (Panjin's 8% of reform participants), ROT-8 (new hires placed
 * rurally first), ROT-9 (more senior and middle posts at remote and weak schools) and ROT-10 (rural
 * teachers' average age). Eligibility is judged on the data set's reference date.
 *
 * <p>Plan checks: every mover must be eligible and leave their own school; nobody moves twice in the
 * year; where {@code rotation.requireUrbanToRural} is set, moves go from urban or strong schools to rural
 * or weak ones. Only eligible movers count toward the quotas. Immutable and thread-safe.
 *
 * @param schoolYear the school year judged
 * @param eligibility every in-scope teacher's eligibility, by teacher ID
 * @param schoolQuotas the quota of each school with eligible teachers or movers
 * @param countyQuotas the quota of each county
 * @param bindingScope {@code SCHOOL} or {@code COUNTY}: where the policy counts the quota
 * @param plan the plan checks that failed (a mover not eligible, moved twice, from another school, the
 *     wrong direction)
 * @param careers the career conditions of every teacher with service at rural or weak schools
 * @param workforce ROT-3, ROT-8, ROT-9 and ROT-10 findings per county
 */
public record RotationAssessment(SchoolYear schoolYear, Map<String, Eligibility> eligibility, List<Quota> schoolQuotas,
        List<Quota> countyQuotas, String bindingScope, List<Finding> plan, List<CareerConditions> careers,
        List<Finding> workforce) {

    public RotationAssessment {
        eligibility = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eligibility));
        schoolQuotas = List.copyOf(schoolQuotas);
        countyQuotas = List.copyOf(countyQuotas);
        plan = List.copyOf(plan);
        careers = List.copyOf(careers);
        workforce = List.copyOf(workforce);
    }

    /** The quotas the policy binds: per school or per county. */
    public List<Quota> bindingQuotas() {
        return bindingScope.equals("SCHOOL") ? schoolQuotas : countyQuotas;
    }

    /** The assessment of the data set's own rotation records for the school year of its reference date. */
    public static RotationAssessment of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        SchoolYear year = SchoolYear.containing(data.asOf());
        return of(data, policy, year, data.rotations().stream().filter(m -> m.schoolYear().equals(year)).toList());
    }

    /**
     * The assessment of a plan for a school year.
     *
     * @throws InvalidDataException if a move names a teacher or school not in the data set, or another
     *     school year, with its place in the plan
     */
    public static RotationAssessment of(DataSet data, Policy policy, SchoolYear year, List<RotationMove> plan) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        Checks.notNull(year, "year");
        Checks.notNull(plan, "plan");
        String scope = policy.text("rotation.quotaScope");
        Checks.check(scope.equals("SCHOOL") || scope.equals("COUNTY"), "rotation.quotaScope (%s) must be SCHOOL or COUNTY", scope);
        validate(data, year, plan);
        LocalDate date = data.asOf();

        Map<String, Eligibility> eligibility = new LinkedHashMap<>();
        Eligibility.Conditions conditions = Eligibility.Conditions.of(policy);
        for (Teacher t : data.teachers()) {
            School s = data.school(t.schoolId()).orElseThrow();
            Eligibility e = conditions.decide(t, s, date);
            if (e.checks().get(0).passed()) {
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
                Eligibility shown = e != null ? e : Eligibility.of(t, data.school(t.schoolId()).orElseThrow(), date, policy);
                for (Eligibility.Check c : shown.failed()) {
                    planFindings.add(new Finding(c.condition().rule(), subject, Verdict.NOT_MET, Label.of(
                            "交流人员不符合交流条件: " + c.evidence().zh(), "mover does not meet the exchange conditions: "
                                    + c.evidence().en()), Map.of("teacher", t.id(), "condition", c.condition().name())));
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
                            Map.of("from", from.location().name() + (from.weak() ? " weak" : ""),
                                    "to", to.location().name() + (to.weak() ? " weak" : ""))));
                }
            }
            movers.computeIfAbsent(m.fromSchoolId(), k -> new HashSet<>()).add(t.id());
        }

        Map<String, long[]> bySchool = new TreeMap<>(); // eligible, rotated, backbone
        for (Eligibility e : eligibility.values()) {
            if (e.eligible()) {
                bySchool.computeIfAbsent(e.schoolId(), k -> new long[3])[0]++;
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
        List<CareerConditions> careers = new ArrayList<>();
        for (Teacher t : data.teachers()) {
            List<ServicePeriod> own = periods.get(t.id());
            if (own != null) {
                careers.add(CareerConditions.of(t, own, date, policy));
            }
        }
        List<Finding> workforce = new ArrayList<>();
        TreeMap<DivisionCode, List<Teacher>> teachersByCounty = new TreeMap<>();
        for (Teacher t : data.teachers()) {
            teachersByCounty.computeIfAbsent(data.school(t.schoolId()).orElseThrow().jurisdiction(), k -> new ArrayList<>()).add(t);
        }
        Set<String> moved = new HashSet<>();
        plan.forEach(m -> moved.add(m.teacherId()));
        teachersByCounty.forEach((county, teachers) -> workforce.addAll(Workforce.check(county, teachers, data, moved, policy)));
        return new RotationAssessment(year, eligibility, schoolQuotas, countyQuotas, scope, planFindings, careers, workforce);
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

    /** ROT-3, ROT-8, ROT-9 and ROT-10 for one county's teachers. */
    static final class Workforce {
        private Workforce() {
        }

        static List<Finding> check(DivisionCode county, List<Teacher> teachers, DataSet data, Set<String> moved,
                Policy policy) {
            List<Finding> findings = new ArrayList<>();
            LocalDate date = data.asOf();
            if (policy.hasValue("rotation.reformParticipantRate")) {
                findings.add(reformParticipants(county, teachers, moved, date, policy));
            }
            findings.add(newHires(county, teachers, data, date));
            findings.add(posts(county, teachers, data, policy));
            findings.add(ruralAge(county, teachers, data, date, policy));
            return findings;
        }

        private static Finding reformParticipants(DivisionCode county, List<Teacher> teachers, Set<String> moved,
                LocalDate date, Policy policy) {
            Percentage rate = policy.percentage("rotation.reformParticipantRate");
            long participants = teachers.stream().filter(Teacher::reformParticipant).count();
            long exchanged = teachers.stream().filter(t -> t.reformParticipant() && moved.contains(t.id())).count();
            Map<String, String> facts = Map.of("participants", Long.toString(participants), "exchanged",
                    Long.toString(exchanged), "rate", rate.toString());
            String subject = county + ": reform participants";
            if (participants == 0) {
                return new Finding("ROT-3", subject, Verdict.NOT_ASSESSABLE, Label.of("无县管校聘参改教师", "no reform participants"), facts);
            }
            long required = rate.minimumCount(participants);
            LocalDate deadline = policy.hasValue("rotation.reformParticipantRate.deadline")
                    ? policy.date("rotation.reformParticipantRate.deadline") : null;
            boolean met = exchanged >= required;
            Verdict v = met ? Verdict.MET : deadline != null && date.isBefore(deadline) ? Verdict.NOT_DUE : Verdict.NOT_MET;
            return new Finding("ROT-3", subject, v, Label.of("参改 " + participants + " 人中交流 " + exchanged + " 人, 需 "
                    + required + " 人 (" + rate + ")", "exchanged " + exchanged + " of " + participants
                    + " reform participants; needs " + required + " (" + rate + ")" + (deadline == null ? "" : " by " + deadline)),
                    facts);
        }

        /** ROT-8, "preferentially": new hires go to rural schools at least in the rural schools' share of all teachers. */
        private static Finding newHires(DivisionCode county, List<Teacher> teachers, DataSet data, LocalDate date) {
            long hires = 0;
            long ruralHires = 0;
            long rural = 0;
            for (Teacher t : teachers) {
                boolean isRural = data.school(t.schoolId()).orElseThrow().location() == Location.RURAL;
                rural += isRural ? 1 : 0;
                if (t.hireDate().isAfter(date.minusYears(1))) {
                    hires++;
                    ruralHires += isRural ? 1 : 0;
                }
            }
            Map<String, String> facts = Map.of("newHires", Long.toString(hires), "placedRural", Long.toString(ruralHires),
                    "ruralTeachers", Long.toString(rural), "teachers", Long.toString(teachers.size()));
            String subject = county + ": new hires";
            if (hires == 0) {
                return new Finding("ROT-8", subject, Verdict.NOT_ASSESSABLE, Label.of("近一年无新招聘教师",
                        "no teacher hired in the past year"), facts);
            }
            // ruralHires / hires >= rural / teachers, cross-multiplied
            boolean met = ruralHires * teachers.size() >= rural * hires;
            return new Finding("ROT-8", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                    "新招聘 " + hires + " 人中 " + ruralHires + " 人到乡村学校; 乡村教师占全部教师 " + rural + "/" + teachers.size(),
                    ruralHires + " of " + hires + " new hires placed at rural schools, against a rural share of "
                            + rural + " of " + teachers.size() + " teachers"), facts);
        }

        /** ROT-9: the share of intermediate-or-higher titles at remote and weak schools, 2 points above the others'. */
        private static Finding posts(DivisionCode county, List<Teacher> teachers, DataSet data, Policy policy) {
            long a = 0;
            long b = 0;
            long c = 0;
            long d = 0;
            for (Teacher t : teachers) {
                School s = data.school(t.schoolId()).orElseThrow();
                boolean remote = s.location() == Location.RURAL || s.weak();
                if (remote) {
                    b++;
                    a += t.title().isIntermediateOrAbove() ? 1 : 0;
                } else {
                    d++;
                    c += t.title().isIntermediateOrAbove() ? 1 : 0;
                }
            }
            java.math.BigDecimal points = policy.decimal("posts.weakSchoolExtraPoints");
            Map<String, String> facts = Map.of("remoteTitled", a + "/" + b, "otherTitled", c + "/" + d,
                    "extraPoints", points.toPlainString());
            String subject = county + ": senior and middle posts";
            if (b == 0 || d == 0) {
                return new Finding("ROT-9", subject, Verdict.NOT_ASSESSABLE, Label.of("缺少乡村薄弱学校或其他学校教师, 无法比较",
                        "no teachers at remote and weak schools or at the others: nothing to compare"), facts);
            }
            // a/b >= c/d + p/100  <=>  100·a·d >= 100·c·b + p·b·d
            java.math.BigDecimal lhs = java.math.BigDecimal.valueOf(100L * a).multiply(java.math.BigDecimal.valueOf(d));
            java.math.BigDecimal rhs = java.math.BigDecimal.valueOf(100L * c).multiply(java.math.BigDecimal.valueOf(b))
                    .add(points.multiply(java.math.BigDecimal.valueOf(b)).multiply(java.math.BigDecimal.valueOf(d)));
            boolean met = lhs.compareTo(rhs) >= 0;
            return new Finding("ROT-9", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                    "乡村薄弱学校中高级岗位占比 " + a + "/" + b + ", 其他学校 " + c + "/" + d + "; 需高出 " + points + " 个百分点",
                    "intermediate-or-higher posts " + a + " of " + b + " at remote and weak schools against " + c + " of "
                            + d + " elsewhere; needs " + points + " points more"), facts);
        }

        /** ROT-10: rural teachers' average age in completed years at most the maximum, exact. */
        private static Finding ruralAge(DivisionCode county, List<Teacher> teachers, DataSet data, LocalDate date,
                Policy policy) {
            long max = policy.count("teachers.rural.maxAverageAge");
            LocalDate deadline = policy.date("teachers.rural.maxAverageAge.deadline");
            long n = 0;
            long sum = 0;
            for (Teacher t : teachers) {
                if (data.school(t.schoolId()).orElseThrow().location() == Location.RURAL) {
                    n++;
                    sum += ServiceTime.completedYears(t.birthDate(), date);
                }
            }
            Map<String, String> facts = Map.of("ruralTeachers", Long.toString(n), "sumOfAges", Long.toString(sum),
                    "maximum", Long.toString(max), "deadline", deadline.toString());
            String subject = county + ": rural teachers' average age";
            if (n == 0) {
                return new Finding("ROT-10", subject, Verdict.NOT_ASSESSABLE, Label.of("无乡村教师", "no rural teachers"), facts);
            }
            boolean met = BigInteger.valueOf(sum).compareTo(BigInteger.valueOf(max).multiply(BigInteger.valueOf(n))) <= 0;
            String average = java.math.BigDecimal.valueOf(sum).divide(java.math.BigDecimal.valueOf(n), 2,
                    java.math.RoundingMode.HALF_UP).toPlainString();
            Verdict v = met ? Verdict.MET : date.isBefore(deadline) ? Verdict.NOT_DUE : Verdict.NOT_MET;
            return new Finding("ROT-10", subject, v, Label.of("乡村教师 " + n + " 人, 平均年龄 " + average + " 岁; 要求 " + max
                    + " 岁以下 (" + deadline + " 前)", n + " rural teachers, average age " + average + "; at most " + max + " by "
                    + deadline), facts);
        }
    }
}

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
package org.junheng.indicators.balance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolResources;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.inequality.WeightedMoments;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * The county assessment of quality-balanced compulsory education (县域义务教育优质均衡发展督导评估,
 * 教督〔2017〕6号) on a data set's records, per county and per stage section:
 *
 * <ul>
 *   <li><b>BAL-1, BAL-2</b>: each school section's seven resource indicators against their thresholds,
 *       and its verdict (6 of 7 met, the rest at least 85%);</li>
 *   <li><b>BAL-3, BAL-4</b>: for each indicator separately, the student-weighted coefficient of
 *       variation across the county's sections (population form) against the ceiling, 0.50 primary and
 *       0.45 junior. The CV is compared unrounded; the published tables print two decimals;</li>
 *   <li><b>BAL-5</b>: the 2012 basic-balance composite, the plain mean of eight CVs, beside them;</li>
 *   <li><b>BAL-6</b>: the parts of the 2017 standard the records answer: class sizes (≤ 45 primary,
 *       ≤ 50 junior) and school sizes (≤ 2000; ≤ 2500 for nine- and twelve-year schools, unconfirmed).</li>
 * </ul>
 *
 * <p>Scope (教督〔2017〕6号): ordinary compulsory schools of the county, public and private; a school with
 * two sections counts once per section; special-education and vocational schools, teaching points
 * under {@code balance.minStudents} (50) students, and sections without students are excluded, and each
 * exclusion is listed with its reason. A teacher counts in the section the record names; a teacher of a
 * multi-section school whose record names none cannot be placed and is reported as such.
 *
 * <p>The county verdict is met when every section meets BAL-2 and every indicator's CV meets BAL-3;
 * not assessable when a section lacks its resources record or a CV is undefined and nothing fails.
 * Immutable and thread-safe.
 *
 * @param county the county
 * @param name its name
 * @param stages the primary and junior assessments that have sections
 * @param exclusions the schools or sections left out, with the reason
 * @param verdict the county verdict, with what fails
 * @param notes what the numbers rest on
 */
public record CountyAssessment(DivisionCode county, String name, Map<Stage, StageAssessment> stages,
        List<Exclusion> exclusions, Finding verdict, List<Label> notes) {

    /** Copies the stages (in order), the exclusions and the notes. */
    public CountyAssessment {
        Checks.notNull(county, "county");
        stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        exclusions = List.copyOf(exclusions);
        notes = List.copyOf(notes);
    }

    /**
     * A school or section outside the assessment.
     *
     * @param schoolId the school
     * @param name its name
     * @param why why, in both languages
     */
    public record Exclusion(String schoolId, String name, Label why) {

        /** Why, in English. */
        public String reason() {
            return why.en();
        }
    }

    /**
     * The assessment of one stage in one county.
     *
     * @param stage primary or junior
     * @param schools every section assessed
     * @param bal3 one finding per indicator: its CV against the ceiling
     * @param bal5 the 2012 composite
     * @param bal6 class and school sizes
     */
    public record StageAssessment(Stage stage, List<SchoolAssessment> schools, List<Finding> bal3, Finding bal5,
            List<Finding> bal6) {

        /** Copies the lists of sections and findings. */
        public StageAssessment {
            schools = List.copyOf(schools);
            bal3 = List.copyOf(bal3);
            bal6 = List.copyOf(bal6);
        }

        /** The sections that fail BAL-2. */
        public List<SchoolAssessment> failingSchools() {
            return schools.stream().filter(s -> s.bal2().verdict() == Verdict.NOT_MET).toList();
        }
    }

    /** Every county-level jurisdiction of the data set that has ordinary compulsory schools, assessed. */
    public static List<CountyAssessment> all(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        TreeSet<DivisionCode> counties = new TreeSet<>();
        for (School s : data.schools()) {
            if (s.jurisdiction().level() == JurisdictionLevel.COUNTY && s.type().isOrdinaryCompulsory()) {
                counties.add(s.jurisdiction());
            }
        }
        Facts facts = new Facts(data);
        return counties.stream().map(c -> assess(data, facts, c, policy)).toList();
    }

    /** One county's assessment. */
    public static CountyAssessment of(DataSet data, DivisionCode county, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(county, "county");
        Checks.notNull(policy, "policy");
        return assess(data, new Facts(data), county, policy);
    }

    /** The counts per school section that every indicator needs, made in one pass over the records. */
    static final class Facts {
        /** The data set, which counts the students per school and stage as it is made. */
        final DataSet data;
        final Map<String, List<Teacher>> teachers = new HashMap<>();
        final Map<String, SchoolResources> resources = new HashMap<>();
        final Map<String, List<SchoolClass>> classes = new HashMap<>();
        /** The schools of each county, in the data set's order: a province's hundred counties share 10,000. */
        final Map<DivisionCode, List<School>> schools = new HashMap<>();

        Facts(DataSet data) {
            this.data = data;
            for (School s : data.schools()) {
                schools.computeIfAbsent(s.jurisdiction(), k -> new ArrayList<>()).add(s);
            }
            for (Teacher t : data.teachers()) {
                teachers.computeIfAbsent(t.schoolId(), k -> new ArrayList<>()).add(t);
            }
            for (SchoolResources r : data.resources()) {
                resources.put(r.schoolId() + "/" + r.stage(), r);
            }
            for (SchoolClass c : data.classes()) {
                classes.computeIfAbsent(c.schoolId(), k -> new ArrayList<>()).add(c);
            }
        }

        long students(String school, Stage stage) {
            return data.studentCount(school, stage);
        }

        long studentsOf(String school) {
            return data.studentCount(school);
        }
    }

    private static CountyAssessment assess(DataSet data, Facts facts, DivisionCode county, Policy policy) {
        String name = data.jurisdiction(county).map(Jurisdiction::name).orElse(county.value());
        List<Exclusion> exclusions = new ArrayList<>();
        Map<Stage, List<SchoolAssessment>> sections = new EnumMap<>(Stage.class);
        Map<Stage, List<School>> sectionSchools = new EnumMap<>(Stage.class);
        long minStudents = policy.count("balance.minStudents");
        int unplaced = 0;
        for (School school : facts.schools.getOrDefault(county, List.of())) {
            if (!school.type().isOrdinaryCompulsory()) {
                if (school.type() == SchoolType.SPECIAL || school.type() == SchoolType.SECONDARY_VOCATIONAL) {
                    exclusions.add(new Exclusion(school.id(), school.name(), Label.of(school.type().label().zh() + ": 不在评估范围内",
                            school.type().label().en() + ": outside the assessment")));
                }
                continue;
            }
            long total = facts.studentsOf(school.id());
            if (school.teachingPoint() && total < minStudents) {
                exclusions.add(new Exclusion(school.id(), school.name(), Label.of("教学点学生 " + total + " 人, 不足 " + minStudents + " 人",
                        "teaching point with " + total + " students, under " + minStudents)));
                continue;
            }
            List<Stage> compulsory = school.type().stages().stream().filter(Stage::isCompulsory).sorted().toList();
            for (Teacher t : facts.teachers.getOrDefault(school.id(), List.of())) {
                if (t.section() == null && compulsory.size() > 1) {
                    unplaced++;
                }
            }
            for (Stage stage : compulsory) {
                long n = facts.students(school.id(), stage);
                if (n == 0) {
                    exclusions.add(new Exclusion(school.id(), school.name(), Label.of(stage.label().zh() + "学段无学生",
                            stage.label().en() + " section without students")));
                    continue;
                }
                sections.computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(section(school, stage, n, compulsory.size() > 1, facts, policy));
                sectionSchools.computeIfAbsent(stage, k -> new ArrayList<>()).add(school);
            }
        }
        Map<Stage, StageAssessment> stages = new LinkedHashMap<>();
        for (Map.Entry<Stage, List<SchoolAssessment>> e : sections.entrySet()) {
            Stage stage = e.getKey();
            stages.put(stage, new StageAssessment(stage, e.getValue(), dispersion(county, stage, e.getValue(), policy),
                    composite(county, stage, sectionSchools.get(stage), facts, policy),
                    sizes(county, stage, sectionSchools.get(stage), facts, policy)));
        }
        List<Label> notes = new ArrayList<>();
        notes.add(Label.of("差异系数按学生数加权(总体形式), 与上限比较时不作舍入。",
                "CVs are weighted by students (population form) and compared with the ceiling unrounded."));
        if (unplaced > 0) {
            notes.add(Label.of(unplaced + " 名教师所在学校有多个学段但记录未注明学段, 未计入教师类指标。",
                    unplaced + " teachers of multi-section schools name no section and are not counted in the teacher indicators."));
        }
        return new CountyAssessment(county, name, stages, exclusions, verdict(county, stages), notes);
    }

    private static SchoolAssessment section(School school, Stage stage, long students, boolean multiSection, Facts facts,
            Policy policy) {
        Degree required = stage == Stage.PRIMARY ? Degree.JUNIOR_COLLEGE : Degree.BACHELOR;
        long qualified = 0;
        long backbone = 0;
        long peArts = 0;
        for (Teacher t : facts.teachers.getOrDefault(school.id(), List.of())) {
            boolean inSection = t.section() == stage || (t.section() == null && !multiSection);
            if (!inSection || !t.fullTime()) {
                continue;
            }
            if (t.degree().isAtLeast(required)) {
                qualified++;
            }
            if (t.backbone().compareTo(BackboneLevel.COUNTY) >= 0) {
                backbone++;
            }
            if (t.subject() == Subject.PHYSICAL_EDUCATION || t.subject() == Subject.MUSIC || t.subject() == Subject.FINE_ART) {
                peArts++;
            }
        }
        List<IndicatorValue> values = new ArrayList<>();
        values.add(value(ResourceIndicator.QUALIFIED_TEACHERS, BigDecimal.valueOf(qualified), students, stage, policy));
        values.add(value(ResourceIndicator.BACKBONE_TEACHERS, BigDecimal.valueOf(backbone), students, stage, policy));
        values.add(value(ResourceIndicator.PE_ARTS_TEACHERS, BigDecimal.valueOf(peArts), students, stage, policy));
        SchoolResources r = facts.resources.get(school.id() + "/" + stage);
        if (r != null) {
            values.add(value(ResourceIndicator.TEACHING_ROOM_AREA, r.teachingRoomArea(), students, stage, policy));
            values.add(value(ResourceIndicator.SPORTS_AREA, r.sportsArea(), students, stage, policy));
            values.add(value(ResourceIndicator.EQUIPMENT_VALUE, r.equipmentValue().yuan(), students, stage, policy));
            values.add(value(ResourceIndicator.MULTIMEDIA_ROOMS, BigDecimal.valueOf(r.multimediaClassrooms()), students,
                    stage, policy));
        }
        return new SchoolAssessment(school.id(), school.name(), stage, students, values, bal2(school, stage, values, r != null,
                policy));
    }

    private static IndicatorValue value(ResourceIndicator i, BigDecimal amount, long students, Stage stage, Policy policy) {
        return new IndicatorValue(i, amount, students, i.threshold(policy, stage));
    }

    private static Finding bal2(School school, Stage stage, List<IndicatorValue> values, boolean resources, Policy policy) {
        String subject = school.id() + " " + stage.label().en();
        Map<String, String> facts = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            facts.put(v.indicator().name(), v.value(2).toPlainString() + " / " + v.threshold().toPlainString());
        }
        if (!resources) {
            return new Finding("BAL-2", subject, Verdict.NOT_ASSESSABLE, Label.of(
                    "缺少该学段的办学条件记录, 4 项指标无法计算", "no resources record for this section: 4 indicators cannot be computed"),
                    facts);
        }
        long required = policy.count("balance.school.minIndicatorsMet");
        BigDecimal floor = policy.percentage("balance.school.restFloor").fraction();
        long met = values.stream().filter(IndicatorValue::meets).count();
        List<IndicatorValue> failing = values.stream().filter(v -> !v.meets()).toList();
        List<IndicatorValue> belowFloor = failing.stream().filter(v -> !v.reaches(floor)).toList();
        boolean pass = met >= required && belowFloor.isEmpty();
        String list = failing.stream().map(IndicatorValue::toString).reduce((a, b) -> a + "; " + b).orElse("");
        String listZh = failing.stream().map(v -> v.describe().zh()).reduce((a, b) -> a + "; " + b).orElse("");
        String floorText = policy.percentage("balance.school.restFloor").toString();
        Label explanation = pass
                ? Label.of(met + "/7 项达标" + (failing.isEmpty() ? "" : ", 其余不低于要求的 " + floorText),
                        met + " of 7 met" + (failing.isEmpty() ? "" : ", the rest at least " + floorText + ": " + list))
                : Label.of(met + "/7 项达标 (需 " + required + " 项, 其余不低于 " + floorText + "); 未达标: " + listZh,
                        met + " of 7 met (needs " + required + ", the rest at least " + floorText + " of the threshold); "
                                + "failing: " + list);
        // two conditions (six met, the rest at 85%): no single threshold, so no measure; each value is in the facts
        return new Finding("BAL-2", subject, pass ? Verdict.MET : Verdict.NOT_MET, explanation, facts);
    }

    private static List<Finding> dispersion(DivisionCode county, Stage stage, List<SchoolAssessment> schools, Policy policy) {
        BigDecimal ceiling = policy.decimal("balance." + ResourceIndicator.section(stage) + ".cvCeiling");
        List<Finding> findings = new ArrayList<>();
        for (ResourceIndicator indicator : ResourceIndicator.values()) {
            WeightedMoments m = new WeightedMoments();
            for (SchoolAssessment s : schools) {
                s.value(indicator).ifPresent(v -> m.accept(v.toDouble(), s.students()));
            }
            String subject = county + " " + stage.label().en() + ": " + indicator.label().en();
            findings.add(cvFinding("BAL-3", subject, m, ceiling, schools.size()));
        }
        return findings;
    }

    private static Finding cvFinding(String rule, String subject, WeightedMoments m, BigDecimal ceiling, int sections) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("sections", Long.toString(m.count()));
        facts.put("ceiling", ceiling.toPlainString());
        if (m.count() < sections || m.count() == 0 || !(m.mean() > 0)) {
            boolean lacking = m.count() < sections;
            String why = lacking ? (sections - m.count()) + " sections lack the figures"
                    : "the county mean is zero, so no CV is defined";
            String whyZh = lacking ? (sections - m.count()) + " 个学段缺少数据" : "县域均值为零, 差异系数无定义";
            return new Finding(rule, subject, Verdict.NOT_ASSESSABLE, Label.of("无法计算差异系数: " + whyZh,
                    "no CV: " + why), facts);
        }
        double cv = m.coefficientOfVariation();
        facts.put("mean", String.format(Locale.ROOT, "%.4f", m.mean()));
        facts.put("cv", String.format(Locale.ROOT, "%.4f", cv));
        Measure measure = ceilingMeasure(cv, ceiling);
        boolean met = withinCeiling(measure);
        return new Finding(rule, subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                String.format(Locale.ROOT, "差异系数 %.4f %s %s", cv, met ? "≤" : ">", ceiling.toPlainString()),
                String.format(Locale.ROOT, "CV %.4f %s ceiling %s", cv, met ? "<=" : "above the", ceiling.toPlainString())),
                facts).withMeasure(measure);
    }

    /** A CV against its ceiling: the CV as the double's shortest decimal, the excess over the ceiling as shortfall. */
    static Measure ceilingMeasure(double cv, BigDecimal ceiling) {
        BigDecimal value = BigDecimal.valueOf(cv);
        return Measure.of(value, ceiling, value.subtract(ceiling).max(BigDecimal.ZERO), Unit.PLAIN);
    }

    /** "不超过" the ceiling, decided on the exact decimals of the measure, not on a binary double. */
    private static boolean withinCeiling(Measure measure) {
        return measure.value().compareTo(measure.threshold().orElseThrow()) <= 0;
    }

    /** BAL-5: the plain mean of the eight CVs of the 2012 standard. */
    private static Finding composite(DivisionCode county, Stage stage, List<School> schools, Facts facts, Policy policy) {
        String[] names = {"teaching room area per student", "sports area per student", "equipment per student",
            "computers per 100", "books per student", "teachers per 100", "qualified teachers per 100",
            "intermediate-title teachers per 100"};
        WeightedMoments[] cvs = new WeightedMoments[names.length];
        for (int i = 0; i < cvs.length; i++) {
            cvs[i] = new WeightedMoments();
        }
        Degree required = stage == Stage.PRIMARY ? Degree.JUNIOR_COLLEGE : Degree.BACHELOR;
        boolean complete = true;
        for (School school : schools) {
            long n = facts.students(school.id(), stage);
            SchoolResources r = facts.resources.get(school.id() + "/" + stage);
            if (r == null) {
                complete = false;
                continue;
            }
            boolean multi = school.type().stages().stream().filter(Stage::isCompulsory).count() > 1;
            long teachers = 0;
            long qualified = 0;
            long titled = 0;
            for (Teacher t : facts.teachers.getOrDefault(school.id(), List.of())) {
                if ((t.section() == stage || (t.section() == null && !multi)) && t.fullTime()) {
                    teachers++;
                    qualified += t.degree().isAtLeast(required) ? 1 : 0;
                    titled += t.title().isIntermediateOrAbove() ? 1 : 0;
                }
            }
            double[] values = {r.teachingRoomArea().doubleValue() / n, r.sportsArea().doubleValue() / n,
                r.equipmentValue().yuan().doubleValue() / n, 100.0 * r.computers() / n, (double) r.books() / n,
                100.0 * teachers / n, 100.0 * qualified / n, 100.0 * titled / n};
            for (int i = 0; i < values.length; i++) {
                cvs[i].accept(values[i], n);
            }
        }
        BigDecimal ceiling = policy.decimal(stage == Stage.PRIMARY ? "balance.basic.primaryCvCeiling" : "balance.basic.juniorCvCeiling");
        String subject = county + " " + stage.label().en() + ": 2012 composite";
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ceiling", ceiling.toPlainString() + " (unconfirmed)");
        double sum = 0;
        for (int i = 0; i < cvs.length; i++) {
            if (!complete || cvs[i].count() == 0 || !(cvs[i].mean() > 0)) {
                return new Finding("BAL-5", subject, Verdict.NOT_ASSESSABLE, Label.of("综合差异系数无法计算: 缺少数据或均值为零",
                        "no composite: figures missing or a mean of zero (" + names[i] + ")"), f);
            }
            double cv = cvs[i].coefficientOfVariation();
            f.put(names[i], String.format(Locale.ROOT, "%.4f", cv));
            sum += cv;
        }
        double composite = sum / cvs.length;
        f.put("composite", String.format(Locale.ROOT, "%.4f", composite));
        Measure measure = ceilingMeasure(composite, ceiling);
        boolean met = withinCeiling(measure);
        return new Finding("BAL-5", subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                String.format(Locale.ROOT, "综合差异系数 %.4f %s %s (八项平均; 单项见事实)", composite, met ? "≤" : ">", ceiling),
                String.format(Locale.ROOT, "composite CV %.4f %s %s (mean of eight; single CVs in the facts)", composite,
                        met ? "<=" : "above", ceiling)), f).withMeasure(measure);
    }

    /** BAL-6: class sizes and school sizes. */
    private static List<Finding> sizes(DivisionCode county, Stage stage, List<School> schools, Facts facts, Policy policy) {
        long maxClass = policy.count(stage == Stage.PRIMARY ? "classes.maxPrimary" : "classes.maxJunior");
        long classes = 0;
        List<String> over = new ArrayList<>();
        for (School school : schools) {
            for (SchoolClass c : facts.classes.getOrDefault(school.id(), List.of())) {
                if (c.stage() == stage) {
                    classes++;
                    if (c.size() > maxClass) {
                        over.add(c.id() + " (" + c.size() + ")");
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        String subject = county + " " + stage.label().en();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("classes", Long.toString(classes));
        f.put("maximum", Long.toString(maxClass));
        f.put("over", String.join(", ", over));
        findings.add(classes == 0
                ? new Finding("BAL-6", subject + ": class size", Verdict.NOT_ASSESSABLE,
                        Label.of("无班级记录", "no class records"), f)
                : new Finding("BAL-6", subject + ": class size", over.isEmpty() ? Verdict.MET : Verdict.NOT_MET, Label.of(
                        over.size() + "/" + classes + " 个班超过 " + maxClass + " 人",
                        over.size() + " of " + classes + " classes exceed " + maxClass + " pupils"), f)
                        .withMeasure(Measure.of(BigDecimal.valueOf(over.size()), BigDecimal.ZERO, BigDecimal.valueOf(over.size()),
                                Unit.COUNT)));
        List<String> large = new ArrayList<>();
        for (School school : schools) {
            long limit = policy.count(school.type() == SchoolType.NINE_YEAR || school.type() == SchoolType.TWELVE_YEAR
                    ? "balance.schoolSize.maxNineOrTwelveYear" : "balance.schoolSize.max");
            long size = facts.studentsOf(school.id());
            if (size > limit) {
                large.add(school.id() + " (" + size + " > " + limit + ")");
            }
        }
        Map<String, String> g = new LinkedHashMap<>();
        g.put("schools", Integer.toString(schools.size()));
        g.put("over", String.join(", ", large));
        findings.add(new Finding("BAL-6", subject + ": school size", large.isEmpty() ? Verdict.MET : Verdict.NOT_MET,
                Label.of(large.size() + "/" + schools.size() + " 所学校规模超标 (标准未经核实)",
                        large.size() + " of " + schools.size() + " schools over the size limit (limit unconfirmed)"), g)
                .withMeasure(Measure.of(BigDecimal.valueOf(large.size()), BigDecimal.ZERO, BigDecimal.valueOf(large.size()),
                        Unit.COUNT)));
        return findings;
    }

    private static Finding verdict(DivisionCode county, Map<Stage, StageAssessment> stages) {
        List<String> failing = new ArrayList<>();
        List<String> failingZh = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (StageAssessment s : stages.values()) {
            for (SchoolAssessment a : s.schools()) {
                if (a.bal2().verdict() == Verdict.NOT_MET) {
                    failing.add(a.schoolId() + " " + s.stage().label().en() + " (BAL-2)");
                    failingZh.add(a.schoolId() + " " + s.stage().label().zh() + " (BAL-2)");
                } else if (a.bal2().verdict() == Verdict.NOT_ASSESSABLE) {
                    unknown.add(a.schoolId() + " " + s.stage().label().en());
                }
            }
            ResourceIndicator[] indicators = ResourceIndicator.values();
            for (int i = 0; i < s.bal3().size(); i++) {
                Finding f = s.bal3().get(i);
                if (f.verdict() == Verdict.NOT_MET) {
                    failing.add(f.subject().substring(county.value().length() + 1) + " (BAL-3)");
                    failingZh.add(s.stage().label().zh() + ": " + indicators[i].label().zh() + " (BAL-3)");
                } else if (f.verdict() == Verdict.NOT_ASSESSABLE) {
                    unknown.add(f.subject());
                }
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("failing", String.join("; ", failing));
        facts.put("notAssessable", String.join("; ", unknown));
        if (stages.isEmpty()) {
            return new Finding("BAL-1", county.value(), Verdict.NOT_ASSESSABLE,
                    Label.of("无可评估的义务教育学校", "no compulsory school sections to assess"), facts);
        }
        if (!failing.isEmpty()) {
            return new Finding("BAL-1", county.value(), Verdict.NOT_MET, Label.of(
                    failing.size() + " 项未达标: " + String.join("; ", failingZh),
                    failing.size() + " parts fail: " + String.join("; ", failing)), facts);
        }
        if (!unknown.isEmpty()) {
            return new Finding("BAL-1", county.value(), Verdict.NOT_ASSESSABLE, Label.of(
                    unknown.size() + " 项无法评估", unknown.size() + " parts cannot be assessed"), facts);
        }
        return new Finding("BAL-1", county.value(), Verdict.MET, Label.of("各校及各项差异系数均达标",
                "every school section and every indicator's CV meets the standard"), facts);
    }

    /**
     * The verdict, then a table of the findings: per stage each failing section (BAL-2), each indicator's
     * CV (BAL-3), the composite (BAL-5) and the sizes (BAL-6); how an assessment reads in JShell.
     */
    @Override
    public String toString() {
        List<Finding> findings = new ArrayList<>();
        for (StageAssessment stage : stages.values()) {
            stage.failingSchools().forEach(s -> findings.add(s.bal2()));
            findings.addAll(stage.bal3());
            if (stage.bal5() != null) {
                findings.add(stage.bal5());
            }
            findings.addAll(stage.bal6());
        }
        String head = name + " " + county + (verdict == null ? "" : ": " + verdict.verdict().label().en())
                + (exclusions.isEmpty() ? "" : " (" + exclusions.size() + " excluded)");
        return org.junheng.indicators.report.TextTable.findings(head, findings).toString();
    }
}

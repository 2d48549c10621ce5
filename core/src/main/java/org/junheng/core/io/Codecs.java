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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.Degree;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.PostAllocation;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.model.SchoolResources;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.model.Title;

/**
 * The field lists of every record type, shared by the JSON and CSV formats so that a data set has the
 * same field names in both. Optional fields may be absent; a record's constructor checks the rest.
 */
final class Codecs {
    private static final long MAX_COUNT = 1_000_000_000_000L;
    private static final Map<RecordType, RecordCodec<?>> BY_TYPE = new EnumMap<>(RecordType.class);

    private Codecs() {
    }

    static RecordCodec<?> of(RecordType type) {
        return BY_TYPE.get(type);
    }

    /** Runs a record's constructor, turning its refusal into a problem against the whole record. */
    private static <T> T construct(RecordReader r, java.util.function.Supplier<T> constructor) {
        if (r.failed()) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            return refused(r, e);
        }
    }

    /** Records a constructor's refusal as a problem against the whole record; null. */
    private static <T> T refused(RecordReader r, RuntimeException e) {
        r.problem("", "", "a consistent record: " + e.getMessage());
        return null;
    }

    // The decoders are classes, not lambdas: a lambda's body and the class made for it were each compiled
    // apart by C2, a large compile twice over for each record type read in the hundreds of thousands.
    static {
        BY_TYPE.put(RecordType.JURISDICTIONS, new RecordCodec<Jurisdiction>(Jurisdiction.class,
                List.of("code", "name", "parent"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public Jurisdiction read(RecordReader r) {
                        var code = r.code("code", true);
                        var name = r.string("name", true);
                        var parent = r.code("parent", false);
                        return construct(r, () -> new Jurisdiction(code, name, parent));
                    }
                },
                j -> new Object[] {j.code(), j.name(), j.parent()}));

        BY_TYPE.put(RecordType.SCHOOLS, new RecordCodec<School>(School.class,
                List.of("id", "name", "jurisdiction", "type", "ownership", "inclusive", "location", "weak",
                        "teachingPoint", "groupId", "allianceId", "pairedWith", "features"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public School read(RecordReader r) {
                        var id = r.reference("id", true);
                        var name = r.string("name", true);
                        var jurisdiction = r.code("jurisdiction", true);
                        var type = r.enumValue("type", SchoolType.class, true);
                        var ownership = r.enumValue("ownership", Ownership.class, true);
                        var inclusive = r.bool("inclusive", true);
                        var location = r.enumValue("location", Location.class, true);
                        var weak = r.bool("weak", true);
                        var teachingPoint = r.bool("teachingPoint", true);
                        var groupId = r.reference("groupId", false);
                        var allianceId = r.reference("allianceId", false);
                        var pairedWith = r.reference("pairedWith", false);
                        var features = r.enumSet("features", SchoolFeature.class);
                        return construct(r, () -> new School(id, name, jurisdiction, type, ownership, inclusive,
                                location, weak, teachingPoint, groupId, allianceId, pairedWith, features));
                    }
                },
                s -> new Object[] {s.id(), s.name(), s.jurisdiction(), s.type(), s.ownership(), s.inclusive(),
                    s.location(), s.weak(), s.teachingPoint(), s.groupId(), s.allianceId(), s.pairedWith(),
                    s.features()}));

        BY_TYPE.put(RecordType.RESOURCES, new RecordCodec<SchoolResources>(SchoolResources.class,
                List.of("schoolId", "stage", "teachingRoomArea", "sportsArea", "equipmentValue",
                        "multimediaClassrooms", "computers", "books"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public SchoolResources read(RecordReader r) {
                        var schoolId = r.reference("schoolId", true);
                        var stage = r.enumValue("stage", Stage.class, true);
                        var rooms = r.decimal("teachingRoomArea", true);
                        var sports = r.decimal("sportsArea", true);
                        var equipment = r.money("equipmentValue", true);
                        var multimedia = (int) r.integer("multimediaClassrooms", true, 0, Integer.MAX_VALUE, 0);
                        var computers = (int) r.integer("computers", true, 0, Integer.MAX_VALUE, 0);
                        var books = (int) r.integer("books", true, 0, Integer.MAX_VALUE, 0);
                        return construct(r, () -> new SchoolResources(schoolId, stage, rooms, sports, equipment,
                                multimedia, computers, books));
                    }
                },
                x -> new Object[] {x.schoolId(), x.stage(), x.teachingRoomArea(), x.sportsArea(), x.equipmentValue(),
                    x.multimediaClassrooms(), x.computers(), x.books()}));

        BY_TYPE.put(RecordType.CLASSES, new RecordCodec<SchoolClass>(SchoolClass.class,
                List.of("id", "schoolId", "stage", "grade", "size"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public SchoolClass read(RecordReader r) {
                        var id = r.identifier("id", true); // nothing refers to a class
                        var schoolId = r.reference("schoolId", true);
                        var stage = r.enumValue("stage", Stage.class, true);
                        var grade = (int) r.integer("grade", true, 1, 12, 1);
                        var size = (int) r.integer("size", true, 1, 10_000, 1);
                        return construct(r, () -> new SchoolClass(id, schoolId, stage, grade, size));
                    }
                },
                c -> new Object[] {c.id(), c.schoolId(), c.stage(), c.grade(), c.size()}));

        BY_TYPE.put(RecordType.TEACHERS, new RecordCodec<Teacher>(Teacher.class,
                List.of("id", "name", "schoolId", "section", "gender", "birthDate", "hireDate", "currentSchoolSince",
                        "onEstablishment", "fullTime", "subject", "degree", "title", "backbone", "principal",
                        "doubleQualified", "reformParticipant", "targetedRecruitment", "exemption"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public Teacher read(RecordReader r) {
                        // a teacher's own ID, not shared: a table of hundreds of thousands would cost more than the
                        // few service periods and moves that refer to it save
                        var id = r.identifier("id", true);
                        var name = r.string("name", false);
                        var schoolId = r.reference("schoolId", true);
                        var section = r.enumValue("section", Stage.class, false);
                        var gender = r.enumValue("gender", Gender.class, true);
                        var birth = r.date("birthDate", true);
                        var hire = r.date("hireDate", true);
                        var since = r.date("currentSchoolSince", true);
                        var establishment = r.bool("onEstablishment", true);
                        var fullTime = r.bool("fullTime", true);
                        var subject = r.enumValue("subject", Subject.class, true);
                        var degree = r.enumValue("degree", Degree.class, true);
                        var title = r.enumValue("title", Title.class, true);
                        var backbone = r.enumValue("backbone", BackboneLevel.class, true);
                        var principal = r.bool("principal", true);
                        var doubleQualified = r.bool("doubleQualified", true);
                        var reform = r.bool("reformParticipant", true);
                        var targeted = r.date("targetedRecruitment", false);
                        var exemption = r.enumValue("exemption", Exemption.class, true);
                        return construct(r, () -> new Teacher(id, name, schoolId, section, gender, birth, hire, since,
                                establishment, fullTime, subject, degree, title, backbone, principal, doubleQualified,
                                reform, targeted, exemption));
                    }
                },
                t -> new Object[] {t.id(), t.name(), t.schoolId(), t.section(), t.gender(), t.birthDate(), t.hireDate(),
                    t.currentSchoolSince(), t.onEstablishment(), t.fullTime(), t.subject(), t.degree(), t.title(),
                    t.backbone(), t.principal(), t.doubleQualified(), t.reformParticipant(), t.targetedRecruitment(),
                    t.exemption()}));

        BY_TYPE.put(RecordType.SERVICE_PERIODS, new RecordCodec<ServicePeriod>(ServicePeriod.class,
                List.of("teacherId", "schoolId", "from", "until", "rural", "weak"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public ServicePeriod read(RecordReader r) {
                        var teacherId = r.reference("teacherId", true);
                        var schoolId = r.reference("schoolId", false);
                        var from = r.date("from", true);
                        var until = r.date("until", false);
                        var rural = r.bool("rural", true);
                        var weak = r.bool("weak", true);
                        return construct(r, () -> new ServicePeriod(teacherId, schoolId, from, until, rural, weak));
                    }
                },
                p -> new Object[] {p.teacherId(), p.schoolId(), p.from(), p.until(), p.rural(), p.weak()}));

        BY_TYPE.put(RecordType.ROTATIONS, new RecordCodec<RotationMove>(RotationMove.class,
                List.of("teacherId", "fromSchoolId", "toSchoolId", "schoolYear"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public RotationMove read(RecordReader r) {
                        var teacherId = r.reference("teacherId", true);
                        var from = r.reference("fromSchoolId", true);
                        var to = r.reference("toSchoolId", true);
                        var year = r.schoolYear("schoolYear", true);
                        return construct(r, () -> new RotationMove(teacherId, from, to, year));
                    }
                },
                m -> new Object[] {m.teacherId(), m.fromSchoolId(), m.toSchoolId(), m.schoolYear()}));

        BY_TYPE.put(RecordType.POSTS, new RecordCodec<PostAllocation>(PostAllocation.class,
                List.of("jurisdiction", "schoolId", "schoolYear", "seniorPosts", "middlePosts"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public PostAllocation read(RecordReader r) {
                        var jurisdiction = r.code("jurisdiction", true);
                        var schoolId = r.reference("schoolId", false);
                        var year = r.schoolYear("schoolYear", true);
                        var senior = r.integer("seniorPosts", true, 0, MAX_COUNT, 0);
                        var middle = r.integer("middlePosts", true, 0, MAX_COUNT, 0);
                        return construct(r, () -> new PostAllocation(jurisdiction, schoolId, year, senior, middle));
                    }
                },
                p -> new Object[] {p.jurisdiction(), p.schoolId(), p.schoolYear(), p.seniorPosts(), p.middlePosts()}));

        BY_TYPE.put(RecordType.STUDENTS, new RecordCodec<Student>(Student.class,
                List.of("id", "name", "schoolId", "stage", "grade", "gender", "birthDate", "enrolmentDate",
                        "householdRegistration", "boarding", "homeTaught", "disabilityCertificateFrom",
                        "disabilityCertificateUntil", "familyStatus", "familyInHardship", "disabledFamilyMember",
                        "specialHardshipInEnrolmentYear", "adultDiplomaDate"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public Student read(RecordReader r) {
                        var id = r.identifier("id", true);
                        var name = r.string("name", false);
                        var schoolId = r.reference("schoolId", false);
                        var stage = r.enumValue("stage", Stage.class, true);
                        var grade = (int) r.integer("grade", false, 0, 12, 0);
                        var gender = r.enumValue("gender", Gender.class, true);
                        var birth = r.date("birthDate", true);
                        var enrolment = r.date("enrolmentDate", false);
                        var hukou = r.code("householdRegistration", false);
                        var boarding = r.bool("boarding", true);
                        var homeTaught = r.bool("homeTaught", true);
                        var certFrom = r.date("disabilityCertificateFrom", false);
                        var certUntil = r.date("disabilityCertificateUntil", false);
                        var family = r.enumValue("familyStatus", FamilyStatus.class, true);
                        var hardship = r.bool("familyInHardship", true);
                        var disabledMember = r.bool("disabledFamilyMember", true);
                        var special = r.bool("specialHardshipInEnrolmentYear", true);
                        var diploma = r.date("adultDiplomaDate", false);
                        if (r.failed()) {
                            return null;
                        }
                        // written out rather than through construct(): a lambda capturing eighteen values would be
                        // made for each of a province's five million students
                        try {
                            return new Student(id, name, schoolId, stage, grade, gender, birth, enrolment, hukou,
                                    boarding, homeTaught, certFrom, certUntil, family, hardship, disabledMember,
                                    special, diploma);
                        } catch (IllegalArgumentException | NullPointerException e) {
                            return refused(r, e);
                        }
                    }
                },
                s -> new Object[] {s.id(), s.name(), s.schoolId(), s.stage(), s.stage().hasGrades() ? s.grade() : null,
                    s.gender(), s.birthDate(), s.enrolmentDate(), s.householdRegistration(), s.boarding(), s.homeTaught(),
                    s.disabilityCertificateFrom(), s.disabilityCertificateUntil(), s.familyStatus(), s.familyInHardship(),
                    s.disabledFamilyMember(), s.specialHardshipInEnrolmentYear(), s.adultDiplomaDate()}));

        BY_TYPE.put(RecordType.FUNDING, new RecordCodec<FundingRecord>(FundingRecord.class,
                List.of("jurisdiction", "year", "definition", "expenditure", "students", "restatedPriorExpenditure",
                        "restatedPriorStudents", "educationSurcharge", "surchargeToVocational", "teacherAverageSalary",
                        "civilServantAverageSalary", "kindergartenPublicFundsPerChild", "publicFundsBenchmarkPerStudent",
                        "publicFundsStudents", "publicFundsPaid", "fiscalEducationFunds", "grossProduct",
                        "budgetExpenditure", "recurrentRevenue", "publicFundsPerStudent", "surchargeDue",
                        "surchargeSpentOnEducation"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public FundingRecord read(RecordReader r) {
                        var jurisdiction = r.code("jurisdiction", true);
                        var year = (int) r.integer("year", true, 1949, 9999, 1949);
                        var definition = r.string("definition", true);
                        var expenditure = r.money("expenditure", true);
                        var students = r.integer("students", true, 1, MAX_COUNT, 1);
                        var priorExpenditure = r.money("restatedPriorExpenditure", false);
                        var priorStudents = r.optionalInteger("restatedPriorStudents", 1, MAX_COUNT);
                        var surcharge = r.money("educationSurcharge", false);
                        var toVocational = r.money("surchargeToVocational", false);
                        var teacherSalary = r.money("teacherAverageSalary", false);
                        var civilSalary = r.money("civilServantAverageSalary", false);
                        var kindergarten = r.money("kindergartenPublicFundsPerChild", false);
                        var benchmark = r.money("publicFundsBenchmarkPerStudent", false);
                        var benchmarkStudents = r.optionalInteger("publicFundsStudents", 0, MAX_COUNT);
                        var paid = r.money("publicFundsPaid", false);
                        var fiscal = r.money("fiscalEducationFunds", false);
                        var product = r.money("grossProduct", false);
                        var budget = r.money("budgetExpenditure", false);
                        var revenue = r.money("recurrentRevenue", false);
                        var perStudentFunds = r.money("publicFundsPerStudent", false);
                        var due = r.money("surchargeDue", false);
                        var spent = r.money("surchargeSpentOnEducation", false);
                        return construct(r, () -> new FundingRecord(jurisdiction, year, definition, expenditure,
                                students, priorExpenditure, priorStudents, surcharge, toVocational, teacherSalary,
                                civilSalary, kindergarten, benchmark, benchmarkStudents, paid, fiscal, product, budget,
                                revenue, perStudentFunds, due, spent));
                    }
                },
                f -> new Object[] {f.jurisdiction(), f.year(), f.definition(), f.expenditure(), f.students(),
                    f.restatedPriorExpenditure(), f.restatedPriorStudents(), f.educationSurcharge(),
                    f.surchargeToVocational(), f.teacherAverageSalary(), f.civilServantAverageSalary(),
                    f.kindergartenPublicFundsPerChild(), f.publicFundsBenchmarkPerStudent(), f.publicFundsStudents(),
                    f.publicFundsPaid(), f.fiscalEducationFunds(), f.grossProduct(), f.budgetExpenditure(),
                    f.recurrentRevenue(), f.publicFundsPerStudent(), f.surchargeDue(), f.surchargeSpentOnEducation()}));

        BY_TYPE.put(RecordType.SCHOOL_FUNDING, new RecordCodec<SchoolFunding>(SchoolFunding.class,
                List.of("schoolId", "year", "publicFundsBudget", "teacherTraining"),
                new RecordCodec.Decoder<>() {
                    @Override
                    public SchoolFunding read(RecordReader r) {
                        var schoolId = r.reference("schoolId", true);
                        var year = (int) r.integer("year", true, 1949, 9999, 1949);
                        var budget = r.money("publicFundsBudget", true);
                        var training = r.money("teacherTraining", true);
                        return construct(r, () -> new SchoolFunding(schoolId, year, budget, training));
                    }
                },
                f -> new Object[] {f.schoolId(), f.year(), f.publicFundsBudget(), f.teacherTraining()}));
    }
}

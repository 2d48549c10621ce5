package org.junheng.indicators.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;

/** The counts per school that the coverage indicators need, made in one pass over each record type. */
final class SchoolFacts {
    /** Per school: students by stage ordinal, then disabled pupils. */
    final Map<String, long[]> students = new HashMap<>();
    /** Per school: full-time, bachelor+ full-time, double-qualified full-time, mental-health full-time. */
    final Map<String, long[]> teachers = new HashMap<>();
    /** Per school: its classes. */
    final Map<String, List<SchoolClass>> classes = new HashMap<>();
    static final int DISABLED = Stage.values().length;

    SchoolFacts(DataSet data) {
        for (Student s : data.students()) {
            if (s.schoolId() != null) {
                long[] c = students.computeIfAbsent(s.schoolId(), k -> new long[Stage.values().length + 1]);
                c[s.stage().ordinal()]++;
                if (s.hasDisabilityCertificateOn(data.asOf())) {
                    c[DISABLED]++;
                }
            }
        }
        for (Teacher t : data.teachers()) {
            if (!t.fullTime()) {
                continue;
            }
            long[] c = teachers.computeIfAbsent(t.schoolId(), k -> new long[4]);
            c[0]++;
            c[1] += t.degree().isAtLeast(Degree.BACHELOR) ? 1 : 0;
            c[2] += t.doubleQualified() ? 1 : 0;
            c[3] += t.subject() == Subject.MENTAL_HEALTH ? 1 : 0;
        }
        for (SchoolClass c : data.classes()) {
            classes.computeIfAbsent(c.schoolId(), k -> new java.util.ArrayList<>()).add(c);
        }
    }

    long students(String school, Stage stage) {
        long[] c = students.get(school);
        return c == null ? 0 : c[stage.ordinal()];
    }

    long disabled(String school) {
        long[] c = students.get(school);
        return c == null ? 0 : c[DISABLED];
    }

    long compulsory(String school) {
        return students(school, Stage.PRIMARY) + students(school, Stage.JUNIOR);
    }

    long[] teachers(String school) {
        return teachers.getOrDefault(school, new long[4]);
    }

    List<SchoolClass> classes(String school) {
        return classes.getOrDefault(school, List.of());
    }

    static boolean compulsory(SchoolType type) {
        return type.isOrdinaryCompulsory();
    }
}

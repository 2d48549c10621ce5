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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * What the rotation assessment keeps of each teacher (ROT-6's eligibility, ROT-4 and ROT-5's career
 * conditions) is what deciding the teacher alone gives, however compactly it is kept.
 */
class RotationAssessmentTest {

    private static final List<Policy> POLICIES = List.of(Policies.national(), Policies.liaoning(), Policies.shenyang(),
            Policies.panjin(), Policies.yingkou());

    @Test
    void ROT_6_propertyEachEligibilityKeptIsTheTeacherDecidedAloneAndAPlainCopyOfIt() {
        int[] seen = new int[3]; // eligibilities, failed conditions, eligible teachers
        qt().withExamples(300).forAll(DomainGens.dataSets(), SourceDSL.integers().between(0, POLICIES.size() - 1))
                .check((data, p) -> {
                    Policy policy = POLICIES.get(p);
                    for (Eligibility e : RotationAssessment.of(data, policy).eligibility().values()) {
                        Teacher t = data.teacher(e.teacherId()).orElseThrow();
                        Eligibility alone = Eligibility.of(t, data.school(t.schoolId()).orElseThrow(), data.asOf(), policy);
                        Eligibility copy = new Eligibility(e.teacherId(), e.schoolId(), e.eligible(), new ArrayList<>(e.checks()));
                        int failed = 0;
                        for (Eligibility.Check c : e.checks()) {
                            failed |= c.passed() ? 0 : 1 << c.condition().ordinal();
                        }
                        seen[0]++;
                        seen[1] += Integer.bitCount(failed);
                        seen[2] += failed == 0 ? 1 : 0;
                        if (!e.equals(alone) || !copy.equals(e) || !e.toString().equals(copy.toString())
                                || e.failedConditions() != failed || copy.failedConditions() != failed
                                || e.eligible() != (failed == 0) || e.failed(Eligibility.Condition.IN_SCOPE)) {
                            return false;
                        }
                    }
                    return true;
                });
        assertTrue(seen[0] > 200 && seen[1] > 100 && seen[2] > 20, seen[0] + " eligibilities, " + seen[1]
                + " failed conditions, " + seen[2] + " eligible");
    }

    @Test
    void ROT_4_propertyTheCareersKeptAreEachTeachersConditionsAndTheirCountsThoseOfTheFindings() {
        int[] seen = new int[3]; // careers, senior title met, principal met
        qt().withExamples(300).forAll(DomainGens.dataSets(), SourceDSL.integers().between(0, POLICIES.size() - 1))
                .check((data, p) -> {
                    Policy policy = POLICIES.get(p);
                    RotationAssessment a = RotationAssessment.of(data, policy);
                    List<CareerConditions> expected = careers(data, policy);
                    long[] met = new long[2];
                    for (CareerConditions c : expected) {
                        met[0] += c.seniorTitle().isMet() ? 1 : 0;
                        met[1] += c.principal().isMet() ? 1 : 0;
                    }
                    seen[0] += expected.size();
                    seen[1] += (int) met[0];
                    seen[2] += (int) met[1];
                    RotationAssessment copied = new RotationAssessment(a.schoolYear(), a.eligibility(), a.schoolQuotas(),
                            a.countyQuotas(), a.bindingScope(), a.plan(), new ArrayList<>(a.careers()), a.workforce());
                    return a.careers().equals(expected) && expected.equals(a.careers())
                            && java.util.Arrays.equals(a.careersMet(), met) && java.util.Arrays.equals(copied.careersMet(), met)
                            && copied.equals(a);
                });
        assertTrue(seen[0] > 100 && seen[1] > 10 && seen[1] < seen[0] && seen[2] < seen[1],
                seen[0] + " careers, " + seen[1] + " meeting ROT-4, " + seen[2] + " meeting ROT-5");
    }

    /** Each teacher's conditions made one by one, where the policy holds ROT-4 and ROT-5. */
    private static List<CareerConditions> careers(DataSet data, Policy policy) {
        if (!policy.holds("ROT-4") || !policy.holds("ROT-5")) {
            return List.of();
        }
        Map<String, List<ServicePeriod>> periods = new LinkedHashMap<>();
        data.servicePeriods().forEach(sp -> periods.computeIfAbsent(sp.teacherId(), k -> new ArrayList<>()).add(sp));
        List<CareerConditions> careers = new ArrayList<>();
        for (Teacher t : data.teachers()) {
            if (periods.containsKey(t.id())) {
                careers.add(CareerConditions.of(t, periods.get(t.id()), data.asOf(), policy));
            }
        }
        return careers;
    }
}

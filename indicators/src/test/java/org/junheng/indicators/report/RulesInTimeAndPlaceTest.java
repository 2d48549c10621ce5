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
package org.junheng.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;

/**
 * The whole report, every built-in profile: a rule is reported only where it is law, and every
 * parameter a profile declares is read by some calculator.
 */
class RulesInTimeAndPlaceTest {
    private static final Pattern RULE_ID = Pattern.compile("\\b(AID|FIN|ROT|COV|TGT|BAL)-\\d+\\b");
    private static final List<DataSetSeries> DATA = List.of(SampleCounty.series(),
            DataSetSeries.of(SyntheticDataSets.generate(SyntheticDataSets.Scale.COUNTY, 7)));

    @Test
    void ruleAbsentFromAProfileNeverAppearsInThatProfilesReport() {
        for (String name : Policies.BUILT_IN) {
            Policy policy = Policies.builtIn(name);
            for (DataSetSeries series : DATA) {
                Report report = Reports.of(series, policy);
                for (Language language : Language.values()) {
                    for (ReportFormat format : ReportFormat.values()) {
                        Set<String> reported = new TreeSet<>();
                        Matcher m = RULE_ID.matcher(report.render(format, language));
                        while (m.find()) {
                            reported.add(m.group());
                        }
                        Set<String> foreign = reported.stream().filter(id -> !policy.holds(id)).collect(Collectors.toCollection(TreeSet::new));
                        assertEquals(Set.of(), foreign, name + " " + format + " " + language + " reports rules it does not hold");
                    }
                }
            }
        }
    }

    @Test
    void theNationalProfileReportsNoLocalRule() {
        Report report = Reports.of(SampleCounty.series(), Policies.national());
        String text = report.render(ReportFormat.TEXT, Language.EN);
        for (String local : List.of("ROT-1", "ROT-2", "ROT-3", "ROT-9", "ROT-10", "AID-1", "AID-9", "FIN-3", "FIN-5", "COV-7")) {
            assertTrue(!Pattern.compile("\\b" + local + "\\b").matcher(text).find(), local);
        }
    }

    @Test
    void everyParameterOfEveryBuiltInProfileIsReadBySomeCalculator() {
        for (String name : Policies.BUILT_IN) {
            Policy tracked = Policies.builtIn(name).tracking();
            for (DataSetSeries series : DATA) {
                Reports.of(series, tracked);
            }
            Set<String> declared = tracked.parameters().stream().map(Parameter::key).collect(Collectors.toCollection(TreeSet::new));
            declared.removeAll(tracked.keysRead());
            assertEquals(Set.of(), declared, name + ": parameters no calculator reads");
        }
    }
}

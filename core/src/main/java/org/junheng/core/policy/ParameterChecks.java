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
package org.junheng.core.policy;

import java.util.Locale;
import java.util.Map;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Stage;

/**
 * The checks of what a parameter's text means, run when a profile is read rather than when a calculator
 * first uses the parameter: a stage name that does not exist, a division code of the wrong length, a
 * lower bound above its upper bound. A check runs only where the profile has the parameter.
 */
final class ParameterChecks {
    /** Receives one problem: the parameter's key, the field, the value found and what was expected. */
    interface Sink {
        void problem(String key, String field, String value, String expected);
    }

    private ParameterChecks() {
    }

    static void check(Map<String, Parameter> parameters, Sink sink) {
        // AID-2: the stages that count as university study
        text(parameters, "aid.university.stages").ifPresent(v -> {
            for (String name : v.split(",", -1)) {
                Stage stage = stage(name.strip());
                if (stage == null || !stage.isHigherEducation()) {
                    sink.problem("aid.university.stages", "value", v, "higher-education stage names separated by ',', "
                            + "each one of " + java.util.Arrays.stream(Stage.values()).filter(Stage::isHigherEducation).toList()
                            + "; '" + name.strip() + "' is not");
                    return;
                }
            }
        });
        // AID-1, AID-10: the household registration that qualifies, a division or anywhere
        text(parameters, "aid.disabled.householdRegistration").ifPresent(v -> {
            if (!v.equals("ANY")) {
                try {
                    DivisionCode.of(v);
                } catch (IllegalArgumentException e) {
                    sink.problem("aid.disabled.householdRegistration", "value", v, "ANY or a six-digit GB/T 2260 code");
                }
            }
        });
        // ROT-1, ROT-2, BAL-6: where the rotation quota is counted
        text(parameters, "rotation.quotaScope").ifPresent(v -> {
            if (!v.equals("SCHOOL") && !v.equals("COUNTY")) {
                sink.problem("rotation.quotaScope", "value", v, "SCHOOL or COUNTY");
            }
        });
        notAbove(parameters, "aid.preschool.minAge", "aid.preschool.maxAge", sink);
        notAbove(parameters, "classes.largeSize", "classes.veryLargeSize", sink);
    }

    private static Stage stage(String name) {
        try {
            return Stage.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static java.util.Optional<String> text(Map<String, Parameter> parameters, String key) {
        Parameter p = parameters.get(key);
        return p == null || !p.hasValue() ? java.util.Optional.empty() : java.util.Optional.of(p.value());
    }

    /** A lower bound may not exceed its upper bound: an age range from 7 to 6 admits no child. */
    private static void notAbove(Map<String, Parameter> parameters, String lower, String upper, Sink sink) {
        Parameter lo = parameters.get(lower);
        Parameter hi = parameters.get(upper);
        if (lo == null || hi == null || !lo.hasValue() || !hi.hasValue()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Comparable<Object> a = (Comparable<Object>) lo.typedValue();
        if (a.compareTo(hi.typedValue()) > 0) {
            sink.problem(lower, "value", lo.value(),
                    String.format(Locale.ROOT, "a value not above %s (%s)", upper, hi.value()));
        }
    }
}

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
package org.junheng.indicators.aid;

import java.util.List;
import org.junheng.core.internal.Checks;

/**
 * An aid item a person is a candidate for but not entitled to, with every condition that failed.
 * Immutable and thread-safe.
 *
 * @param personId the person
 * @param item the item
 * @param rule the rule that would grant it here (see {@link Entitlement#rule()})
 * @param failed the conditions that failed, at least one
 */
public record Refusal(String personId, AidItem item, String rule, List<AidCondition> failed) {

    /**
     * Refuses a blank person ID, a null item, a rule that is not one of the item's rules, and an empty
     * list of failed conditions.
     */
    public Refusal {
        Checks.notBlank(personId, "personId");
        Checks.notNull(item, "item");
        Checks.check(item.rules().contains(rule), "rule (%s) must be one of %s for %s", rule, item.rules(), item);
        failed = List.copyOf(failed);
        Checks.check(!failed.isEmpty(), "a refusal names at least one failed condition");
    }

    /**
     * Prints {@code "<person> <rule> refused: [<failed conditions in English>]"}, such as
     * {@code "S001 AID-1 refused: [...]"}.
     */
    @Override
    public String toString() {
        return personId + " " + rule + " refused: " + failed.stream().map(c -> c.label().en()).toList();
    }
}

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
import org.junheng.core.value.Money;

/**
 * What one person is entitled to in a school year, and what they were refused and why.
 * Immutable and thread-safe.
 *
 * @param personId the person
 * @param entitlements the items granted
 * @param refusals the items the person is a candidate for but not entitled to
 */
public record AidDecision(String personId, List<Entitlement> entitlements, List<Refusal> refusals) {

    /** Refuses a blank person ID; copies the entitlements and refusals, none of which may be null. */
    public AidDecision {
        Checks.notBlank(personId, "personId");
        entitlements = List.copyOf(entitlements);
        refusals = List.copyOf(refusals);
    }

    /** The exact sum of the priced amounts. */
    public Money total() {
        return Money.sum(entitlements.stream().filter(Entitlement::priced).map(Entitlement::amount).toList());
    }

    /** Whether the person is entitled to {@code item}. */
    public boolean has(AidItem item) {
        return entitlements.stream().anyMatch(e -> e.item() == item);
    }
}

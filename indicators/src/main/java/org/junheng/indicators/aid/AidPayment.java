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

import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;

/**
 * An aid payment already made, from a bureau's payment history: a one-time item is not granted again for
 * the same qualifying event (AID-3: the school year of the enrolment, or of the diploma), and a yearly
 * item not twice in one school year. Immutable and thread-safe.
 *
 * @param personId the person
 * @param item the item paid
 * @param schoolYear the school year it was paid for; for a one-time item, the school year of its event
 * @param amount the amount paid
 */
public record AidPayment(String personId, AidItem item, SchoolYear schoolYear, Money amount) {

    /** Refuses a blank person ID, a null item, school year or amount, and a negative amount. */
    public AidPayment {
        Checks.notBlank(personId, "personId");
        Checks.notNull(item, "item");
        Checks.notNull(schoolYear, "schoolYear");
        Checks.notNull(amount, "amount");
        Checks.check(!amount.isNegative(), "amount (%s) must be >= 0", amount);
    }
}

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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;

/**
 * One aid item a person is entitled to: the item, the rule that grants it, the amount, the period, and
 * the facts it rests on. The amount is null only when the policy sets none for the item (preschool aid
 * and AID-8's special subsidies have no national amount): the entitlement stands, and its amount is to
 * be supplied by the policy, never a silent zero. Benefits in kind (AID-6 and AID-7 fee waivers, AID-9's
 * free education) carry zero and say "in kind". Immutable and thread-safe.
 *
 * @param personId the person
 * @param item the item
 * @param rule the rule that grants it here: the rule of the policy parameter giving its amount (AID-1 in
 *     Shenyang, AID-10 in Liaoning for the same item)
 * @param amount the amount; null when the policy sets none
 * @param period the school year it is paid for (for a one-time item, the year of its event)
 * @param priority whether the person is taken into aid first: disabled and of a family in hardship (AID-8)
 * @param facts the facts used, by name
 */
public record Entitlement(String personId, AidItem item, String rule, Money amount, SchoolYear period, boolean priority,
        Map<String, String> facts) {

    /**
     * Refuses a blank person ID, a null item or period, a rule that is not one of the item's rules and a
     * negative amount; keeps an unmodifiable copy of {@code facts} in their given order.
     */
    public Entitlement {
        Checks.notBlank(personId, "personId");
        Checks.notNull(item, "item");
        Checks.check(item.rules().contains(rule), "rule (%s) must be one of %s for %s", rule, item.rules(), item);
        Checks.notNull(period, "period");
        Checks.check(amount == null || amount.signum() >= 0, "amount (%s) must not be negative", amount);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** Whether the amount is known (a benefit in kind is priced at zero). */
    public boolean priced() {
        return amount != null;
    }

    /** Whether the item is a benefit in kind, with no yuan amount (fees waived, free education). */
    public boolean inKind() {
        return !item.isMoney();
    }

    /**
     * {@code "S1 AID-1 学前至高中阶段残疾人学生资助 CNY 1000.00 yearly 2026-2027"}; {@code "in kind"} for a benefit
     * in kind, {@code "(amount to be supplied by the policy)"} for an amount the policy does not set.
     */
    @Override
    public String toString() {
        return personId + " " + rule + " " + item.label().zh() + " "
                + (inKind() ? "in kind" : amount == null ? "(amount to be supplied by the policy)" : amount)
                + " " + item.frequency().name().toLowerCase(java.util.Locale.ROOT) + " " + period + (priority ? " priority" : "");
    }
}

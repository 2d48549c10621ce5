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
 * has no national amount): the entitlement stands, and its amount must be supplied. Benefits in kind
 * (fees waived, free education) carry zero. Immutable and thread-safe.
 *
 * @param personId the person
 * @param item the item
 * @param amount the amount; null when the policy sets none
 * @param period the school year it is paid for (for a one-time item, the year of its event)
 * @param priority whether the person is taken into aid first: disabled and of a family in hardship (AID-8)
 * @param facts the facts used, by name
 */
public record Entitlement(String personId, AidItem item, Money amount, SchoolYear period, boolean priority,
        Map<String, String> facts) {

    public Entitlement {
        Checks.notBlank(personId, "personId");
        Checks.notNull(item, "item");
        Checks.notNull(period, "period");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The rule ID that grants the item. */
    public String rule() {
        return item.rule();
    }

    /** Whether the amount is known. */
    public boolean priced() {
        return amount != null;
    }

    /** {@code "S1 AID-1 学前至高中阶段残疾人学生资助 CNY 1000.00 yearly 2026-2027"}. */
    @Override
    public String toString() {
        return personId + " " + item.rule() + " " + item.label().zh() + " " + (amount == null ? "(amount not set)" : amount)
                + " " + item.frequency().name().toLowerCase(java.util.Locale.ROOT) + " " + period + (priority ? " priority" : "");
    }
}

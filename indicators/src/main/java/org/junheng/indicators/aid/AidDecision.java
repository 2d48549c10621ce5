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

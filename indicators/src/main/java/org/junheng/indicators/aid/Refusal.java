package org.junheng.indicators.aid;

import java.util.List;
import org.junheng.core.internal.Checks;

/**
 * An aid item a person is a candidate for but not entitled to, with every condition that failed.
 * Immutable and thread-safe.
 *
 * @param personId the person
 * @param item the item
 * @param failed the conditions that failed, at least one
 */
public record Refusal(String personId, AidItem item, List<AidCondition> failed) {

    public Refusal {
        Checks.notBlank(personId, "personId");
        Checks.notNull(item, "item");
        failed = List.copyOf(failed);
        Checks.check(!failed.isEmpty(), "a refusal names at least one failed condition");
    }

    public String rule() {
        return item.rule();
    }

    @Override
    public String toString() {
        return personId + " " + item.rule() + " refused: " + failed.stream().map(c -> c.label().en()).toList();
    }
}

package org.junheng.indicators.chart;

import org.junheng.core.internal.Checks;

/**
 * A legend entry that explains a tone: "above the ceiling", "FIN-2 not met".
 *
 * @param tone the tone explained
 * @param label what it means, in the reader's language
 */
public record Key(Tone tone, String label) {

    /** @throws IllegalArgumentException if a component is missing */
    public Key {
        Checks.notNull(tone, "tone");
        Checks.notNull(label, "label");
    }
}

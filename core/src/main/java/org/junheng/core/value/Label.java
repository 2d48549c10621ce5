package org.junheng.core.value;

import org.junheng.core.internal.Checks;

/**
 * A label for people in Chinese and English: the law's Chinese term beside the English name, as in
 * {@code 巩固率 / consolidation rate}. Immutable and thread-safe.
 *
 * @param zh the Chinese label
 * @param en the English label
 */
public record Label(String zh, String en) {

    /** Checks that both texts are present and not blank. */
    public Label {
        Checks.notBlank(zh, "zh");
        Checks.notBlank(en, "en");
    }

    /** A label from its Chinese and English texts. */
    public static Label of(String zh, String en) {
        return new Label(zh, en);
    }

    /** The label in one language. */
    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** {@code "巩固率 / consolidation rate"}. */
    @Override
    public String toString() {
        return zh + " / " + en;
    }
}

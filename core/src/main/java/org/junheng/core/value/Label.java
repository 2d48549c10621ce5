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

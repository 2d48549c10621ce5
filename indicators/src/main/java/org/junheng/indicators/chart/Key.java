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

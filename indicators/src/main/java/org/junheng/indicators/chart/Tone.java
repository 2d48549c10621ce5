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

/** How a mark reads against its rule: a colour that a legend and an outline (not colour alone) explain. */
public enum Tone {
    /** Within the rule: green. */
    GOOD("#1b7f3b"),
    /** A breach of a binding rule: red, drawn larger and outlined. */
    BAD("#c62828"),
    /** Short of a target that is not binding: amber. */
    SHORT("#b26a00"),
    /** No judgement: grey. */
    NEUTRAL("#546e7a");

    private final String colour;

    Tone(String colour) {
        this.colour = colour;
    }

    /** The colour as {@code #rrggbb}. */
    public String colour() {
        return colour;
    }
}

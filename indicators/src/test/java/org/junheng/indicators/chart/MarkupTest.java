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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Escaping and number formatting shared by the charts and the HTML page. */
class MarkupTest {

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Markup.escape("<b> & \"x\" 'y'"));
    }

    @Test
    void keepsChineseAndCharactersBeyondTheBasicPlane() {
        assertEquals("示例县 𠀀 m²", Markup.escape("示例县 𠀀 m²"));
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertEquals("a\uFFFDb\uFFFDc\td\n", Markup.escape("a\u0000b\uD800c\td\n"));
        assertEquals("\uFFFD", Markup.escape("\uFFFF"));
    }

    @Test
    void numbersAreFixedAndLocaleFree() {
        assertEquals("0", Markup.number(-0.0, 2));
        assertEquals("0", Markup.number(-0.001, 2));
        assertEquals("1234567.89", Markup.number(1234567.891, 2));
        assertEquals("0.5", Markup.number(0.5, 2));
        assertEquals("3", Markup.number(2.999, 2));
        assertEquals("100", Markup.number(1e2, 2));
        assertThrows(IllegalArgumentException.class, () -> Markup.number(Double.NaN, 2));
        assertThrows(IllegalArgumentException.class, () -> Markup.number(Double.POSITIVE_INFINITY, 2));
    }
}

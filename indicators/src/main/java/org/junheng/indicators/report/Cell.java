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
package org.junheng.indicators.report;

import java.math.BigDecimal;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * One cell of a report table, typed so that each output can do right by it: JSON writes a number as a
 * number, a spreadsheet gets a numeric cell, each language gets its own words, and an HTML page can colour
 * a verdict. Immutable and thread-safe.
 */
public sealed interface Cell permits Cell.Text, Cell.Words, Cell.Number, Cell.Judged, Cell.Empty {

    /** The cell as people read it in {@code language}. */
    String in(Language language);

    /** Text that is the same in every language: an ID, a code, a name from the data. */
    static Cell text(String text) {
        return new Text(text);
    }

    /** Words for people, in both languages: a stage, a condition, an explanation. */
    static Cell words(Label label) {
        return new Words(label);
    }

    /** Words for people, in both languages. */
    static Cell words(String zh, String en) {
        return new Words(Label.of(zh, en));
    }

    /** An exact number in a unit, shown as {@link BigDecimal#toPlainString()}. */
    static Cell number(BigDecimal value, Unit unit) {
        return new Number(value, unit);
    }

    /** Words for people from a labelled value (a stage, a verdict's subject, an indicator). */
    static Cell label(org.junheng.core.model.Labelled labelled) {
        return new Words(Checks.notNull(labelled, "labelled").label());
    }

    /** A rate in per cent, as exact as given: {@code 12.5} shows as {@code 12.5%}. */
    static Cell percent(BigDecimal percent) {
        return new Number(percent, Unit.PERCENT);
    }

    /** A plain number (a coefficient, a ratio, a year), as exact as given. */
    static Cell decimal(BigDecimal value) {
        return new Number(value, Unit.PLAIN);
    }

    /** A head-count or other whole number. */
    static Cell count(long count) {
        return new Number(BigDecimal.valueOf(count), Unit.COUNT);
    }

    /** An amount of money in yuan, to the fen. */
    static Cell money(Money money) {
        return new Number(Checks.notNull(money, "money").yuan(), Unit.YUAN);
    }

    /** A rule's verdict. */
    static Cell verdict(Verdict verdict) {
        return new Judged(verdict);
    }

    /** No value: not applicable here, shown as a dash. */
    static Cell empty() {
        return Empty.INSTANCE;
    }

    /**
     * Text that is the same in every language.
     *
     * @param text the text as shown: an ID, a code, a name from the data
     */
    record Text(String text) implements Cell {
        /** Requires the text. */
        public Text {
            Checks.notNull(text, "text");
        }

        /** The text itself, whatever the language. */
        @Override
        public String in(Language language) {
            return text;
        }
    }

    /**
     * Words in both languages.
     *
     * @param label the words in Chinese and English
     */
    record Words(Label label) implements Cell {
        /** Requires the label. */
        public Words {
            Checks.notNull(label, "label");
        }

        /** The label in {@code language}. */
        @Override
        public String in(Language language) {
            return label.in(language);
        }
    }

    /**
     * An exact number in a unit.
     *
     * @param value the exact value, shown with {@link BigDecimal#toPlainString()}
     * @param unit its unit; {@code PERCENT} adds a per-cent sign
     */
    record Number(BigDecimal value, Unit unit) implements Cell {
        /** Requires the value and its unit. */
        public Number {
            Checks.notNull(value, "value");
            Checks.notNull(unit, "unit");
        }

        /** The exact value, with a per-cent sign for a percentage. */
        @Override
        public String in(Language language) {
            return unit == Unit.PERCENT ? value.toPlainString() + "%" : value.toPlainString();
        }
    }

    /**
     * A rule's verdict.
     *
     * @param verdict the verdict, shown as its label in the reader's language
     */
    record Judged(Verdict verdict) implements Cell {
        /** Requires the verdict. */
        public Judged {
            Checks.notNull(verdict, "verdict");
        }

        /** The verdict's label in {@code language}. */
        @Override
        public String in(Language language) {
            return verdict.label().in(language);
        }
    }

    /** No value. */
    enum Empty implements Cell {
        /** The one empty cell. */
        INSTANCE;

        /** A dash, in every language. */
        @Override
        public String in(Language language) {
            return "—";
        }
    }
}

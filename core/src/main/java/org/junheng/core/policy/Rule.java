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
package org.junheng.core.policy;

import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/**
 * One rule of the catalog: its ID (AID-1, FIN-2, ROT-1, COV-3, TGT-7, BAL-4 …), what kind of rule it is,
 * where it is law and how strongly (one {@link Citation} per document that states it), and the policy
 * parameters it reads. A rule applies in a jurisdiction when one of its citations is national or covers
 * that jurisdiction; a city's rule never applies in another city. Immutable and thread-safe.
 *
 * @param id the rule ID
 * @param title a short name
 * @param kind what kind of rule it is
 * @param citations the documents that state it, each with its place, clause, strength and text
 * @param parameters the keys of the policy parameters it reads; may be empty
 */
public record Rule(String id, Label title, Kind kind, List<Citation> citations, List<String> parameters) {

    /** Checks the ID's form ({@code AID-1}) and that the rule cites at least one document. */
    public Rule {
        Checks.notBlank(id, "id");
        Checks.check(id.matches("[A-Z]{3}-[0-9]+"), "rule ID (%s) must look like AID-1", id);
        Checks.notNull(title, "title");
        Checks.notNull(kind, "kind");
        citations = List.copyOf(citations);
        Checks.check(!citations.isEmpty(), "rule %s must cite at least one document", id);
        parameters = List.copyOf(parameters);
    }

    /** What kind of rule a rule is. */
    public enum Kind implements Labelled {
        /** An amount or benefit a person is entitled to. */
        ENTITLEMENT("资助项目", "entitlement"),
        /** A quantity that must not decrease year on year. */
        NO_DECREASE("只增不减", "no decrease"),
        /** A value against a threshold. */
        THRESHOLD("标准", "threshold"),
        /** A minimum head-count from a rate. */
        QUOTA("比例", "quota"),
        /** A condition a person must meet, or that excludes one. */
        CONDITION("条件", "condition"),
        /** An order of precedence (优先). */
        PRIORITY("优先", "priority"),
        /** A rate or share defined for reporting and for targets. */
        INDICATOR("指标", "indicator"),
        /** A dated or standing target. */
        TARGET("目标", "target"),
        /** A statistical measure, reported without a verdict. */
        MEASURE("测度", "measure"),
        /** A constraint on the policy itself (what a district may change). */
        PROFILE_CONSTRAINT("政策约束", "profile constraint");

        private final Label label;

        Kind(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /**
     * One document's statement of a rule.
     *
     * @param place the jurisdiction that issued it; null for a national document
     * @param document the document's short name (SY24, LN23, CN23 …) or a national document's name
     * @param clause the clause; may be empty
     * @param strength how strongly it is stated
     * @param text the rule's words: Chinese as the document says it, and English
     */
    public record Citation(DivisionCode place, String document, String clause, Strength strength, Label text) {

        /** Checks that the document, clause, strength and text are present (the clause may be empty). */
        public Citation {
            Checks.notBlank(document, "document");
            Checks.notNull(clause, "clause");
            Checks.notNull(strength, "strength");
            Checks.notNull(text, "text");
        }

        /** Whether this statement is law in {@code jurisdiction} (null: the whole country). */
        public boolean appliesIn(DivisionCode jurisdiction) {
            return place == null || (jurisdiction != null && place.contains(jurisdiction));
        }

        /** {@code "SY24 任务7 措施18"}. */
        @Override
        public String toString() {
            return document + (clause.isEmpty() ? "" : " " + clause);
        }
    }

    /** Whether the rule is law in {@code jurisdiction}; null stands for the whole country (national rules only). */
    public boolean appliesIn(DivisionCode jurisdiction) {
        return citations.stream().anyMatch(c -> c.appliesIn(jurisdiction));
    }

    /** The citations that are law in {@code jurisdiction}, in the catalog's order. */
    public List<Citation> citationsIn(DivisionCode jurisdiction) {
        return citations.stream().filter(c -> c.appliesIn(jurisdiction)).toList();
    }

    /** {@code "AID-1 残疾学生资助 / disabled students' aid (SY24 任务7 措施18)"}. */
    @Override
    public String toString() {
        return id + " " + title + " (" + String.join("; ", citations.stream().map(Citation::toString).toList()) + ")";
    }
}

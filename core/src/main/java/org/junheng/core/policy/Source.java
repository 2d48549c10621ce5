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

import org.junheng.core.internal.Checks;

/**
 * Where a policy parameter comes from: the rule it serves, the document and the clause.
 * Immutable and thread-safe.
 *
 * @param rule the rule ID of the rule catalog (RuleCatalog), such as {@code AID-1}
 * @param document the document's short name (SY24, SY19, LN23, CN23, LNQ, PJ22, YK24) or a national
 *     document's name
 * @param clause the clause, such as {@code 任务7 措施18}; may be empty
 */
public record Source(String rule, String document, String clause) {

    /** Checks that the rule and document are named; the clause may be empty but not absent. */
    public Source {
        Checks.notBlank(rule, "rule");
        Checks.notBlank(document, "document");
        Checks.notNull(clause, "clause");
    }

    /** {@code "AID-1 (SY24 任务7 措施18)"}. */
    @Override
    public String toString() {
        return rule + " (" + document + (clause.isEmpty() ? "" : " " + clause) + ")";
    }
}

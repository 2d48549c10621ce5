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

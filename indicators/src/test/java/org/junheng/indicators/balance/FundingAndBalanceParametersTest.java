package org.junheng.indicators.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SortedSet;
import java.util.TreeSet;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.indicators.funding.FundingSection;
import org.junit.jupiter.api.Test;

/** Every funding.* and balance.* parameter of every built-in profile is read by the rule it serves. */
class FundingAndBalanceParametersTest {

    @Test
    void FIN_1_to_FIN_9_and_BAL_1_to_BAL_6_everyParameterOfEveryProfileIsRead() {
        for (String name : Policies.BUILT_IN) {
            Policy tracked = Policies.builtIn(name).tracking();
            FundingSection.of(SampleCounty.dataSet(), tracked);
            BalanceSection.of(SampleCounty.dataSet(), tracked);
            SortedSet<String> declared = new TreeSet<>();
            for (Parameter p : tracked.parameters()) {
                if (p.key().startsWith("funding.") || p.key().startsWith("balance.")) {
                    declared.add(p.key());
                }
            }
            SortedSet<String> unread = new TreeSet<>(declared);
            unread.removeAll(tracked.keysRead());
            assertEquals(new TreeSet<String>(), unread, name + ": declared but never read");
        }
    }
}

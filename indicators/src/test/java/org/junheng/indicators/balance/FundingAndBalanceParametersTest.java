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

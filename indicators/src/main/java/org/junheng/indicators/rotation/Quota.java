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
package org.junheng.indicators.rotation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Percentage;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * The rotation quota of one school or county in a school year, exact (ROT-1, ROT-2): at least
 * {@code ceil(rate × eligible)} teachers rotate, and backbone teachers are at least
 * {@code ceil(backboneShare × rotated)} of those who rotate, counted on the number that actually
 * rotates. Only eligible movers count toward it. Immutable and thread-safe.
 *
 * @param subject the school ID or county code
 * @param eligible teachers who meet the exchange conditions
 * @param rotated eligible teachers who rotate
 * @param backboneRotated backbone teachers among them
 * @param rate the rate of the policy
 * @param backboneShare the backbone share of the policy
 * @param quota the finding on the number rotated
 * @param backbone the finding on the backbone share
 */
public record Quota(String subject, long eligible, long rotated, long backboneRotated, Percentage rate,
        Percentage backboneShare, Finding quota, Finding backbone) {

    /** Requires non-negative counts, and no more backbone teachers than teachers rotated. */
    public Quota {
        Checks.notBlank(subject, "subject");
        Checks.nonNegative(eligible, "eligible");
        Checks.nonNegative(rotated, "rotated");
        Checks.nonNegative(backboneRotated, "backboneRotated");
        Checks.check(backboneRotated <= rotated, "backboneRotated (%d) must not exceed rotated (%d)", backboneRotated, rotated);
    }

    /** The fewest teachers that meet the rate: {@code ceil(rate × eligible)}. */
    public long required() {
        return rate.minimumCount(eligible);
    }

    /** The fewest backbone teachers among those who rotate: {@code ceil(share × rotated)}. */
    public long backboneRequired() {
        return backboneShare.minimumCount(rotated);
    }

    /** Checks the counts of one school or county under the policy's rate and backbone share. */
    public static Quota of(String subject, long eligible, long rotated, long backboneRotated, Policy policy) {
        Checks.notNull(policy, "policy");
        Percentage rate = policy.percentage("rotation.rate");
        Percentage share = policy.percentage("rotation.backboneShare");
        String rule = policy.parameter("rotation.rate").source().rule();
        String backboneRule = policy.parameter("rotation.backboneShare").source().rule();
        long required = rate.minimumCount(eligible);
        long backboneRequired = share.minimumCount(rotated);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("eligible", Long.toString(eligible));
        facts.put("rotated", Long.toString(rotated));
        facts.put("required", Long.toString(required));
        facts.put("rate", rate.toString());
        Finding quota;
        if (eligible == 0) {
            quota = new Finding(rule, subject, Verdict.NOT_ASSESSABLE, Label.of("无符合交流条件的教师, 比例不适用",
                    "no teacher meets the exchange conditions: the rate does not apply"), facts);
        } else {
            boolean met = rotated >= required;
            quota = new Finding(rule, subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                    subject + ": 符合条件 " + eligible + " 人中交流 " + rotated + " 人; 需至少 " + required + " 人 (" + rate + ")"
                            + (met ? "" : ", 差 " + (required - rotated) + " 人"),
                    subject + ": rotated " + rotated + " of " + eligible + " eligible; " + rule + " needs " + required + " ("
                            + rate + ")" + (met ? "" : ", short by " + (required - rotated))), facts)
                    .withMeasure(counts(rotated, required));
        }
        Map<String, String> b = new LinkedHashMap<>();
        b.put("rotated", Long.toString(rotated));
        b.put("backboneRotated", Long.toString(backboneRotated));
        b.put("required", Long.toString(backboneRequired));
        b.put("share", share.toString());
        Finding backbone;
        if (rotated == 0) {
            backbone = new Finding(backboneRule, subject, Verdict.NOT_ASSESSABLE, Label.of("无人交流, 骨干比例不适用",
                    "nobody rotates: the backbone share does not apply"), b);
        } else {
            boolean met = backboneRotated >= backboneRequired;
            backbone = new Finding(backboneRule, subject, met ? Verdict.MET : Verdict.NOT_MET, Label.of(
                    subject + ": 交流 " + rotated + " 人中骨干 " + backboneRotated + " 人; 需至少 " + backboneRequired + " 人 ("
                            + share + ")", subject + ": backbone " + backboneRotated + " of " + rotated + " rotated; needs "
                            + backboneRequired + " (" + share + ")"), b).withMeasure(counts(backboneRotated, backboneRequired));
        }
        return new Quota(subject, eligible, rotated, backboneRotated, rate, share, quota, backbone);
    }

    /** A head-count against its minimum, with the teachers still missing. */
    private static Measure counts(long have, long required) {
        return Measure.of(BigDecimal.valueOf(have), BigDecimal.valueOf(required),
                BigDecimal.valueOf(Math.max(0, required - have)), Unit.COUNT);
    }
}

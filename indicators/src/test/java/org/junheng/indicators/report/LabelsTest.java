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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.Degree;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.model.Labelled;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Title;
import org.junheng.indicators.aid.AidItem;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.rotation.Eligibility;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** Every enum a person sees has a Chinese label in Chinese words and an English one, never its constant name. */
class LabelsTest {
    private static final List<Class<? extends Labelled>> SHOWN = List.of(BackboneLevel.class, Degree.class, Exemption.class,
            FamilyStatus.class, Gender.class, JurisdictionLevel.class, Location.class, Ownership.class, RecordType.class,
            SchoolFeature.class, SchoolType.class, Stage.class, Subject.class, Title.class, AidItem.class,
            AidItem.Frequency.class, YearCheck.Base.class, Eligibility.Condition.class, Verdict.class);

    @Test
    void ROT_6_FIN_2_everyShownEnumHasAChineseLabelAndAnEnglishOne() {
        for (Class<? extends Labelled> type : SHOWN) {
            for (Labelled value : type.getEnumConstants()) {
                String zh = value.label().zh();
                String en = value.label().en();
                assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        type.getSimpleName() + "." + value + ": " + zh);
                assertFalse(zh.matches(".*[A-Za-z]{4,}.*"), type.getSimpleName() + "." + value + ": English in " + zh);
                assertFalse(en.equals(((Enum<?>) value).name()), type.getSimpleName() + "." + value + ": the constant's name");
            }
        }
    }
}

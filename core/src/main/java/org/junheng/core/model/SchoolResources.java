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
package org.junheng.core.model;

import java.math.BigDecimal;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;

/**
 * The physical resources of one stage section of a school, as the balance assessment counts them
 * (BAL-1 and BAL-5). A school with two sections has one record per section.
 * Immutable and thread-safe.
 *
 * @param schoolId the school
 * @param stage the section (primary or junior for the assessment; any stage the school teaches)
 * @param teachingRoomArea teaching and auxiliary room area in m², indoor sports halls excluded
 *     (教学及辅助用房面积)
 * @param sportsArea sports ground and hall area in m² (体育运动场馆面积)
 * @param equipmentValue value of teaching instruments and equipment (教学仪器设备值)
 * @param multimediaClassrooms networked multimedia classrooms (网络多媒体教室)
 * @param computers computers for teaching (BAL-5)
 * @param books library books (图书册数, BAL-5)
 */
public record SchoolResources(
        String schoolId,
        Stage stage,
        BigDecimal teachingRoomArea,
        BigDecimal sportsArea,
        Money equipmentValue,
        int multimediaClassrooms,
        int computers,
        int books) {

    /**
     * Checks that the areas are at least 0 and below 10^15 m² (at most 20 decimal places), and that the
     * equipment value and counts are at least 0.
     */
    public SchoolResources {
        Checks.notBlank(schoolId, "schoolId");
        Checks.notNull(stage, "stage");
        Checks.notNull(teachingRoomArea, "teachingRoomArea");
        Checks.notNull(sportsArea, "sportsArea");
        Checks.notNull(equipmentValue, "equipmentValue");
        Checks.check(teachingRoomArea.signum() >= 0, "teachingRoomArea (%s) must be >= 0", teachingRoomArea);
        Checks.check(sportsArea.signum() >= 0, "sportsArea (%s) must be >= 0", sportsArea);
        Checks.check(inRange(teachingRoomArea), "teachingRoomArea (%s) must be below 10^15 m² with at most 20 decimal places",
                teachingRoomArea);
        Checks.check(inRange(sportsArea), "sportsArea (%s) must be below 10^15 m² with at most 20 decimal places", sportsArea);
        Checks.check(!equipmentValue.isNegative(), "equipmentValue (%s) must be >= 0", equipmentValue);
        Checks.nonNegative(multimediaClassrooms, "multimediaClassrooms");
        Checks.nonNegative(computers, "computers");
        Checks.nonNegative(books, "books");
    }

    /**
     * Whether an area keeps later sums and ratios cheap: an exponent such as {@code 1e-999999999} would make
     * a per-pupil ratio or a written {@code toPlainString} a billion digits long.
     */
    private static boolean inRange(BigDecimal area) {
        if (area.signum() == 0) {
            return true;
        }
        if ((long) area.precision() - area.scale() > 15) {
            return false;
        }
        return area.scale() <= 20 || ((long) area.scale() - area.precision() <= 20 && area.stripTrailingZeros().scale() <= 20);
    }
}

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
package org.junheng.indicators.funding;

import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.value.Money;

/**
 * A funding series typed in by hand, as a researcher copies it from a yearbook: one year a line,
 *
 * <pre>
 * # year  expenditure     students  [restated prior expenditure  restated prior students]
 * 2020    36310.47亿元     289000000
 * 2021    37463.36亿元     291000000
 * </pre>
 *
 * <p>Amounts are yuan, or carry their unit (万元, 亿元); a line starting with {@code #} is a comment. Every
 * bad line is reported, with its number, in one {@link InvalidDataException}.
 */
public final class FundingSeries {
    private FundingSeries() {
    }

    /** Reads the series of one jurisdiction; all years share the definition {@code GENERAL_BUDGET}. */
    public static List<FundingRecord> parse(DivisionCode jurisdiction, String text) {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notNull(text, "text");
        List<FundingRecord> records = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1);
            String[] f = line.split("\\s+");
            if (f.length != 3 && f.length != 5) {
                problems.add(new DataProblem("series", where, "", line,
                        "year, expenditure and students, optionally a restated prior expenditure and students"));
                continue;
            }
            try {
                int year = Integer.parseInt(f[0]);
                Money e = Money.parse(f[1]);
                long n = Long.parseLong(f[2]);
                Money re = f.length == 5 ? Money.parse(f[3]) : null;
                Long rn = f.length == 5 ? Long.valueOf(f[4]) : null;
                records.add(new FundingRecord(jurisdiction, year, FundingRecord.GENERAL_BUDGET, e, n, re, rn, null, null,
                        null, null, null, null, null, null));
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem("series", where, "", line, "a valid year: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return List.copyOf(records);
    }
}

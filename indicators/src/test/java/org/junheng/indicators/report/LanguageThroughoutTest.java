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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.policy.Policies;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;

/**
 * Chinese throughout under {@link Language#ZH}, English under {@link Language#EN}, and no enum constant
 * name in either: the sample series' report under every built-in profile, as text and Markdown.
 */
class LanguageThroughoutTest {
    private static final DataSetSeries SERIES = SampleCounty.series();
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

    /** Words that are names, not prose: units, the program, the profiles and the sample's own data. */
    private static Set<String> allowed() {
        Set<String> allowed = new HashSet<>(Policies.BUILT_IN);
        List<String> data = new ArrayList<>(List.of(SERIES.name(), "junheng"));
        SERIES.observations().stream().map(DatedValue::source).forEach(data::add);
        for (String text : data) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                allowed.add(m.group());
            }
        }
        return allowed;
    }

    @Test
    void ROT_6_COV_5_noEnumConstantNameInAnyLanguageAndNoEnglishProseUnderChinese() {
        Set<String> allowed = allowed();
        Set<String> english = new TreeSet<>();
        for (String profile : Policies.BUILT_IN) {
            var report = Reports.of(SERIES, Policies.builtIn(profile));
            for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
                for (Language language : Language.values()) {
                    String text = report.render(format, language);
                    Matcher constant = CONSTANT.matcher(text);
                    assertTrue(!constant.find(), profile + " " + format + " " + language + ": enum name "
                            + (constant.hitEnd() ? "" : constant.group()) + " in " + line(text, constant));
                    if (language == Language.ZH) {
                        Matcher word = WORD.matcher(text);
                        while (word.find()) {
                            if (!allowed.contains(word.group())) {
                                english.add(profile + " " + format + ": " + word.group() + " in: " + line(text, word).strip());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(english.isEmpty(), "English under ZH:\n" + String.join("\n", english));
    }

    @Test
    void TGT_1_theCheckCatchesWhatItLooksFor() {
        assertTrue(CONSTANT.matcher("| YEARS_AT_SCHOOL | 183 |").find(), "an enum name");
        assertTrue(!CONSTANT.matcher("| ROT-6 | 210199-S006 | 50% |").find(), "rule IDs and codes are not enum names");
        assertTrue(WORD.matcher("达标 met, short by").find(), "English words");
        assertTrue(allowed().contains("shenyang"));
    }

    private static String line(String text, Matcher m) {
        int at;
        try {
            at = m.start();
        } catch (IllegalStateException e) {
            return "";
        }
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}

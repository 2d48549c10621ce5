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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files read with the limits of data files, exact numbers, and every parameter checked when read. */
class PolicyFileTest {
    @TempDir
    Path dir;

    private static String profile(String values) {
        return "{\"name\":\"hunnan\",\"title\":{\"zh\":\"浑南区\",\"en\":\"Hunnan\"},\"extends\":\"shenyang\",\"values\":[" + values + "]}";
    }

    private static String value(String key, String value) {
        return "{\"key\":\"" + key + "\",\"value\":" + value + ",\"rule\":\"AID-4\",\"document\":\"浑南区资助办法\"}";
    }

    private static List<DataProblem> problems(String json) {
        return assertThrows(InvalidDataException.class, () -> Policies.parse(json, "hunnan.json")).problems();
    }

    @Test
    void AID_4_numbersStayAsWritten() {
        Policy p = Policies.parse(profile(value("aid.disabled.preschoolToSeniorYearly", "12000000.00")), "hunnan.json");
        assertEquals("12000000.00", p.parameter("aid.disabled.preschoolToSeniorYearly").value());
        String declared = "{\"name\":\"x\",\"title\":{\"zh\":\"x\",\"en\":\"x\"},\"extends\":\"national\",\"parameters\":["
                + "{\"key\":\"test.share\",\"type\":\"DECIMAL\",\"value\":0.12345678901234567891,\"rule\":\"BAL-7\",\"document\":\"t\"}]}";
        assertEquals("0.12345678901234567891", Policies.parse(declared, "x.json").parameter("test.share").value());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        List<DataProblem> problems = problems("{\"name\":\"a\",\"name\":\"b\"}");
        assertTrue(problems.get(0).expected().contains("each key once"), problems.toString());
        assertTrue(problems.get(0).location().startsWith("line 1 column"), problems.toString());
    }

    @Test
    void AID_2_anUnknownStageIsRefusedWhenTheProfileIsRead() {
        List<DataProblem> problems = problems(profile(value("aid.university.stages", "\"UNDERGRADUATE,COLLEGE\"")));
        assertEquals("values[0]", problems.get(0).location(), problems.toString());
        assertTrue(problems.get(0).expected().contains("'COLLEGE' is not"), problems.toString());
    }

    @Test
    void AID_1_aFiveDigitDivisionCodeIsRefused() {
        List<DataProblem> problems = problems(profile(value("aid.disabled.householdRegistration", "\"21011\"")));
        assertEquals("values[0]", problems.get(0).location(), problems.toString());
        assertEquals("21011", problems.get(0).value());
    }

    @Test
    void AID_1_aMinimumAgeAboveTheMaximumIsRefused() {
        List<DataProblem> problems = problems(profile(value("aid.preschool.minAge", "7")));
        assertEquals("values[0]", problems.get(0).location(), problems.toString());
        // under AID-4 a higher minimum age is also a narrowing: either refusal names the value
        String expected = problems.get(0).expected();
        assertTrue(expected.contains("aid.preschool.maxAge (6)") || expected.contains("AID-4"), problems.toString());
    }

    @Test
    void ROT_2_anUnknownQuotaScopeIsRefused() {
        List<DataProblem> problems = problems(profile(value("rotation.quotaScope", "\"DISTRICT\"")));
        assertEquals("SCHOOL or COUNTY", problems.get(0).expected());
    }

    @Test
    void hugeExponentsAreRefusedWithoutArithmetic() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String v : List.of("\"1e999999999万元\"", "\"1e-999999999万元\"", "1e400")) {
                List<DataProblem> problems = problems(profile(value("aid.disabled.preschoolToSeniorYearly", v)));
                assertEquals("values[0]", problems.get(0).location(), v + ": " + problems);
            }
        });
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemWithItsLineAndABomIsAccepted() throws IOException {
        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, ("{\n" + profile(value("aid.disabled.preschoolToSeniorYearly", "1200.00")).substring(1))
                .getBytes(Charset.forName("GBK")));
        DataProblem p = assertThrows(InvalidDataException.class, () -> Policies.read(gbk)).problems().get(0);
        assertEquals("gbk.json", p.source());
        assertEquals("line 2", p.location(), p.toString());
        Path bom = dir.resolve("bom.json");
        Files.writeString(bom, "\uFEFF" + profile(value("aid.disabled.preschoolToSeniorYearly", "1200.00")), StandardCharsets.UTF_8);
        assertEquals("1200.00", Policies.read(bom).parameter("aid.disabled.preschoolToSeniorYearly").value());
    }

    @Test
    void aFileOfUnboundedSizeIsRefusedEarly() throws IOException {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                DataProblem p = assertThrows(InvalidDataException.class, () -> Policies.read(zero)).problems().get(0);
                assertEquals("line 1", p.location(), p.toString());
            });
        }
        Path big = dir.resolve("big.json");
        Files.writeString(big, " ".repeat((int) Policies.MAX_FILE_BYTES + 1));
        DataProblem p = assertThrows(InvalidDataException.class, () -> Policies.read(big)).problems().get(0);
        assertTrue(p.expected().contains("at most"), p.toString());
    }
}

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
package org.junheng.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release metadata: the BOM lists every published module of the reactor at the reactor's version,
 * and the root POM carries what Maven Central requires of a published POM.
 */
class ReleaseMetadataTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void bomListsEveryPublishedModuleAtTheReactorVersion() throws Exception {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        TreeSet<String> published = new TreeSet<>();
        for (String module : all(root, "<module>([^<]+)</module>")) {
            if (!module.equals("bom")) {
                String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
                // the module's own artifactId follows its parent block
                published.add(all(pom.substring(pom.indexOf("</parent>")), "<artifactId>([^<]+)</artifactId>").get(0));
            }
        }
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        assertEquals(published, new TreeSet<>(all(managed, "<artifactId>([^<]+)</artifactId>")));
        String version = all(root, "<version>([^<]+)</version>").get(0);
        assertEquals(version, all(bom, "<version>([^<]+)</version>").get(0), "the BOM's own version");
    }

    @Test
    void rootPomHasTheMetadataMavenCentralRequires() throws Exception {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        for (String element : List.of("<name>", "<description>", "<url>", "<licenses>", "<developers>", "<scm>",
                "<connection>", "<developerConnection>")) {
            assertTrue(root.contains(element), "root POM lacks " + element);
        }
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1).trim());
        }
        return found;
    }
}

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
package org.junheng.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in JSON resources (profiles, rules, targets), read as UTF-8 text. */
public final class Resources {
    private Resources() {
    }

    /**
     * The text of a built-in resource. The caller opens the stream itself, since a resource of a named
     * module is only visible from that module.
     *
     * @param in the stream, as {@code Owner.class.getResourceAsStream(name)} gives it; null if missing
     * @param name the resource's name, for the message
     * @throws IllegalStateException if the resource is missing (a broken build, not bad input)
     */
    public static String text(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("built-in resource " + name + " missing");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

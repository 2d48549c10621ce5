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
package org.junheng.examples.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Lets Spark's Kryo carry Java records. Kryo 4, which Spark uses, cannot set a record's fields; the
 * job's records ({@link Figures}) are {@link java.io.Serializable}, so they go through Java
 * serialization, while the library's accumulators (plain classes) go through Kryo's field serializer.
 */
public final class KryoRecords implements KryoRegistrator {

    /** Called by Spark; has no state. */
    public KryoRecords() {
    }

    /** Serializes every record through Java serialization. */
    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, new JavaSerializer());
    }
}

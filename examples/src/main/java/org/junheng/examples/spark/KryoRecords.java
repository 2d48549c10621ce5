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

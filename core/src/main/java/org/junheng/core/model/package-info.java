/**
 * The domain: jurisdictions, schools and their resources, classes, teachers, service periods, students
 * and funding, gathered in a checked {@link org.junheng.core.model.DataSet}.
 *
 * <p>Every type here is immutable, thread-safe and validated in its constructor; the domain holds no
 * I/O, clock or global configuration: the reference date is part of the data set.
 *
 * <p>Nullness: record components documented as "optional" may be null, meaning "none" or "not
 * recorded"; every other parameter and return value is non-null, and a null argument throws a
 * {@link java.lang.NullPointerException} naming it.
 */
package org.junheng.core.model;

package org.junheng.core.model;

/**
 * Tells where a record of a data set came from, so that a problem found by the data set's checks is
 * reported at its place in the input (file and line for CSV, record index for JSON).
 */
@FunctionalInterface
public interface RecordLocator {

    /**
     * The place of the {@code index}-th record (from 0) of {@code type}, as {@code [source, location]}.
     */
    String[] locate(RecordType type, int index);

    /** Records made in code: {@code "data set"}, {@code "schools[3]"}. */
    static RecordLocator inMemory() {
        return (type, index) -> new String[] {"data set", type.key() + "[" + index + "]"};
    }
}

/**
 * junheng core: the domain of schools, teachers, students and funding; exact values; policies as data;
 * data sets in and out.
 */
module org.junheng.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.junheng.core.value;
    exports org.junheng.core.model;
    exports org.junheng.core.policy;
    exports org.junheng.core.io;
    exports org.junheng.core.sample;
    exports org.junheng.core.internal to org.junheng.indicators;

    opens org.junheng.core.policy to com.fasterxml.jackson.databind;
}

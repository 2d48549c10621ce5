/**
 * junheng indicators: the calculators of the rule catalog (RuleCatalog), the report that assembles them, and
 * the {@link org.junheng.Junheng} facade.
 */
module org.junheng.indicators {
    requires transitive org.junheng.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.junheng;
    exports org.junheng.indicators.aid;
    exports org.junheng.indicators.balance;
    exports org.junheng.indicators.chart;
    exports org.junheng.indicators.coverage;
    exports org.junheng.indicators.funding;
    exports org.junheng.indicators.inequality;
    exports org.junheng.indicators.report;
    exports org.junheng.indicators.report.html;
    exports org.junheng.indicators.rotation;
    exports org.junheng.indicators.rules;
    exports org.junheng.indicators.summary;
    exports org.junheng.indicators.targets;

    opens org.junheng.indicators.targets to com.fasterxml.jackson.databind;
}

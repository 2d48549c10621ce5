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

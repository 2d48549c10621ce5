package org.junheng.indicators.report;

import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.aid.AidSection;
import org.junheng.indicators.balance.BalanceSection;
import org.junheng.indicators.coverage.CoverageSection;
import org.junheng.indicators.funding.FundingSection;
import org.junheng.indicators.rotation.RotationSection;
import org.junheng.indicators.summary.DataSetSummary;
import org.junheng.indicators.targets.TargetsSection;

/**
 * Assembles the report on a data set under a policy: one section per area, in the order of the rule catalog.
 * Each area contributes a {@link SectionSource}; the calculators of aid, funding, rotation, coverage and
 * balance add theirs here as they are built.
 */
public final class Reports {

    /** Makes one section of the report. */
    @FunctionalInterface
    public interface SectionSource {
        Section section(DataSet data, Policy policy);
    }

    private static final List<SectionSource> SECTIONS = List.of(
            (data, policy) -> DataSetSummary.of(data).section(data),
            AidSection::of,
            FundingSection::of,
            RotationSection::of,
            CoverageSection::of,
            BalanceSection::of,
            TargetsSection::of);

    private Reports() {
    }

    /** The report on {@code data} under {@code policy}. */
    public static Report of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        return new Report(Label.of("均衡: 教育公平指标报告", "junheng: education equity report"), data.name(),
                data.asOf(), policy.name(), inParallel(SECTIONS, data, policy));
    }

    /**
     * The report on a series under {@code policy}: every section on the latest snapshot, except the
     * targets, judged on the whole series by each target's window; then the indicators year by year
     * (issue 10, item 1).
     */
    public static Report of(DataSetSeries series, Policy policy) {
        Checks.notNull(series, "series");
        Checks.notNull(policy, "policy");
        DataSet latest = series.latest();
        List<Section> sections = new ArrayList<>(inParallel(SECTIONS.subList(0, SECTIONS.size() - 1), latest, policy));
        sections.add(TargetsSection.of(series, policy));
        sections.add(YearByYearSection.of(series, policy));
        return new Report(Label.of("均衡: 教育公平指标报告", "junheng: education equity report"), series.name(),
                latest.asOf(), policy.name(), sections);
    }

    /**
     * The sections, computed in parallel (they read the data set and the policy, both immutable, and
     * share nothing else), in the order of {@code sources}. A parallel stream, not futures: the calling
     * thread computes sections too, which on two cores is half the workers.
     */
    private static List<Section> inParallel(List<SectionSource> sources, DataSet data, Policy policy) {
        return sources.parallelStream().map(s -> s.section(data, policy)).toList();
    }
}

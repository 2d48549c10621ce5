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
package org.junheng.indicators.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.JurisdictionLevel;
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
 * Assembles the report on a data set under a policy: a summary first (verdicts per area, the counties with
 * the most findings not met), then one section per area in the order of the rule catalog. A data set of
 * more than {@link #COUNTIES_APART} counties (a province, a large city) keeps one summary row per county
 * in each area and puts the per-county tables in an appendix at the end, so that the report still reads
 * from the top; a county's or a small city's report keeps them in place.
 */
public final class Reports {

    /**
     * Above this many counties the per-county tables go to the appendix. Ten: a city of up to ten counties
     * gives a few dozen per-county tables, still read through in one pass; a province gives hundreds.
     */
    public static final int COUNTIES_APART = 10;

    private static final Label TITLE = Label.of("均衡: 教育公平指标报告", "junheng: education equity report");

    private Reports() {
    }

    /** The report on {@code data} under {@code policy}. */
    public static Report of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        return of(data, policy, COUNTIES_APART);
    }

    /** The report on {@code data}, with the per-county tables in an appendix above {@code countiesApart} counties. */
    static Report of(DataSet data, Policy policy, int countiesApart) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        return new Report(TITLE, data.name(), data.asOf(), policy.name(), assemble(data, policy,
                () -> TargetsSection.of(data, policy), null, countiesApart));
    }

    /**
     * The report on a series under {@code policy}: every section on the latest snapshot, except the
     * targets, judged on the whole series by each target's window; then the indicators year by year.
     */
    public static Report of(DataSetSeries series, Policy policy) {
        Checks.notNull(series, "series");
        Checks.notNull(policy, "policy");
        DataSet latest = series.latest();
        return new Report(TITLE, series.name(), latest.asOf(), policy.name(), assemble(latest, policy,
                () -> TargetsSection.of(series, policy), () -> YearByYearSection.of(series, policy), COUNTIES_APART));
    }

    /** How many county-level jurisdictions have schools in the data set. */
    public static long counties(DataSet data) {
        return data.schools().stream().map(s -> s.jurisdiction()).filter(c -> c.level() == JurisdictionLevel.COUNTY)
                .distinct().count();
    }

    /**
     * The sections, computed in parallel (they read the data set and the policy, both immutable, and share
     * nothing else) and kept in their order. The calling thread computes sections too, which on two cores
     * is half the workers.
     */
    private static List<Section> assemble(DataSet data, Policy policy, Supplier<Section> targets,
            Supplier<Section> yearByYear, int countiesApart) {
        long counties = counties(data);
        boolean apart = counties > countiesApart;
        Supplier<SectionParts> aid = () -> apart ? AidSection.withCountiesApart(data, policy)
                : whole(AidSection.of(data, policy));
        Supplier<SectionParts> rotation = () -> apart ? RotationSection.withCountiesApart(data, policy)
                : whole(RotationSection.of(data, policy));
        Supplier<SectionParts> coverage = () -> whole(CoverageSection.of(data, policy));
        Supplier<SectionParts> balance = () -> apart ? BalanceSection.withCountiesApart(data, policy)
                : whole(BalanceSection.of(data, policy));
        List<Supplier<SectionParts>> sources = new ArrayList<>();
        sources.add(() -> apart ? DataSetSummary.of(data).sectionWithCountiesApart(data)
                : whole(DataSetSummary.of(data).section(data)));
        sources.add(aid);
        sources.add(() -> apart ? FundingSection.withCountiesApart(data, policy)
                : whole(FundingSection.of(data, policy)));
        sources.add(rotation);
        sources.add(coverage);
        sources.add(balance);
        sources.add(() -> whole(targets.get()));
        if (yearByYear != null) {
            sources.add(() -> whole(yearByYear.get()));
        }
        // the longest first, by their share of a province's report: rotation (every teacher's career), aid
        // (every student), balance, coverage
        List<SectionParts> parts = computeAll(sources, List.of(rotation, aid, balance, coverage));
        List<Section> body = parts.stream().map(SectionParts::section).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(SummarySection.of(body, data));
        sections.addAll(body);
        List<Table> appendix = parts.stream().flatMap(p -> p.detail().stream()).toList();
        if (!appendix.isEmpty()) {
            sections.add(new Section(Label.of("附录: 各县区明细", "Appendix: county by county"), appendix, List.of(
                    Label.of("数据涉及 " + counties + " 个县区 (多于 " + countiesApart + " 个), 各县区明细表集中于此; "
                            + "正文各节每个县区一行。", counties + " counties (more than " + countiesApart
                            + "): the per-county tables are here; each area above has one row per county."))));
        }
        return sections;
    }

    /**
     * Computes every task on the calling thread and the common pool's workers, each taking the next as it
     * comes free: first those of {@code first} (tasks of the list, by identity), in that order, then the
     * others in theirs. Not a parallel
     * stream: its halving hands out the tasks in list order, and on two cores the longest section was at
     * times started last, by one thread, with the other idle. Results in the tasks' order; a task's
     * failure is thrown once every task started has ended, and no task starts after it.
     */
    static <T> List<T> computeAll(List<Supplier<T>> tasks, List<Supplier<T>> first) {
        List<Integer> order = new ArrayList<>();
        for (Supplier<T> task : first) {
            order.add(tasks.indexOf(task)); // suppliers have no equals of their own: identity
        }
        for (int i = 0; i < tasks.size(); i++) {
            if (!first.contains(tasks.get(i))) {
                order.add(i);
            }
        }
        Object[] results = new Object[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int k; (k = next.getAndIncrement()) < order.size(); ) {
                int task = order.get(k);
                try {
                    results[task] = tasks.get(task).get();
                } catch (RuntimeException | Error e) {
                    next.set(order.size());
                    throw e;
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = Math.min(tasks.size() - 1, ForkJoinPool.getCommonPoolParallelism()); h > 0; h--) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (ForkJoinTask<?> helper : helpers) {
            try {
                helper.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else if (failure != e) {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure != null) {
            throw (Error) failure;
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) List.of(results);
        return list;
    }

    private static SectionParts whole(Section section) {
        return new SectionParts(section, List.of());
    }
}

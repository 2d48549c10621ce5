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
package org.junheng.indicators.balance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Location;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.inequality.Decomposition;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.inequality.GeneralizedEntropy;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.SectionParts;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * The report section "校际均衡 / Balance": per county and stage the seven CVs against the ceiling
 * (BAL-3), the sections that fail BAL-2, the 2012 composite (BAL-5), class and school sizes (BAL-6) and
 * the county verdict; the BAL-6 funding guarantees ({@link FundingGuarantees}); then, to locate a gap
 * (BAL-7), the Theil decomposition of public funds per student
 * by location (城区/镇区/乡村) and by district, with the Gini and Lorenz points.
 */
public final class BalanceSection {
    private BalanceSection() {
    }

    /** The section for a data set under a policy, every county's tables in it. */
    public static Section of(DataSet data, Policy policy) {
        return parts(data, policy, false).section();
    }

    /**
     * The section with one summary row per county, and each county's tables apart, for an appendix: what a
     * report on many counties uses so that the per-county tables do not swamp it.
     */
    public static SectionParts withCountiesApart(DataSet data, Policy policy) {
        return parts(data, policy, true);
    }

    private static SectionParts parts(DataSet data, Policy policy, boolean apart) {
        List<Table> tables = new ArrayList<>();
        List<Table> detail = new ArrayList<>();
        List<Table> perCounty = apart ? detail : tables;
        List<Label> notes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<List<Cell>> countyRows = new ArrayList<>();
        List<List<Cell>> excluded = new ArrayList<>();
        ResourceIndicator[] indicators = ResourceIndicator.values();
        for (CountyAssessment county : CountyAssessment.all(data, policy)) {
            List<List<Cell>> verdictRows = new ArrayList<>();
            long failingSections = 0;
            long failingCvs = 0;
            for (CountyAssessment.StageAssessment stage : county.stages().values()) {
                Label stageLabel = stage.stage().label();
                List<List<Cell>> rows = new ArrayList<>();
                for (int i = 0; i < stage.bal3().size(); i++) {
                    Finding f = stage.bal3().get(i);
                    String cv = f.facts().get("cv");
                    rows.add(List.of(Cell.label(indicators[i]), cv == null ? Cell.empty() : Cell.decimal(new BigDecimal(cv)),
                            Cell.decimal(new BigDecimal(f.facts().get("ceiling"))), Cell.verdict(f.verdict())));
                    failingCvs += f.verdict() == Verdict.NOT_MET ? 1 : 0;
                }
                perCounty.add(new Table(Label.of(county.name() + " " + stageLabel.zh() + " 校际差异系数 (BAL-3)",
                        county.name() + " " + stageLabel.en() + ": coefficients of variation (BAL-3)"),
                        List.of(Label.of("指标", "indicator"), Label.of("差异系数", "CV"), Label.of("上限", "ceiling"),
                                Label.of("结论", "verdict")), rows));
                List<List<Cell>> failing = new ArrayList<>();
                for (SchoolAssessment s : stage.schools()) {
                    findings.add(s.bal2());
                    if (!s.bal2().isMet()) {
                        failing.add(List.of(Cell.text(s.schoolId()), Cell.text(s.schoolName()), Cell.count(s.students()),
                                Cell.verdict(s.bal2().verdict()), Cell.words(s.bal2().explanation())));
                    }
                }
                failingSections += stage.failingSchools().size();
                findings.addAll(stage.bal3());
                findings.add(stage.bal5());
                findings.addAll(stage.bal6());
                perCounty.add(new Table(Label.of(county.name() + " " + stageLabel.zh() + " 未达标学校 (BAL-2)",
                        county.name() + " " + stageLabel.en() + ": sections not meeting BAL-2"),
                        List.of(Label.of("学校", "school"), Label.of("名称", "name"), Label.of("学生", "students"),
                                Label.of("结论", "verdict"), Label.of("说明", "explanation")), failing));
                int passing = stage.schools().size() - stage.failingSchools().size();
                verdictRows.add(List.of(Cell.text("BAL-2"), Cell.label(stage.stage()), Cell.empty(),
                        Cell.words(stage.schools().size() + " 个学段中 " + passing + " 个未判为未达标",
                                passing + " / " + stage.schools().size() + " sections not failing")));
                verdictRows.add(List.of(Cell.text("BAL-5"), Cell.label(stage.stage()), Cell.verdict(stage.bal5().verdict()),
                        Cell.words(stage.bal5().explanation())));
                for (int i = 0; i < stage.bal6().size(); i++) {
                    Finding f = stage.bal6().get(i);
                    Label what = i == 0 ? Label.of("班额", "class size") : Label.of("学校规模", "school size");
                    verdictRows.add(List.of(Cell.text("BAL-6"), Cell.words(what.zh() + ", " + stageLabel.zh(),
                            what.en() + ", " + stageLabel.en()), Cell.verdict(f.verdict()), Cell.words(f.explanation())));
                }
            }
            findings.add(county.verdict());
            verdictRows.add(List.of(Cell.text("BAL-1"), Cell.text(county.name()), Cell.verdict(county.verdict().verdict()),
                    Cell.words(county.verdict().explanation())));
            perCounty.add(new Table(Label.of(county.name() + " 县域评估结论", county.name() + ": county verdict"),
                    Table.FINDING_COLUMNS, verdictRows));
            countyRows.add(List.of(Cell.text(county.county().value()), Cell.text(county.name()),
                    Cell.verdict(county.verdict().verdict()), Cell.count(failingSections), Cell.count(failingCvs)));
            for (CountyAssessment.Exclusion e : county.exclusions()) {
                if (apart) {
                    excluded.add(List.of(Cell.text(e.schoolId()), Cell.text(e.name()), Cell.words(e.why())));
                } else {
                    notes.add(Label.of("不纳入评估: " + e.schoolId() + " " + e.name() + " — " + e.why().zh(),
                            "excluded: " + e.schoolId() + " " + e.name() + " — " + e.why().en()));
                }
            }
            notes.addAll(county.notes());
        }
        if (!excluded.isEmpty()) {
            detail.add(new Table(Label.of("不纳入评估的学校", "Schools outside the assessment"), List.of(Label.of("学校", "school"),
                    Label.of("名称", "name"), Label.of("原因", "reason")), excluded));
        }
        if (apart) {
            tables.add(new Table(Label.of("各县区评估结论 (BAL-1; 各县区明细见附录)", "County verdicts (BAL-1; each county in the appendix)"),
                    List.of(Label.of("代码", "code"), Label.of("县区", "county"), Label.of("结论", "verdict"),
                            Label.of("未达标学段 (BAL-2)", "sections failing (BAL-2)"),
                            Label.of("超上限差异系数 (BAL-3)", "CVs over the ceiling (BAL-3)")), countyRows));
            notes = List.copyOf(new java.util.LinkedHashSet<>(notes));
        }
        List<Finding> guarantees = FundingGuarantees.check(data, policy);
        findings.addAll(guarantees);
        if (!guarantees.isEmpty()) {
            perCounty.add(Table.ofFindings(Label.of("经费保障 (BAL-6: 小规模乡村学校, 特殊教育; 标准未经核实)",
                    "Funding guarantees (BAL-6: small village schools, special education; figures unconfirmed)"), guarantees));
        }
        gaps(data, tables, notes);
        return new SectionParts(new Section(Label.of("校际均衡", "Balance"), tables, notes, findings), detail);
    }

    /** Public funds per student by school, decomposed by location and by district (BAL-7). */
    private static void gaps(DataSet data, List<Table> tables, List<Label> notes) {
        PublicFundsPerStudent funds = PublicFundsPerStudent.of(data);
        Map<Location, GeneralizedEntropy> byLocation = new LinkedHashMap<>();
        Map<DivisionCode, GeneralizedEntropy> byDistrict = new LinkedHashMap<>();
        Distribution all = new Distribution();
        for (PublicFundsPerStudent.SchoolValue v : funds.schools()) {
            byLocation.computeIfAbsent(v.school().location(), k -> GeneralizedEntropy.theil()).accept(v.perStudent(), v.students());
            byDistrict.computeIfAbsent(v.school().jurisdiction(), k -> GeneralizedEntropy.theil()).accept(v.perStudent(), v.students());
            all.accept(v.perStudent(), v.students());
        }
        int left = funds.left();
        if (all.count() == 0) {
            notes.add(Label.of("无学校公用经费数据, 未作泰尔分解。", "No school funding figures: no Theil decomposition."));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        Decomposition<Location> loc = GeneralizedEntropy.decompose(byLocation);
        Decomposition<DivisionCode> dist = GeneralizedEntropy.decompose(byDistrict);
        rows.add(List.of(Cell.words("城区/镇区/乡村", "location"), fmt(loc.total()), fmt(loc.between()), fmt(loc.within()),
                share(loc.betweenShare())));
        rows.add(List.of(Cell.words("区县", "district"), fmt(dist.total()), fmt(dist.between()), fmt(dist.within()),
                share(dist.betweenShare())));
        tables.add(new Table(Label.of("生均公用经费的泰尔指数分解 (学生加权)", "Theil T of public funds per student, decomposed (student-weighted)"),
                List.of(Label.of("分组", "grouping"), Label.of("总体", "total"), Label.of("组间", "between"),
                        Label.of("组内", "within"), Label.of("组间占比", "between share")), rows));
        List<List<Cell>> lorenz = new ArrayList<>();
        List<double[]> points = all.lorenz();
        for (int decile = 1; decile <= 9; decile++) {
            double p = decile / 10.0;
            lorenz.add(List.of(Cell.percent(BigDecimal.valueOf(decile * 10L)), share(lorenzAt(points, p))));
        }
        tables.add(new Table(Label.of(String.format(Locale.ROOT, "生均公用经费洛伦兹曲线 (基尼系数 %.4f)", all.gini()),
                String.format(Locale.ROOT, "Lorenz curve of public funds per student (Gini %.4f)", all.gini())),
                List.of(Label.of("学生累计占比", "share of students"), Label.of("经费累计占比", "share of funds")), lorenz));
        if (left > 0) {
            notes.add(Label.of(left + " 所学校无公用经费或学生记录, 未计入经费分解。",
                    left + " schools without a funding record or students are not in the funding decomposition."));
        }
    }

    /** The Lorenz curve, linear between its points, at a share of weight. */
    private static double lorenzAt(List<double[]> points, double p) {
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            if (p <= b[0]) {
                return b[0] == a[0] ? b[1] : a[1] + (b[1] - a[1]) * (p - a[0]) / (b[0] - a[0]);
            }
        }
        return 1;
    }

    /** An index to five places, as the inequality tables print it. */
    private static Cell fmt(double v) {
        return Cell.decimal(new BigDecimal(String.format(Locale.ROOT, "%.5f", v)));
    }

    /** A share in [0, 1] as a percentage to one place. */
    private static Cell share(double v) {
        return Cell.percent(new BigDecimal(String.format(Locale.ROOT, "%.1f", 100 * v)));
    }
}

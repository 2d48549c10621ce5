package org.junheng.indicators.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Location;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.inequality.Decomposition;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.inequality.GeneralizedEntropy;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;

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

    private static String verdict(Finding f) {
        return f.verdict().label().zh() + " " + f.verdict().label().en();
    }

    /** The section for a data set under a policy. */
    public static Section of(DataSet data, Policy policy) {
        List<Table> tables = new ArrayList<>();
        List<Label> notes = new ArrayList<>();
        for (CountyAssessment county : CountyAssessment.all(data, policy)) {
            List<List<String>> verdictRows = new ArrayList<>();
            for (CountyAssessment.StageAssessment stage : county.stages().values()) {
                List<List<String>> rows = new ArrayList<>();
                for (Finding f : stage.bal3()) {
                    rows.add(List.of(f.subject().substring(f.subject().indexOf(": ") + 2), f.facts().getOrDefault("cv", "—"),
                            f.facts().get("ceiling"), verdict(f)));
                }
                tables.add(Table.ofText(Label.of(county.name() + " " + stage.stage().label().zh() + " 校际差异系数 (BAL-3)",
                        county.name() + " " + stage.stage().label().en() + ": coefficients of variation (BAL-3)"),
                        List.of(Label.of("指标", "indicator"), Label.of("差异系数", "CV"), Label.of("上限", "ceiling"),
                                Label.of("结论", "verdict")), rows));
                List<List<String>> failing = new ArrayList<>();
                for (SchoolAssessment s : stage.schools()) {
                    if (!s.bal2().isMet()) {
                        failing.add(List.of(s.schoolId(), s.schoolName(), Long.toString(s.students()), verdict(s.bal2()),
                                s.bal2().explanation().en()));
                    }
                }
                tables.add(Table.ofText(Label.of(county.name() + " " + stage.stage().label().zh() + " 未达标学校 (BAL-2)",
                        county.name() + " " + stage.stage().label().en() + ": sections not meeting BAL-2"),
                        List.of(Label.of("学校", "school"), Label.of("名称", "name"), Label.of("学生", "students"),
                                Label.of("结论", "verdict"), Label.of("说明", "explanation")), failing));
                verdictRows.add(List.of("BAL-2", stage.stage().label().en(),
                        (stage.schools().size() - stage.failingSchools().size()) + " / " + stage.schools().size()
                                + " sections not failing", ""));
                verdictRows.add(List.of("BAL-5", stage.stage().label().en(), verdict(stage.bal5()), stage.bal5().explanation().en()));
                for (Finding f : stage.bal6()) {
                    verdictRows.add(List.of("BAL-6", f.subject().substring(f.subject().indexOf(": ") + 2) + ", "
                            + stage.stage().label().en(), verdict(f), f.explanation().en()));
                }
            }
            verdictRows.add(List.of("BAL-1", county.name(), verdict(county.verdict()), county.verdict().explanation().en()));
            tables.add(Table.ofText(Label.of(county.name() + " 县域评估结论", county.name() + ": county verdict"),
                    List.of(Label.of("规则", "rule"), Label.of("对象", "subject"), Label.of("结论", "verdict"),
                            Label.of("说明", "explanation")), verdictRows));
            for (CountyAssessment.Exclusion e : county.exclusions()) {
                notes.add(Label.of("不纳入评估: " + e.schoolId() + " " + e.name() + " — " + e.reason(),
                        "excluded: " + e.schoolId() + " " + e.name() + " — " + e.reason()));
            }
            notes.addAll(county.notes());
        }
        List<List<String>> guarantees = new ArrayList<>();
        for (Finding f : FundingGuarantees.check(data, policy)) {
            guarantees.add(List.of(f.rule(), f.subject(), verdict(f), f.explanation().en()));
        }
        if (!guarantees.isEmpty()) {
            tables.add(Table.ofText(Label.of("经费保障 (BAL-6: 小规模乡村学校, 特殊教育; 标准未经核实)",
                    "Funding guarantees (BAL-6: small village schools, special education; figures unconfirmed)"),
                    List.of(Label.of("规则", "rule"), Label.of("对象", "subject"), Label.of("结论", "verdict"),
                            Label.of("说明", "explanation")), guarantees));
        }
        gaps(data, tables, notes);
        return new Section(Label.of("校际均衡", "Balance"), tables, notes);
    }

    /** Public funds per student by school, decomposed by location and by district (BAL-7). */
    private static void gaps(DataSet data, List<Table> tables, List<Label> notes) {
        Map<String, SchoolFunding> latest = new HashMap<>();
        for (SchoolFunding f : data.schoolFunding()) {
            latest.merge(f.schoolId(), f, (a, b) -> a.year() >= b.year() ? a : b);
        }
        Map<String, Long> students = new HashMap<>();
        data.students().forEach(s -> {
            if (s.schoolId() != null) {
                students.merge(s.schoolId(), 1L, Long::sum);
            }
        });
        Map<Location, GeneralizedEntropy> byLocation = new LinkedHashMap<>();
        Map<DivisionCode, GeneralizedEntropy> byDistrict = new LinkedHashMap<>();
        Distribution all = new Distribution();
        int left = 0;
        for (School s : data.schools()) {
            SchoolFunding f = latest.get(s.id());
            long n = students.getOrDefault(s.id(), 0L);
            if (f == null || n == 0 || f.publicFundsBudget().isZero()) {
                left++;
                continue;
            }
            double perStudent = f.publicFundsBudget().yuan().doubleValue() / n;
            byLocation.computeIfAbsent(s.location(), k -> GeneralizedEntropy.theil()).accept(perStudent, n);
            byDistrict.computeIfAbsent(s.jurisdiction(), k -> GeneralizedEntropy.theil()).accept(perStudent, n);
            all.accept(perStudent, n);
        }
        if (all.count() == 0) {
            notes.add(Label.of("无学校公用经费数据, 未作泰尔分解。", "No school funding figures: no Theil decomposition."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        Decomposition<Location> loc = GeneralizedEntropy.decompose(byLocation);
        Decomposition<DivisionCode> dist = GeneralizedEntropy.decompose(byDistrict);
        rows.add(List.of("城区/镇区/乡村 location", fmt(loc.total()), fmt(loc.between()), fmt(loc.within()),
                String.format(Locale.ROOT, "%.1f%%", 100 * loc.betweenShare())));
        rows.add(List.of("区县 district", fmt(dist.total()), fmt(dist.between()), fmt(dist.within()),
                String.format(Locale.ROOT, "%.1f%%", 100 * dist.betweenShare())));
        tables.add(Table.ofText(Label.of("生均公用经费的泰尔指数分解 (学生加权)", "Theil T of public funds per student, decomposed (student-weighted)"),
                List.of(Label.of("分组", "grouping"), Label.of("总体", "total"), Label.of("组间", "between"),
                        Label.of("组内", "within"), Label.of("组间占比", "between share")), rows));
        List<List<String>> lorenz = new ArrayList<>();
        List<double[]> points = all.lorenz();
        for (int decile = 1; decile <= 9; decile++) {
            double p = decile / 10.0;
            lorenz.add(List.of(String.format(Locale.ROOT, "%d%%", decile * 10),
                    String.format(Locale.ROOT, "%.1f%%", 100 * lorenzAt(points, p))));
        }
        tables.add(Table.ofText(Label.of(String.format(Locale.ROOT, "生均公用经费洛伦兹曲线 (基尼系数 %.4f)", all.gini()),
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

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }
}

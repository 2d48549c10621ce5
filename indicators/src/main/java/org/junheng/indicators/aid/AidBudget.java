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
package org.junheng.indicators.aid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.StudentColumns;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.School;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.StudentList;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.core.value.Ratio;
import org.junheng.core.value.SchoolYear;

/**
 * The aid of a whole data set in a school year, for a planner: people and yuan per item, the budget per
 * district and stage, the reasons for refusal, and AID-5's coverage against a list of recipients.
 * Only the items whose rule the policy holds appear ({@link AidCalculator#rule}). Totals are exact sums
 * of fen. A person's district is their school's, or for one at no school of the data set their household
 * registration's (unknown when not recorded).
 *
 * <p>Every map iterates in a fixed order, so a report is the same run after run: items and conditions in
 * their declaration order, districts by code, stages in their order, the people of a group by ID.
 * Immutable and thread-safe.
 *
 * @param schoolYear the school year
 * @param rules the rule granting each item offered by the policy (AID-1 or AID-10 for the same item)
 * @param people entitled people per item
 * @param amounts the exact total per item (priced entitlements only; zero for benefits in kind)
 * @param unpriced entitlements per item whose amount the policy does not set
 * @param byDistrictAndStage the total per district and stage
 * @param refusals refusals per item and failed condition
 * @param eligible per AID-5 group (disabled, hardship), the IDs of people entitled to one of its items
 */
public record AidBudget(SchoolYear schoolYear, Map<AidItem, String> rules, Map<AidItem, Long> people,
        Map<AidItem, Money> amounts, Map<AidItem, Long> unpriced, Map<String, Map<Stage, Money>> byDistrictAndStage,
        Map<AidItem, Map<AidCondition, Long>> refusals, Map<AidItem.Group, SortedSet<String>> eligible) {

    /** Copies every map into one of fixed iteration order (items by declaration, districts by code). */
    public AidBudget {
        Checks.notNull(schoolYear, "schoolYear");
        rules = enumCopy(rules);
        people = enumCopy(people);
        amounts = enumCopy(amounts);
        unpriced = enumCopy(unpriced);
        Map<String, Map<Stage, Money>> copy = new TreeMap<>();
        byDistrictAndStage.forEach((k, v) -> copy.put(k, v.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(v))));
        byDistrictAndStage = Collections.unmodifiableMap(copy);
        Map<AidItem, Map<AidCondition, Long>> r = new EnumMap<>(AidItem.class);
        refusals.forEach((k, v) -> r.put(k, v.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(v))));
        refusals = Collections.unmodifiableMap(r);
        Map<AidItem.Group, SortedSet<String>> e = new EnumMap<>(AidItem.Group.class);
        eligible.forEach((k, v) -> e.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        eligible = Collections.unmodifiableMap(e);
    }

    private static <V> Map<AidItem, V> enumCopy(Map<AidItem, V> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(map));
    }

    /** The IDs of people entitled to an AID-1 to AID-3 (or AID-10) item, for AID-5, sorted. */
    public SortedSet<String> eligibleForDisabledAid() {
        return eligible.getOrDefault(AidItem.Group.DISABLED, Collections.emptySortedSet());
    }

    /** The budget of a data set in the school year of its reference date, with no payment history. */
    public static AidBudget of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        return of(data, AidCalculator.of(policy), SchoolYear.containing(data.asOf()), data.asOf(), List.of());
    }

    /** The budget of a data set in a school year, judged on {@code date}, less what {@code history} paid. */
    public static AidBudget of(DataSet data, AidCalculator calculator, SchoolYear year, LocalDate date,
            Collection<AidPayment> history) {
        Checks.notNull(data, "data");
        Checks.notNull(calculator, "calculator");
        Checks.notNull(year, "year");
        Checks.notNull(date, "date");
        Map<String, List<AidPayment>> paid = AidCalculator.index(history);
        Counters c = new Counters();
        Map<AidItem, String> rules = new EnumMap<>(AidItem.class);
        for (AidItem item : AidItem.values()) {
            calculator.rule(item).ifPresent(rule -> rules.put(item, rule));
        }
        // Records come grouped by school: one lookup per run of the same school, not per record. Most people
        // have none of the disabled items' facts and no payment; their aid follows from their stage, family
        // and boarding at their school, so the first of each kind at a school is decided and the others
        // counted alike, read from the columns without making a Student.
        List<Student> students = StudentList.copyOf(data.students());
        StudentColumns columns = StudentColumns.of(students);
        KindOutcomes[] decided = new KindOutcomes[PLAIN_KINDS];
        School decidedAt = null;
        String lastId = null;
        School last = null;
        for (int i = 0; i < students.size(); i++) {
            String schoolId = columns.schoolId(i);
            School school = null;
            if (schoolId != null) {
                if (!schoolId.equals(lastId)) {
                    lastId = schoolId;
                    last = data.school(lastId).orElse(null);
                }
                school = last;
            }
            DivisionCode registration = columns.householdRegistration(i);
            c.at(school != null ? school.jurisdiction().value()
                    : registration != null ? registration.value() : "unknown");
            List<AidPayment> own = paid.isEmpty() ? List.of() : paid.getOrDefault(columns.id(i), List.of());
            if (!own.isEmpty() || columns.hasDisabilityCertificate(i) || columns.disabledFamilyMember(i)
                    || columns.hasAdultDiploma(i)) {
                calculator.decide(students.get(i), school, year, date, own, c);
                continue;
            }
            if (school != decidedAt) {
                Arrays.fill(decided, null);
                decidedAt = school;
            }
            Stage stage = columns.stage(i);
            int kind = plainKind(stage, columns.familyStatus(i), columns.familyInHardship(i), columns.boarding(i));
            KindOutcomes outcomes = decided[kind];
            if (outcomes == null) {
                outcomes = new KindOutcomes();
                calculator.decide(students.get(i), school, year, date, own, outcomes);
                decided[kind] = outcomes;
            }
            outcomes.countInto(c, stage, columns, i);
        }
        Map<AidItem, Long> people = new EnumMap<>(AidItem.class);
        Map<AidItem, Money> amounts = new EnumMap<>(AidItem.class);
        Map<AidItem, Long> unpriced = new EnumMap<>(AidItem.class);
        for (AidItem item : AidItem.values()) {
            if (c.people[item.ordinal()] > 0) {
                people.put(item, c.people[item.ordinal()]);
                amounts.put(item, Money.ofFen(c.fen[item.ordinal()]));
                unpriced.put(item, c.unpriced[item.ordinal()]);
            }
        }
        Map<String, Map<Stage, Money>> byDistrict = new TreeMap<>();
        c.byDistrict.forEach((district, fen) -> {
            Map<Stage, Money> stages = new EnumMap<>(Stage.class);
            for (Stage st : Stage.values()) {
                if (fen[st.ordinal()] != 0) {
                    stages.put(st, Money.ofFen(fen[st.ordinal()]));
                }
            }
            byDistrict.put(district, stages);
        });
        Map<AidItem.Group, SortedSet<String>> eligible = new EnumMap<>(AidItem.Group.class);
        c.eligible.forEach((group, ids) -> eligible.put(group, SortedIds.of(ids)));
        return new AidBudget(year, rules, people, amounts, unpriced, byDistrict, c.refusals, eligible);
    }

    private static final int FAMILY_STATUSES = FamilyStatus.values().length;
    /** The kinds of people without the disabled items' facts: stage × family status × hardship × boarding. */
    private static final int PLAIN_KINDS = Stage.values().length * FAMILY_STATUSES * 4;

    /** The facts that decide the aid of a person without the disabled items' facts and without payments. */
    private static int plainKind(Stage stage, FamilyStatus family, boolean hardship, boolean boarding) {
        return (stage.ordinal() * FAMILY_STATUSES + family.ordinal()) * 4 + (hardship ? 2 : 0) + (boarding ? 1 : 0);
    }

    /** Counts the outcomes of many decisions without making an object per entitlement. */
    private static final class Counters implements AidCalculator.Sink {
        final long[] people = new long[AidItem.values().length];
        final long[] fen = new long[AidItem.values().length];
        final long[] unpriced = new long[AidItem.values().length];
        final Map<String, long[]> byDistrict = new TreeMap<>();
        final Map<AidItem, Map<AidCondition, Long>> refusals = new EnumMap<>(AidItem.class);
        /** Per group, the IDs of its entitlements in the order met, a person's once per item: sorted at the end. */
        final Map<AidItem.Group, List<String>> eligible = new EnumMap<>(AidItem.Group.class);
        /** The district of the student decided on; its amounts by stage once one is not zero. */
        private String district;
        private long[] districtFen;

        void at(String district) {
            if (!district.equals(this.district)) {
                this.district = district;
                districtFen = null;
            }
        }

        @Override
        public void entitled(Student student, AidItem item, String rule, Money amount, SchoolYear period, boolean priority) {
            entitled(item, amount, student.stage(), item.group() == AidItem.Group.NONE ? null : student.id());
        }

        /** An entitlement of a person at {@code stage}; {@code id} is needed only for an item of an AID-5 group. */
        void entitled(AidItem item, Money amount, Stage stage, String id) {
            people[item.ordinal()]++;
            if (amount == null) {
                unpriced[item.ordinal()]++;
            } else if (!amount.isZero()) {
                fen[item.ordinal()] = Math.addExact(fen[item.ordinal()], amount.fen());
                if (districtFen == null) {
                    districtFen = byDistrict.computeIfAbsent(district, k -> new long[Stage.values().length]);
                }
                long[] d = districtFen;
                d[stage.ordinal()] = Math.addExact(d[stage.ordinal()], amount.fen());
            }
            if (item.group() != AidItem.Group.NONE) {
                eligible.computeIfAbsent(item.group(), k -> new ArrayList<>()).add(id);
            }
        }

        @Override
        public void refused(Student student, AidItem item, String rule, List<AidCondition> failed) {
            refused(item, failed);
        }

        void refused(AidItem item, List<AidCondition> failed) {
            Map<AidCondition, Long> reasons = refusals.computeIfAbsent(item, k -> new EnumMap<>(AidCondition.class));
            for (AidCondition condition : failed) {
                reasons.merge(condition, 1L, Long::sum);
            }
        }
    }

    /**
     * Distinct strings in a sorted array, as a sorted set: {@code new TreeSet<>(ids)} builds its tree from
     * it in one pass, where adding a province's half a million IDs one by one rebalanced it at every step.
     * It goes only into that copy, which reads its size, order and iterator; the views are not needed.
     */
    private static final class SortedIds extends java.util.AbstractSet<String> implements SortedSet<String> {
        private final String[] ids;
        private final int size;

        private SortedIds(String[] ids, int size) {
            this.ids = ids;
            this.size = size;
        }

        /** The distinct IDs of {@code ids}, sorted (data sets list them mostly in order already). */
        static SortedIds of(List<String> ids) {
            String[] sorted = ids.toArray(new String[0]);
            Arrays.sort(sorted);
            int distinct = 0;
            for (String id : sorted) {
                if (distinct == 0 || !id.equals(sorted[distinct - 1])) {
                    sorted[distinct++] = id;
                }
            }
            return new SortedIds(sorted, distinct);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return Collections.unmodifiableList(Arrays.asList(ids).subList(0, size)).iterator();
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Comparator<? super String> comparator() {
            return null; // the natural order, as the TreeSet it is copied into
        }

        private static UnsupportedOperationException onlyCopied() {
            return new UnsupportedOperationException("only copied into a TreeSet");
        }

        @Override
        public SortedSet<String> subSet(String fromElement, String toElement) {
            throw onlyCopied();
        }

        @Override
        public SortedSet<String> headSet(String toElement) {
            throw onlyCopied();
        }

        @Override
        public SortedSet<String> tailSet(String fromElement) {
            throw onlyCopied();
        }

        @Override
        public String first() {
            throw onlyCopied();
        }

        @Override
        public String last() {
            throw onlyCopied();
        }
    }

    /** One person's outcomes, counted again for each person of the same kind at the same school. */
    private static final class KindOutcomes implements AidCalculator.Sink {
        private final List<AidItem> granted = new ArrayList<>(4);
        private final List<Money> amounts = new ArrayList<>(4);
        private final List<AidItem> refused = new ArrayList<>(2);
        private final List<List<AidCondition>> failed = new ArrayList<>(2);

        @Override
        public void entitled(Student student, AidItem item, String rule, Money amount, SchoolYear period, boolean priority) {
            granted.add(item);
            amounts.add(amount);
        }

        @Override
        public void refused(Student student, AidItem item, String rule, List<AidCondition> failed) {
            refused.add(item);
            this.failed.add(failed);
        }

        /** Counts these outcomes for the person at {@code index}, whose ID is read only when a group needs it. */
        void countInto(Counters counters, Stage stage, StudentColumns columns, int index) {
            String id = null;
            for (int k = 0; k < granted.size(); k++) {
                AidItem item = granted.get(k);
                if (id == null && item.group() != AidItem.Group.NONE) {
                    id = columns.id(index);
                }
                counters.entitled(item, amounts.get(k), stage, id);
            }
            for (int k = 0; k < refused.size(); k++) {
                counters.refused(refused.get(k), failed.get(k));
            }
        }
    }

    /** The exact total of every priced item. */
    public Money total() {
        return Money.sum(amounts.values());
    }

    /**
     * AID-5 (SY24 任务7 目标): of those entitled to the disabled items, how many are among {@code recipients}
     * (全覆盖 means 100%), with the IDs of those missing; not applicable when nobody is entitled.
     */
    public Coverage coverage(Collection<String> recipients) {
        return coverage(AidItem.Group.DISABLED, recipients);
    }

    /**
     * AID-5 for a group: of those entitled to one of the group's items, how many are among
     * {@code recipients}, with the IDs of those missing (sorted). For {@link AidItem.Group#HARDSHIP} this is
     * LN23 §8 and CN23 §7's 应助尽助: every student of a family in hardship who qualifies for the living
     * subsidy, a national grant, a fee waiver or preschool aid is a recipient.
     *
     * @throws IllegalArgumentException for {@link AidItem.Group#NONE}, which has no coverage indicator
     */
    public Coverage coverage(AidItem.Group group, Collection<String> recipients) {
        Checks.notNull(group, "group");
        Checks.check(group != AidItem.Group.NONE, "group (%s) must be DISABLED or HARDSHIP", group);
        Checks.notNull(recipients, "recipients");
        Set<String> paid = Set.copyOf(recipients);
        SortedSet<String> of = eligible.getOrDefault(group, Collections.emptySortedSet());
        List<String> missing = of.stream().filter(id -> !paid.contains(id)).toList();
        return new Coverage(group, of.size(), of.size() - missing.size(), missing);
    }

    /**
     * AID-5 coverage: recipients ÷ eligible, exact.
     *
     * @param group the group of items
     * @param eligible people entitled to an item of the group
     * @param covered of them, those in the recipients list
     * @param missing the IDs of the eligible who are not recipients
     */
    public record Coverage(AidItem.Group group, long eligible, long covered, List<String> missing) {

        /** Checks the group and copies the list of people missing. */
        public Coverage {
            Checks.notNull(group, "group");
            missing = List.copyOf(missing);
            Checks.check(covered >= 0 && covered <= eligible && eligible - covered == missing.size(),
                    "covered (%d) and missing (%d) must add up to eligible (%d)", covered, missing.size(), eligible);
        }

        /** The rate, empty when nobody is eligible (a zero denominator is not 0% and not 100%). */
        public java.util.Optional<Ratio> rate() {
            return eligible == 0 ? java.util.Optional.empty() : java.util.Optional.of(Ratio.of(covered, eligible));
        }

        /** Whether everyone eligible is covered (AID-5: 全覆盖). */
        public boolean isFull() {
            return eligible > 0 && covered == eligible;
        }
    }

    /** A district's total. */
    public Money districtTotal(DivisionCode code) {
        return Money.sum(byDistrictAndStage.getOrDefault(code.value(), Map.of()).values());
    }

    /**
     * A table, one row per item offered: its rule, the people entitled, the exact amount (and how many
     * entitlements are unpriced), then the total; how the budget reads in JShell.
     */
    @Override
    public String toString() {
        org.junheng.indicators.report.TextTable table = org.junheng.indicators.report.TextTable.of(
                "aid budget " + schoolYear + " (total " + total() + ")", "item", "rule", "people", "amount (yuan)",
                "unpriced");
        for (Map.Entry<AidItem, String> item : rules.entrySet()) {
            Money amount = amounts.get(item.getKey());
            Long withoutAmount = unpriced.get(item.getKey());
            table.row(item.getKey().label().en(), item.getValue(), people.getOrDefault(item.getKey(), 0L),
                    amount == null ? "" : amount.toPlainString(),
                    withoutAmount == null || withoutAmount == 0 ? "" : withoutAmount);
        }
        table.row("total", "", "", total().toPlainString(), "");
        return table.toString();
    }
}

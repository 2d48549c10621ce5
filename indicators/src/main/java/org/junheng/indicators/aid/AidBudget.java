package org.junheng.indicators.aid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.School;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.core.value.Ratio;
import org.junheng.core.value.SchoolYear;

/**
 * The aid of a whole data set in a school year, for a planner: people and yuan per item, the budget per
 * district and stage, the reasons for refusal, and AID-5's coverage against a list of recipients.
 * Totals are exact sums of fen. A person's district is their school's, or for one at no school of the
 * data set their household registration's (unknown when not recorded). Immutable and thread-safe.
 *
 * @param schoolYear the school year
 * @param people entitled people per item
 * @param amounts the exact total per item (priced entitlements only)
 * @param unpriced entitlements per item whose amount the policy does not set
 * @param byDistrictAndStage the total per district and stage
 * @param refusals refusals per item and failed condition
 * @param eligibleForDisabledAid the IDs of people entitled to an AID-1 to AID-3 item, for AID-5
 */
public record AidBudget(SchoolYear schoolYear, Map<AidItem, Long> people, Map<AidItem, Money> amounts,
        Map<AidItem, Long> unpriced, Map<String, Map<Stage, Money>> byDistrictAndStage,
        Map<AidItem, Map<AidCondition, Long>> refusals, Set<String> eligibleForDisabledAid) {

    public AidBudget {
        people = Map.copyOf(people);
        amounts = Map.copyOf(amounts);
        unpriced = Map.copyOf(unpriced);
        Map<String, Map<Stage, Money>> copy = new TreeMap<>();
        byDistrictAndStage.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byDistrictAndStage = java.util.Collections.unmodifiableMap(copy);
        Map<AidItem, Map<AidCondition, Long>> r = new EnumMap<>(AidItem.class);
        refusals.forEach((k, v) -> r.put(k, Map.copyOf(v)));
        refusals = java.util.Collections.unmodifiableMap(r);
        eligibleForDisabledAid = Set.copyOf(eligibleForDisabledAid);
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
        for (Student s : data.students()) {
            School school = s.schoolId() == null ? null : data.school(s.schoolId()).orElse(null);
            c.district = school != null ? school.jurisdiction().value()
                    : s.householdRegistration() != null ? s.householdRegistration().value() : "unknown";
            calculator.decide(s, school, year, date, paid.getOrDefault(s.id(), List.of()), c);
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
        return new AidBudget(year, people, amounts, unpriced, byDistrict, c.refusals, c.disabled);
    }

    /** Counts the outcomes of many decisions without making an object per entitlement. */
    private static final class Counters implements AidCalculator.Sink {
        final long[] people = new long[AidItem.values().length];
        final long[] fen = new long[AidItem.values().length];
        final long[] unpriced = new long[AidItem.values().length];
        final Map<String, long[]> byDistrict = new HashMap<>();
        final Map<AidItem, Map<AidCondition, Long>> refusals = new EnumMap<>(AidItem.class);
        final Set<String> disabled = new java.util.HashSet<>();
        String district;

        @Override
        public void entitled(Student student, AidItem item, Money amount, boolean priority) {
            people[item.ordinal()]++;
            if (amount == null) {
                unpriced[item.ordinal()]++;
            } else if (!amount.isZero()) {
                fen[item.ordinal()] = Math.addExact(fen[item.ordinal()], amount.fen());
                long[] d = byDistrict.computeIfAbsent(district, k -> new long[Stage.values().length]);
                d[student.stage().ordinal()] = Math.addExact(d[student.stage().ordinal()], amount.fen());
            }
            if (item.isDisabledAid()) {
                disabled.add(student.id());
            }
        }

        @Override
        public void refused(Student student, AidItem item, List<AidCondition> failed) {
            Map<AidCondition, Long> reasons = refusals.computeIfAbsent(item, k -> new EnumMap<>(AidCondition.class));
            for (AidCondition condition : failed) {
                reasons.merge(condition, 1L, Long::sum);
            }
        }
    }

    /** The exact total of every priced item. */
    public Money total() {
        return Money.sum(amounts.values());
    }

    /**
     * AID-5: of those entitled to the disabled items, how many are among {@code recipients} (全覆盖 means
     * 100%), with the IDs of those missing; not applicable when nobody is entitled.
     */
    public Coverage coverage(Collection<String> recipients) {
        Checks.notNull(recipients, "recipients");
        Set<String> paid = Set.copyOf(recipients);
        List<String> missing = new ArrayList<>(eligibleForDisabledAid.stream().filter(id -> !paid.contains(id)).sorted().toList());
        long covered = eligibleForDisabledAid.size() - missing.size();
        return new Coverage(eligibleForDisabledAid.size(), covered, missing);
    }

    /**
     * AID-5 coverage: recipients ÷ eligible, exact.
     *
     * @param eligible people entitled to a disabled item
     * @param covered of them, those in the recipients list
     * @param missing the IDs of the eligible who are not recipients
     */
    public record Coverage(long eligible, long covered, List<String> missing) {

        public Coverage {
            missing = List.copyOf(missing);
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
}

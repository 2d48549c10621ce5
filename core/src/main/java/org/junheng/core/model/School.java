package org.junheng.core.model;

import java.util.EnumSet;
import java.util.Set;
import org.junheng.core.internal.Checks;

/**
 * A school or kindergarten.
 *
 * <p>Memberships: a school belongs to at most one education group (集团, COV-9), at most one alliance
 * (联盟, COV-7) and is paired with at most one partner school (结对, COV-8); each is the other record's ID,
 * checked by the data set. Resources per stage section are {@link SchoolResources} records.
 * Immutable and thread-safe.
 *
 * @param id unique ID in the data set
 * @param name the school's name
 * @param jurisdiction the county or district that runs it
 * @param type the kind of school, which fixes its stages
 * @param ownership public or private
 * @param inclusive whether a private kindergarten is recognised as inclusive (普惠性); public schools are
 *     always inclusive, so this must be true for them
 * @param location 城区, 镇区 or 乡村
 * @param weak whether the school is recognised as weak (薄弱学校, 办学条件薄弱)
 * @param teachingPoint whether it is a teaching point (教学点) rather than a full school
 * @param groupId the education group it belongs to; optional
 * @param allianceId the alliance it belongs to; optional
 * @param pairedWith the ID of its partner school; optional
 * @param features facilities and services it has
 */
public record School(
        String id,
        String name,
        DivisionCode jurisdiction,
        SchoolType type,
        Ownership ownership,
        boolean inclusive,
        Location location,
        boolean weak,
        boolean teachingPoint,
        String groupId,
        String allianceId,
        String pairedWith,
        Set<SchoolFeature> features) {

    public School {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notNull(type, "type");
        Checks.notNull(ownership, "ownership");
        Checks.notNull(location, "location");
        Checks.notNull(features, "features");
        Checks.check(ownership == Ownership.PRIVATE || inclusive,
                "inclusive (false) is only possible for a private school: public schools are inclusive");
        Checks.check(pairedWith == null || !pairedWith.equals(id), "pairedWith (%s) must be another school", id);
        // an EnumSet keeps the features in declaration order, so iteration is the same on every run
        features = features.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    public boolean isPublic() {
        return ownership == Ownership.PUBLIC;
    }

    public boolean teaches(Stage stage) {
        return type.teaches(stage);
    }

    public boolean has(SchoolFeature feature) {
        return features.contains(feature);
    }

    @Override
    public String toString() {
        return "School[" + id + " " + name + ", " + type.label().en() + ", " + ownership.label().en() + ", "
                + location.label().en() + (weak ? ", weak" : "") + "]";
    }
}

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

    /**
     * Checks the required fields, that only a private school may be non-inclusive, and that a school is not
     * paired with itself; keeps the features in declaration order.
     */
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

    /** Whether the school is public (公办). */
    public boolean isPublic() {
        return ownership == Ownership.PUBLIC;
    }

    /** Whether its type teaches {@code stage}. */
    public boolean teaches(Stage stage) {
        return type.teaches(stage);
    }

    /** Whether it has {@code feature}. */
    public boolean has(SchoolFeature feature) {
        return features.contains(feature);
    }

    /**
     * {@code "School[S001 示例小学, primary school, public, rural, weak]"}: ID, name, then type, ownership and
     * location in English, and {@code weak} when the school is weak.
     */
    @Override
    public String toString() {
        return "School[" + id + " " + name + ", " + type.label().en() + ", " + ownership.label().en() + ", "
                + location.label().en() + (weak ? ", weak" : "") + "]";
    }

    /** A builder with no features, every flag false and every optional field empty; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this school's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).jurisdiction(jurisdiction).type(type).ownership(ownership)
                .inclusive(inclusive).location(location).weak(weak).teachingPoint(teachingPoint).groupId(groupId)
                .allianceId(allianceId).pairedWith(pairedWith).features(features);
    }

    /**
     * Builds a {@link School} by named fields. Required: {@code id}, {@code name}, {@code jurisdiction},
     * {@code type}, {@code ownership}, {@code location}; {@link #build()} names every one missing at once,
     * then the record's own checks apply. {@code inclusive} defaults to true for a public school (the only
     * value the record accepts there) and false for a private one unless set; flags default to false, the
     * memberships to absent, the features to none. Not thread-safe; reusable after {@code build()}.
     */
    public static final class Builder {
        private String id;
        private String name;
        private DivisionCode jurisdiction;
        private SchoolType type;
        private Ownership ownership;
        private Boolean inclusive;
        private Location location;
        private boolean weak;
        private boolean teachingPoint;
        private String groupId;
        private String allianceId;
        private String pairedWith;
        private final Set<SchoolFeature> features = EnumSet.noneOf(SchoolFeature.class);

        private Builder() {
        }

        /** Sets the unique ID in the data set (required). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the school's name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the county or district that runs it (required). */
        public Builder jurisdiction(DivisionCode jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        /** Sets the kind of school, which fixes its stages (required). */
        public Builder type(SchoolType type) {
            this.type = type;
            return this;
        }

        /** Sets public or private (required). */
        public Builder ownership(Ownership ownership) {
            this.ownership = ownership;
            return this;
        }

        /** Sets whether recognised as inclusive (普惠性); by default true exactly when public. */
        public Builder inclusive(boolean inclusive) {
            this.inclusive = inclusive;
            return this;
        }

        /** Sets 城区, 镇区 or 乡村 (required). */
        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        /** Sets whether recognised as weak (薄弱学校). */
        public Builder weak(boolean weak) {
            this.weak = weak;
            return this;
        }

        /** Sets whether a teaching point (教学点) rather than a full school. */
        public Builder teachingPoint(boolean teachingPoint) {
            this.teachingPoint = teachingPoint;
            return this;
        }

        /** Sets the education group it belongs to (集团; optional). */
        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        /** Sets the alliance it belongs to (联盟; optional). */
        public Builder allianceId(String allianceId) {
            this.allianceId = allianceId;
            return this;
        }

        /** Sets the ID of its partner school (结对; optional). */
        public Builder pairedWith(String pairedWith) {
            this.pairedWith = pairedWith;
            return this;
        }

        /** Replaces the facilities and services it has. */
        public Builder features(Set<SchoolFeature> features) {
            this.features.clear();
            this.features.addAll(Checks.notNull(features, "features"));
            return this;
        }

        /** Adds facilities or services it has. */
        public Builder feature(SchoolFeature... more) {
            for (SchoolFeature f : more) {
                features.add(Checks.notNull(f, "feature"));
            }
            return this;
        }

        /**
         * The school.
         *
         * @throws IllegalStateException naming every required field not set
         * @throws IllegalArgumentException when the record's own checks refuse the fields
         */
        public School build() {
            Required.check("School", "id", id, "name", name, "jurisdiction", jurisdiction, "type", type,
                    "ownership", ownership, "location", location);
            boolean inclusiveOrDefault = inclusive != null ? inclusive : ownership == Ownership.PUBLIC;
            return new School(id, name, jurisdiction, type, ownership, inclusiveOrDefault, location, weak,
                    teachingPoint, groupId, allianceId, pairedWith, features);
        }
    }
}

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
package org.junheng.core.internal;

import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Stage;
import org.junheng.core.model.StudentList;

/**
 * One student's fields in the form a {@link StudentList} stores them, for a data set reader to add
 * without making a {@link org.junheng.core.model.Student}, its strings and its dates: a province has five
 * million. The reader vouches for each field's own form (a visible ASCII ID, a name that is not blank,
 * the required fields present); {@link #addTo} applies the record's checks across fields and adds the row,
 * or refuses it and adds nothing (the reader then reads the record the ordinary way, which names the
 * problem). Not API: the reader and the list live in different packages. Reusable; not thread-safe.
 */
public final class StudentRow {
    /** An absent date. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    /** Adds a row to a builder; the one there is comes from {@link StudentList}, installed as it loads. */
    public interface Sink {
        /** Adds {@code row} when it passes the record's checks; false, adding nothing, otherwise. */
        boolean add(StudentList.Builder builder, StudentRow row);
    }

    private static volatile Sink sink;

    /** The ID's bytes {@code idFrom..idTo}: visible ASCII, which is Latin-1 as it stands. */
    public byte[] idBytes;
    public int idFrom;
    public int idTo;
    /** The name as ASCII bytes {@code nameFrom..nameTo}, when it is ASCII; null otherwise. */
    public byte[] nameBytes;
    public int nameFrom;
    public int nameTo;
    /** The name when it is not ASCII; null when {@link #nameBytes} holds it or there is none. */
    public String name;
    public String schoolId;
    public Stage stage;
    public int grade;
    public Gender gender;
    public DivisionCode householdRegistration;
    public boolean boarding;
    public boolean homeTaught;
    public FamilyStatus familyStatus;
    public boolean familyInHardship;
    public boolean disabledFamilyMember;
    public boolean specialHardshipInEnrolmentYear;
    /** Dates as epoch days, {@link #NO_DATE} for none; the birth date is required. */
    public int birthDate;
    public int enrolmentDate;
    public int disabilityCertificateFrom;
    public int disabilityCertificateUntil;
    public int adultDiplomaDate;

    /** Installs the sink; {@link StudentList} does, once. */
    public static void install(Sink rows) {
        if (sink != null) {
            throw new IllegalStateException("a sink is installed already");
        }
        sink = rows;
    }

    /**
     * Adds this row to {@code builder} when the {@link org.junheng.core.model.Student} of these fields would
     * pass its checks; false, adding nothing, otherwise.
     */
    public boolean addTo(StudentList.Builder builder) {
        // a builder exists, so StudentList has loaded and installed its sink
        return sink.add(builder, this);
    }
}

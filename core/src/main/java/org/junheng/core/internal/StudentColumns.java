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

import java.util.List;
import java.util.function.Function;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.StudentList;

/**
 * A student's fields read from a {@link StudentList}'s columns by index, without making the
 * {@link Student}, its strings and its dates: for the indicators that pass over the five million students
 * of a province and need a few facts of each. Each method answers what the same method of
 * {@code list.get(index)} would. Not API: the list and the indicators live in different modules.
 */
public abstract class StudentColumns {
    /** Makes a list's view; the one there is comes from {@link StudentList}, installed as it loads. */
    private static volatile Function<StudentList, StudentColumns> factory;

    protected StudentColumns() {
    }

    /** The view of {@code students} when it is a {@link StudentList}; null otherwise. */
    public static StudentColumns of(List<Student> students) {
        // a list exists, so StudentList has loaded and installed its factory
        return students instanceof StudentList list ? factory.apply(list) : null;
    }

    /** Installs the factory; {@link StudentList} does, once. */
    public static void install(Function<StudentList, StudentColumns> views) {
        if (factory != null) {
            throw new IllegalStateException("a factory is installed already");
        }
        factory = views;
    }

    /** The ID; a new string each call. */
    public abstract String id(int index);

    /** The school's ID, the data set's own string; null for none. */
    public abstract String schoolId(int index);

    public abstract Stage stage(int index);

    public abstract DivisionCode householdRegistration(int index);

    public abstract boolean boarding(int index);

    public abstract FamilyStatus familyStatus(int index);

    public abstract boolean familyInHardship(int index);

    public abstract boolean disabledFamilyMember(int index);

    /** Whether a disability certificate is recorded, valid or not. */
    public abstract boolean hasDisabilityCertificate(int index);

    public abstract boolean hasAdultDiploma(int index);
}

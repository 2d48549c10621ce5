/**
 * Data sets in and out: one JSON document ({@link org.junheng.core.io.DataSetJson}) or a folder of CSV
 * files ({@link org.junheng.core.io.DataSetCsv}), with the same field names. Reading is
 * all-or-problems: a valid {@link org.junheng.core.model.DataSet}, or an
 * {@link org.junheng.core.model.InvalidDataException} listing every problem with its place.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.core.io;

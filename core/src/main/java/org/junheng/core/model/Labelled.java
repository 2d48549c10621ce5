package org.junheng.core.model;

import org.junheng.core.value.Label;

/** A value with a label for people in Chinese and English. */
public interface Labelled {
    Label label();
}

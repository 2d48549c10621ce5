package org.junheng.core.value;

/** The languages of labels for people: Chinese, the law's own terms, and English. */
public enum Language {
    /** 中文. */
    ZH,
    /** English. */
    EN
}

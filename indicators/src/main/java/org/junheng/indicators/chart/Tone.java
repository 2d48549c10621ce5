package org.junheng.indicators.chart;

/** How a mark reads against its rule: a colour that a legend and an outline (not colour alone) explain. */
public enum Tone {
    /** Within the rule: green. */
    GOOD("#1b7f3b"),
    /** A breach of a binding rule: red, drawn larger and outlined. */
    BAD("#c62828"),
    /** Short of a target that is not binding: amber. */
    SHORT("#b26a00"),
    /** No judgement: grey. */
    NEUTRAL("#546e7a");

    private final String colour;

    Tone(String colour) {
        this.colour = colour;
    }

    /** The colour as {@code #rrggbb}. */
    public String colour() {
        return colour;
    }
}

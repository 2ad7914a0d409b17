package org.renkei.oncall;

/** What a cover period comes from; labels under {@code oncall.period-kind.*}. */
public enum PeriodKind {
    /** The 主治医's absence, accepted by the covering doctor. */
    ABSENCE,
    /** A slot of the pool's rota. */
    ROTA,
    /** A night or holiday of a pair agreement. */
    PAIR
}

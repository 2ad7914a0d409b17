package org.renkei.directory;

import java.util.Set;

/** Which facilities a capability search keeps by their intake, read as of now (a stale one is {@link Intake#UNKNOWN}). */
public enum IntakeFilter {
    /** Whatever they said, or nothing. */
    ANY(Set.of(Intake.values())),
    /** 受け入れ可 only. */
    ACCEPTING(Set.of(Intake.ACCEPTING)),
    /** 受け入れ可 or 要相談. */
    ACCEPTING_OR_ASK(Set.of(Intake.ACCEPTING, Intake.ASK));

    private final Set<Intake> keeps;

    IntakeFilter(Set<Intake> keeps) {
        this.keeps = keeps;
    }

    /** The intakes this filter keeps. */
    public Set<Intake> keeps() {
        return keeps;
    }
}

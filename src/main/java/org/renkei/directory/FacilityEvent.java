package org.renkei.directory;

import org.renkei.security.Actor;

/**
 * What happened to a facility's entry in the directory. Aggregates register these; the access log (and any module that
 * listens, such as the coordination desk) learn of the change from them.
 */
public sealed interface FacilityEvent {

    long facilityId();

    Actor actor();

    /** The facility said what it takes on, where and when (対応可能な医療・ケア). */
    record CapabilitiesDeclared(long facilityId, Actor actor) implements FacilityEvent {}

    /** The facility confirmed whether it takes new patients now. */
    record IntakeConfirmed(long facilityId, Intake intake, Actor actor) implements FacilityEvent {}
}

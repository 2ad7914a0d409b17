package org.renkei.preparedness;

import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * What happened to a disaster plan or during a disaster event. The aggregates register these; listeners keep the event's
 * record (for the after-action review), the access log, the notices and the live board, each in one place.
 */
public sealed interface PrepEvent {

    Actor actor();

    /** A step of a plan. */
    sealed interface OfPlan extends PrepEvent {
        long planId();

        long patientId();

        int planVersion();
    }

    /** A step of a disaster event. */
    sealed interface OfEvent extends PrepEvent {
        long eventId();
    }

    record PlanStarted(long planId, long patientId, int planVersion, Actor actor) implements OfPlan {}

    record PlanEdited(long planId, long patientId, int planVersion, Actor actor) implements OfPlan {}

    /** The 主治医 confirmed the medical part, as of a version of the summary. */
    record MedicalConfirmed(long planId, long patientId, int planVersion, int summaryVersion, Actor actor) implements OfPlan {}

    /** 本人・家族の同意待ち. */
    record PlanSubmitted(long planId, long patientId, int planVersion, Actor actor) implements OfPlan {}

    /** 確定: the patient or family agreed; reviewed again a year from now. */
    record PlanConfirmed(long planId, long patientId, int planVersion, Actor actor) implements OfPlan {}

    /** 要見直し. */
    record PlanNeedsReview(long planId, long patientId, int planVersion, ReviewReason reason, Actor actor) implements OfPlan {}

    /** A new version was started from a confirmed one. */
    record PlanRevised(long planId, long patientId, int planVersion, Actor actor) implements OfPlan {}

    record CheckerAssigned(long planId, long patientId, int planVersion, @Nullable Long checkerId, Actor actor) implements OfPlan {}

    /** A generator or battery was given under the programme. */
    record Granted(long planId, long patientId, int planVersion, GrantItem item, Actor actor) implements OfPlan {}

    /** A disaster was declared for a district: every user there gets a check. */
    record Declared(long eventId, Actor actor) implements OfEvent {}

    /** A checker recorded where a user stands. */
    record CheckRecorded(long eventId, long checkId, long patientId, CheckState state, @Nullable Integer hoursLeft,
            @Nullable String note, Actor actor) implements OfEvent {}

    /** The checker pressed 確認しました on the urgent notice. */
    record CheckAcknowledged(long eventId, long checkId, long patientId, Actor actor) implements OfEvent {}

    /** A checker was reminded of a user still 未確認 (every 30 minutes). */
    record CheckReminded(long eventId, long checkId, long patientId, long checkerId, Actor actor) implements OfEvent {}

    /** The event was closed; its record stays for the after-action review. */
    record Ended(long eventId, Actor actor) implements OfEvent {}
}

package org.renkei.beds;

import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * What happened in a backup-bed programme. The aggregates register these; listeners keep the request's timeline, the
 * access log, the notices, the patient's room and the live board, each in one place.
 */
public sealed interface BedEvent {

    Actor actor();

    /** A step of a request (what its timeline shows). */
    sealed interface OfRequest extends BedEvent {
        long requestId();
    }

    /** A programme was set up or its rules changed. */
    record ProgrammeSaved(long programmeId, Actor actor) implements BedEvent {}

    /** A hospital joined a programme (or its beds, hotline or hours changed). */
    record HospitalSaved(long hospitalId, Actor actor) implements BedEvent {}

    /** A hospital said how many beds are free today. */
    record AvailabilityUpdated(long hospitalId, long programmeId, int freeBeds, Actor actor) implements BedEvent {}

    /** A patient was registered in advance at a hospital (事前登録). */
    record PatientRegistered(long registrationId, long patientId, Actor actor) implements BedEvent {}

    record RegistrationAcknowledged(long registrationId, long patientId, Actor actor) implements BedEvent {}

    record RegistrationWithdrawn(long registrationId, long patientId, Actor actor) implements BedEvent {}

    /** Drafted by the team for the 主治医 to confirm. */
    record RequestDrafted(long requestId, Actor actor) implements OfRequest {}

    /** In the programme's desk hours: sent to the 区's desk, which passes it on to the hospital. */
    record RequestAtDesk(long requestId, Actor actor) implements OfRequest {}

    /** Sent to the hospital (by the 主治医, forwarded to the next hospital, or passed on by the desk). */
    record RequestSent(long requestId, @Nullable Long previousId, Actor actor) implements OfRequest {}

    record RequestAccepted(long requestId, Actor actor) implements OfRequest {}

    record RequestDeclined(long requestId, DeclineReason reason, Actor actor) implements OfRequest {}

    /** No answer by the due time. */
    record RequestExpired(long requestId, Actor actor) implements OfRequest {}

    record RequestWithdrawn(long requestId, Actor actor) implements OfRequest {}

    record PatientAdmitted(long requestId, Actor actor) implements OfRequest {}

    record PatientDischarged(long requestId, Actor actor) implements OfRequest {}
}

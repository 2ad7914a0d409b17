package org.renkei.coordination;

import java.util.List;
import org.renkei.security.Actor;

/**
 * What happened to a request to the desk. The aggregate registers these; listeners keep the timeline, the access log
 * and the notices.
 */
public sealed interface CoordinationEvent {

    long requestId();

    Actor actor();

    record Filed(long requestId, Actor actor) implements CoordinationEvent {}

    record Inquired(long requestId, List<Long> facilityIds, Actor actor) implements CoordinationEvent {}

    record Answered(long requestId, long facilityId, InquiryAnswer answer, Actor actor) implements CoordinationEvent {}

    record Proposed(long requestId, long facilityId, Actor actor) implements CoordinationEvent {}

    record MatchAccepted(long requestId, long facilityId, Actor actor) implements CoordinationEvent {}

    record MatchDeclined(long requestId, long facilityId, Actor actor) implements CoordinationEvent {}

    record Unmatched(long requestId, Actor actor) implements CoordinationEvent {}

    record Completed(long requestId, Actor actor) implements CoordinationEvent {}

    record Withdrawn(long requestId, Actor actor) implements CoordinationEvent {}

    /** The patient's record was linked (consent given). */
    record PatientLinked(long requestId, long patientId, Actor actor) implements CoordinationEvent {}
}

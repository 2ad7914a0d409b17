package org.renkei.patient;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * What happened to a patient's record. The aggregates (the patient with its versioned summary, the consent, a place
 * on the care team, a transfer) register these as their steps succeed; listeners write the access log (in the
 * change's transaction, decision 5), tell the team, and announce that who may see the patient changed.
 */
public sealed interface PatientEvent {

    long patientId();

    /** Who did it. */
    Actor actor();

    /** 患者登録, with the consent model obtained. */
    record Registered(long patientId, ConsentModel consent, Actor actor) implements PatientEvent {}

    record DetailsCorrected(long patientId, List<String> fields, Actor actor) implements PatientEvent {}

    /**
     * The summary was saved as {@code version}; {@code devicesChanged} when its devices or device profile differ from the
     * version before (what a disaster plan must be reviewed for).
     */
    record SummaryRevised(long patientId, int version, @Nullable String note, boolean devicesChanged, Actor actor)
            implements PatientEvent {}

    /** 同意撤回: the record is frozen; {@code team} is who was on the team when it happened. */
    record ConsentWithdrawn(long patientId, String reason, Set<Long> team, Actor actor) implements PatientEvent {}

    /** 緊急閲覧: a member outside the team opened the record, with a reason, until {@code until}. */
    record EmergencyOpened(long patientId, String reason, Instant until, Actor actor) implements PatientEvent {}

    /** How a place came onto the team. */
    enum Via { INVITATION, HANDOFF }

    /** A member or a whole facility joined the team. */
    record TeamJoined(long patientId, long entryId, @Nullable Long memberId, @Nullable Long facilityId, TeamRole role,
            Via via, Actor actor) implements PatientEvent {}

    /** A place left the team: removed by the managing side, or {@code own} when the member left. */
    record TeamLeft(long patientId, long entryId, @Nullable Long memberId, @Nullable Long facilityId, TeamRole role,
            boolean own, Actor actor) implements PatientEvent {}

    /** A place's role changed. */
    record TeamRoleChanged(long patientId, long entryId, TeamRole before, TeamRole after, Actor actor)
            implements PatientEvent {}

    /** The managing facility asked another facility to take the patient over. */
    record TransferRequested(long patientId, long transferId, long toFacilityId, Actor actor) implements PatientEvent {}

    /** The receiving facility accepted (it manages the patient from now) or declined. */
    record TransferDecided(long patientId, long transferId, long fromFacilityId, long toFacilityId, boolean accepted,
            @Nullable String note, Actor actor) implements PatientEvent {}
}

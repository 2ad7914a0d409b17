package org.renkei.safety;

import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * What happened in the safety module. The aggregates register these; listeners keep a report's timeline, the access log
 * and the notices, each in one place. A report's events carry no text of the report (the log names, it does not quote).
 */
public sealed interface SafetyEvent {

    Actor actor();

    /** A step of an incident report (what its timeline shows). */
    sealed interface OfReport extends SafetyEvent {
        long reportId();
    }

    /** A step of a visit-risk measure on a patient. */
    sealed interface OfMeasure extends SafetyEvent {
        long measureId();

        long patientId();
    }

    record ReportDrafted(long reportId, Actor actor) implements OfReport {}

    record ReportEdited(long reportId, Actor actor) implements OfReport {}

    record ReportSubmitted(long reportId, Actor actor) implements OfReport {}

    record EvidenceAttached(long reportId, long evidenceId, String contentType, Actor actor) implements OfReport {}

    /** 管理者確認: an administrator of the facility has read it. */
    record ReportAcknowledged(long reportId, Actor actor) implements OfReport {}

    /** 対応: what the facility did (moves the report to 対応中). */
    record ResponseRecorded(long reportId, ResponseKind kind, Actor actor) implements OfReport {}

    record ReportClosed(long reportId, Actor actor) implements OfReport {}

    /** It happened again: back to 対応中. */
    record ReportReopened(long reportId, Actor actor) implements OfReport {}

    /** A new measure, or a changed one (a new revision every member confirms again). */
    record MeasureSet(long measureId, long patientId, MeasureKind kind, boolean changed, Actor actor) implements OfMeasure {}

    record MeasureRemoved(long measureId, long patientId, MeasureKind kind, Actor actor) implements OfMeasure {}

    /** 確認しました: a member has read the measure's current revision. */
    record MeasureConfirmed(long measureId, long patientId, int revision, Actor actor) implements OfMeasure {}

    record PairVisitLogged(long visitId, long patientId, PairBasis basis, @Nullable Long partnerId, Actor actor)
            implements SafetyEvent {}

    record ProcedureSaved(long facilityId, Actor actor) implements SafetyEvent {}
}

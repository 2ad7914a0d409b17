package org.renkei.oncall;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.security.Actor;

/**
 * What happened to the cover of a district's patients. The aggregates register these as their steps succeed;
 * listeners write the access log, send the notices and post in the patients' rooms, in the change's transaction.
 */
public sealed interface CoverEvent {

    /** Who did it (the system's actor for what the clock does). */
    Actor actor();

    /** A clinic proposed a pair, or asked for a place in a pool. */
    record AgreementProposed(long agreementId, Actor actor) implements CoverEvent {}

    /** The other side accepted: the agreement is in force. */
    record AgreementAccepted(long agreementId, Actor actor) implements CoverEvent {}

    record AgreementDeclined(long agreementId, Actor actor) implements CoverEvent {}

    record AgreementEnded(long agreementId, Actor actor) implements CoverEvent {}

    /** The 主治医 will be away and asked a doctor to cover. */
    record AbsenceDeclared(long absenceId, Actor actor) implements CoverEvent {}

    record AbsenceAccepted(long absenceId, Actor actor) implements CoverEvent {}

    record AbsenceDeclined(long absenceId, Actor actor) implements CoverEvent {}

    record AbsenceCancelled(long absenceId, Actor actor) implements CoverEvent {}

    /** Slots were added to a pool's rota (a month's nights and holidays). */
    record RotaPlanned(long poolId, Instant from, Instant to, int slots, Actor actor) implements CoverEvent {}

    /** A slot got its doctor and backup (or lost them: a gap again). */
    record SlotAssigned(long slotId, @Nullable Long coveringMemberId, @Nullable Long backupMemberId, Actor actor)
            implements CoverEvent {}

    /** The 主治医 chose the full or the minimal brief (まつど方式) for a patient. */
    record BriefChosen(long patientId, boolean minimal, Actor actor) implements CoverEvent {}

    /** A covering doctor recorded a call. */
    record CallRecorded(long callId, long reportId, long patientId, Actor actor) implements CoverEvent {}

    /** A cover period ended: its calls reach the 主治医 as the morning report. */
    record ReportReleased(long reportId, List<Long> patientIds, Actor actor) implements CoverEvent {}

    /** The 主治医 was reminded of a report not yet confirmed. */
    record ReportReminded(long reportId, Actor actor) implements CoverEvent {}

    /** 確認しました: the 主治医 read the morning report. */
    record ReportConfirmed(long reportId, Actor actor) implements CoverEvent {}

    /** Briefs of a cover starting within 48 hours lack fields: the 主治医 is told which. */
    record BriefsIncomplete(long absenceId, List<Long> patientIds, Actor actor) implements CoverEvent {}
}

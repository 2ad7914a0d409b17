package org.renkei.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;

/**
 * What happened to a handoff. The aggregate registers these as its transitions succeed (the conferences and the
 * care plan publish theirs); listeners keep the timeline, the access log, the notices, the patient's room and
 * the care team, each in one place, in the transaction of the change.
 */
public sealed interface HandoffEvent {

    long handoffId();

    /** Who did it. */
    Actor actor();

    /** The sheet was drafted. */
    record Created(long handoffId, Actor actor) implements HandoffEvent {}

    /** The draft was changed (sheet or addressees). */
    record Edited(long handoffId, Actor actor) implements HandoffEvent {}

    /** 送信: the recipients' facilities see it from now. */
    record Sent(long handoffId, List<Long> recipientFacilities, Actor actor) implements HandoffEvent {}

    /** 開封: a recipient's facility opened it for the first time. */
    record Opened(long handoffId, long recipientId, Actor actor) implements HandoffEvent {}

    /** 受諾: the facility takes the patient on (and joins the team in the role). */
    record Accepted(long handoffId, long recipientId, long facilityId, TeamRole role, Actor actor) implements HandoffEvent {}

    /** 辞退, with its coded reason. */
    record Declined(long handoffId, long recipientId, long facilityId, DeclineReason reason, @Nullable String note, Actor actor)
            implements HandoffEvent {}

    /** 交代: another facility is addressed instead of one that declined. */
    record Replaced(long handoffId, long recipientId, long declinedFacilityId, long facilityId, Actor actor) implements HandoffEvent {}

    /** 取消, with the reason; the facilities that had it are told. */
    record Cancelled(long handoffId, String reason, List<Long> toldFacilities, Actor actor) implements HandoffEvent {}

    /** 完了: at home with the first visit made (discharge), or taken in (admission). */
    record Completed(long handoffId, @Nullable LocalDate firstVisit, Actor actor) implements HandoffEvent {}

    /** 退院前カンファレンス: a time was proposed. */
    record ConferenceProposed(long handoffId, Instant startsAt, Actor actor) implements HandoffEvent {}

    /** The sender fixed a proposed time. */
    record ConferenceAgreed(long handoffId, Instant startsAt, Actor actor) implements HandoffEvent {}

    /** The care manager attached the care plan (居宅サービス計画書). */
    record CarePlanAttached(long handoffId, String fileName, Actor actor) implements HandoffEvent {}
}

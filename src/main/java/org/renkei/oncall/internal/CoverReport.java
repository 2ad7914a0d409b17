package org.renkei.oncall.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.Caller;
import org.renkei.oncall.CoverEvent;
import org.renkei.oncall.OnCallAction;
import org.renkei.oncall.PeriodKind;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The morning report (朝の報告) of one cover period from one covering doctor to one 主治医: the calls are recorded into
 * it while the period lasts; when it ends the report is released to the 主治医, who confirms it (確認しました) and is
 * reminded until they do.
 */
@Entity
@Table(name = "cover_report")
public class CoverReport extends AbstractAggregateRoot<CoverReport> {

    /** The longest note of a call. */
    public static final int NOTE_LIMIT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long principalMemberId;
    private long coveringMemberId;
    @Enumerated(EnumType.STRING)
    private PeriodKind periodKind;
    private long periodSourceId;
    private Instant periodStart;
    private Instant periodEnd;
    private @Nullable Instant releasedAt;
    private @Nullable Instant confirmedAt;
    private @Nullable Long confirmedBy;
    private @Nullable Instant remindedAt;

    @Version
    private long version;

    protected CoverReport() {
        this.periodKind = PeriodKind.ABSENCE;
        this.periodStart = Instant.EPOCH;
        this.periodEnd = Instant.EPOCH;
    }

    public CoverReport(long principalMemberId, long coveringMemberId, PeriodKind kind, long sourceId, Instant start, Instant end) {
        this.principalMemberId = principalMemberId;
        this.coveringMemberId = coveringMemberId;
        this.periodKind = kind;
        this.periodSourceId = sourceId;
        this.periodStart = start;
        this.periodEnd = end;
    }

    /**
     * A call, recorded by the covering doctor while the period lasts, at a time within it and not in the future. The
     * caller of this method has decided the doctor covers the patient now.
     */
    public CoverCall record(Actor actor, long patientId, long patientAssociationId, Instant calledAt, Caller caller, CallOutcome outcome,
            @Nullable String note, Instant now) {
        if (actor.memberId() != coveringMemberId) {
            throw new AccessRefusedException("oncall.not-covering");
        }
        if (releasedAt != null || !periodEnd.isAfter(now)) {
            throw new ConflictException("oncall.period-ended");
        }
        if (calledAt.isBefore(periodStart) || calledAt.isAfter(now)) {
            throw new InvalidInputException("calledAt", "oncall.call-outside-period");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LIMIT) {
            throw new InvalidInputException("note", "validation.Size", 0, NOTE_LIMIT);
        }
        return new CoverCall(id(), patientId, patientAssociationId, coveringMemberId, calledAt, caller, outcome, text, actor.memberId(), now);
    }

    /** The call was saved: the event names it. */
    public void recorded(CoverCall call, Actor actor) {
        registerEvent(new CoverEvent.CallRecorded(call.id(), id(), call.patientId(), actor));
    }

    /** The period is over: the 主治医 gets the report. Once. */
    public boolean release(Actor coveringDoctor, List<Long> patientIds, Instant now) {
        if (releasedAt != null || periodEnd.isAfter(now)) {
            return false;
        }
        releasedAt = now;
        remindedAt = now;
        registerEvent(new CoverEvent.ReportReleased(id(), List.copyOf(patientIds), coveringDoctor));
        return true;
    }

    /** Reminds the 主治医 again (the caller decides it is time). */
    public void remind(Actor coveringDoctor, Instant now) {
        if (releasedAt == null || confirmedAt != null) {
            return;
        }
        remindedAt = now;
        registerEvent(new CoverEvent.ReportReminded(id(), coveringDoctor));
    }

    /** 確認しました: the 主治医 (or a doctor of their clinic, for them) read it. */
    public void confirm(Actor actor, long principalFacilityId, Instant now) {
        if (!allowedActions(actor, principalFacilityId).contains(OnCallAction.CONFIRM)) {
            if (actor.memberId() != principalMemberId && (!actor.worksAt(principalFacilityId) || actor.has(Role.API_CLIENT))) {
                throw new AccessRefusedException("oncall.not-your-report");
            }
            throw new ConflictException(confirmedAt != null ? "oncall.report-confirmed" : "oncall.report-not-released");
        }
        confirmedAt = now;
        confirmedBy = actor.memberId();
        registerEvent(new CoverEvent.ReportConfirmed(id(), actor));
    }

    public Set<OnCallAction> allowedActions(Actor actor, long principalFacilityId) {
        Set<OnCallAction> allowed = EnumSet.noneOf(OnCallAction.class);
        if (releasedAt != null && confirmedAt == null && (actor.memberId() == principalMemberId
                || (actor.worksAt(principalFacilityId) && !actor.has(Role.API_CLIENT)))) {
            allowed.add(OnCallAction.CONFIRM);
        }
        return allowed;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long principalMemberId() {
        return principalMemberId;
    }

    public long coveringMemberId() {
        return coveringMemberId;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    public long periodSourceId() {
        return periodSourceId;
    }

    public Instant periodStart() {
        return periodStart;
    }

    public Instant periodEnd() {
        return periodEnd;
    }

    public @Nullable Instant releasedAt() {
        return releasedAt;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public @Nullable Long confirmedBy() {
        return confirmedBy;
    }

    public @Nullable Instant remindedAt() {
        return remindedAt;
    }
}

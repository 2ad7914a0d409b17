package org.renkei.safety.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.safety.Incident;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.Perpetrator;
import org.renkei.safety.ReportAction;
import org.renkei.safety.ReportStatus;
import org.renkei.safety.ResponseKind;
import org.renkei.safety.SafetyEvent;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An incident report (ハラスメント・暴力の報告), kept inside the reporting facility: 下書き → 提出 → 管理者確認 → 対応中 → 終結,
 * reopened to 対応中 when it happens again. Only the reporter and the facility's administrators read it; the reporter
 * writes it and adds evidence; the administrators acknowledge it, record what was done and close it.
 */
@Entity
@Table(name = "safety_report")
public class IncidentReport extends AbstractAggregateRoot<IncidentReport> {

    public static final int TEXT_LIMIT = 4000;
    public static final int NOTE_LIMIT = 2000;
    public static final int SHORT_LIMIT = 500;
    public static final int MAX_EVIDENCE = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long facilityId;
    private long associationId;
    private @Nullable Long districtId;
    private long reporterId;
    private @Nullable Long patientId;
    private Instant occurredAt;
    private @Nullable String place;
    private String kinds;
    @Enumerated(EnumType.STRING)
    private Perpetrator byWhom;
    private boolean injured;
    private @Nullable String injury;
    private boolean policeCalled;
    private @Nullable String witnesses;
    private String whatHappened;
    private @Nullable String doneAtOnce;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    private Instant createdAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Long acknowledgedBy;
    private @Nullable Instant closedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id", nullable = false)
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id", nullable = false)
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("id")
    private List<Response> responses = new ArrayList<>();

    @Version
    private long version;

    protected IncidentReport() {
        this.occurredAt = Instant.EPOCH;
        this.kinds = "";
        this.byWhom = Perpetrator.OTHER;
        this.whatHappened = "";
        this.status = ReportStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    /** A report begun by a member of a facility, right after the visit (the service has checked a named patient). */
    public static IncidentReport draft(Actor actor, long associationId, @Nullable Long districtId, Incident incident, Instant now) {
        if (actor.facilityId() == null || actor.has(Role.API_CLIENT)) {
            throw new AccessRefusedException("safety.no-facility");
        }
        IncidentReport r = new IncidentReport();
        r.facilityId = actor.facilityId();
        r.associationId = associationId;
        r.districtId = districtId;
        r.reporterId = actor.memberId();
        r.createdAt = now;
        r.take(incident, now);
        r.registerEvent(new SafetyEvent.ReportDrafted(0, actor));
        return r;
    }

    /** Events registered before the first save carry id 0; the service asks again once the id is known. */
    public IncidentReport drafted(Actor actor) {
        clearDomainEvents();
        registerEvent(new SafetyEvent.ReportDrafted(id(), actor));
        return this;
    }

    private void take(Incident i, Instant now) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (i.occurredAt().isAfter(now.plus(Duration.ofMinutes(5))) || i.occurredAt().isBefore(now.minus(Duration.ofDays(366)))) {
            problems.add(new InvalidInputException.Problem("occurredAt", "safety.occurred-at"));
        }
        if (i.kinds().isEmpty()) {
            problems.add(new InvalidInputException.Problem("kinds", "validation.NotEmpty"));
        }
        String text = clean(i.whatHappened());
        if (text == null) {
            problems.add(new InvalidInputException.Problem("whatHappened", "validation.NotBlank"));
        }
        limit(problems, "whatHappened", i.whatHappened(), TEXT_LIMIT);
        limit(problems, "doneAtOnce", i.doneAtOnce(), NOTE_LIMIT);
        limit(problems, "place", i.place(), 200);
        limit(problems, "injury", i.injury(), SHORT_LIMIT);
        limit(problems, "witnesses", i.witnesses(), SHORT_LIMIT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        occurredAt = i.occurredAt();
        place = clean(i.place());
        kinds = i.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        byWhom = i.byWhom();
        injured = i.injured();
        injury = i.injured() ? clean(i.injury()) : null;
        policeCalled = i.policeCalled();
        witnesses = clean(i.witnesses());
        whatHappened = Objects.requireNonNull(text);
        doneAtOnce = clean(i.doneAtOnce());
        patientId = i.patientId();
    }

    private static void limit(List<InvalidInputException.Problem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new InvalidInputException.Problem(field, "validation.Size", 0, max));
        }
    }

    private static @Nullable String clean(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- who reads and does what

    /**
     * The reporter and the facility's administrators, and the facility's own program (which its administrators
     * registered) reading for them; nobody else: not the patient's team, the association or the operators.
     */
    public boolean mayRead(Actor actor) {
        return reporter(actor) || administrator(actor) || (actor.has(Role.API_CLIENT) && actor.worksAt(facilityId)
                && status != ReportStatus.DRAFT);
    }

    private boolean reporter(Actor actor) {
        return actor.memberId() == reporterId && !actor.has(Role.API_CLIENT);
    }

    private boolean administrator(Actor actor) {
        return actor.administersFacility(facilityId);
    }

    public Set<ReportAction> allowedActions(Actor actor) {
        Set<ReportAction> out = EnumSet.noneOf(ReportAction.class);
        boolean reporter = reporter(actor);
        boolean admin = administrator(actor);
        if (reporter && status == ReportStatus.DRAFT) {
            out.add(ReportAction.EDIT);
            out.add(ReportAction.SUBMIT);
        }
        if ((reporter || admin) && status.open() && evidence.size() < MAX_EVIDENCE && (status != ReportStatus.DRAFT || reporter)) {
            out.add(ReportAction.ATTACH);
        }
        if (admin && status == ReportStatus.SUBMITTED) {
            out.add(ReportAction.ACKNOWLEDGE);
        }
        if (admin && status != ReportStatus.DRAFT && status.open()) {
            out.add(ReportAction.RECORD_ACTION);
        }
        if (admin && (status == ReportStatus.ACKNOWLEDGED || status == ReportStatus.IN_PROGRESS)) {
            out.add(ReportAction.CLOSE);
        }
        if ((admin || reporter) && status == ReportStatus.CLOSED) {
            out.add(ReportAction.REOPEN);
        }
        return out;
    }

    private void require(Actor actor, ReportAction action) {
        if (!mayRead(actor)) {
            throw new AccessRefusedException("safety.not-your-report");
        }
        if (!allowedActions(actor).contains(action)) {
            throw new ConflictException("safety.report-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    // ---- the steps

    public IncidentReport edit(Actor actor, Incident incident, Instant now) {
        require(actor, ReportAction.EDIT);
        take(incident, now);
        registerEvent(new SafetyEvent.ReportEdited(id(), actor));
        return this;
    }

    public IncidentReport submit(Actor actor, Instant now) {
        require(actor, ReportAction.SUBMIT);
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        registerEvent(new SafetyEvent.ReportSubmitted(id(), actor));
        return this;
    }

    /** Records a photo, a recording or a PDF (its type already decided by its content); the bytes are stored apart. */
    public Evidence attach(Actor actor, String fileName, String contentType, int size, String sha256, Instant now) {
        require(actor, ReportAction.ATTACH);
        if (evidence.stream().anyMatch(e -> e.sha256().equals(sha256))) {
            throw new ConflictException("safety.evidence-twice");
        }
        String name = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        Evidence e = new Evidence(actor.memberId(), name, contentType, size, sha256, now);
        evidence.add(e);
        return e;
    }

    /** Registers the attachment's event once its id is known (after the save). */
    public void attached(Actor actor, Evidence e) {
        registerEvent(new SafetyEvent.EvidenceAttached(id(), e.id(), e.contentType(), actor));
    }

    public IncidentReport acknowledge(Actor actor, Instant now) {
        require(actor, ReportAction.ACKNOWLEDGE);
        status = ReportStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = actor.memberId();
        registerEvent(new SafetyEvent.ReportAcknowledged(id(), actor));
        return this;
    }

    /** What the facility did; a report not yet acknowledged is acknowledged by it. */
    public IncidentReport respond(Actor actor, ResponseKind kind, @Nullable String note, LocalDate takenOn, LocalDate today, Instant now) {
        require(actor, ReportAction.RECORD_ACTION);
        if (note != null && note.strip().length() > 1000) {
            throw new InvalidInputException("note", "validation.Size", 0, 1000);
        }
        if (kind == ResponseKind.OTHER && clean(note) == null) {
            throw new InvalidInputException("note", "validation.NotBlank");
        }
        if (takenOn.isAfter(today) || takenOn.isBefore(today.minusYears(1))) {
            throw new InvalidInputException("takenOn", "safety.taken-on");
        }
        if (status == ReportStatus.SUBMITTED) {
            acknowledgedAt = now;
            acknowledgedBy = actor.memberId();
            registerEvent(new SafetyEvent.ReportAcknowledged(id(), actor));
        }
        status = ReportStatus.IN_PROGRESS;
        responses.add(new Response(kind, clean(note), takenOn, actor.memberId(), now));
        registerEvent(new SafetyEvent.ResponseRecorded(id(), kind, actor));
        return this;
    }

    public IncidentReport close(Actor actor, Instant now) {
        require(actor, ReportAction.CLOSE);
        status = ReportStatus.CLOSED;
        closedAt = now;
        registerEvent(new SafetyEvent.ReportClosed(id(), actor));
        return this;
    }

    /** It happened again: 対応中 once more. */
    public IncidentReport reopen(Actor actor) {
        require(actor, ReportAction.REOPEN);
        status = ReportStatus.IN_PROGRESS;
        closedAt = null;
        registerEvent(new SafetyEvent.ReportReopened(id(), actor));
        return this;
    }

    // ---- reading

    public long id() {
        return id == null ? 0 : id;
    }

    public long facilityId() {
        return facilityId;
    }

    public long associationId() {
        return associationId;
    }

    public @Nullable Long districtId() {
        return districtId;
    }

    public long reporterId() {
        return reporterId;
    }

    public @Nullable Long patientId() {
        return patientId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public @Nullable String place() {
        return place;
    }

    public Set<IncidentKind> kinds() {
        return kinds.isEmpty() ? Set.of() : Arrays.stream(kinds.split(",")).map(IncidentKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentKind.class)));
    }

    public Perpetrator byWhom() {
        return byWhom;
    }

    public boolean injured() {
        return injured;
    }

    public @Nullable String injury() {
        return injury;
    }

    public boolean policeCalled() {
        return policeCalled;
    }

    public @Nullable String witnesses() {
        return witnesses;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public @Nullable String doneAtOnce() {
        return doneAtOnce;
    }

    public ReportStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable Long acknowledgedBy() {
        return acknowledgedBy;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public List<Response> responses() {
        return List.copyOf(responses);
    }
}

package org.renkei.patient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.internal.BreakGlassGrant;
import org.renkei.patient.internal.BreakGlassGrants;
import org.renkei.patient.internal.Consent;
import org.renkei.patient.internal.ConsentScope;
import org.renkei.patient.internal.ConsentScopes;
import org.renkei.patient.internal.Consents;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.patient.internal.SummaryVersionRow;
import org.renkei.patient.internal.SummaryVersions;
import org.renkei.patient.internal.TeamMembership;
import org.renkei.patient.internal.TeamMemberships;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Kana;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.OffsetLimit;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients and their summary: registration with consent, "my patients", opening a patient, saving the
 * summary as a new version (refused when someone saved since it was opened), history and differences.
 * Every read and change of a patient is written to the access log.
 */
@Service
@Transactional
public class PatientService {

    private final Patients patients;
    private final Consents consents;
    private final ConsentScopes scopes;
    private final TeamMemberships teams;
    private final SummaryVersions versions;
    private final BreakGlassGrants breakGlass;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final SignedForms forms;
    private final SummaryJson json;
    private final SummaryDiffer differ;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Inputs inputs;
    private final Clock clock;

    PatientService(Patients patients, Consents consents, ConsentScopes scopes, TeamMemberships teams,
            SummaryVersions versions, BreakGlassGrants breakGlass, PatientAccess access, DirectoryLookup directory,
            SignedForms forms, SummaryJson json, SummaryDiffer differ, AuditLog audit, ApplicationEventPublisher events,
            JdbcTemplate jdbc, Inputs inputs, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.scopes = scopes;
        this.teams = teams;
        this.versions = versions;
        this.breakGlass = breakGlass;
        this.access = access;
        this.directory = directory;
        this.forms = forms;
        this.json = json;
        this.differ = differ;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.clock = clock;
    }

    /**
     * 患者登録: the patient, their consent (with the signed form), and the registering member on the team
     * in the role they chose. The consent must cover the registering member.
     */
    public long register(Actor actor, PatientRegistration registration) {
        if (actor.facilityId() == null || actor.associationId() == null) {
            throw new AccessRefusedException("patient.needs-facility");
        }
        inputs.check(registration);
        if (!Kana.isKatakana(registration.nameKana())) {
            throw new InvalidInputException("nameKana", "validation.kana");
        }
        PatientRegistration.ConsentDetails c = registration.consent();
        if (c.model() == ConsentModel.BLANKET && !c.scopeMemberIds().isEmpty()) {
            throw new InvalidInputException("consent.scopeMemberIds", "consent.blanket-excludes-facilities-only");
        }
        if (c.model() == ConsentModel.BLANKET && c.scopeFacilityIds().contains(actor.facilityId())) {
            throw new InvalidInputException("consent.scopeFacilityIds", "consent.excludes-registering-facility");
        }
        byte[] formBytes = null;
        String formType = null;
        if (c.form() != null) {
            formType = forms.check(c.form().fileName(), c.form().content());
            formBytes = c.form().content();
        }
        Instant now = Instant.now(clock);
        Patient patient = patients.save(Patient.register(actor.facilityId(), actor.associationId(), actor.memberId(),
                actor.name(), new Patient.Identity(registration.name().strip(), Kana.normalize(registration.nameKana()),
                        registration.birthDate(), registration.sex(), blank(registration.postalCode()),
                        blank(registration.address()), blank(registration.phone())), now));
        Consent consent = new Consent(patient.id(), c.model(), c.obtainedOn(), actor.memberId(), c.signer().strip(),
                c.signerRelation().strip(), now);
        if (formBytes != null) {
            consent.attach(c.form().fileName(), formType, formBytes, SignedForms.sha256(formBytes));
        }
        consents.save(consent);
        c.scopeFacilityIds().stream().distinct().forEach(f -> scopes.save(new ConsentScope(consent.id(), f, null)));
        c.scopeMemberIds().stream().distinct().forEach(m -> scopes.save(new ConsentScope(consent.id(), null, m)));
        if (c.model() == ConsentModel.INDIVIDUAL && !c.scopeFacilityIds().contains(actor.facilityId())
                && !c.scopeMemberIds().contains(actor.memberId())) {
            scopes.save(new ConsentScope(consent.id(), actor.facilityId(), null));
        }
        teams.save(TeamMembership.ofMember(patient.id(), actor.memberId(), registration.role(), actor.memberId(), now));
        versions.save(new SummaryVersionRow(patient.id(), 0, actor.memberId(), actor.name(), now, null,
                json.write(PatientSummary.empty())));
        audit.record(actor, "patient.registered", PatientAccess.target(patient), c.model().name());
        return patient.id();
    }

    /**
     * 担当患者: the patients whose team the member is on (themselves or through their facility), most
     * recently active first, with whether anything changed since the member last opened them. Frozen
     * patients appear only to their managing facility.
     */
    @Transactional(readOnly = true)
    public List<PatientCard> myPatients(Actor actor, @Nullable String text, int offset, int limit) {
        String q = blank(text);
        String kana = q == null ? null : "%" + Kana.normalize(q) + "%";
        String like = q == null ? null : "%" + q + "%";
        long facility = actor.facilityId() == null ? -1 : actor.facilityId();
        OffsetLimit page = OffsetLimit.of(offset, limit);
        List<Object[]> rows = jdbc.query("""
                SELECT p.id, p.name, p.name_kana, p.birth_date, p.sex, p.status, p.managing_facility_id, p.summary_version,
                       p.last_activity_at, p.last_activity_by, s.seen_version
                FROM patient p
                JOIN (SELECT patient_id FROM care_team_member WHERE member_id = ? AND removed_at IS NULL
                      UNION SELECT patient_id FROM care_team_member WHERE facility_id = ? AND removed_at IS NULL
                      UNION SELECT c.patient_id FROM care_team_member c JOIN members m ON m.id = c.member_id
                            WHERE ? AND m.facility_id = ? AND c.removed_at IS NULL) t
                  ON t.patient_id = p.id
                LEFT JOIN patient_seen s ON s.member_id = ? AND s.patient_id = p.id
                WHERE (p.status = 'ACTIVE' OR p.managing_facility_id = ?)
                  AND (? IS NULL OR p.name LIKE ? OR p.name_kana LIKE ?)
                ORDER BY p.last_activity_at DESC, p.id DESC LIMIT ? OFFSET ?""",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        Sex.valueOf(rs.getString(5)), PatientStatus.valueOf(rs.getString(6)), rs.getLong(7), rs.getInt(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getObject(11) == null ? null : rs.getInt(11)},
                actor.memberId(), facility, apiClient(actor), facility, actor.memberId(), facility, q, like, kana, page.limit(),
                page.offset());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<TeamRole>> roles = myRoles(actor, ids);
        Map<Long, FacilityRef> facilities = directory.facilities(rows.stream().map(r -> (Long) r[6]).distinct().toList());
        List<PatientCard> cards = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Integer seen = (Integer) r[10];
            FacilityRef f = facilities.get((Long) r[6]);
            cards.add(new PatientCard((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (Sex) r[4],
                    (PatientStatus) r[5], f == null ? "" : f.name(), roles.getOrDefault((Long) r[0], List.of()),
                    (Integer) r[7], (Instant) r[8], (String) r[9], seen == null || seen < (Integer) r[7]));
        }
        return cards;
    }

    /**
     * A program acting for its facility (API client) has the patients of every member of its facility as well
     * (the facility's patients); the SQL reads the directory's members table for that.
     */
    private static boolean apiClient(Actor actor) {
        return actor.has(org.renkei.security.Role.API_CLIENT);
    }

    private Map<Long, List<TeamRole>> myRoles(Actor actor, List<Long> patientIds) {
        String in = patientIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<TeamRole>> roles = new HashMap<>();
        jdbc.query("SELECT patient_id, role FROM care_team_member WHERE patient_id IN (" + in + ") AND removed_at IS NULL"
                        + " AND (member_id = ? OR facility_id = ? OR (? AND member_id IN (SELECT id FROM members WHERE facility_id = ?)))",
                rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(TeamRole.valueOf(rs.getString(2)));
                }, actor.memberId(), actor.facilityId() == null ? -1 : actor.facilityId(), apiClient(actor),
                actor.facilityId() == null ? -1 : actor.facilityId());
        return roles;
    }

    /**
     * Opens a patient: who they are and the current summary. Logged; marks the patient seen by this
     * member (for "what changed since I last looked").
     */
    public PatientPage open(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        SummaryVersion current = version(patient, patient.summaryVersion());
        markSeen(actor, patient);
        audit.record(actor, "patient.viewed", PatientAccess.target(patient), "summary v" + patient.summaryVersion());
        return new PatientPage(header(actor, patient), current, emergencyAccesses(patient));
    }

    /**
     * Saves an edited summary as the next version. {@code baseVersion} is the version the member started
     * from: if someone saved since, nothing is written and the member is told (optimistic locking).
     */
    public VersionInfo saveSummary(Actor actor, long patientId, int baseVersion, PatientSummary summary, @Nullable String note) {
        Patient patient = access.requireWrite(actor, patientId);
        if (patient.summaryVersion() != baseVersion) {
            VersionInfo newer = versions.findInfos(patientId).getFirst();
            throw new ConflictException("summary.stale", newer.version(), newer.authorName(),
                    java.time.format.DateTimeFormatter.ofPattern("MM/dd HH:mm").withZone(TimeConfiguration.TOKYO)
                            .format(newer.createdAt()));
        }
        Instant now = Instant.now(clock);
        int next = baseVersion + 1;
        try {
            versions.saveAndFlush(new SummaryVersionRow(patientId, next, actor.memberId(), actor.name(), now, blank(note),
                    json.write(summary)));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("summary.stale", next, "?", "");
        }
        patient.summarySaved(next, actor.name(), now);
        markSeen(actor, patient);
        audit.record(actor, "patient.summary-edited", PatientAccess.target(patient), "v" + next
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        Set<Long> others = access.teamMemberIds(patientId);
        others.remove(actor.memberId());
        events.publishEvent(NoticeRequest.of(others, "patient.summary-edited", "notice.summary-edited",
                "patients/" + patientId, patient.name(), actor.name(), String.valueOf(next)));
        return new VersionInfo(next, actor.memberId(), actor.name(), now, blank(note));
    }

    /** 更新履歴: every version, newest first. Logged. */
    public List<VersionInfo> history(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        audit.record(actor, "patient.history-viewed", PatientAccess.target(patient), null);
        return versions.findInfos(patientId);
    }

    /** One past version, whole. Logged. */
    public SummaryVersion version(Actor actor, long patientId, int version) {
        Patient patient = access.requireRead(actor, patientId);
        audit.record(actor, "patient.version-viewed", PatientAccess.target(patient), "v" + version);
        return version(patient, version);
    }

    /** What changed from one version to another, section by section. Logged. */
    public SummaryDiff diff(Actor actor, long patientId, int from, int to, java.util.function.Function<String, String> translate) {
        Patient patient = access.requireRead(actor, patientId);
        SummaryVersion a = version(patient, from);
        SummaryVersion b = version(patient, to);
        audit.record(actor, "patient.diff-viewed", PatientAccess.target(patient), "v" + from + " → v" + to);
        return new SummaryDiff(a.info(), b.info(), differ.diff(a.summary(), b.summary(), translate));
    }

    /** Who the patient is and what this member may do, without logging (for page headers that another call logs). */
    @Transactional(readOnly = true)
    public PatientHeader header(Actor actor, long patientId) {
        return header(actor, access.requireRead(actor, patientId));
    }

    private PatientHeader header(Actor actor, Patient p) {
        FacilityRef facility = directory.facility(p.managingFacilityId());
        ConsentModel model = consents.findCurrentHead(p.id()).map(org.renkei.patient.internal.ConsentHead::model).orElse(ConsentModel.BLANKET);
        return new PatientHeader(p.id(), p.name(), p.nameKana(), p.birthDate(), p.sex(), p.postalCode(), p.address(),
                p.phone(), p.status(), p.managingFacilityId(), facility.name(), model, p.summaryVersion(),
                p.lastActivityAt(), p.lastActivityBy(), access.access(actor, p), access.managesTeam(actor, p));
    }

    private SummaryVersion version(Patient patient, int version) {
        SummaryVersionRow row = versions.findByPatientIdAndVersion(patient.id(), version)
                .orElseThrow(() -> new NotFoundException("summary version", version));
        return new SummaryVersion(new VersionInfo(row.version(), row.authorId(), row.authorName(), row.createdAt(), row.note()),
                json.read(row.content()));
    }

    private List<EmergencyAccessInfo> emergencyAccesses(Patient patient) {
        List<BreakGlassGrant> grants = breakGlass.findByPatient(patient.id());
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberSummary> who = directory.members(grants.stream().map(BreakGlassGrant::memberId).distinct().toList());
        return grants.stream().map(g -> {
            MemberSummary m = who.get(g.memberId());
            return new EmergencyAccessInfo(g.memberId(), m == null ? "?" : m.name(),
                    m == null || m.facilityName() == null ? "" : m.facilityName(), g.reason(), g.createdAt(), g.expiresAt());
        }).toList();
    }

    private void markSeen(Actor actor, Patient patient) {
        jdbc.update("""
                INSERT INTO patient_seen (member_id, patient_id, seen_at, seen_version) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at), seen_version = VALUES(seen_version)""",
                actor.memberId(), patient.id(), Timestamp.from(Instant.now(clock)), patient.summaryVersion());
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.notification.NoticeRequest;
import org.renkei.patient.internal.Consent;
import org.renkei.patient.internal.ConsentScope;
import org.renkei.patient.internal.ConsentScopes;
import org.renkei.patient.internal.Consents;
import org.renkei.patient.internal.Patient;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's consent: reading it, downloading the signed form, and withdrawal (同意撤回). After
 * withdrawal nothing new is shared: the record is frozen, readable only by the managing facility and the
 * access log, and the team is told (in the portal and by a mail without patient details).
 */
@Service
@Transactional
public class ConsentService {

    /** A signed form to download. */
    public record Form(String fileName, String contentType, byte[] content) {}

    private final Consents consents;
    private final ConsentScopes scopes;
    private final PatientAccess access;
    private final DirectoryLookup directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentService(Consents consents, ConsentScopes scopes, PatientAccess access, DirectoryLookup directory,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.scopes = scopes;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public ConsentInfo consent(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        Consent c = consents.findCurrent(patientId).orElseThrow(() -> new NotFoundException("consent", patientId));
        audit.record(actor, "patient.consent-viewed", PatientAccess.target(patient), null);
        List<ConsentScope> scope = scopes.findByConsentId(c.id());
        Set<Long> memberIds = new HashSet<>();
        memberIds.add(c.obtainedBy());
        if (c.withdrawnBy() != null) {
            memberIds.add(c.withdrawnBy());
        }
        scope.stream().map(ConsentScope::memberId).filter(Objects::nonNull).forEach(memberIds::add);
        Map<Long, MemberSummary> members = directory.members(memberIds);
        Map<Long, FacilityRef> facilities = directory.facilities(
                scope.stream().map(ConsentScope::facilityId).filter(Objects::nonNull).toList());
        List<String> scopeFacilities = new ArrayList<>();
        List<String> scopeMembers = new ArrayList<>();
        for (ConsentScope s : scope) {
            if (s.facilityId() != null && facilities.containsKey(s.facilityId())) {
                scopeFacilities.add(facilities.get(s.facilityId()).name());
            }
            if (s.memberId() != null && members.containsKey(s.memberId())) {
                MemberSummary m = members.get(s.memberId());
                scopeMembers.add(m.name() + (m.facilityName() == null ? "" : "（" + m.facilityName() + "）"));
            }
        }
        return new ConsentInfo(c.model(), c.obtainedOn(), name(members, c.obtainedBy()), c.signer(), c.signerRelation(),
                c.documentName(), c.status() == Consent.Status.ACTIVE, c.withdrawnAt(),
                c.withdrawnBy() == null ? null : name(members, c.withdrawnBy()), c.withdrawalReason(), scopeFacilities,
                scopeMembers);
    }

    /** The signed form, for whoever may read the patient. Logged. */
    public Form form(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        Consent c = consents.findCurrent(patientId).orElseThrow(() -> new NotFoundException("consent", patientId));
        if (c.document() == null) {
            throw new NotFoundException("consent form", patientId);
        }
        audit.record(actor, "patient.consent-form-downloaded", PatientAccess.target(patient), c.documentName());
        return new Form(Objects.requireNonNull(c.documentName()), Objects.requireNonNull(c.documentType()), c.document());
    }

    /**
     * 同意撤回, recorded by a member of the managing facility with the reason. The team is told; the
     * patient's record is frozen from now on.
     */
    public void withdraw(Actor actor, long patientId, String reason) {
        Patient patient = access.requireWrite(actor, patientId);
        if (!actor.worksAt(patient.managingFacilityId())) {
            throw new AccessRefusedException("consent.withdraw-refused");
        }
        String why = PatientService.blank(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "validation.NotBlank");
        }
        Set<Long> team = access.teamMemberIds(patientId);
        Instant now = Instant.now(clock);
        consents.findCurrent(patientId).orElseThrow().withdraw(actor.memberId(), why, now);
        patient.freeze(actor.name(), now);
        events.publishEvent(new TeamChanged(patient.id()));
        audit.record(actor, "patient.consent-withdrawn", PatientAccess.target(patient), why);
        team.remove(actor.memberId());
        events.publishEvent(NoticeRequest.of(team, "patient.consent-withdrawn", "notice.consent-withdrawn", null,
                patient.name(), actor.name()).withMail());
    }

    private static String name(Map<Long, MemberSummary> members, long id) {
        MemberSummary m = members.get(id);
        return m == null ? "?" : m.name();
    }
}

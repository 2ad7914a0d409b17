package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.internal.Consent;
import org.renkei.patient.internal.ConsentScope;
import org.renkei.patient.internal.ConsentScopes;
import org.renkei.patient.internal.Consents;
import org.renkei.patient.internal.Patient;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's consent: recording it at registration, reading it, downloading the signed form, and withdrawal
 * (同意撤回, the {@link Consent} aggregate's rule). After withdrawal nothing new is shared: the record is frozen,
 * readable only by the managing facility and the access log, and the team is told (in the portal and by a mail
 * without patient details) by the module's listeners.
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
    private final SignedFormCheck forms;
    private final Clock clock;

    ConsentService(Consents consents, ConsentScopes scopes, PatientAccess access, DirectoryLookup directory,
            AuditLog audit, SignedFormCheck forms, Clock clock) {
        this.consents = consents;
        this.scopes = scopes;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.forms = forms;
        this.clock = clock;
    }

    /**
     * A consent the registering member may record: a 一括同意 excludes facilities only, and not the member's own; the
     * signed form, if any, is a PDF or an image within the size limit. Returns the form's content type (none without one).
     */
    @Nullable String check(Actor actor, PatientRegistration.ConsentDetails c) {
        if (c.model() == ConsentModel.BLANKET && !c.scopeMemberIds().isEmpty()) {
            throw new InvalidInputException("consent.scopeMemberIds", "consent.blanket-excludes-facilities-only");
        }
        if (c.model() == ConsentModel.BLANKET && c.scopeFacilityIds().contains(actor.facilityId())) {
            throw new InvalidInputException("consent.scopeFacilityIds", "consent.excludes-registering-facility");
        }
        return c.form() == null ? null : forms.check(c.form().fileName(), c.form().content());
    }

    /**
     * Records the consent obtained at registration, with its scope; a 個別同意 always names the registering member's
     * facility (or the member) so that they keep the patient they registered.
     */
    void obtain(Actor actor, Patient patient, PatientRegistration.ConsentDetails c, @Nullable String formType, Instant now) {
        Consent consent = new Consent(patient.id(), c.model(), c.obtainedOn(), actor.memberId(), c.signer().strip(),
                c.signerRelation().strip(), now);
        if (c.form() != null && formType != null) {
            byte[] bytes = c.form().content();
            consent.attach(c.form().fileName(), formType, bytes, SignedFormCheck.sha256(bytes));
        }
        consents.save(consent);
        c.scopeFacilityIds().stream().distinct().forEach(f -> scopes.save(new ConsentScope(consent.id(), f, null)));
        c.scopeMemberIds().stream().distinct().forEach(m -> scopes.save(new ConsentScope(consent.id(), null, m)));
        if (c.model() == ConsentModel.INDIVIDUAL && !c.scopeFacilityIds().contains(actor.facilityId())
                && !c.scopeMemberIds().contains(actor.memberId())) {
            scopes.save(new ConsentScope(consent.id(), actor.facilityId(), null));
        }
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
        List<ConsentInfo.ScopeMember> scopeMembers = new ArrayList<>();
        for (ConsentScope s : scope) {
            if (s.facilityId() != null && facilities.containsKey(s.facilityId())) {
                scopeFacilities.add(facilities.get(s.facilityId()).name());
            }
            if (s.memberId() != null && members.containsKey(s.memberId())) {
                MemberSummary m = members.get(s.memberId());
                scopeMembers.add(new ConsentInfo.ScopeMember(m.name(), m.facilityName()));
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
        Consent consent = consents.findCurrent(patientId).orElseThrow(() -> new NotFoundException("consent", patientId));
        consent.withdraw(actor, patient, reason, access.teamMemberIds(patientId), Instant.now(clock));
        consents.save(consent);
    }

    private static String name(Map<Long, MemberSummary> members, long id) {
        MemberSummary m = members.get(id);
        return m == null ? "?" : m.name();
    }
}

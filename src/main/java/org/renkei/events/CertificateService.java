package org.renkei.events;

import java.util.Optional;
import java.util.function.Function;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.AssociationService;
import org.renkei.directory.FacilityType;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.events.internal.Registration;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.PortalProperties;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 修了証: the PDF for the member who attended (or the organiser's administrators), and the public verification of a
 * certificate's number, which names the member, the meeting, the date and the issuer and nothing else.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    /** What the verification page shows of a certificate. */
    public record Verified(String code, String memberName, MeetingKind kind, String title, java.time.Instant startsAt, String issuer) {}

    private final Meetings meetings;
    private final AssociationService associations;
    private final PortalProperties portal;
    private final AuditLog audit;

    CertificateService(Meetings meetings, AssociationService associations, PortalProperties portal, AuditLog audit) {
        this.meetings = meetings;
        this.associations = associations;
        this.portal = portal;
        this.audit = audit;
    }

    /** The verification link printed on the certificate. */
    public String verifyUrl(String code) {
        return portal.link("certificates/" + code);
    }

    /** The member's certificate for a meeting ({@code memberId}: the actor's own, or any for the organiser); logged. */
    @Transactional
    public byte[] pdf(Actor actor, long meetingId, long memberId, Function<String, String> label) {
        Meeting m = meetings.require(meetingId);
        if (actor.memberId() != memberId && !m.organisedBy(actor)) {
            throw new AccessRefusedException("events.not-yours");
        }
        Registration r = m.registrationOf(memberId).filter(x -> x.certificateCode() != null)
                .orElseThrow(() -> new NotFoundException("certificate", meetingId));
        String code = java.util.Objects.requireNonNull(r.certificateCode());
        audit.record(actor, "events.certificate-printed", AuditTarget.of("meeting", m.id(), m.title(), m.associationId()),
                "member " + memberId);
        return CertificatePdf.render(new CertificatePdf.Certificate(code, r.memberName(), r.facilityName(), m.title(),
                label.apply("events.kind." + m.kind()), m.startsAt(), issuer(m), verifyUrl(code)), label);
    }

    /** Who issues: the association for what its office holds, otherwise the organiser (the 区's desk, the hospital). */
    private String issuer(Meeting m) {
        return m.organiser().type() == FacilityType.ASSOCIATION_OFFICE ? associations.get(m.associationId()).name() : m.organiserName();
    }

    /** A certificate by its number, for anyone holding it (the verification link needs no login). */
    public Optional<Verified> verify(String code) {
        if (code.length() < 8 || code.length() > 40) {
            return Optional.empty();
        }
        return meetings.findByCertificate(code).flatMap(m -> m.registrations().stream().filter(r -> code.equals(r.certificateCode())).findFirst()
                .map(r -> new Verified(code, r.memberName(), m.kind(), m.title(), m.startsAt(), issuer(m))));
    }
}

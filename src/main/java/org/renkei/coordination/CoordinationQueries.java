package org.renkei.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.coordination.internal.CoordinationRequests;
import org.renkei.coordination.internal.Inquiry;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientDemographics;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading requests: what a facility asked for, the inquiries a facility received (never naming the patient), one
 * request for the desk and the requester (a linked patient's name to them only, the read logged). The desk's queue is
 * {@link DeskQueue}.
 */
@Service
@Transactional(readOnly = true)
public class CoordinationQueries {

    private final CoordinationRequests requests;
    private final DirectoryLookup directory;
    private final AssociationService associations;
    private final PatientAccess patients;
    private final RequestRows rows;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CoordinationQueries(CoordinationRequests requests, DirectoryLookup directory, AssociationService associations,
            PatientAccess patients, RequestRows rows, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.requests = requests;
        this.directory = directory;
        this.associations = associations;
        this.patients = patients;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the member's facility asked the desk for, newest first. */
    public List<RequestRow> mine(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        return rows.of(requests.findForRequester(actor.facilityId()));
    }

    /** The inquiries the member's facility received, newest first; no patient is named. */
    public List<InquiryCard> inbox(Actor actor) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        List<CoordinationRequest> list = requests.findInquiring(actor.facilityId());
        // the desks, the districts and the linked patients' ages looked up once for the whole list
        Map<Long, FacilityContact> desks = directory.contacts(list.stream().map(CoordinationRequest::deskFacilityId).distinct().toList());
        Map<Long, String> districts = new java.util.HashMap<>();
        associations.districts().forEach(d -> districts.put(d.id(), d.name()));
        Map<Long, Integer> ages = new java.util.HashMap<>();
        List<InquiryCard> out = new ArrayList<>();
        for (CoordinationRequest r : list) {
            r.inquiries().stream().filter(i -> i.facilityId() == actor.facilityId())
                    .forEach(i -> out.add(card(r, i, desks.get(r.deskFacilityId()), districts.getOrDefault(r.districtId(), ""),
                            r.patientId() == null ? r.patientAge() : ages.computeIfAbsent(r.patientId(), id -> age(r)))));
        }
        return out;
    }

    /** One request, for its desk and its requester; a linked patient's read is logged. */
    @Transactional
    public RequestDetails details(Actor actor, long id) {
        CoordinationRequest r = requests.require(id);
        if (!r.desk(actor) && !r.requester(actor)) {
            throw new AccessRefusedException("coordination.not-your-request");
        }
        return details(actor, r, true);
    }

    RequestDetails details(Actor actor, CoordinationRequest r) {
        return details(actor, r, false);
    }

    private RequestDetails details(Actor actor, CoordinationRequest r, boolean log) {
        Set<Long> facilityIds = new LinkedHashSet<>(List.of(r.deskFacilityId(), r.requesterFacilityId()));
        r.inquiries().forEach(i -> facilityIds.add(i.facilityId()));
        Map<Long, FacilityContact> f = directory.contacts(facilityIds);
        MemberSummary requester = directory.members(List.of(r.requesterMemberId())).get(r.requesterMemberId());
        String patientName = null;
        if (r.patientId() != null) {
            patientName = patients.names(List.of(r.patientId())).get(r.patientId());
            if (log) {
                audit.record(actor, "coordination.request-viewed", new AuditTarget("patient", r.patientId(),
                        patientName + " (ID " + r.patientId() + ")", r.associationId(), r.patientId()), "request " + r.id());
            }
        }
        List<RequestDetails.InquiryInfo> inquiries = r.inquiries().stream().map(i -> {
            FacilityContact c = f.get(i.facilityId());
            return new RequestDetails.InquiryInfo(i.id(), i.facilityId(), c == null ? "?" : c.name(), c == null ? null : c.phone(),
                    i.sentAt(), i.answer(), i.reason(), i.note(), i.answeredAt());
        }).toList();
        FacilityContact matched = r.matchedFacilityId() == null ? null : directory.contacts(List.of(r.matchedFacilityId()))
                .get(r.matchedFacilityId());
        Instant now = Instant.now(clock);
        return new RequestDetails(r.id(), name(f.get(r.deskFacilityId())), district(r.districtId()),
                requester == null ? "?" : requester.name(), name(f.get(r.requesterFacilityId())), r.need(), List.copyOf(r.capabilities()),
                r.startOn(), r.note(), r.patientId(), patientName, age(r), r.patientId() == null ? r.patientSex() : null, r.status(),
                r.receivedAt(), r.firstAnswerDue(), r.late(now), inquiries, r.proposedInquiryId(), matched == null ? null : matched.name(),
                r.unmatchedReason(), timeline(r.id()), r.allowedActions(actor));
    }

    /** The card of one inquiry, for the facility it is addressed to. */
    InquiryCard card(Actor actor, CoordinationRequest r, long inquiryId) {
        Inquiry i = r.inquiries().stream().filter(x -> x.id() == inquiryId).findFirst().orElseThrow();
        if (!actor.worksAt(i.facilityId())) {
            throw new AccessRefusedException("coordination.not-your-inquiry");
        }
        return card(r, i, directory.contacts(List.of(r.deskFacilityId())).get(r.deskFacilityId()), district(r.districtId()), age(r));
    }

    private static InquiryCard card(CoordinationRequest r, Inquiry i, FacilityContact desk, String district, Integer age) {
        return new InquiryCard(r.id(), i.id(), name(desk), district, r.need(), List.copyOf(r.capabilities()), r.startOn(), r.note(),
                age, r.patientId() == null ? r.patientSex() : null, i.sentAt(), i.answer(), i.reason(), i.answeredAt(),
                r.status().open() && i.answer() == null,
                Objects.equals(r.matchedFacilityId(), i.facilityId()));
    }

    /** The patient's age: as given when anonymous, from the record when linked (never the name or birth date). */
    private Integer age(CoordinationRequest r) {
        if (r.patientId() == null) {
            return r.patientAge();
        }
        PatientDemographics d = patients.demographics(r.patientId());
        return Period.between(d.birthDate(), LocalDate.now(clock.withZone(TimeConfiguration.TOKYO))).getYears();
    }

    private String district(long districtId) {
        return associations.districts().stream().filter(d -> d.id() == districtId).map(d -> d.name()).findFirst().orElse("");
    }

    private List<RequestDetails.Step> timeline(long requestId) {
        return jdbc.query("SELECT occurred_at, actor_name, step, detail FROM coordination_event WHERE request_id = ? ORDER BY id",
                (rs, n) -> new RequestDetails.Step(rs.getTimestamp(1).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC),
                        rs.getString(2), rs.getString(3), rs.getString(4)), requestId);
    }

    private static String name(FacilityContact f) {
        return f == null ? "?" : f.name();
    }
}

package org.renkei.coordination;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.coordination.internal.CoordinationRequests;
import org.renkei.coordination.internal.Inquiry;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityQuery;
import org.renkei.directory.CapabilitySearch;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityCapabilityInfo;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityType;
import org.renkei.directory.IntakeFilter;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's side of reading: its queue and late list (for members of a 在宅療養支援窓口, or of the association's office
 * where a district has none), and the facilities it may ask for a request, found by what they can do.
 */
@Service
@Transactional(readOnly = true)
public class DeskQueue {

    private final CoordinationRequests requests;
    private final RequestRows rows;
    private final CapabilitySearch capabilities;
    private final DirectoryLookup directory;

    DeskQueue(CoordinationRequests requests, RequestRows rows, CapabilitySearch capabilities, DirectoryLookup directory) {
        this.requests = requests;
        this.rows = rows;
        this.capabilities = capabilities;
        this.directory = directory;
    }

    /** The desk's queue, open requests first: for members of a desk (a 在宅療養支援窓口 or an association's office). */
    public List<RequestRow> queue(Actor actor) {
        requireDesk(actor);
        return rows.of(requests.findForDesk(Objects.requireNonNull(actor.facilityId())));
    }

    /** The late ones of the desk's queue (no answer by the first answer's due time). */
    public List<RequestRow> late(Actor actor) {
        return queue(actor).stream().filter(RequestRow::late).toList();
    }

    /**
     * The facilities the desk may ask: of the kind the need calls for, serving the request's district, taking on all it
     * needs, accepting or willing to talk now; those already asked left out. For the desk only.
     */
    public List<FacilityCapabilityInfo> candidates(Actor actor, long id, IntakeFilter intake) {
        CoordinationRequest r = requests.require(id);
        if (!r.desk(actor)) {
            throw new AccessRefusedException("coordination.not-your-request");
        }
        Set<Capability> needs = r.capabilities().stream().map(Capability::valueOf).collect(Collectors.toSet());
        Set<Long> asked = r.inquiries().stream().map(Inquiry::facilityId).collect(Collectors.toSet());
        return capabilities.find(actor, new CapabilityQuery(r.need().facilityType(), needs, r.districtId(), intake, null), 0, 50)
                .stream().filter(f -> !asked.contains(f.id())).toList();
    }

    private void requireDesk(Actor actor) {
        FacilityContact own = actor.facilityId() == null ? null : directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
        if (own == null || (own.type() != FacilityType.MUNICIPAL_SUPPORT_DESK && own.type() != FacilityType.ASSOCIATION_OFFICE)) {
            throw new AccessRefusedException("coordination.not-a-desk");
        }
    }
}

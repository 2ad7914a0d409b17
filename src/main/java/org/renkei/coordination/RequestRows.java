package org.renkei.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.coordination.internal.CoordinationRequest;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.springframework.stereotype.Component;

/** Requests as lists show them, built in a fixed number of queries whatever the length. */
@Component
class RequestRows {

    private final DirectoryLookup directory;
    private final AssociationService associations;
    private final Clock clock;

    RequestRows(DirectoryLookup directory, AssociationService associations, Clock clock) {
        this.directory = directory;
        this.associations = associations;
        this.clock = clock;
    }

    /** Rows for a list, in a fixed number of queries whatever its length. */
    List<RequestRow> of(List<CoordinationRequest> list) {
        Set<Long> ids = new LinkedHashSet<>();
        list.forEach(r -> {
            ids.add(r.requesterFacilityId());
            if (r.matchedFacilityId() != null) {
                ids.add(r.matchedFacilityId());
            }
        });
        Map<Long, FacilityContact> f = directory.contacts(ids);
        Map<Long, String> districts = new java.util.HashMap<>();
        associations.districts().forEach(d -> districts.put(d.id(), d.name()));
        Instant now = Instant.now(clock);
        return list.stream().map(r -> new RequestRow(r.id(), r.need(), List.copyOf(r.capabilities()),
                districts.getOrDefault(r.districtId(), ""), name(f.get(r.requesterFacilityId())), r.startOn(), r.status(), r.receivedAt(),
                r.firstAnswerDue(), r.late(now), r.inquiries().size(),
                (int) r.inquiries().stream().filter(i -> i.answer() == InquiryAnswer.ACCEPT || i.answer() == InquiryAnswer.ASK).count(),
                (int) r.inquiries().stream().filter(i -> i.answer() == InquiryAnswer.DECLINE).count(),
                r.matchedFacilityId() == null ? null : name(f.get(r.matchedFacilityId())))).toList();
    }

    private static String name(FacilityContact f) {
        return f == null ? "?" : f.name();
    }
}

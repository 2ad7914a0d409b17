package org.renkei.handoff.internal;

import java.util.List;
import org.renkei.handoff.HandoffStatus;
import org.renkei.handoff.RecipientStatus;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Handoffs extends JpaRepository<Handoff, Long> {

    /** The handoff, or {@code NotFoundException} (404 in the API, "not found" on the page). */
    default Handoff require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("handoff", id));
    }

    List<Handoff> findByPatientIdOrderByCreatedAtDesc(long patientId);

    @Query("select h from Handoff h where h.senderFacilityId = ?1 and h.status in ?2 order by h.dueAt")
    List<Handoff> findSent(long facilityId, List<HandoffStatus> statuses);

    /** Handoffs with a recipient of this facility in one of these states. */
    @Query("""
            select distinct h from Handoff h, Recipient r where r.handoffId = h.id and r.facilityId = ?1
              and r.status in ?2 and h.status = org.renkei.handoff.HandoffStatus.SENT order by h.dueAt""")
    List<Handoff> findAddressedTo(long facilityId, List<RecipientStatus> statuses);
}

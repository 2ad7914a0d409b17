package org.renkei.events.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.renkei.platform.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Meetings extends JpaRepository<Meeting, Long> {

    default Meeting require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /**
     * The meeting with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}): every change to it or its
     * registrations goes through this, so that concurrent registrations for the last seat are decided one after another.
     */
    default Meeting requireLocked(long id) {
        return lockById(id).stream().findFirst().orElseThrow(() -> new NotFoundException("meeting", id));
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = ?1")
    List<Meeting> lockById(long id);

    /** Meetings of a period the member may see: their association's, and those open to all. */
    @Query("""
            select m from Meeting m where m.startsAt >= ?2 and m.startsAt < ?3
              and (m.associationId = ?1 or m.openToAll = true) order by m.startsAt, m.id limit 500""")
    List<Meeting> findVisible(long associationId, Instant from, Instant to);

    /** Every association's meetings of a period, for the portal's operators. */
    @Query("select m from Meeting m where m.startsAt >= ?1 and m.startsAt < ?2 order by m.startsAt, m.id limit 500")
    List<Meeting> findBetween(Instant from, Instant to);

    /** One association's meetings of a period (the calendar of a district, the figures). */
    @Query("select m from Meeting m where m.associationId = ?1 and m.startsAt >= ?2 and m.startsAt < ?3 order by m.startsAt, m.id")
    List<Meeting> findOfAssociation(long associationId, Instant from, Instant to);

    /** What a facility organises, newest first. */
    @Query("select m from Meeting m where m.organiserFacilityId = ?1 order by m.startsAt desc limit 200")
    List<Meeting> findOrganisedBy(long facilityId);

    /** The meetings a member has registered for (in any state). */
    @Query("select distinct m from Meeting m join m.registrations r where r.memberId = ?1 order by m.startsAt")
    List<Meeting> findRegistered(long memberId);

    /** Planned meetings starting in the window whose reminder has not gone out. */
    @Query("select m.id from Meeting m where m.status = org.renkei.events.MeetingStatus.PLANNED and m.remindedAt is null"
            + " and m.startsAt > ?1 and m.startsAt <= ?2")
    List<Long> findToRemind(Instant from, Instant to);

    /** The meeting of a certificate's number. */
    @Query("select m from Meeting m join m.registrations r where r.certificateCode = ?1")
    java.util.Optional<Meeting> findByCertificate(String code);

}

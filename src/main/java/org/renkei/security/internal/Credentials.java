package org.renkei.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Credentials extends JpaRepository<Credential, Long> {

    List<Credential> findByMemberIdIn(Collection<Long> memberIds);

    /** Every login the member took before now ends (checked by the login cookie on every node). No version bump. */
    @Modifying
    @Query("UPDATE Credential c SET c.sessionsEndedAt = :now WHERE c.memberId = :memberId")
    int endSessions(@Param("memberId") long memberId, @Param("now") Instant now);
}

package org.renkei.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    @Query("select t from AccountToken t where t.memberId in ?1 and t.purpose = ?2 and t.usedAt is null")
    List<AccountToken> findOpen(Collection<Long> memberIds, AccountToken.Purpose purpose);

    /** Voids the member's earlier links of a purpose when a new one is sent. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = ?3 where t.memberId = ?1 and t.purpose = ?2 and t.usedAt is null")
    int voidOpen(long memberId, AccountToken.Purpose purpose, Instant now);
}

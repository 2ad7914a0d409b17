package org.renkei.security.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByMemberIdAndUsedAtIsNull(long memberId);

    @Modifying
    @Query("delete from RecoveryCode r where r.memberId = ?1")
    void deleteByMember(long memberId);
}

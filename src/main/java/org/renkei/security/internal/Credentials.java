package org.renkei.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Credentials extends JpaRepository<Credential, Long> {

    List<Credential> findByMemberIdIn(Collection<Long> memberIds);
}

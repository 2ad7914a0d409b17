package org.renkei.handoff.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Recipients extends JpaRepository<Recipient, Long> {

    List<Recipient> findByHandoffIdOrderById(long handoffId);

    List<Recipient> findByHandoffIdIn(Collection<Long> handoffIds);
}

package org.renkei.preparedness.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventLog extends JpaRepository<EventLogRow, Long> {

    @Query("select r from EventLogRow r where r.eventId = ?1 order by r.id")
    List<EventLogRow> findByEvent(long eventId);
}

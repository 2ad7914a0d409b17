package org.renkei.events.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarFeeds extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}

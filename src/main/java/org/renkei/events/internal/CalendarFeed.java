package org.renkei.events.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's personal calendar feed: the SHA-256 of its secret token (the token itself is shown once). */
@Entity
@Table(name = "meeting_feed")
public class CalendarFeed {

    @Id
    private long memberId;
    private String tokenHash;
    private Instant createdAt;

    protected CalendarFeed() {
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public CalendarFeed(long memberId, String tokenHash, Instant createdAt) {
        this.memberId = memberId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public long memberId() {
        return memberId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

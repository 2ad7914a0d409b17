package org.renkei.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.renkei.events.internal.CalendarFeed;
import org.renkei.events.internal.CalendarFeeds;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.platform.AccessRefusedException;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.platform.PortalProperties;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar (RFC 5545, written with ical4j): one meeting as an .ics file, and a member's personal feed of the meetings
 * they registered for, which a phone's calendar subscribes to by a URL with a secret token. Only the token's SHA-256 is
 * kept; issuing a new one ends the old.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Meetings meetings;
    private final CalendarFeeds feeds;
    private final PortalProperties portal;
    private final Clock clock;
    private final DirectoryLookup directory;

    CalendarFiles(Meetings meetings, CalendarFeeds feeds, PortalProperties portal, Clock clock, DirectoryLookup directory) {
        this.directory = directory;
        this.meetings = meetings;
        this.feeds = feeds;
        this.portal = portal;
        this.clock = clock;
    }

    /** One meeting, for whoever may see it. */
    public String meeting(Actor actor, long id) {
        Meeting m = meetings.require(id);
        if (!m.visibleTo(actor)) {
            throw new AccessRefusedException("events.not-visible");
        }
        return calendar(List.of(m)).toString();
    }

    /** A new feed URL for the member (the old one stops working). */
    @Transactional
    public String newFeed(Actor actor) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.findById(actor.memberId()).ifPresent(feeds::delete);
        feeds.flush();
        feeds.save(new CalendarFeed(actor.memberId(), hash(token), Instant.now(clock)));
        return portal.link("feeds/events/" + token + ".ics");
    }

    /** Whether the member has a feed, and since when. */
    public Optional<Instant> feedSince(Actor actor) {
        return feeds.findById(actor.memberId()).map(CalendarFeed::createdAt);
    }

    @Transactional
    public void endFeed(Actor actor) {
        feeds.findById(actor.memberId()).ifPresent(feeds::delete);
    }

    /** The feed of the token's member: the meetings they are confirmed or waiting for, from 90 days back; empty if unknown. */
    public Optional<String> feed(String token) {
        if (token.length() < 16 || token.length() > 64) {
            return Optional.empty();
        }
        Instant since = Instant.now(clock).minus(java.time.Duration.ofDays(90));
        // the link is dead for a member who may not log in (suspended, detached), as their sessions are
        return feeds.findByTokenHash(hash(token)).filter(f -> active(f.memberId())).map(f -> calendar(meetings.findRegistered(f.memberId()).stream()
                .filter(m -> m.endsAt().isAfter(since))
                .filter(m -> m.registrationOf(f.memberId()).map(r -> r.status().active()).orElse(false)).toList()).toString());
    }

    private boolean active(long memberId) {
        MemberSummary m = directory.members(List.of(memberId)).get(memberId);
        return m != null && m.status() == MemberStatus.ACTIVE;
    }

    private Calendar calendar(List<Meeting> list) {
        Calendar c = new Calendar();
        c.add(new ProdId("-//Renkei//events//JA"));
        c.add(ImmutableVersion.VERSION_2_0);
        c.add(new CalScale(CalScale.VALUE_GREGORIAN));
        c.add(new XProperty("X-WR-CALNAME", "Renkei"));
        for (Meeting m : list) {
            VEvent e = new VEvent(m.startsAt(), m.endsAt(), m.title());
            e.add(new Uid("meeting-" + m.id() + "@" + URI.create(portal.link("")).getHost()));
            String where = m.place() == null ? m.videoUrl() : m.place();
            if (where != null) {
                e.add(new Location(where));
            }
            StringBuilder text = new StringBuilder(m.organiserName());
            if (m.description() != null) {
                text.append("\n\n").append(m.description());
            }
            if (m.videoUrl() != null) {
                text.append("\n\n").append(m.videoUrl());
            }
            e.add(new Description(text.toString()));
            e.add(new Url(URI.create(portal.link("events/" + m.id()))));
            e.add(m.status() == MeetingStatus.CALLED_OFF ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            c.add(e);
        }
        return c;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

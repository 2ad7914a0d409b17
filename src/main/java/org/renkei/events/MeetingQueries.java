package org.renkei.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.Profession;
import org.renkei.events.internal.Materials;
import org.renkei.events.internal.Meeting;
import org.renkei.events.internal.Meetings;
import org.renkei.events.internal.Registrant;
import org.renkei.events.internal.Registration;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar and one meeting as each reader may see them: members see their association's meetings and those open to
 * all, and others who attend only if those agreed; only the organiser's administrators see the participants, their
 * contacts and the survey.
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    /** What the calendar is narrowed to; every part optional. {@code association} null: the whole metropolis. */
    public record CalendarFilter(@Nullable Long association, @Nullable MeetingKind kind, @Nullable Profession profession) {

        public static CalendarFilter all() {
            return new CalendarFilter(null, null, null);
        }
    }

    private final Meetings meetings;
    private final Materials materials;
    private final Participants participants;
    private final DirectoryLookup directory;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingQueries(Meetings meetings, Materials materials, Participants participants, DirectoryLookup directory, JdbcTemplate jdbc,
            Clock clock) {
        this.meetings = meetings;
        this.materials = materials;
        this.participants = participants;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The meetings from {@code from} to {@code to} the actor may see, filtered. */
    public List<MeetingRow> calendar(Actor actor, Instant from, Instant to, CalendarFilter filter) {
        List<Meeting> found = actor.isSystemAdmin() ? meetings.findBetween(from, to)
                : actor.associationId() == null ? List.of() : meetings.findVisible(actor.associationId(), from, to);
        return found.stream()
                .filter(m -> filter.association() == null || m.associationId() == filter.association())
                .filter(m -> filter.kind() == null || m.kind() == filter.kind())
                .filter(m -> filter.profession() == null || m.professions().isEmpty() || m.professions().contains(filter.profession()))
                .map(m -> row(actor, m)).toList();
    }

    /** The member's own registrations (not the cancelled): the coming ones soonest first, then the past ones latest first. */
    public List<MeetingRow> mine(Actor actor) {
        Instant now = Instant.now(clock);
        return meetings.findRegistered(actor.memberId()).stream().map(m -> row(actor, m)).filter(r -> r.mine() != null)
                .sorted(Comparator.comparing((MeetingRow r) -> !r.endsAt().isAfter(now))
                        .thenComparing(r -> r.endsAt().isAfter(now) ? r.startsAt().toEpochMilli() : -r.startsAt().toEpochMilli()))
                .toList();
    }

    /** The member's next confirmed or waiting meetings from now on. */
    public List<MeetingRow> upcoming(Actor actor) {
        Instant now = Instant.now(clock);
        return mine(actor).stream().filter(r -> r.endsAt().isAfter(now) && r.status() == MeetingStatus.PLANNED).toList();
    }

    /** What the facility organises (its administrators), newest first. */
    public List<MeetingRow> organised(Actor actor, long facilityId) {
        if (!participants.organiser(facilityId).administeredBy(actor)) {
            throw new AccessRefusedException("events.not-organiser");
        }
        return meetings.findOrganisedBy(facilityId).stream().map(m -> row(actor, m)).toList();
    }

    public MeetingDetails details(Actor actor, long id) {
        return details(actor, meetings.require(id));
    }

    MeetingDetails details(Actor actor, Meeting m) {
        if (!m.visibleTo(actor)) {
            throw new AccessRefusedException("events.not-visible");
        }
        Instant now = Instant.now(clock);
        Registrant who = participants.registrant(actor);
        Map<Profession, MeetingDetails.Seats> seats = new EnumMap<>(Profession.class);
        m.quotas().forEach((p, n) -> seats.put(p, new MeetingDetails.Seats(m.confirmed(p), n)));
        Registration own = m.registrationOf(actor.memberId()).orElse(null);
        MeetingDetails.Mine mine = own == null || own.status() == RegistrationStatus.CANCELLED ? null
                : new MeetingDetails.Mine(own.status(), place(m, own), own.shareName(), own.attended(), own.groupNo(),
                        own.surveyedAt() != null, own.certificateCode());
        boolean organiser = m.organisedBy(actor);
        // only those who come themselves see who else comes, and only those who agreed to be shown
        List<MeetingDetails.Attendee> attendees = mine == null && !organiser ? List.of() : m.registrations().stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.shareName() && r.memberId() != actor.memberId())
                .map(r -> new MeetingDetails.Attendee(r.memberName(), r.profession(), r.facilityName())).toList();
        return new MeetingDetails(m.id(), m.associationId(), m.organiserFacilityId(), m.organiserName(), m.kind(), m.title(),
                m.description(), m.startsAt(), m.endsAt(), m.place(), m.videoUrl(), m.openToAll(), m.professions(),
                m.facilityTypes(), m.capacity(), m.confirmed(), m.waiting(), seats, m.deadline(), m.certificate(), m.status(),
                m.registrationOpen(now), !materials.withMaterials(List.of(m.id())).isEmpty(), mine, attendees,
                m.allowedActions(actor, who, now), organiser ? checkInPath(m) : null, m.version());
    }

    /** The path the door's QR code opens. */
    static String checkInPath(Meeting m) {
        return "events/" + m.id() + "/check-in/" + m.checkInCode();
    }

    private static @Nullable Integer place(Meeting m, Registration own) {
        if (own.status() != RegistrationStatus.WAITING) {
            return null;
        }
        int place = 1;
        for (Registration r : m.registrations()) {
            if (r.status() == RegistrationStatus.WAITING && (r.registeredAt().isBefore(own.registeredAt())
                    || (r.registeredAt().equals(own.registeredAt()) && r.id() < own.id()))) {
                place++;
            }
        }
        return place;
    }

    /** The organiser's list: everyone registered (not the cancelled), with e-mail and the facility's phone. */
    public List<ParticipantInfo> participants(Actor actor, long id) {
        Meeting m = meetings.require(id);
        if (!m.organisedBy(actor)) {
            throw new AccessRefusedException("events.not-organiser");
        }
        List<Registration> active = m.registrations().stream().filter(r -> r.status().active())
                .sorted(Comparator.comparing((Registration r) -> r.status()).thenComparing(Registration::registeredAt)).toList();
        Map<Long, String> emails = directory.emails(active.stream().map(Registration::memberId).toList());
        Map<Long, FacilityContact> facilities = directory.contacts(active.stream().map(Registration::facilityId).distinct().toList());
        return active.stream().map(r -> new ParticipantInfo(r.memberId(), r.memberName(), r.profession(), r.facilityId(),
                r.facilityName(), r.facilityType(), r.status(), r.registeredAt(), r.attended(), r.groupNo(), emails.get(r.memberId()),
                facilities.containsKey(r.facilityId()) ? facilities.get(r.facilityId()).phone() : null,
                r.certificateCode() != null)).toList();
    }

    /** The organiser's list as CSV (formula-safe), in the reader's language. */
    public byte[] participantsCsv(Actor actor, long id, CsvFiles.Encoding encoding, Function<String, String> label) {
        List<ParticipantInfo> list = participants(actor, id);
        List<String> header = List.of(label.apply("events.csv.name"), label.apply("events.csv.profession"),
                label.apply("events.csv.facility"), label.apply("events.csv.facility-type"), label.apply("events.csv.status"),
                label.apply("events.csv.attended"), label.apply("events.csv.group"), label.apply("events.csv.email"),
                label.apply("events.csv.phone"));
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantInfo p : list) {
            rows.add(List.of(p.name(), label.apply("profession." + p.profession()), p.facilityName(),
                    label.apply("facility-type." + p.facilityType()), label.apply("events.registration." + p.status()),
                    p.attended() ? "1" : "0", p.group() == null ? "" : String.valueOf(p.group()), p.email() == null ? "" : p.email(),
                    p.facilityPhone() == null ? "" : p.facilityPhone()));
        }
        return CsvFiles.write(header, rows, encoding);
    }

    /** The survey, for the organiser: no names. */
    public SurveySummary survey(Actor actor, long id) {
        Meeting m = meetings.require(id);
        if (!m.organisedBy(actor)) {
            throw new AccessRefusedException("events.not-organiser");
        }
        List<Registration> answered = m.registrations().stream().filter(r -> r.surveyRating() != null).toList();
        Double average = answered.isEmpty() ? null
                : Math.round(answered.stream().mapToInt(r -> r.surveyRating()).average().orElse(0) * 10) / 10.0;
        int attended = (int) m.registrations().stream().filter(Registration::attended).count();
        return new SurveySummary(answered.size(), attended, average, answered.stream().map(Registration::surveyComment)
                .filter(c -> c != null && !c.isBlank()).map(c -> (String) c).toList());
    }

    /** The meeting's timeline, newest first (the last 200 steps), for the organiser. */
    public List<TimelineStep> timeline(Actor actor, long id) {
        Meeting m = meetings.require(id);
        if (!m.organisedBy(actor)) {
            throw new AccessRefusedException("events.not-organiser");
        }
        Map<Long, String> names = m.registrations().stream().collect(Collectors.toMap(Registration::memberId, Registration::memberName));
        return jdbc.query("SELECT occurred_at, actor_name, step, member_id, detail FROM meeting_event WHERE meeting_id = ?"
                + " ORDER BY id DESC LIMIT 200", (rs, i) -> {
                    long member = rs.getLong("member_id");
                    return new TimelineStep(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
                            rs.getString("step"), rs.wasNull() ? null : names.get(member), rs.getString("detail"));
                }, id);
    }

    /** The materials' name and content, for whoever may see the meeting. */
    public Map.Entry<String, byte[]> materials(Actor actor, long id) {
        Meeting m = meetings.require(id);
        if (!m.visibleTo(actor)) {
            throw new AccessRefusedException("events.not-visible");
        }
        var material = materials.findById(id).orElseThrow(() -> new NotFoundException("materials", id));
        return Map.entry(material.fileName(), material.content());
    }

    /** 受講履歴: the meetings the member attended, newest first. */
    public List<TrainingRecord> history(Actor actor) {
        return meetings.findRegistered(actor.memberId()).stream()
                .map(m -> m.registrationOf(actor.memberId()).filter(Registration::attended)
                        .map(r -> new TrainingRecord(m.id(), m.kind(), m.title(), m.startsAt(), m.organiserName(), r.certificateCode()))
                        .orElse(null))
                .filter(r -> r != null).map(r -> (TrainingRecord) r)
                .sorted(Comparator.comparing(TrainingRecord::startsAt).reversed()).toList();
    }

    /** Kinds counted as courses whose sessions the history counts (在宅療養地域リーダー養成). */
    public static Set<MeetingKind> courses() {
        return Set.of(MeetingKind.LEADER_COURSE);
    }

    MeetingRow row(Actor actor, Meeting m) {
        Registration own = m.registrationOf(actor.memberId()).filter(r -> r.status().active()).orElse(null);
        return new MeetingRow(m.id(), m.associationId(), m.kind(), m.title(), m.startsAt(), m.endsAt(), m.place(),
                m.videoUrl() != null, m.organiserName(), m.openToAll(), m.capacity(), m.confirmed(), m.waiting(), m.status(),
                own == null ? null : own.status(), own != null && own.attended());
    }

}

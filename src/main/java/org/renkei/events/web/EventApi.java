package org.renkei.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.Profession;
import org.renkei.events.EventService;
import org.renkei.events.MeetingDetails;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingQueries;
import org.renkei.events.MeetingRow;
import org.renkei.events.ParticipantInfo;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar for a 区's or a hospital's system (scopes {@code events.read}, {@code events.write}): the meetings of an
 * association (its own and those open to all) for a period, one meeting, and, for the meetings its own facility
 * organises, the participants and their attendance (a system at the door, or the hospital's 院内研修 records).
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "events", description = "The association's calendar: 連絡会, trainings and symposia, participants and attendance")
class EventApi {

    record Attendance(boolean present) {}

    private final EventService events;
    private final MeetingQueries queries;

    EventApi(EventService events, MeetingQueries queries) {
        this.events = events;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Meetings from a date for up to a year (default: from today for 90 days), of the program's association "
            + "and those open to all; narrowed by association, kind and profession")
    List<MeetingRow> calendar(@AuthenticationPrincipal Actor actor, @RequestParam @Nullable LocalDate from,
            @RequestParam @Nullable LocalDate to, @RequestParam @Nullable Long association, @RequestParam @Nullable MeetingKind kind,
            @RequestParam @Nullable Profession profession) {
        LocalDate start = from == null ? LocalDate.now(TimeConfiguration.TOKYO) : from;
        LocalDate end = to == null ? start.plusDays(90) : to;
        if (end.isBefore(start) || end.isAfter(start.plusYears(1))) {
            throw new InvalidInputException("to", "events.period");
        }
        return queries.calendar(actor, instant(start), instant(end.plusDays(1)),
                new MeetingQueries.CalendarFilter(association, kind, profession));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting: announcement, seats per profession, what the program may do")
    MeetingDetails get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return queries.details(actor, id);
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "The participants of a meeting the program's facility organises, with contacts and attendance")
    List<ParticipantInfo> participants(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return queries.participants(actor, id);
    }

    @PutMapping("/{id}/participants/{memberId}/attendance")
    @Operation(summary = "Records (or withdraws) a confirmed participant's attendance, from an hour before the start; the "
            + "organiser's program only")
    ResponseEntity<Void> attendance(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long memberId,
            @RequestBody Attendance body) {
        events.markAttendance(actor, id, memberId, body.present());
        return ResponseEntity.noContent().build();
    }

    private static Instant instant(LocalDate d) {
        return d.atStartOfDay(TimeConfiguration.TOKYO).toInstant();
    }
}

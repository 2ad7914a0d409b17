package org.renkei.events.web;

import org.renkei.events.CalendarFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's calendar feed, subscribed to by a phone's calendar: no login, the secret token in the URL is the key (an
 * unknown token is a plain 404, never a hint).
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFiles files;

    CalendarFeedController(CalendarFiles files) {
        this.files = files;
    }

    @GetMapping("/feeds/events/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return files.feed(token).map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

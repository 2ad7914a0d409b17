package org.renkei.coordination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.coordination.CoordinationQueries;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.Need;
import org.renkei.coordination.RequestDetails;
import org.renkei.coordination.RequestRow;
import org.renkei.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests to the coordination desk for hospital systems (scopes {@code coordination.read}, {@code coordination.write}):
 * file one (anonymous, or linked to a patient the facility may read whose consent admits the desk) and follow where it
 * stands. The desk's own work happens in the portal.
 */
@RestController
@RequestMapping("/api/coordination")
@Tag(name = "coordination", description = "Requests to the district's coordination desk (在宅療養支援窓口への調整依頼)")
class CoordinationApi {

    record NewRequest(Need need, @Nullable Set<String> capabilities, long districtId, LocalDate startOn, @Nullable String note,
            @Nullable Long patientId, @Nullable Integer patientAge, @Nullable String patientSex) {}

    private final CoordinationService coordination;
    private final CoordinationQueries queries;

    CoordinationApi(CoordinationService coordination, CoordinationQueries queries) {
        this.coordination = coordination;
        this.queries = queries;
    }

    @PostMapping("/requests")
    @Operation(summary = "Files a request with the district's desk; the first answer is due at 17:00 on the next business day")
    ResponseEntity<RequestDetails> file(@AuthenticationPrincipal Actor actor, @RequestBody NewRequest r) {
        RequestDetails created = coordination.file(actor, new CoordinationService.NewRequest(r.need(),
                r.capabilities() == null ? Set.of() : r.capabilities(), r.districtId(), r.startOn(), r.note(), r.patientId(),
                r.patientAge(), r.patientSex()));
        return ResponseEntity.created(URI.create("/api/coordination/requests/" + created.id())).body(created);
    }

    @GetMapping("/requests")
    @Operation(summary = "The requests the facility filed, newest first")
    List<RequestRow> mine(@AuthenticationPrincipal Actor actor) {
        return queries.mine(actor);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request with its inquiries, answers and timeline (the requester's facility and the desk only)")
    RequestDetails get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return queries.details(actor, id);
    }
}

package org.renkei.beds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.renkei.beds.AvailabilityService;
import org.renkei.beds.BedDocumentService;
import org.renkei.beds.BedRequestQueries;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.DeclineReason;
import org.renkei.beds.HospitalInfo;
import org.renkei.beds.Purpose;
import org.renkei.beds.RequestInfo;
import org.renkei.beds.Transport;
import org.renkei.beds.Urgency;
import org.renkei.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backup beds for hospital and clinic systems (scopes {@code beds.read}, {@code beds.write}): a hospital system reads
 * the requests sent to it, answers them and sets its free beds; a clinic system reads the board and requests a bed for
 * a patient of its facility's teams (a draft the 主治医 confirms in the portal). The same rules as the pages.
 */
@RestController
@RequestMapping("/api/beds")
@Tag(name = "beds", description = "Backup beds for home patients (在宅療養後方支援病床)")
class BedApi {

    record FreeBeds(int freeBeds) {}

    record NewRequest(long patientId, long hospitalId, Purpose purpose, Urgency urgency, Transport transport, @Nullable String note) {}

    record Accept(Instant arriveBy) {}

    record Decline(DeclineReason reason, @Nullable String note) {}

    record OnDate(LocalDate on) {}

    private final AvailabilityService availability;
    private final BedRequestService requests;
    private final BedRequestQueries queries;
    private final BedDocumentService documents;

    BedApi(AvailabilityService availability, BedRequestService requests, BedRequestQueries queries, BedDocumentService documents) {
        this.availability = availability;
        this.requests = requests;
        this.queries = queries;
        this.documents = documents;
    }

    @GetMapping("/availability")
    @Operation(summary = "The board: every programme hospital of the facility's association with today's free beds "
            + "(fresh: given within 24 hours)")
    List<HospitalInfo> board(@AuthenticationPrincipal Actor actor) {
        return availability.board(actor);
    }

    @PutMapping("/hospitals/{id}/availability")
    @Operation(summary = "Sets today's free beds of a programme hospital: its own system only")
    HospitalInfo setFree(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody FreeBeds body) {
        return availability.update(actor, id, body.freeBeds());
    }

    @GetMapping("/requests")
    @Operation(summary = "The requests sent to the facility's hospitals, newest first")
    List<RequestInfo> incoming(@AuthenticationPrincipal Actor actor) {
        return queries.forHospital(actor);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "A request with its timeline, for the patient's team or the hospital it is sent to (logged)")
    RequestInfo get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return queries.details(actor, id);
    }

    @PostMapping("/requests")
    @Operation(summary = "Drafts a request for a patient of the facility's teams; the 主治医 confirms it in the portal. "
            + "The programme's rules (age, purpose, respite, gap since the last stay) are checked, each refusal naming its rule")
    ResponseEntity<RequestInfo> request(@AuthenticationPrincipal Actor actor, @RequestBody NewRequest r) {
        RequestInfo created = requests.request(actor, new BedRequestService.NewRequest(r.patientId(), r.hospitalId(), r.purpose(),
                r.urgency(), r.transport(), r.note()));
        return ResponseEntity.created(URI.create("/api/beds/requests/" + created.id())).body(created);
    }

    @PostMapping("/requests/{id}/accept")
    @Operation(summary = "受入可, with the time the patient should arrive by")
    RequestInfo accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Accept body) {
        return requests.accept(actor, id, body.arriveBy());
    }

    @PostMapping("/requests/{id}/decline")
    @Operation(summary = "受入不可, with a coded reason (OTHER needs a note)")
    RequestInfo decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Decline body) {
        return requests.decline(actor, id, body.reason(), body.note());
    }

    @PostMapping("/requests/{id}/admit")
    @Operation(summary = "入院: the patient was taken in on this day")
    RequestInfo admit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OnDate body) {
        return requests.admit(actor, id, body.on());
    }

    @PostMapping("/requests/{id}/discharge")
    @Operation(summary = "退院: the stay ended on this day")
    RequestInfo discharge(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OnDate body) {
        return requests.discharge(actor, id, body.on());
    }

    @GetMapping(path = "/requests/{id}/referral.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The request's 診療情報提供書 (A4 PDF) built from the patient's summary")
    ResponseEntity<byte[]> referral(@AuthenticationPrincipal Actor actor, @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        BedDocumentService.Document d = documents.referral(actor, id, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }
}

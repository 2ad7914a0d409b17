package org.renkei.oncall.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.renkei.oncall.BriefDocumentService;
import org.renkei.oncall.CallInfo;
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.CallService;
import org.renkei.oncall.Caller;
import org.renkei.oncall.CoverPeriod;
import org.renkei.oncall.CoverService;
import org.renkei.oncall.CoverSheet;
import org.renkei.oncall.PeriodKind;
import org.renkei.oncall.WhoCovers;
import org.renkei.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Round-the-clock cover for hospital and night-service systems (scopes {@code oncall.read}, {@code oncall.write}):
 * who answers a patient's call now and next, the cover periods of the clinic's doctors with their briefs (JSON or
 * PDF), and recording a call taken by one of its covering doctors. The same rules as the pages: a program sees the
 * briefs of its own doctors' periods only, inside each patient's consent.
 */
@RestController
@RequestMapping("/api/on-call")
@Tag(name = "on-call", description = "Round-the-clock cover (24時間の診療体制): responders, briefs (申し送り), night calls")
class OnCallApi {

    /** A call as a night-service system records it; {@code calledAt} defaults to now. */
    record NewCall(long patientId, @Nullable Instant calledAt, Caller caller, CallOutcome outcome, @Nullable String note) {}

    private final CoverService covers;
    private final CallService calls;
    private final BriefDocumentService documents;

    OnCallApi(CoverService covers, CallService calls, BriefDocumentService documents) {
        this.covers = covers;
        this.calls = calls;
        this.documents = documents;
    }

    @GetMapping("/patients/{id}/responders")
    @Operation(summary = "Who answers the patient's call now and from the next change on, with phone numbers, and the gaps")
    WhoCovers responders(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return covers.contacts(actor, id);
    }

    @GetMapping("/periods")
    @Operation(summary = "The cover periods of the clinic's doctors under way or starting within 12 hours")
    List<CoverPeriod> periods(@AuthenticationPrincipal Actor actor) {
        return covers.periods(actor);
    }

    @GetMapping("/periods/{kind}/{sourceId}/briefs")
    @Operation(summary = "A cover period's briefs (申し送り), built from each patient's summary; each read is logged as a cover read")
    CoverSheet briefs(@AuthenticationPrincipal Actor actor, @PathVariable PeriodKind kind, @PathVariable long sourceId,
            @Parameter(hidden = true) Locale locale) {
        return covers.sheet(actor, kind, sourceId, locale);
    }

    @GetMapping(path = "/periods/{kind}/{sourceId}/briefs.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The same briefs as an A4 PDF with Japanese fonts embedded")
    ResponseEntity<byte[]> briefsPdf(@AuthenticationPrincipal Actor actor, @PathVariable PeriodKind kind,
            @PathVariable long sourceId, @Parameter(hidden = true) Locale locale) {
        BriefDocumentService.Document d = documents.period(actor, kind, sourceId, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }

    @PostMapping("/calls")
    @Operation(summary = "Records a call taken by one of the clinic's doctors who covers the patient now; it joins the "
            + "morning report to the patient's primary doctor")
    ResponseEntity<CallInfo> record(@AuthenticationPrincipal Actor actor, @RequestBody NewCall call) {
        CallInfo saved = calls.record(actor, new CallService.NewCall(call.patientId(), call.calledAt(), call.caller(),
                call.outcome(), call.note()));
        return ResponseEntity.created(URI.create("/api/on-call/calls/" + saved.id())).body(saved);
    }
}

package org.renkei.handoff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.handoff.AdmissionSheet;
import org.renkei.handoff.AttachedFile;
import org.renkei.handoff.CarePlanService;
import org.renkei.handoff.DeclineReason;
import org.renkei.handoff.DischargeSheet;
import org.renkei.handoff.HandoffCard;
import org.renkei.handoff.HandoffDetails;
import org.renkei.handoff.HandoffDocumentService;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffListService;
import org.renkei.handoff.HandoffPrefillService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.handoff.HandoffTimeline;
import org.renkei.handoff.LetterDocumentService;
import org.renkei.handoff.ReferralLetterService;
import org.renkei.handoff.TimelineEntry;
import org.renkei.patient.TeamRole;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.api.ApiPage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handoffs for hospital systems and care management software (scopes {@code handoffs.read},
 * {@code handoffs.write}): the lists, a handoff with its recipients' answers and timeline, every step of its
 * life, the PDF and FHIR documents, and referral letters received as FHIR. The same service and rules as the
 * pages: a refused step is a 409 problem naming the state.
 */
@RestController
@RequestMapping("/api/handoffs")
@Tag(name = "handoffs", description = "Admission and discharge handoffs (入退院時連携)")
class HandoffApi {

    /** Which list: what the facility must answer, what it sent (and drafts), what is late on either side. */
    enum Box { TO_ANSWER, SENT, LATE }

    record Created(long id) {}

    record NewDischarge(long patientId, DischargeSheet sheet, @Nullable List<RecipientRequest> recipients) {}

    record NewAdmission(long patientId, long hospitalFacilityId, AdmissionSheet sheet) {}

    record Decline(DeclineReason reason, @Nullable String note) {}

    record Replace(long facilityId) {}

    record Cancel(String reason) {}

    /** {@code dischargedOn}: the day the patient left hospital, when it was not the planned one. */
    record Complete(@Nullable LocalDate firstVisit, @Nullable LocalDate dischargedOn) {}

    private final HandoffService handoffs;
    private final HandoffDraftService drafts;
    private final HandoffListService lists;
    private final HandoffTimeline timelines;
    private final HandoffPrefillService prefill;
    private final HandoffDocumentService documents;
    private final ReferralLetterService referrals;
    private final CarePlanService carePlans;
    private final LetterDocumentService letters;

    HandoffApi(HandoffService handoffs, HandoffDraftService drafts, HandoffListService lists, HandoffTimeline timelines, HandoffPrefillService prefill, HandoffDocumentService documents, ReferralLetterService referrals, CarePlanService carePlans, LetterDocumentService letters) {
        this.letters = letters;
        this.handoffs = handoffs;
        this.drafts = drafts;
        this.lists = lists;
        this.timelines = timelines;
        this.prefill = prefill;
        this.documents = documents;
        this.referrals = referrals;
        this.carePlans = carePlans;
    }

    @GetMapping
    @Operation(summary = "A list of the facility's handoffs: to answer, sent (with drafts), or late; or one patient's")
    ApiPage<HandoffCard> list(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "TO_ANSWER") Box box,
            @RequestParam(required = false) @Nullable Long patient, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(offset, limit);
        List<HandoffCard> all = patient != null ? lists.forPatient(actor, patient) : switch (box) {
            case TO_ANSWER -> lists.toAnswer(actor);
            case SENT -> lists.sentByUs(actor);
            case LATE -> lists.late(actor);
        };
        int from = Math.min(offset, all.size());
        return ApiPage.of(all.subList(from, Math.min(all.size(), from + limit + 1)), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A handoff with its sheet and each recipient's answer (opening it as a recipient marks it received)")
    HandoffDetails get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return handoffs.view(actor, id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Every step, oldest first")
    List<TimelineEntry> timeline(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return timelines.of(actor, id);
    }

    @PostMapping("/discharge")
    @Operation(summary = "Drafts discharge information; without recipients it goes to the home team on the patient's team")
    ResponseEntity<HandoffDetails> discharge(@AuthenticationPrincipal Actor actor, @RequestBody NewDischarge body) {
        requireSheet(body.sheet());
        List<RecipientRequest> to = body.recipients() == null || body.recipients().isEmpty()
                ? prefill.homeTeam(actor, body.patientId()) : body.recipients();
        long id = drafts.draftDischarge(actor, body.patientId(), body.sheet(), to);
        return ResponseEntity.created(URI.create("/api/handoffs/" + id)).body(handoffs.view(actor, id));
    }

    @PostMapping("/admission")
    @Operation(summary = "Drafts an admission information sheet to a hospital")
    ResponseEntity<HandoffDetails> admission(@AuthenticationPrincipal Actor actor, @RequestBody NewAdmission body) {
        requireSheet(body.sheet());
        long id = drafts.draftAdmission(actor, body.patientId(), body.hospitalFacilityId(), body.sheet());
        return ResponseEntity.created(URI.create("/api/handoffs/" + id)).body(handoffs.view(actor, id));
    }

    @PostMapping(path = "/referrals", consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Imports a referral letter (FHIR R4 document Bundle, Composition 57133-1) as discharge information draft")
    ResponseEntity<HandoffDetails> referral(@AuthenticationPrincipal Actor actor, @RequestBody String bundle,
            @Parameter(description = "planned discharge date, when the letter's encounter has no end")
            @RequestParam(required = false) @Nullable LocalDate plannedDischarge,
            @Parameter(description = "recipients as facilityId:ROLE; none means the home team on the patient's team")
            @RequestParam(required = false) @Nullable List<String> recipient) {
        List<RecipientRequest> to = new ArrayList<>();
        if (recipient != null) {
            for (String r : recipient) {
                String[] parts = r.split(":", 2);
                try {
                    to.add(new RecipientRequest(Long.parseLong(parts[0]), parts.length > 1 ? TeamRole.valueOf(parts[1]) : TeamRole.VISITING_NURSE));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("recipient", "validation.Pattern");
                }
            }
        }
        long id = referrals.importLetter(actor, bundle, plannedDischarge, to);
        return ResponseEntity.created(URI.create("/api/handoffs/" + id)).body(handoffs.view(actor, id));
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Sends a draft to its recipients")
    HandoffDetails send(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        handoffs.send(actor, id);
        return handoffs.view(actor, id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancels, by the sending facility, with a reason")
    HandoffDetails cancel(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Cancel body) {
        handoffs.cancel(actor, id, body.reason());
        return handoffs.view(actor, id);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Records completion (for discharge: the first visit at home)")
    HandoffDetails complete(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Complete body) {
        handoffs.complete(actor, id, body.firstVisit(), body.dischargedOn());
        return handoffs.view(actor, id);
    }

    @PostMapping("/{id}/recipients/{recipientId}/accept")
    @Operation(summary = "Accepts, as the addressed facility (which joins the patient's team)")
    HandoffDetails accept(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long recipientId) {
        handoffs.accept(actor, id, recipientId);
        return handoffs.view(actor, id);
    }

    @PostMapping("/{id}/recipients/{recipientId}/decline")
    @Operation(summary = "Declines, as the addressed facility, with a coded reason (and a note for OTHER)")
    HandoffDetails decline(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long recipientId,
            @RequestBody Decline body) {
        handoffs.decline(actor, id, recipientId, body.reason(), body.note());
        return handoffs.view(actor, id);
    }

    @PostMapping("/{id}/recipients/{recipientId}/replace")
    @Operation(summary = "Sends a declined recipient's place to another facility, as the sender")
    HandoffDetails replace(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long recipientId,
            @RequestBody Replace body) {
        drafts.replace(actor, id, recipientId, body.facilityId());
        return handoffs.view(actor, id);
    }

    @GetMapping(path = "/{id}/fhir", produces = "application/fhir+json")
    @Operation(summary = "The discharge information as a FHIR R4 document Bundle: a JP-CLINS 1.5.2 discharge summary "
            + "(meta.profile JP_Bundle_eDischargeSummary) once the discharge is completed and the data it needs are entered; "
            + "before, a draft that claims no profile and says in the Composition's narrative what is missing")
    ResponseEntity<byte[]> fhir(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        HandoffDocumentService.Document d = documents.fhir(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType())).body(d.content());
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The sheet as an A4 PDF")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        HandoffDocumentService.Document d = documents.pdf(actor, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName()).build().toString()).body(d.content());
    }

    @PutMapping(path = "/{id}/care-plan", consumes = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_JPEG_VALUE,
            MediaType.IMAGE_PNG_VALUE})
    @Operation(summary = "Attaches the care plan to an admission sheet, as its sender, while it is a draft or sent: the file "
            + "as the body (PDF, JPEG or PNG, within the API's body limit); it replaces an earlier one")
    ResponseEntity<Void> attachCarePlan(@AuthenticationPrincipal Actor actor, @PathVariable long id,
            @Parameter(description = "the file's name, as it will be shown") @RequestParam(defaultValue = "care-plan.pdf") String name,
            @RequestBody byte[] content) {
        carePlans.attach(actor, id, name, content);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{id}/care-plan", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_JPEG_VALUE,
            MediaType.IMAGE_PNG_VALUE})
    @Operation(summary = "The care plan attached to an admission sheet (the read is logged); 404 when none is")
    ResponseEntity<byte[]> carePlan(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        AttachedFile f = carePlans.read(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(),
                        StandardCharsets.UTF_8).build().toString()).body(f.content());
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The documents a received referral letter carried (PDFs, images), for whoever may read the handoff")
    List<LetterDocumentService.LetterDocument> letterDocuments(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return letters.list(actor, id);
    }

    @GetMapping(path = "/{id}/documents/{documentId}", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_JPEG_VALUE,
            MediaType.IMAGE_PNG_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "One document a referral letter carried (the read is logged)")
    ResponseEntity<byte[]> letterDocument(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long documentId) {
        AttachedFile f = letters.read(actor, id, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(),
                        StandardCharsets.UTF_8).build().toString()).body(f.content());
    }

    private static void requireSheet(@Nullable Object sheet) {
        if (sheet == null) {
            throw new InvalidInputException("sheet", "validation.NotNull");
        }
    }
}

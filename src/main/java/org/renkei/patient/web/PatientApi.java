package org.renkei.patient.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientPage;
import org.renkei.patient.PatientService;
import org.renkei.patient.SummaryDocumentService;
import org.renkei.platform.api.ApiPage;
import org.renkei.security.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients on the client's facility's teams and their current summaries (scope {@code patients.read}); the
 * same access rule as the pages, and every read in the access log.
 */
@RestController
@RequestMapping("/api/patients")
@Tag(name = "patients", description = "Patients on the facility's care teams")
class PatientApi {

    private final PatientService patients;
    private final SummaryDocumentService documents;

    PatientApi(PatientService patients, SummaryDocumentService documents) {
        this.patients = patients;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "Patients whose team the facility is on, most recently active first; q filters by name or reading")
    ApiPage<PatientCard> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(offset, limit);
        return ApiPage.of(patients.myPatients(actor, q, offset, limit + 1), offset, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A patient with the current summary (logged)")
    PatientPage get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return patients.open(actor, id);
    }

    @GetMapping(path = "/{id}/fhir", produces = "application/fhir+json")
    @Operation(summary = "The current summary as a FHIR R4 document Bundle, JP-CLINS patient summary (JP_Bundle_ePCS), "
            + "authored by the client's facility (logged); a draft (preliminary, no profile claimed) when the facility has "
            + "no 医療機関コード or the patient no insurance, address or problem")
    ResponseEntity<byte[]> summaryFhir(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        SummaryDocumentService.Document d = documents.fhir(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType())).body(d.content());
    }
}

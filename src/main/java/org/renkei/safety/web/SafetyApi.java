package org.renkei.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.Translations;
import org.renkei.safety.MeasureService;
import org.renkei.safety.MeasuresPage;
import org.renkei.safety.PairBasis;
import org.renkei.safety.PairVisitRow;
import org.renkei.safety.PairVisitService;
import org.renkei.safety.ReportDetails;
import org.renkei.safety.ReportQueries;
import org.renkei.safety.ReportRow;
import org.renkei.safety.internal.PairVisit;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safe visits for a facility's own systems (scopes {@code safety.read}, {@code safety.write}): the facility's incident
 * reports (its own program only: no other facility's, the patient's team's, the association's), the visit-risk measures
 * on patients the facility cares for, and the two-person visits it logs for the subsidy claim.
 */
@RestController
@RequestMapping("/api/safety")
@Tag(name = "safety", description = "Incident reports, visit-risk measures and two-person visits (在宅医療のハラスメント対策)")
class SafetyApi {

    record NewPairVisit(long patientId, LocalDate visitedOn, @Nullable LocalTime startTime, @Nullable Integer minutes, long staffId,
            @Nullable Long partnerId, @Nullable String partnerName, PairBasis basis, @Nullable String note) {}

    private final ReportQueries reports;
    private final MeasureService measures;
    private final PairVisitService visits;
    private final Translations translations;

    SafetyApi(ReportQueries reports, MeasureService measures, PairVisitService visits, Translations translations) {
        this.reports = reports;
        this.measures = measures;
        this.visits = visits;
        this.translations = translations;
    }

    @GetMapping("/reports")
    @Operation(summary = "The facility's submitted incident reports, open first (the facility's own program only)")
    List<ReportRow> reports(@AuthenticationPrincipal Actor actor) {
        return reports.facility(actor);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One incident report with its evidence list, what was done and its timeline (the reporting facility's program only; logged)")
    ReportDetails report(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return reports.details(actor, id);
    }

    @GetMapping("/patients/{patientId}/measures")
    @Operation(summary = "The visit-risk measures on a patient the facility cares for (the measures, never the reason; logged)")
    MeasuresPage measures(@AuthenticationPrincipal Actor actor, @PathVariable long patientId) {
        return measures.measures(actor, patientId);
    }

    @PostMapping("/pair-visits")
    @Operation(summary = "Logs a visit made by two for a patient on the facility's team (the staff member of the facility; the partner a member or a named helper)")
    ResponseEntity<PairVisitRow> log(@AuthenticationPrincipal Actor actor, @RequestBody NewPairVisit v) {
        PairVisitRow row = visits.log(actor, new PairVisit.Visit(v.patientId(), v.visitedOn(), v.startTime(), v.minutes(), v.staffId(),
                v.partnerId(), v.partnerName(), v.basis(), v.note()));
        return ResponseEntity.created(URI.create("/api/safety/pair-visits?month=" + YearMonth.from(row.visitedOn()))).body(row);
    }

    @GetMapping("/pair-visits")
    @Operation(summary = "The facility's two-person visits in a month (yyyy-MM)")
    List<PairVisitRow> month(@AuthenticationPrincipal Actor actor, @RequestParam YearMonth month) {
        return visits.month(actor, month);
    }

    @GetMapping(path = "/pair-visits.csv", produces = "text/csv")
    @Operation(summary = "The month's two-person visits as CSV for the subsidy claim (UTF-8 with BOM; formulas neutralised; logged)")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal Actor actor, @RequestParam YearMonth month, Locale locale) {
        // the headers in the language the program asks for (Accept-Language), Japanese otherwise
        byte[] body = visits.csv(actor, month, key -> translations.text(key, locale));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("pair-visits-" + month + ".csv")
                        .build().toString())
                .body(body);
    }
}

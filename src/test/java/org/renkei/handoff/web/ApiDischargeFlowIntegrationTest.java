package org.renkei.handoff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Patient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.DischargeSummaryFhir;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.handoff.JpClinsValidator;
import org.renkei.handoff.KnownIgDefects;
import org.renkei.handoff.LetterDocumentService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * A hospital's information system runs the whole discharge flow through the API alone: it drafts the
 * discharge information for the home team, sends it, and reads the answers as the visiting nurse station's
 * and the care manager's systems give them (one accepts, one declines with a reason); it sends the declined
 * place to another station, which accepts; it records the first visit and reads the timeline and the FHIR
 * document. A step the state does not allow is a 409 problem.
 */
@RenkeiTest
class ApiDischargeFlowIntegrationTest {

    @LocalServerPort int port;
    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;
    @Autowired LetterDocumentService letters;

    private String tokenFor(World w, long facility, String name) {
        var c = clients.register(w.admin(), facility, name, EnumSet.of(ApiScope.HANDOFFS_READ, ApiScope.HANDOFFS_WRITE,
                ApiScope.PATIENTS_READ, ApiScope.MESSAGES_READ), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void aHospitalSystemSendsDischargeInformationAndReadsTheAnswers() {
        World w = worlds.create();
        ApiHttp api = new ApiHttp(port);
        String hospital = tokenFor(w, w.hospital(), "病院 電子カルテ");
        String station = tokenFor(w, w.vns(), "訪問看護 記録システム");
        String careOffice = tokenFor(w, w.cmo(), "ケアプラン ソフト");
        String station2 = tokenFor(w, w.vns2(), "別の訪問看護");
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).plusDays(6);

        Map<String, Object> body = Map.of("patientId", w.patient(), "sheet", HandoffWorld.discharge(planned), "recipients", List.of(
                Map.of("facilityId", w.vns(), "role", "VISITING_NURSE"), Map.of("facilityId", w.cmo(), "role", "CARE_MANAGER")));
        ApiHttp.Response created = api.post("/api/handoffs/discharge", hospital, ApiHttp.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/handoffs/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");

        // the recipients see nothing of a draft
        ApiHttp.Response early = api.get("/api/handoffs/" + id, station);
        assertThat(early.status()).isEqualTo(403);

        ApiHttp.Response sent = api.post("/api/handoffs/" + id + "/send", hospital, "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
        // sending twice is refused, naming the state
        ApiHttp.Response again = api.post("/api/handoffs/" + id + "/send", hospital, "");
        ApiHttp.assertProblem(again, 409, "handoff.transition");
        assertThat(again.json().get("detail").asString()).isEqualTo("A handoff that is Sent cannot be sent.");

        // each recipient's system finds it in its list and answers
        assertThat(ids(api.get("/api/handoffs?box=TO_ANSWER", station))).contains(id);
        long vnsRecipient = mine(api.get("/api/handoffs/" + id, station));
        long cmoRecipient = mine(api.get("/api/handoffs/" + id, careOffice));
        assertThat(api.post("/api/handoffs/" + id + "/recipients/" + cmoRecipient + "/accept", careOffice, "").status()).isEqualTo(200);
        ApiHttp.Response noReason = api.post("/api/handoffs/" + id + "/recipients/" + vnsRecipient + "/decline", station,
                "{\"reason\": \"OTHER\"}");
        ApiHttp.assertProblem(noReason, 400, "handoff.decline-note-required");
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(api.post("/api/handoffs/" + id + "/recipients/" + vnsRecipient + "/decline", station,
                "{\"reason\": \"NO_CAPACITY\", \"note\": \"今月は満床\"}").status()).isEqualTo(200);
        // only the addressed facility answers for itself
        ApiHttp.assertProblem(api.post("/api/handoffs/" + id + "/recipients/" + vnsRecipient + "/accept", hospital, ""),
                403, "handoff.only-recipient");

        // the hospital reads the answers
        JsonNode view = api.get("/api/handoffs/" + id, hospital).json();
        Map<Long, JsonNode> byFacility = new HashMap<>();
        view.get("recipients").forEach(r -> byFacility.put(r.get("facilityId").asLong(), r));
        assertThat(byFacility.get(w.cmo()).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(byFacility.get(w.vns()).get("status").asString()).isEqualTo("DECLINED");
        assertThat(byFacility.get(w.vns()).get("declineReason").asString()).isEqualTo("NO_CAPACITY");
        assertThat(byFacility.get(w.vns()).get("declineNote").asString()).isEqualTo("今月は満床");

        // and sends the declined place to another station, which accepts
        assertThat(api.post("/api/handoffs/" + id + "/recipients/" + vnsRecipient + "/replace", hospital,
                "{\"facilityId\": " + w.vns2() + "}").status()).isEqualTo(200);
        long vns2Recipient = mine(api.get("/api/handoffs/" + id, station2));
        assertThat(api.post("/api/handoffs/" + id + "/recipients/" + vns2Recipient + "/accept", station2, "").status()).isEqualTo(200);

        ApiHttp.Response done = api.post("/api/handoffs/" + id + "/complete", hospital, "{\"firstVisit\": \"" + planned.plusDays(1) + "\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        List<String> steps = api.get("/api/handoffs/" + id + "/timeline", hospital).json().valueStream()
                .map(e -> e.get("kind").asString()).toList();
        assertThat(steps).containsSubsequence("created", "sent", "accepted", "declined", "replaced", "accepted", "completed");

        ApiHttp.Response fhir = api.get("/api/handoffs/" + id + "/fhir", hospital);
        assertThat(fhir.status()).isEqualTo(200);
        assertThat(fhir.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(fhir.json().get("resourceType").asString()).isEqualTo("Bundle");
        // completed: a JP-CLINS 退院時サマリー, as the official profiles check it
        Bundle summary = DischargeSummaryFhir.context().newJsonParser().parseResource(Bundle.class, fhir.body());
        assertThat(summary.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(DischargeSummaryFhir.BUNDLE_PROFILE);
        assertThat(KnownIgDefects.unexplained(JpClinsValidator.errors(JpClinsValidator.shared().validate(summary)),
                KnownIgDefects.DISCHARGE_SUMMARY)).isEmpty();
        // the answers also reached the care team: the accepting station is on the patient's team now
        assertThat(api.get("/api/patients", station2).json().get("items").valueStream().map(n -> n.get("id").asLong()).toList())
                .contains(w.patient());
    }

    /** The IG's own referral example (牧野 爛漫), naming the world's patient by the portal's id as well. */
    private static String igReferral(long patientId) throws IOException {
        return igReferral(patientId, null);
    }

    /** As above; with {@code pdf}, the clinical course document carries it inline instead of referring to a file. */
    private static String igReferral(long patientId, byte @Nullable [] pdf) throws IOException {
        try (InputStream in = new ClassPathResource("fhir/examples/Bundle-Bundle-CLINS-Referral-Example-01.json").getInputStream()) {
            Bundle letter = DischargeSummaryFhir.context().newJsonParser()
                    .parseResource(Bundle.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            letter.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof Patient)
                    .map(r -> (Patient) r).forEach(p -> p.addIdentifier()
                            .setSystem("https://renkei.tokyo/fhir/id/patient").setValue(String.valueOf(patientId)));
            if (pdf != null) {
                letter.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof DocumentReference)
                        .map(r -> (DocumentReference) r).forEach(d -> d.getContentFirstRep().getAttachment().setUrl(null)
                                .setData(pdf).setTitle("臨床経過"));
            }
            return DischargeSummaryFhir.context().newJsonParser().encodeResourceToString(letter);
        }
    }

    @Test
    void theIgsReferralLetterBecomesADischargeDraftWithEverySectionsText() throws IOException {
        World w = worlds.create();
        ApiHttp api = new ApiHttp(port);
        String hospital = tokenFor(w, w.hospital(), "病院 電子カルテ");
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).plusDays(4);
        ApiHttp.Response created = api.post("/api/handoffs/referrals?plannedDischarge=" + planned + "&recipient=" + w.vns()
                + ":VISITING_NURSE", hospital, igReferral(w.patient()), "application/fhir+json");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode sheet = created.json().get("discharge");
        assertThat(sheet.get("dischargeInstructions").asString()).contains("腹痛精査お願いします。");
        assertThat(sheet.get("dischargeDiagnoses").valueStream().map(JsonNode::asString).toList())
                .anySatisfy(d -> assertThat(d).contains("上腹部痛"));
        assertThat(sheet.get("presentIllness").asString()).contains("夜食後に時々上腹部痛があり");
        assertThat(sheet.get("pastIllness").asString()).contains("狭心症").contains("左前腕骨折");
        assertThat(sheet.get("allergies").asString()).contains("サバ").contains("キーウイ").contains("ヨード");
        assertThat(sheet.get("referralNotes").asString()).contains("家族歴: 母　胃がん")
                .contains("身体所見: 腹部所見：上腹部圧痛あり").contains("感染症情報: 特になし")
                .contains("参照のみ");
        assertThat(sheet.get("plannedDischargeDate").asString()).isEqualTo(planned.toString());
        assertThat(created.json().get("recipients").get(0).get("facilityId").asLong()).isEqualTo(w.vns());
    }

    @Test
    void aDocumentTheLetterCarriesIsKeptWithTheDraftForItsReadersOnly() throws Exception {
        World w = worlds.create();
        ApiHttp api = new ApiHttp(port);
        String hospital = tokenFor(w, w.hospital(), "病院 電子カルテ");
        String outsider = tokenFor(w, w.vns2(), "別の訪問看護");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        ApiHttp.Response created = api.post("/api/handoffs/referrals?plannedDischarge=" + LocalDate.now(TimeConfiguration.TOKYO)
                .plusDays(4) + "&recipient=" + w.vns() + ":VISITING_NURSE", hospital, igReferral(w.patient(), pdf), "application/fhir+json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("discharge").get("referralNotes").asString()).contains("臨床経過: 添付（application/pdf）を取り込みました")
                .doesNotContain("参照のみ");

        ApiHttp.Response list = api.get("/api/handoffs/" + id + "/documents", hospital);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("title").asString()).isEqualTo("臨床経過");
        assertThat(list.json().get(0).get("contentType").asString()).isEqualTo("application/pdf");
        long documentId = list.json().get(0).get("id").asLong();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/handoffs/" + id + "/documents/" + documentId)).header("Authorization", "Bearer " + hospital).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.body()).isEqualTo(pdf);

        // a facility the draft does not concern sees neither the list nor the file
        assertThat(api.get("/api/handoffs/" + id + "/documents", outsider).status()).isEqualTo(403);
        assertThat(api.get("/api/handoffs/" + id + "/documents/" + documentId, outsider).status()).isEqualTo(403);
        // nor, while it is a draft, the recipient
        assertThat(api.get("/api/handoffs/" + id + "/documents/" + documentId, tokenFor(w, w.vns(), "訪問看護")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/handoffs/" + id + "/documents/" + (documentId + 1000), hospital).status()).isEqualTo(404);
        // nor the association's office, which keeps the register and reads no clinical content
        assertThatThrownBy(() -> letters.list(w.admin(), id)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> letters.read(w.admin(), id, documentId)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aLetterThatDoesNotConformIsRefusedWithTheValidatorsErrors() throws IOException {
        World w = worlds.create();
        ApiHttp api = new ApiHttp(port);
        String hospital = tokenFor(w, w.hospital(), "病院 電子カルテ");
        String withoutInsurance = igReferral(w.patient()).replaceAll(
                "\\{\"system\":\"http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID\",\"value\":\"[^\"]*\"},?", "");
        assertThat(withoutInsurance).doesNotContain("JP_Insurance_memberID");

        ApiHttp.Response refused = api.post("/api/handoffs/referrals?plannedDischarge=" + LocalDate.now(TimeConfiguration.TOKYO)
                .plusDays(4), hospital, withoutInsurance, "application/fhir+json");

        ApiHttp.assertProblem(refused, 400, "handoff.referral-nonconforming");
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("detail").asString()).toList())
                .anySatisfy(d -> assertThat(d).contains("Bundle.entry:patient"));
        assertThat(api.get("/api/handoffs?box=SENT", hospital).json().get("items").size()).isZero();

        ApiHttp.assertProblem(api.post("/api/handoffs/referrals", hospital, "{\"resourceType\": \"Patient\"}",
                "application/fhir+json"), 400, "handoff.referral-unreadable");
        ApiHttp.assertProblem(api.post("/api/handoffs/referrals", hospital, igReferral(w.patient()).replace("57133-1", "18842-5"),
                "application/fhir+json"), 400, "handoff.referral-not-a-letter");
    }

    private static List<Long> ids(ApiHttp.Response page) {
        return page.json().get("items").valueStream().map(n -> n.get("id").asLong()).toList();
    }

    private static long mine(ApiHttp.Response view) {
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        return view.json().get("mineToAnswer").get(0).asLong();
    }
}

package org.renkei.handoff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A care management system attaches the care plan to the admission sheet it sent; the hospital's system
 * downloads the same bytes. Refused: a hospital replacing it (403), a file that is not a PDF or image (400),
 * a client with read scope only (403), an admission sheet without one (404).
 */
@RenkeiTest
class ApiCarePlanIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort int port;
    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired ApiClientService clients;

    private String token(World w, long facility, String name, ApiScope... scopes) {
        var c = clients.register(w.admin(), facility, name, EnumSet.of(ApiScope.HANDOFFS_READ, scopes), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void theCareManagersSystemAttachesItAndTheHospitalsSystemDownloadsIt() throws Exception {
        World w = worlds.create();
        long id = drafts.draftAdmission(w.cm(), w.patient(), w.hospital(),
                HandoffWorld.admission(LocalDate.now(TimeConfiguration.TOKYO)));
        handoffs.send(w.cm(), id);
        String careOffice = token(w, w.cmo(), "ケアプラン ソフト", ApiScope.HANDOFFS_WRITE);
        String hospital = token(w, w.hospital(), "病院 電子カルテ", ApiScope.HANDOFFS_WRITE);
        String readOnly = token(w, w.cmo(), "閲覧のみ");
        String path = "/api/handoffs/" + id + "/care-plan";

        assertThat(new ApiHttp(port).get(path, hospital).status()).as("none attached yet").isEqualTo(404);
        assertThat(put(path + "?name=plan.pdf", readOnly, PDF, "application/pdf").statusCode()).isEqualTo(403);
        assertThat(put(path + "?name=plan.pdf", hospital, PDF, "application/pdf").statusCode()).as("only the sender").isEqualTo(403);
        HttpResponse<byte[]> wrong = put(path + "?name=plan.pdf", careOffice, "not a pdf".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("carePlan");

        assertThat(put(path + "?name=" + URLEncoder.encode("ケアプラン.pdf", StandardCharsets.UTF_8), careOffice, PDF,
                "application/pdf").statusCode()).isEqualTo(204);
        assertThat(new ApiHttp(port).get("/api/handoffs/" + id, hospital).json().get("carePlanName").asString())
                .isEqualTo("ケアプラン.pdf");
        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + hospital).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(PDF);
        assertThat(got.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(got.headers().firstValue("Content-Disposition").orElse("")).contains("UTF-8''");
    }

    private HttpResponse<byte[]> put(String path, String token, byte[] body, String type) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type).header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

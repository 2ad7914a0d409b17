package org.renkei.handoff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renkei.ApiHttp;
import org.renkei.RenkeiTest;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.AssociationService;
import org.renkei.handoff.HandoffDocumentService;
import org.renkei.handoff.HandoffDraftService;
import org.renkei.handoff.HandoffService;
import org.renkei.handoff.HandoffService.RecipientRequest;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.renkei.patient.ConsentService;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Withdrawn consent freezes a patient's handoffs with the record: the sender and the recipients no longer read the
 * sheet, its PDF or FHIR, through the page's service or the API (H10). And an association office is never a
 * handoff's recipient, so the API cannot put it on a care team.
 */
@RenkeiTest
class FrozenHandoffsIntegrationTest {

    @LocalServerPort int port;
    @Autowired HandoffWorld worlds;
    @Autowired HandoffService handoffs;
    @Autowired HandoffDraftService drafts;
    @Autowired HandoffDocumentService documents;
    @Autowired ConsentService consents;
    @Autowired ApiClientService clients;
    @Autowired AssociationService associations;

    private String token(World w, long facility) {
        var c = clients.register(w.admin(), facility, "システム", EnumSet.of(ApiScope.HANDOFFS_READ, ApiScope.HANDOFFS_WRITE,
                ApiScope.PATIENTS_READ), null, null);
        return new ApiHttp(port).token(c.clientId(), c.secret(), null);
    }

    @Test
    void afterConsentIsWithdrawnTheSenderAndTheRecipientsNoLongerReadTheDischargeSheet() {
        World w = worlds.create();
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).plusDays(5);
        long id = drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(planned), HandoffWorld.homeTeam(w));
        handoffs.send(w.hospNurse(), id);
        String hospital = token(w, w.hospital());
        String station = token(w, w.vns());
        ApiHttp api = new ApiHttp(port);
        assertThat(handoffs.view(w.nurse(), id)).isNotNull();
        assertThat(api.get("/api/handoffs/" + id, hospital).status()).isEqualTo(200);

        consents.withdraw(w.cm(), w.patient(), "本人の申し出により同意を撤回");

        for (var reader : List.of(w.hospNurse(), w.nurse(), w.doctor())) {
            assertThatThrownBy(() -> handoffs.view(reader, id)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> documents.pdf(reader, id)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> documents.fhir(reader, id)).isInstanceOf(AccessRefusedException.class);
        }
        for (String program : List.of(hospital, station)) {
            assertThat(api.get("/api/handoffs/" + id, program).status()).isEqualTo(403);
            assertThat(api.get("/api/handoffs/" + id + "/pdf", program).status()).isEqualTo(403);
            assertThat(api.get("/api/handoffs/" + id + "/fhir", program).status()).isEqualTo(403);
        }
        // the managing facility still reads the frozen record, handoffs included
        assertThat(handoffs.view(w.cm(), id)).isNotNull();
    }

    @Test
    void anAssociationOfficeIsNeverAHandoffsRecipient() {
        World w = worlds.create();
        long office = associations.officeOf(w.admin().associationId());
        LocalDate planned = LocalDate.now(TimeConfiguration.TOKYO).plusDays(5);
        assertThatThrownBy(() -> drafts.draftDischarge(w.hospNurse(), w.patient(), HandoffWorld.discharge(planned),
                List.of(new RecipientRequest(office, TeamRole.VISITING_NURSE)))).isInstanceOf(InvalidInputException.class);

        ApiHttp.Response r = new ApiHttp(port).post("/api/handoffs/discharge", token(w, w.hospital()), ApiHttp.json(Map.of(
                "patientId", w.patient(), "sheet", HandoffWorld.discharge(planned),
                "recipients", List.of(Map.of("facilityId", office, "role", "VISITING_NURSE")))));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
    }
}

package org.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renkei.oncall.AbsenceReason;
import org.renkei.oncall.AbsenceService;
import org.renkei.oncall.AgreementInfo;
import org.renkei.oncall.AgreementKind;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.AgreementStatus;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The end-to-end checks in {@code frontend/e2e}: Node drives Debian's Chromium (playwright-core)
 * against the portal started here on a random port with the demo data. Screenshots go to
 * {@code target/e2e-shots}. Without Chromium (it comes from Debian's package; {@code .ci/run} installs
 * it) these are skipped, and say so.
 */
@RenkeiTest
class EndToEndTest {

    static final Path FRONTEND = Path.of("frontend");
    static final Path SHOTS = Path.of("target", "e2e-shots");
    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @LocalServerPort int port;

    @BeforeAll
    static void nodeAndChromium() throws Exception {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute(), "Debian's chromium is not installed (apt-get install chromium)");
        Assumptions.assumeTrue(run(List.of("node", "--version"), FRONTEND, 30) == 0, "Node.js is not installed");
        if (!Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), FRONTEND, 300)).as("npm ci in frontend/").isZero();
        }
    }

    @Test
    void anAssociationAdministratorLogsInWithTotpAndApprovesAFacility() throws Exception {
        script("admin-approves-facility.mjs");
    }

    @Test
    void aNurseEditsTheSummaryAndTheDoctorOnTheTeamSeesTheNewVersionOnAPhone() throws Exception {
        script("nurse-edits-summary.mjs");
    }

    @Test
    void twoMembersChatLiveAndTheAuthorSeesWhoConfirmed() throws Exception {
        script("chat-two-members.mjs");
    }

    @Test
    void theStompWebClientSendsAndCatchesUpWithoutDuplicates() throws Exception {
        script("stomp-web-client.mjs");
    }

    @Test
    void aDischargeNurseSendsTheDischargeInformationAndTheVisitingNurseAcceptsIt() throws Exception {
        Assumptions.assumeTrue(run(List.of("pdftoppm", "-v"), FRONTEND, 30) == 0, "poppler-utils is not installed (apt-get install poppler-utils)");
        script("discharge-handoff.mjs");
    }

    @Test
    void aCareManagerAttachesTheCarePlanToTheAdmissionSheetAndTheHospitalDownloadsIt() throws Exception {
        script("care-plan.mjs");
    }

    @Autowired AgreementService agreements;
    @Autowired AbsenceService absences;
    @Autowired Fixtures fixtures;

    /**
     * The demo pair covers dr-yamada's patients at night and on weekends; for a run at any hour, dr-yamada is away from a
     * minute ago for two hours, covered by dr-ogawa (cancelled afterwards).
     */
    @Test
    void theCoveringDoctorReadsTonightsBriefsAndRecordsACallAndThePrimaryDoctorConfirmsTheReport() throws Exception {
        Actor yamada = fixtures.actor("dr-yamada");
        Actor ogawa = fixtures.actor("dr-ogawa");
        AgreementInfo pair = agreements.list(yamada).stream()
                .filter(a -> a.kind() == AgreementKind.PAIR && a.status() == AgreementStatus.ACTIVE).findFirst().orElseThrow();
        long absence = absences.accept(ogawa, absences.declare(yamada, new AbsenceService.Declaration(pair.id(), ogawa.memberId(),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(2)), AbsenceReason.OTHER, "E2E", true,
                List.of())).id()).id();
        try {
            script("on-call.mjs");
        } finally {
            absences.cancel(yamada, absence);
        }
    }

    @Test
    void aNurseRequestsABackupBedTheDoctorConfirmsOneHospitalDeclinesAndTheNextAcceptsAndTheBoardIsLive() throws Exception {
        script("backup-beds.mjs");
    }

    @Test
    void aHospitalAsksTheDeskForAHomeDoctorTheDeskAsksClinicsOneAcceptsAndTheMatchIsAgreed() throws Exception {
        script("coordination.mjs");
    }

    @Test
    void aNurseReportsAnIncidentWithAPhotoTheAdministratorAddsAMeasureAndTheDoctorConfirmsIt() throws Exception {
        script("safe-visits.mjs");
    }

    @Test
    void theDeskDeclaresABlackoutTwoCheckersMarkTheirPatientsAndTheBoardShowsBothWithoutAReload() throws Exception {
        script("preparedness.mjs");
    }

    @Test
    void aNurseWaitsForAFullTrainingMovesUpWhenSomeoneCancelsChecksInByTheQrLinkAndDownloadsHerCertificate() throws Exception {
        script("events.mjs");
    }

    private void script(String name) throws Exception {
        Files.createDirectories(SHOTS);
        ProcessBuilder pb = new ProcessBuilder("node", "e2e/" + name).directory(FRONTEND.toFile()).redirectErrorStream(true);
        pb.environment().put("BASE", "http://127.0.0.1:" + port);
        pb.environment().put("SHOTS", SHOTS.toAbsolutePath().toString());
        pb.environment().put("CHROMIUM", CHROMIUM);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        System.out.println("---- " + name + "\n" + output);
        assertThat(finished).as(name + " finished in time").isTrue();
        assertThat(process.exitValue()).as(name + " failed:\n" + output).isZero();
    }

    private static int run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        return p.waitFor(seconds, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}

package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.TestMail;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberInfo;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.MailDelivery;
import org.renkei.security.internal.AccountService;
import org.renkei.security.internal.SecondFactor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The password step over real HTTP, and the second factor, as the login pages use them. */
@RenkeiTest
class LoginIntegrationTest {

    static final String PASSWORD = "Kango-Station-2026";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MemberService members;
    @Autowired FacilityService facilities;
    @Autowired AccountService accounts;
    @Autowired SecondFactor secondFactor;
    @Autowired MailDelivery mail;

    /** A new member who has activated their account through the link in the invitation mail. */
    private MemberInfo activatedMember(Place place) {
        MemberInfo m = fixtures.member(place, Profession.NURSE);
        mail.deliverScheduled();
        accounts.activate(TestMail.lastLink(m.email(), "activate"), PASSWORD, PASSWORD);
        return m;
    }

    private String postLogin(String loginId, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(loginId, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()
                + response.headers().firstValue("Location").map(l -> l.contains("?") ? l.substring(l.indexOf('?')) : "").orElse("");
    }

    @Test
    void anActivatedMemberGetsTheEnrolmentStepAfterTheRightPassword() throws Exception {
        MemberInfo m = activatedMember(fixtures.facility(fixtures.area(), FacilityType.CLINIC));
        assertThat(postLogin(m.loginId(), PASSWORD)).isEqualTo("/login/enrol");
        assertThat(postLogin(m.loginId(), "wrong-password-1")).isEqualTo("/login?error=credentials");
    }

    @Test
    void theDemoMembersGetTheCodeStep() throws Exception {
        assertThat(postLogin("dr-ito", "Renkei-Demo-2026")).isEqualTo("/login/verify");
    }

    @Test
    void aSuspendedMemberCannotLogIn() throws Exception {
        Area area = fixtures.area();
        MemberInfo m = activatedMember(fixtures.facility(area, FacilityType.CLINIC));
        members.suspend(area.admin(), m.id(), "調査中");
        assertThat(postLogin(m.loginId(), PASSWORD)).isEqualTo("/login?error=suspended");
        members.reinstate(area.admin(), m.id());
        assertThat(postLogin(m.loginId(), PASSWORD)).isEqualTo("/login/enrol");
    }

    @Test
    void aDetachedMemberOrOneOfASuspendedFacilityCannotLogIn() throws Exception {
        Area area = fixtures.area();
        Place place = fixtures.facility(area, FacilityType.CLINIC);
        MemberInfo leaving = activatedMember(place);
        MemberInfo staying = activatedMember(place);
        members.detach(place.admin(), leaving.id());
        assertThat(postLogin(leaving.loginId(), PASSWORD)).isEqualTo("/login?error=detached");

        facilities.suspend(area.admin(), place.facilityId(), "契約終了");
        assertThat(postLogin(staying.loginId(), PASSWORD)).isEqualTo("/login?error=facility_suspended");
    }

    @Test
    void anApplicantWithoutAnAccountAndAnUnknownLoginIdGetTheSameAnswer() throws Exception {
        Area area = fixtures.area();
        String applicant = Fixtures.unique("applicant");
        fixtures.apply(area, FacilityType.CLINIC, applicant);
        assertThat(postLogin(applicant, PASSWORD)).isEqualTo("/login?error=credentials");
        assertThat(postLogin(Fixtures.unique("nobody"), PASSWORD)).isEqualTo("/login?error=credentials");
    }

    @Test
    void theAccountLocksAfterTheConfiguredNumberOfFailuresEvenForTheRightPassword() throws Exception {
        MemberInfo m = activatedMember(fixtures.facility(fixtures.area(), FacilityType.CLINIC));
        for (int i = 1; i < 5; i++) {
            assertThat(postLogin(m.loginId(), "wrong-" + i)).isEqualTo("/login?error=credentials");
        }
        // the lock answers like a wrong password: the answer must not tell which login ids exist
        assertThat(postLogin(m.loginId(), "wrong-5")).isEqualTo("/login?error=credentials");
        assertThat(postLogin(m.loginId(), PASSWORD)).isEqualTo("/login?error=credentials");
        assertThat(members.get(fixtures.operator(), m.id()).accountState())
                .isEqualTo(AccountState.LOCKED);

        members.unlock(fixtures.operator(), m.id());
        assertThat(postLogin(m.loginId(), PASSWORD)).isEqualTo("/login/enrol");
    }

    @Test
    void aWrongCodeIsRefusedAndCountsTowardsTheLock() {
        MemberInfo m = activatedMember(fixtures.facility(fixtures.area(), FacilityType.CLINIC));
        Actor pending = fixtures.actor(m.id());
        SecondFactor.Enrolment offer = secondFactor.offer(pending);
        assertThat(secondFactor.enrol(pending, offer.secret(), "000000")).isEmpty();
        var codes = secondFactor.enrol(pending, offer.secret(), TotpCodes.now(offer.secret())).orElseThrow();
        assertThat(codes).hasSize(10);

        String wrong = TotpCodes.now(offer.secret()).equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 4; i++) {
            assertThat(secondFactor.verify(pending, wrong)).isEqualTo(SecondFactor.Result.WRONG);
        }
        assertThat(secondFactor.verify(pending, wrong)).isEqualTo(SecondFactor.Result.LOCKED);
        assertThat(secondFactor.verify(pending, TotpCodes.next(offer.secret()))).isEqualTo(SecondFactor.Result.LOCKED);
    }

    @Test
    void aCodeIsAcceptedOnceAndARecoveryCodeStandsInForALostPhone() {
        MemberInfo m = activatedMember(fixtures.facility(fixtures.area(), FacilityType.CLINIC));
        Actor pending = fixtures.actor(m.id());
        SecondFactor.Enrolment offer = secondFactor.offer(pending);
        var recovery = secondFactor.enrol(pending, offer.secret(), TotpCodes.now(offer.secret())).orElseThrow();

        String next = TotpCodes.next(offer.secret());
        assertThat(secondFactor.verify(pending, next)).isEqualTo(SecondFactor.Result.ACCEPTED);
        assertThat(secondFactor.verify(pending, next)).isEqualTo(SecondFactor.Result.WRONG);
        assertThat(secondFactor.verify(pending, recovery.get(3).toUpperCase())).isEqualTo(SecondFactor.Result.ACCEPTED);
        assertThat(secondFactor.verify(pending, recovery.get(3))).isEqualTo(SecondFactor.Result.WRONG);
        assertThat(secondFactor.recoveryCodesLeft(m.id())).isEqualTo(9);
    }

    @Test
    void aWeakPasswordIsRefusedAtActivationAndTheLinkStillWorks() {
        MemberInfo m = fixtures.member(fixtures.facility(fixtures.area(), FacilityType.CLINIC), Profession.NURSE);
        mail.deliverScheduled();
        String token = TestMail.lastLink(m.email(), "activate");
        Assertions.assertThatThrownBy(() -> accounts.activate(token, "short", "short"))
                .isInstanceOf(InvalidInputException.class);
        Assertions.assertThatThrownBy(() -> accounts.activate(token, m.loginId() + "-Pass-1", m.loginId() + "-Pass-1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(accounts.linkHolder(token, true)).isPresent();
        accounts.activate(token, PASSWORD, PASSWORD);
        assertThat(accounts.linkHolder(token, true)).isEmpty();
    }

    /** Codes as the member's authenticator app would show them. */
    static final class TotpCodes {
        static String now(String secret) {
            return at(secret, Instant.now());
        }

        static String next(String secret) {
            return at(secret, Instant.now().plusSeconds(30));
        }

        static String at(String secret, Instant time) {
            try {
                var generator = new TimeBasedOneTimePasswordGenerator();
                var key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
                return generator.generateOneTimePasswordString(key, time);
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

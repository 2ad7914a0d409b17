package org.renkei.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.TestMail;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberInfo;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.platform.MailDelivery;
import org.renkei.security.AccountState;
import org.renkei.security.Actor;
import org.renkei.security.internal.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The pages at the door: activation from the mailed link, and enrolling the authenticator app. */
@RenkeiTest
class DoorViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired MailDelivery mail;
    @Autowired AccountService accounts;
    @Autowired MemberService members;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNewMemberSetsAPasswordFromTheMailedLinkThenEnrolsTheirApp() {
        var place = fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION);
        MemberInfo nurse = fixtures.member(place, Profession.NURSE);
        mail.deliverScheduled();
        String token = TestMail.lastLink(nurse.email(), "activate");

        ActivateView activate = navigate("activate/" + token, ActivateView.class);
        test(activate.password).setValue("short");
        test(activate.confirmation).setValue("short");
        test(activate.save).click();
        assertThat(activate.password.isInvalid()).isTrue();
        test(activate.password).setValue("Houmon-Kango-2026");
        test(activate.confirmation).setValue("Houmon-Kango-2026");
        test(activate.save).click();
        assertThat(members.get(place.admin(), nurse.id()).accountState()).isEqualTo(AccountState.PASSWORD_SET);

        Actor pending = fixtures.actor(nurse.id());
        SignIn.pending(pending, "ROLE_TOTP_ENROLMENT");
        EnrolView enrol = navigate(EnrolView.class);
        String secret = find(Span.class).withId("totp-secret").single().getText().replace(" ", "");
        test(enrol.code).setValue("000000".equals(code(secret)) ? "111111" : "000000");
        test(enrol.confirm).click();
        assertThat(enrol.code.isInvalid()).isTrue();

        test(enrol.code).setValue(code(secret));
        test(enrol.confirm).click();
        assertThat(find(ListItem.class).all()).hasSize(10);
        test(enrol.done).click();

        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication.getAuthorities()).extracting(Object::toString).contains("ROLE_MEMBER");
        assertThat(members.get(place.admin(), nurse.id()).accountState()).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void aUsedOrUnknownLinkOpensNothing() {
        ActivateView view = navigate("activate/not-a-real-token-0123456789", ActivateView.class);
        assertThat(view.save.isAttached()).isFalse();
    }

    private static String code(String secret) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(key, Instant.now());
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}

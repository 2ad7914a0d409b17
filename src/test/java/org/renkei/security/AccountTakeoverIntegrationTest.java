package org.renkei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.RenkeiTest;
import org.renkei.TestMail;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberInfo;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.directory.StaffDetails;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.MailDelivery;
import org.renkei.security.internal.AccountService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facility administrator cannot take over a colleague's account: changing the colleague's e-mail waits for the
 * colleague's confirmation from the old address, a second-factor reset is told to the colleague, and a reset link
 * is never mailed while the second factor is reset, so a mailbox alone does not lead to a new authenticator.
 * (Attack run, H6.)
 */
@RenkeiTest
class AccountTakeoverIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired MemberService members;
    @Autowired AccountService accounts;
    @Autowired MailDelivery mail;

    private static List<String> bodies(String address) {
        return TestMail.texts(address);
    }

    @Test
    void anAdministratorCannotMoveAColleaguesMailAndResetTheirSecondFactorToTakeTheAccount() {
        Fixtures.Place clinic = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        MemberInfo victim = fixtures.member(clinic, Profession.PHYSICIAN);
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        accounts.installDemoCredential(victim.id(), accounts.hashPassword("Victim-Own-2026"),
                new Base32().encodeToString(key).replace("=", ""));
        String attackersMailbox = Fixtures.unique("attacker") + "@evil.example";
        Actor admin = clinic.admin();

        // 1. the administrator changes the colleague's address to a mailbox of their own
        members.update(admin, victim.id(), new StaffDetails(victim.loginId(), victim.name(), victim.nameKana(), victim.profession(),
                attackersMailbox, victim.phone()), victim.version());
        assertThat(members.get(admin, victim.id()).email()).isEqualTo(victim.email());

        // 2. resets the colleague's second factor, 3. asks for a password reset
        members.resetSecondFactor(admin, victim.id());
        accounts.requestPasswordReset(victim.loginId());
        mail.deliverScheduled();

        // no reset link reaches anyone: the second factor is reset, so the member logs in with their own password
        assertThat(bodies(attackersMailbox)).noneMatch(b -> b.contains("/reset-password/") || b.contains("/confirm-email/"));
        assertThat(bodies(victim.email())).noneMatch(b -> b.contains("/reset-password/"));
        // the member hears of both, at the address they have
        assertThat(bodies(victim.email())).anyMatch(b -> b.contains("/confirm-email/"))
                .anyMatch(b -> b.contains("二要素認証") && b.contains("リセット"));

        // once the member confirms from the old address, the new one is theirs (and the old one is told)
        accounts.confirmEmailChange(TestMail.anyLink(victim.email(), "confirm-email"));
        assertThat(members.get(admin, victim.id()).email()).isEqualTo(attackersMailbox);
        mail.deliverScheduled();
        assertThat(bodies(victim.email())).anyMatch(b -> b.contains(attackersMailbox) && b.contains("変更されました"));
    }

    /** A member whose address an administrator changes; returns the link mailed to the old address. */
    private String pendingChange(Fixtures.Place clinic, MemberInfo member, String newAddress) {
        members.update(clinic.admin(), member.id(), new StaffDetails(member.loginId(), member.name(), member.nameKana(),
                member.profession(), newAddress, member.phone()), member.version());
        mail.deliverScheduled();
        return TestMail.anyLink(member.email(), "confirm-email");
    }

    @Test
    void theConfirmationLinkIsRefusedWhenUsedTwiceForgedForAnotherPurposeOrForASuspendedMember() {
        Fixtures.Area area = fixtures.area();
        Fixtures.Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        MemberInfo member = fixtures.member(clinic, Profession.NURSE);
        String link = pendingChange(clinic, member, Fixtures.unique("new") + "@example.jp");

        // a made-up token, and the member's activation link used as if it confirmed the change
        assertThatThrownBy(() -> accounts.confirmEmailChange("not-a-token-0000000000000000")).isInstanceOf(InvalidInputException.class);
        String activation = TestMail.anyLink(member.email(), "activate");
        assertThatThrownBy(() -> accounts.confirmEmailChange(activation)).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.pendingEmail(activation)).isEmpty();

        accounts.confirmEmailChange(link);
        assertThatThrownBy(() -> accounts.confirmEmailChange(link)).isInstanceOf(InvalidInputException.class);

        // a suspended member's pending change cannot be completed (the link is dead, as every link of theirs)
        MemberInfo suspended = fixtures.member(clinic, Profession.NURSE);
        String hisLink = pendingChange(clinic, suspended, Fixtures.unique("elsewhere") + "@example.jp");
        members.suspend(area.admin(), suspended.id(), "調査中");
        assertThat(accounts.pendingEmail(hisLink)).isEmpty();
        assertThatThrownBy(() -> accounts.confirmEmailChange(hisLink)).isInstanceOf(InvalidInputException.class);
        assertThat(members.get(area.admin(), suspended.id()).email()).isEqualTo(suspended.email());
    }

    @Test
    void anotherFacilitysAdministratorOrAnAssociationOfficeCannotChangeTheAddressAtAll() {
        Fixtures.Area area = fixtures.area();
        Fixtures.Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Fixtures.Place other = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        MemberInfo member = fixtures.member(clinic, Profession.NURSE);
        StaffDetails moved = new StaffDetails(member.loginId(), member.name(), member.nameKana(), member.profession(),
                Fixtures.unique("x") + "@evil.example", member.phone());
        assertThatThrownBy(() -> members.update(other.admin(), member.id(), moved, member.version()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.update(fixtures.actor("midori-office"), member.id(), moved, member.version()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(members.get(area.admin(), member.id()).email()).isEqualTo(member.email());
    }
}

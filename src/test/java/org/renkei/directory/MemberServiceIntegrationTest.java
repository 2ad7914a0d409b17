package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.MemberAccounts.Standing;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class MemberServiceIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired MemberService members;
    @Autowired FacilityService facilities;
    @Autowired MemberAccounts accounts;

    @Test
    void aFacilityAdministratorAddsEditsAndDetachesTheirOwnStaff() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION);
        MemberInfo added = members.add(place.admin(), place.facilityId(), Fixtures.staff(Fixtures.unique("nurse"), Profession.NURSE));
        assertThat(added.status()).isEqualTo(MemberStatus.ACTIVE);

        MemberInfo edited = members.update(place.admin(), added.id(),
                new StaffDetails(added.loginId(), "訪問 花子", "ほうもん はなこ", Profession.PUBLIC_HEALTH_NURSE, "h@example.jp", null),
                added.version());
        assertThat(edited.name()).isEqualTo("訪問 花子");
        assertThat(edited.nameKana()).isEqualTo("ホウモン ハナコ");
        assertThat(edited.profession()).isEqualTo(Profession.PUBLIC_HEALTH_NURSE);

        MemberInfo detached = members.detach(place.admin(), added.id());
        assertThat(detached.status()).isEqualTo(MemberStatus.DETACHED);
        assertThat(accounts.findById(added.id()).orElseThrow().standing()).isEqualTo(Standing.DETACHED);
    }

    @Test
    void theListOffersWhatTheServiceAllowsAndTheServiceRefusesTheRest() {
        Area area = fixtures.area();
        Place place = fixtures.facility(area, FacilityType.CLINIC);
        Place other = fixtures.facility(area, FacilityType.PHARMACY);
        MemberInfo invited = fixtures.member(place, Profession.NURSE);

        assertThat(members.allowedActions(place.admin(), invited)).containsExactlyInAnyOrder(MemberAction.EDIT,
                MemberAction.RESEND_INVITATION, MemberAction.DETACH);
        assertThat(members.allowedActions(area.admin(), invited)).containsExactlyInAnyOrder(MemberAction.EDIT,
                MemberAction.RESEND_INVITATION, MemberAction.FACILITY_ADMIN, MemberAction.SUSPEND, MemberAction.DETACH);
        assertThat(members.allowedActions(fixtures.operator(), invited)).contains(MemberAction.ASSOCIATION_ADMIN);
        assertThat(members.allowedActions(other.admin(), invited)).isEmpty();
        // an account that is not locked and has no second factor yet: nothing to unlock or reset
        assertThatThrownBy(() -> members.unlock(place.admin(), invited.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> members.resetSecondFactor(place.admin(), invited.id())).isInstanceOf(ConflictException.class);
        // administrators neither detach nor suspend themselves
        MemberInfo self = members.get(area.admin(), area.admin().memberId());
        assertThat(members.allowedActions(area.admin(), self)).doesNotContain(MemberAction.DETACH, MemberAction.SUSPEND);

        MemberInfo suspended = members.suspend(area.admin(), invited.id(), "調査中");
        assertThat(members.allowedActions(area.admin(), suspended)).containsExactlyInAnyOrder(MemberAction.EDIT,
                MemberAction.REINSTATE, MemberAction.DETACH);
        assertThatThrownBy(() -> members.resendInvitation(area.admin(), invited.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> members.suspend(area.admin(), invited.id(), "二度目")).isInstanceOf(ConflictException.class);

        MemberInfo detached = members.detach(area.admin(), invited.id());
        assertThat(members.allowedActions(area.admin(), detached)).isEmpty();
        assertThatThrownBy(() -> members.update(area.admin(), invited.id(), Fixtures.staff(invited.loginId(), Profession.NURSE),
                detached.version())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingAnotherAdministratorsChange() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        MemberInfo m = fixtures.member(place, Profession.PHYSICIAN);
        members.update(place.admin(), m.id(), new StaffDetails(m.loginId(), "先に 更新", "サキニ コウシン", m.profession(),
                m.email(), null), m.version());

        assertThatThrownBy(() -> members.update(place.admin(), m.id(), new StaffDetails(m.loginId(), "後から 更新",
                "アトカラ コウシン", m.profession(), m.email(), null), m.version())).isInstanceOf(ConflictException.class);
        assertThat(members.get(place.admin(), m.id()).name()).isEqualTo("先に 更新");
    }

    @Test
    void aFacilityAdministratorCannotTouchAnotherFacilitysStaff() {
        Area area = fixtures.area();
        Place mine = fixtures.facility(area, FacilityType.CLINIC);
        Place theirs = fixtures.facility(area, FacilityType.PHARMACY);
        MemberInfo other = fixtures.member(theirs, Profession.PHARMACIST);
        Actor admin = mine.admin();

        assertThatThrownBy(() -> members.add(admin, theirs.facilityId(), Fixtures.staff(Fixtures.unique("x"), Profession.NURSE)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.update(admin, other.id(), Fixtures.staff(other.loginId(), Profession.NURSE), other.version()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.detach(admin, other.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.get(admin, other.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.resetSecondFactor(admin, other.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.search(admin, MemberService.MemberQuery.ofFacility(theirs.facilityId()), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(members.search(admin, MemberService.MemberQuery.all(), 0, 100))
                .extracting(MemberInfo::facilityId).containsOnly(mine.facilityId());
        assertThat(members.get(theirs.admin(), other.id()).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void onlyTheAssociationSuspendsMembersOrChoosesFacilityAdministrators() {
        Area area = fixtures.area();
        Place place = fixtures.facility(area, FacilityType.CLINIC);
        MemberInfo m = fixtures.member(place, Profession.NURSE);

        assertThatThrownBy(() -> members.suspend(place.admin(), m.id(), "理由")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.setFacilityAdmin(place.admin(), m.id(), true)).isInstanceOf(AccessRefusedException.class);

        assertThat(members.suspend(area.admin(), m.id(), "不適切な投稿").status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(accounts.findById(m.id()).orElseThrow().standing()).isEqualTo(Standing.SUSPENDED);
        assertThat(members.reinstate(area.admin(), m.id()).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(members.setFacilityAdmin(area.admin(), m.id(), true).facilityAdmin()).isTrue();
        assertThat(fixtures.actor(m.id()).administersFacility(place.facilityId())).isTrue();
    }

    @Test
    void anAssociationAdministratorCannotManageAnotherAssociationsMembers() {
        Area mine = fixtures.area();
        Area theirs = fixtures.area();
        Place place = fixtures.facility(theirs, FacilityType.HOSPITAL);
        MemberInfo m = fixtures.member(place, Profession.MEDICAL_SOCIAL_WORKER);

        assertThatThrownBy(() -> members.suspend(mine.admin(), m.id(), "x")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.setFacilityAdmin(mine.admin(), m.id(), true)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.detach(mine.admin(), m.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.add(mine.admin(), place.facilityId(), Fixtures.staff(Fixtures.unique("x"), Profession.NURSE)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.search(mine.admin(),
                new MemberService.MemberQuery(theirs.association().id(), null, null, null, null), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> facilities.suspend(mine.admin(), place.facilityId(), "x")).isInstanceOf(AccessRefusedException.class);
        assertThat(members.get(theirs.admin(), m.id()).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aPlainMemberCannotListOrExportMembers() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        Actor member = fixtures.actor(fixtures.member(place, Profession.NURSE).id());

        assertThatThrownBy(() -> members.search(member, MemberService.MemberQuery.all(), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.export(member, MemberService.MemberQuery.all(), CsvFiles.Encoding.UTF_8, k -> k,
                Locale.JAPANESE)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void suspendingAFacilityKeepsAllItsStaffOut() {
        Area area = fixtures.area();
        Place place = fixtures.facility(area, FacilityType.HOME_HELP_OFFICE);
        MemberInfo m = fixtures.member(place, Profession.CARE_WORKER);

        facilities.suspend(area.admin(), place.facilityId(), "契約終了");
        assertThat(accounts.findById(m.id()).orElseThrow().standing()).isEqualTo(Standing.FACILITY_SUSPENDED);
        assertThat(accounts.findById(place.admin().memberId()).orElseThrow().standing()).isEqualTo(Standing.FACILITY_SUSPENDED);
        facilities.reinstate(area.admin(), place.facilityId());
        assertThat(accounts.findById(m.id()).orElseThrow().standing()).isEqualTo(Standing.ACTIVE);
    }

    @Test
    void theExportNeutralisesCellsASpreadsheetWouldRunAsFormulas() {
        Area area = fixtures.area();
        Place place = fixtures.facility(area, FacilityType.CLINIC);
        members.add(place.admin(), place.facilityId(), new StaffDetails(Fixtures.unique("formula"), "=HYPERLINK(\"http://x\")",
                "イコール", Profession.NURSE, "formula@example.jp", null));

        byte[] csv = members.export(place.admin(), MemberService.MemberQuery.ofFacility(place.facilityId()),
                CsvFiles.Encoding.UTF_8, k -> k, Locale.JAPANESE);

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFログインID,氏名");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(text).doesNotContain(",=HYPERLINK");
    }

    @Test
    void aNewMembersLoginIdMustBeFreeAndWellFormed() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        MemberInfo m = fixtures.member(place, Profession.NURSE);
        assertThatThrownBy(() -> members.add(place.admin(), place.facilityId(), Fixtures.staff(m.loginId(), Profession.NURSE)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> members.add(place.admin(), place.facilityId(), Fixtures.staff("a b", Profession.NURSE)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains("loginId"));
    }
}

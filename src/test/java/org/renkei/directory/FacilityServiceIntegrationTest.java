package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.TestMail;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditRecord;
import org.renkei.audit.AuditTrailService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.MailDelivery;
import org.renkei.security.AccountState;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class FacilityServiceIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired FacilityService facilities;
    @Autowired MemberService members;
    @Autowired AuditTrailService audit;
    @Autowired MailDelivery mail;
    @Autowired DirectoryLookup lookup;

    @Test
    void anApprovedFacilityIsActiveAndItsApplicantIsInvitedToAdministerIt() throws Exception {
        Area area = fixtures.area();
        String applicant = Fixtures.unique("applicant");
        long id = fixtures.apply(area, FacilityType.VISITING_NURSE_STATION, applicant);
        assertThat(facilities.get(area.admin(), id).status()).isEqualTo(FacilityStatus.PENDING);
        assertThat(facilities.pendingCount(area.admin())).isEqualTo(1);

        FacilityInfo approved = facilities.approve(area.admin(), id, "確認済み");

        assertThat(approved.status()).isEqualTo(FacilityStatus.ACTIVE);
        assertThat(approved.decisionNote()).isEqualTo("確認済み");
        MemberInfo admin = members.search(area.admin(), MemberService.MemberQuery.ofFacility(id), 0, 10).getFirst();
        assertThat(admin.loginId()).isEqualTo(applicant);
        assertThat(admin.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(admin.facilityAdmin()).isTrue();
        assertThat(admin.accountState()).isEqualTo(AccountState.INVITED);
        mail.deliverScheduled();
        assertThat(TestMail.lastLink(applicant + "@example.jp", "activate")).isNotBlank();
        List<AuditRecord> log = audit.search(area.admin(),
                new AuditFilter(null, null, "facility.", null, approved.name(), null, null, null), 0, 10);
        assertThat(log).extracting(AuditRecord::action).containsExactly("facility.approved", "facility.applied");
        assertThat(log.getFirst().actorId()).isEqualTo(area.admin().memberId());
    }

    @Test
    void thePageOffersWhatTheFacilitysStateAllowsAndTheServiceRefusesTheRest() {
        Area area = fixtures.area();
        long id = fixtures.apply(area, FacilityType.CLINIC, Fixtures.unique("applicant"));
        assertThat(facilities.allowedActions(area.admin(), facilities.get(area.admin(), id)))
                .containsExactlyInAnyOrder(FacilityAction.APPROVE, FacilityAction.REJECT, FacilityAction.EDIT_CODE);
        assertThatThrownBy(() -> facilities.suspend(area.admin(), id, "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> members.add(area.admin(), id, Fixtures.staff(Fixtures.unique("early"), Profession.NURSE)))
                .isInstanceOf(ConflictException.class);

        FacilityInfo active = facilities.approve(area.admin(), id, null);
        assertThat(facilities.allowedActions(area.admin(), active))
                .containsExactlyInAnyOrder(FacilityAction.SUSPEND, FacilityAction.ADD_STAFF, FacilityAction.EDIT_CODE);
        Actor facilityAdmin = fixtures.actor(members.search(area.admin(), MemberService.MemberQuery.ofFacility(id), 0, 1)
                .getFirst().id());
        assertThat(facilities.allowedActions(facilityAdmin, active)).containsExactlyInAnyOrder(FacilityAction.ADD_STAFF,
                FacilityAction.EDIT_CODE);
        assertThatThrownBy(() -> facilities.reinstate(area.admin(), id)).isInstanceOf(ConflictException.class);

        FacilityInfo suspended = facilities.suspend(area.admin(), id, "契約終了");
        assertThat(facilities.allowedActions(area.admin(), suspended)).containsExactlyInAnyOrder(FacilityAction.REINSTATE,
                FacilityAction.EDIT_CODE);
    }

    @Test
    void aRejectedApplicationNeedsAReasonAndTellsTheApplicant() throws Exception {
        Area area = fixtures.area();
        String applicant = Fixtures.unique("applicant");
        long id = fixtures.apply(area, FacilityType.CLINIC, applicant);

        assertThatThrownBy(() -> facilities.reject(area.admin(), id, "  ")).isInstanceOf(InvalidInputException.class);
        assertThat(facilities.get(area.admin(), id).status()).isEqualTo(FacilityStatus.PENDING);

        facilities.reject(area.admin(), id, "地区外のため");
        mail.deliverScheduled();
        assertThat(facilities.get(area.admin(), id).status()).isEqualTo(FacilityStatus.REJECTED);
        assertThat(GreenMailUtil.getBody(TestMail.to(applicant + "@example.jp").getLast()))
                .isNotEmpty();
        assertThatThrownBy(() -> facilities.approve(area.admin(), id, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAssociationAdministratorCannotDecideOrSeeAnotherAssociationsFacilities() {
        Area mine = fixtures.area();
        Area theirs = fixtures.area();
        long id = fixtures.apply(theirs, FacilityType.PHARMACY, Fixtures.unique("applicant"));

        assertThatThrownBy(() -> facilities.approve(mine.admin(), id, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> facilities.reject(mine.admin(), id, "x")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> facilities.get(mine.admin(), id)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> facilities.search(mine.admin(),
                new FacilityService.FacilityQuery(theirs.association().id(), null, null, null), 0, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(facilities.search(mine.admin(), FacilityService.FacilityQuery.all(), 0, 100))
                .extracting(FacilityInfo::associationId).containsOnly(mine.association().id());
        assertThat(facilities.get(theirs.admin(), id).status()).isEqualTo(FacilityStatus.PENDING);
    }

    @Test
    void aMemberOrFacilityAdministratorCannotUseTheAssociationsServices() {
        Area area = fixtures.area();
        Place place = fixtures.facility(area, FacilityType.CLINIC);
        Actor member = fixtures.actor(fixtures.member(place, Profession.NURSE).id());
        long pending = fixtures.apply(area, FacilityType.CLINIC, Fixtures.unique("applicant"));

        for (Actor notAssociation : List.of(member, place.admin())) {
            assertThatThrownBy(() -> facilities.approve(notAssociation, pending, null)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> facilities.suspend(notAssociation, place.facilityId(), "x"))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> facilities.search(notAssociation, FacilityService.FacilityQuery.all(), 0, 10))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(facilities.get(area.admin(), pending).status()).isEqualTo(FacilityStatus.PENDING);
        assertThat(facilities.get(area.admin(), place.facilityId()).status()).isEqualTo(FacilityStatus.ACTIVE);
    }

    @Test
    void theInstitutionCodeIsCheckedForTheFacilitysKindAndOnlyItsManagersMayEnterIt() {
        Area area = fixtures.area();
        long before = facilities.count(area.admin(), FacilityService.FacilityQuery.all());
        // one digit mistyped (the check digit fails), the wrong 点数表 for a hospital (4 is a pharmacy's), too short
        for (String wrong : List.of("1311234568", "1341200044", "131123456", "9911234569")) {
            FacilityApplication a = new FacilityApplication(area.districtId(), FacilityType.HOSPITAL, "病院", "ビョウイン", wrong,
                    "170-0001", "東京都", "03-1234-5678", null, "h@example.jp", Fixtures.staff(Fixtures.unique("h"), Profession.NURSE));
            assertThatThrownBy(() -> facilities.apply(a)).as(wrong).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("officialCode"));
        }
        assertThat(facilities.count(area.admin(), FacilityService.FacilityQuery.all())).isEqualTo(before);

        Place hospital = fixtures.facility(area, FacilityType.HOSPITAL, "1311234569");
        assertThat(lookup.institutionCode(hospital.facilityId())).isEqualTo("1311234569");
        Place pharmacy = fixtures.facility(area, FacilityType.PHARMACY, "1341200044");
        assertThat(lookup.institutionCode(pharmacy.facilityId())).as("a pharmacy's code is no 医療機関コード").isNull();
        Place office = fixtures.facility(area, FacilityType.CARE_MANAGEMENT_OFFICE, "1370012345");
        assertThat(facilities.get(area.admin(), office.facilityId()).officialCode()).isEqualTo("1370012345");

        // the facility's administrator corrects it; a mistyped one changes nothing
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        assertThat(lookup.institutionCode(clinic.facilityId())).isNull();
        assertThatThrownBy(() -> facilities.setOfficialCode(clinic.admin(), clinic.facilityId(), "1311200017"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("facility.institution-code-check"));
        assertThat(facilities.get(area.admin(), clinic.facilityId()).officialCode()).isNull();
        facilities.setOfficialCode(clinic.admin(), clinic.facilityId(), " 1311200016 ");
        assertThat(lookup.institutionCode(clinic.facilityId())).isEqualTo("1311200016");
        assertThat(audit.search(area.admin(), new AuditFilter(null, null, "facility.updated", null, null, clinic.admin().memberId(),
                null, null), 0, 10)).hasSize(1);

        // nobody else: a member of the clinic, another facility's administrator, another association
        Actor member = fixtures.actor(fixtures.member(clinic, Profession.NURSE).id());
        Area other = fixtures.area();
        for (Actor outsider : List.of(member, hospital.admin(), other.admin())) {
            assertThat(facilities.allowedActions(outsider, facilities.get(area.admin(), clinic.facilityId())))
                    .doesNotContain(FacilityAction.EDIT_CODE);
            assertThatThrownBy(() -> facilities.setOfficialCode(outsider, clinic.facilityId(), "1311200016"))
                    .isInstanceOf(AccessRefusedException.class);
        }
        facilities.setOfficialCode(area.admin(), clinic.facilityId(), "");
        assertThat(lookup.institutionCode(clinic.facilityId())).isNull();
    }

    @Test
    void anApplicationWithBadInputIsRefusedFieldByFieldAndStoresNothing() {
        Area area = fixtures.area();
        long before = facilities.count(area.admin(), FacilityService.FacilityQuery.all());
        FacilityApplication bad = new FacilityApplication(area.districtId(), FacilityType.CLINIC, "", "テスト", null, "12-345",
                "東京都", "phone", null, "not-an-email", Fixtures.staff("x", Profession.PHYSICIAN));

        assertThatThrownBy(() -> facilities.apply(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                        .contains("name", "postalCode", "phone", "email", "administrator.loginId"));
        assertThat(facilities.count(area.admin(), FacilityService.FacilityQuery.all())).isEqualTo(before);
    }

    @Test
    void aTakenLoginIdIsAnsweredLikeAFreeOneAndTheApplicantGetsAnotherInTheApprovalMail() {
        // the registration form must not tell a stranger which login ids exist (attack run, weaknesses)
        Area area = fixtures.area();
        String taken = Fixtures.unique("taken");
        long first = fixtures.apply(area, FacilityType.CLINIC, taken);
        long second = fixtures.apply(area, FacilityType.CLINIC, taken);
        assertThat(second).isNotEqualTo(first);
        String secondsId = members.search(area.admin(), MemberService.MemberQuery.ofFacility(second), 0, 10).getFirst().loginId();
        assertThat(secondsId).startsWith(taken + "-").isNotEqualTo(taken);
        facilities.approve(area.admin(), second, null);
        mail.deliverScheduled();
        assertThat(TestMail.texts(taken + "@example.jp")).anyMatch(text -> text.contains(secondsId));
    }
}

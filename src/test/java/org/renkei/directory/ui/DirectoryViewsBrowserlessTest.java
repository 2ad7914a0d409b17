package org.renkei.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.directory.StaffCsv;
import org.renkei.platform.CsvFiles;
import org.renkei.security.Actor;
import org.renkei.security.ui.LoginView;
import org.renkei.shell.NotFoundView;
import org.renkei.shell.RefusedView;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class DirectoryViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FacilityService facilities;
    @Autowired MemberService members;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAnonymousVisitorIsSentToLogIn() {
        SignIn.out();
        assertThat(navigate("admin/facilities", LoginView.class)).isInstanceOf(LoginView.class);
    }

    @Test
    void aMemberCannotOpenTheAdministratorsPages() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        SignIn.as(fixtures.actor(fixtures.member(place, Profession.NURSE).id()));
        for (String page : new String[] {"admin/facilities", "admin/members", "admin/audit", "staff", "staff/import",
                "system/associations"}) {
            assertThat(navigate(page, NotFoundView.class)).as(page).isInstanceOf(NotFoundView.class);
        }
        assertThat(navigate(DirectoryView.class)).isNotNull();
    }

    @Test
    void aFacilityAdministratorCannotOpenTheAssociationsPages() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        SignIn.as(place.admin());
        assertThat(navigate("admin/facilities", NotFoundView.class)).isInstanceOf(NotFoundView.class);
        assertThat(navigate(StaffView.class).grid).isNotNull();
    }

    @Test
    void theAssociationApprovesAnApplicationFromItsPage() {
        Area area = fixtures.area();
        long id = fixtures.apply(area, FacilityType.VISITING_NURSE_STATION, Fixtures.unique("applicant"));
        SignIn.as(area.admin());

        FacilitiesView list = navigate(FacilitiesView.class);
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getRow(0).id()).isEqualTo(id);

        FacilityView page = navigate("admin/facilities/" + id, FacilityView.class);
        test(page.approve).click();
        ReasonDialog dialog = find(ReasonDialog.class).single();
        test(dialog.confirm).click();

        assertThat(facilities.get(area.admin(), id).status()).isEqualTo(FacilityStatus.ACTIVE);
        assertThat(page.suspend.isAttached()).isTrue();
        assertThat(page.approve.isAttached()).isFalse();
    }

    @Test
    void anotherAssociationsFacilityPageIsRefused() {
        Area mine = fixtures.area();
        Area theirs = fixtures.area();
        long id = fixtures.apply(theirs, FacilityType.CLINIC, Fixtures.unique("applicant"));
        SignIn.as(mine.admin());
        FacilitiesView list = navigate(FacilitiesView.class);
        for (int row = 0; row < test(list.grid).size(); row++) {
            assertThat(test(list.grid).getRow(row).associationId()).isEqualTo(mine.association().id());
        }
        assertThat(navigate("admin/facilities/" + id, RefusedView.class)).isInstanceOf(RefusedView.class);
        assertThat(facilities.get(theirs.admin(), id).status()).isEqualTo(FacilityStatus.PENDING);
    }

    @Test
    void aFacilityAdministratorAddsStaffThroughTheDialogAndSeesFieldErrors() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        Actor admin = place.admin();
        SignIn.as(admin);
        StaffView view = navigate(StaffView.class);
        test(view.add).click();
        MemberDialog dialog = find(MemberDialog.class).single();
        test(dialog.loginId).setValue("x");
        test(dialog.save).click();
        assertThat(dialog.loginId.isInvalid()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();

        String login = Fixtures.unique("new");
        test(dialog.loginId).setValue(login);
        test(dialog.name).setValue("新人 看護師");
        test(dialog.nameKana).setValue("しんじん かんごし");
        test(dialog.profession).selectItem(dialog.profession.getItemLabelGenerator().apply(Profession.NURSE));
        test(dialog.email).setValue(login + "@example.jp");
        test(dialog.save).click();

        assertThat(members.search(admin, MemberService.MemberQuery.ofFacility(place.facilityId()), 0, 10))
                .anySatisfy(m -> assertThat(m.nameKana()).isEqualTo("シンジン カンゴシ"));
    }

    @Test
    void theImportPageShowsTheBadRowsAndOffersNoImportUntilTheyAreFixed() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION);
        SignIn.as(place.admin());
        ImportView view = navigate(ImportView.class);
        String prefix = Fixtures.unique("ui");
        test(view.upload).upload("staff.csv", "text/csv", StaffCsv.rows(prefix, 30, Set.of(3, 9)).getBytes(CsvFiles.SHIFT_JIS));

        assertThat(test(view.preview).size()).isEqualTo(30);
        assertThat(test(view.preview).getRow(0).line()).isIn(4, 10);
        assertThat(view.importAll.isEnabled()).isFalse();

        test(view.upload).upload("staff.csv", "text/csv", StaffCsv.rows(prefix, 30, Set.of()).getBytes(StandardCharsets.UTF_8));
        assertThat(view.importAll.isEnabled()).isTrue();
        test(view.importAll).click();
        assertThat(members.count(place.admin(), MemberService.MemberQuery.ofFacility(place.facilityId()))).isEqualTo(31);
    }
}

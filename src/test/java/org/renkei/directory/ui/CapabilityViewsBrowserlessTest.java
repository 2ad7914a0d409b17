package org.renkei.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Intake;
import org.renkei.directory.Profession;
import org.renkei.shell.RefusedView;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class CapabilityViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired CapabilityService capabilities;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theAdministratorDeclaresOnTheFacilityPageAndAnotherMemberReadsItAndFindsItByPhone() {
        Area area = fixtures.area();
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        SignIn.as(clinic.admin());
        FacilityView page = navigate("admin/facilities/" + clinic.facilityId(), FacilityView.class);
        CapabilitySection section = Objects.requireNonNull(page.capabilitySection);
        assertThat(section.save.isAttached()).isTrue();
        assertThat(section.capabilities.getListDataView().getItems()).doesNotContain(Capability.STERILE_COMPOUNDING);

        section.capabilities.setValue(Set.of(Capability.VENTILATOR, Capability.HOME_OXYGEN));
        section.radius.setValue(0);
        test(section.save).click();
        assertThat(section.radius.isInvalid()).isTrue();
        section.radius.setValue(16);
        section.hours.setValue("月〜金 9:00〜18:00");
        section.intake.setValue(Intake.ACCEPTING);
        test(section.save).click();
        var saved = capabilities.get(clinic.admin(), clinic.facilityId());
        assertThat(saved.facility().capabilities()).containsExactly(Capability.VENTILATOR, Capability.HOME_OXYGEN);
        assertThat(saved.facility().intake()).isEqualTo(Intake.ACCEPTING);
        section.intake.setValue(Intake.FULL);
        test(section.confirm).click();
        assertThat(capabilities.get(clinic.admin(), clinic.facilityId()).facility().intake()).isEqualTo(Intake.FULL);
        section.intake.setValue(Intake.ACCEPTING);
        test(section.confirm).click();
        SignIn.out();

        Place other = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        SignIn.as(fixtures.actor(fixtures.member(other, Profession.NURSE).id()));
        CapabilitySearchView search = navigate(CapabilitySearchView.class);
        assertThat(search.district.getValue().id()).as("the member's own district first").isEqualTo(area.districtId());
        search.capabilities.setValue(Set.of(Capability.VENTILATOR));
        search.accepting.setValue(true);
        assertThat(search.results.getChildren().count()).isEqualTo(1);
        Anchor tel = find(Anchor.class).withId("tel-" + clinic.facilityId()).single();
        assertThat(tel.getHref()).isEqualTo("tel:0312345678");
        assertThat(search.more.isVisible()).isFalse();
        search.capabilities.setValue(Set.of(Capability.VENTILATOR, Capability.PAEDIATRIC));
        assertThat(search.results.getChildren().count()).isZero();

        // a page of its own for this member (the view of the administrator's session is not reused)
        FacilityView read = navigate("admin/facilities/" + clinic.facilityId(), FacilityView.class);
        assertThat(Objects.requireNonNull(read.capabilitySection).save.isAttached()).isFalse();
        assertThat(read.capabilitySection.confirm.isAttached()).isFalse();
        assertThat(read.staff).as("no staff list for others").isNull();
        long pending = fixtures.apply(area, FacilityType.CLINIC, Fixtures.unique("applicant"));
        assertThat(navigate("admin/facilities/" + pending, RefusedView.class)).isInstanceOf(RefusedView.class);
    }
}

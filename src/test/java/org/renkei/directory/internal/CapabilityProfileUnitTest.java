package org.renkei.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityAction;
import org.renkei.directory.CapabilityDeclaration;
import org.renkei.directory.FacilityEvent;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Intake;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The capability profile's rules, without a database. */
class CapabilityProfileUnitTest {

    static final long ASSOCIATION = 7;
    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    static Facility facility(long id, FacilityType type, boolean active) {
        Facility.Details details = new Facility.Details("施設" + id, "シセツ", null, "170-0001", "東京都", "03-0000-0000", null,
                "f@example.jp");
        Facility f = active ? Facility.admitted(ASSOCIATION, 1L, type, details, NOW) : Facility.apply(ASSOCIATION, 1L, type, details, NOW);
        ReflectionTestUtils.setField(f, "id", id);
        return f;
    }

    static District district(long id, long association) {
        District d = new District(association, "区" + id);
        ReflectionTestUtils.setField(d, "id", id);
        return d;
    }

    static Actor admin(long facility) {
        return new Actor(100 + facility, "admin" + facility, "管理者", facility, "施設", ASSOCIATION, Set.of(Role.MEMBER, Role.FACILITY_ADMIN));
    }

    @SuppressWarnings("unchecked")
    static List<Object> events(CapabilityProfile p) {
        return List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(p, "domainEvents"));
    }

    @Test
    void aDeclarationKeepsWhatTheKindMayDeclareAndAChangedIntakeIsConfirmedNow() {
        Facility clinic = facility(1, FacilityType.CLINIC, true);
        CapabilityProfile p = CapabilityProfile.none(clinic);
        p.declare(admin(1), clinic, new CapabilityDeclaration(Set.of(Capability.VENTILATOR), Set.of(1L), 16, " 平日 ",
                Intake.ACCEPTING), List.of(district(1, ASSOCIATION)), NOW);
        assertThat(p.capabilities()).containsExactly(Capability.VENTILATOR);
        assertThat(p.hours()).isEqualTo("平日");
        assertThat(p.intake(NOW.plus(Duration.ofDays(29)))).isEqualTo(Intake.ACCEPTING);
        assertThat(p.intake(NOW.plus(Duration.ofDays(30)))).isEqualTo(Intake.UNKNOWN);
        assertThat(events(p)).hasExactlyElementsOfTypes(FacilityEvent.CapabilitiesDeclared.class, FacilityEvent.IntakeConfirmed.class);

        assertThatThrownBy(() -> p.declare(admin(1), clinic, new CapabilityDeclaration(Set.of(Capability.STERILE_COMPOUNDING),
                Set.of(2L), null, null, null), List.of(district(2, ASSOCIATION + 1)), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("capabilities", "districtIds"));
        assertThat(p.capabilities()).as("nothing changed").containsExactly(Capability.VENTILATOR);
    }

    @Test
    void onlyItsAdministratorsDeclareAndAnApplicationSaysNoIntakeYet() {
        Facility clinic = facility(1, FacilityType.CLINIC, false);
        CapabilityProfile p = CapabilityProfile.none(clinic);
        Actor stranger = admin(2);
        Actor association = new Actor(9, "office", "事務局", 3L, "事務局", ASSOCIATION, Set.of(Role.MEMBER, Role.ASSOCIATION_ADMIN));
        assertThat(p.allowedActions(stranger, clinic)).isEmpty();
        assertThat(p.allowedActions(association, clinic)).containsExactly(CapabilityAction.DECLARE);
        assertThatThrownBy(() -> p.confirmIntake(admin(1), clinic, Intake.ACCEPTING, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> p.declare(stranger, clinic, new CapabilityDeclaration(Set.of(), Set.of(), null, null, null),
                List.of(), NOW)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> p.declare(association, clinic, new CapabilityDeclaration(Set.of(), Set.of(), null, null,
                Intake.ACCEPTING), List.of(), NOW)).isInstanceOf(InvalidInputException.class);

        Facility office = facility(3, FacilityType.CARE_MANAGEMENT_OFFICE, true);
        assertThat(CapabilityProfile.none(office).allowedActions(admin(3), office)).isEmpty();
        assertThat(Capability.declarableBy(FacilityType.PHARMACY)).contains(Capability.STERILE_COMPOUNDING)
                .doesNotContain(Capability.HOME_DENTAL);
        assertThat(Capability.declarableBy(FacilityType.DENTAL_CLINIC)).contains(Capability.HOME_DENTAL)
                .doesNotContain(Capability.STERILE_COMPOUNDING);
    }
}

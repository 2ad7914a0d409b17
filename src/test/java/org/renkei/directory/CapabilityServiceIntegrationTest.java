package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.audit.AuditFilter;
import org.renkei.audit.AuditRecord;
import org.renkei.audit.AuditTrailService;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RenkeiTest
class CapabilityServiceIntegrationTest {

    static final Set<Capability> VENTILATED = Set.of(Capability.VENTILATOR, Capability.HOME_OXYGEN);

    @Autowired Fixtures fixtures;
    @Autowired CapabilityService capabilities;
    @Autowired CapabilitySearch search;
    @Autowired FacilityService facilities;
    @Autowired AssociationService associations;
    @Autowired MemberService members;
    @Autowired AuditTrailService audit;
    @Autowired JdbcTemplate jdbc;

    /** An association with two districts (the area's first, and {@code second}), and its administrator. */
    record TwoDistricts(Area area, long second) {}

    TwoDistricts twoDistricts() {
        String code = Fixtures.unique("cap");
        AssociationInfo a = associations.create(fixtures.operator(), new AssociationService.NewAssociation(code, code + "医師会",
                "テストイシカイ", "東京都", null, null, List.of(code + "区", code + "町")));
        List<DistrictInfo> ds = associations.districts().stream().filter(d -> d.associationId() == a.id()).toList();
        MemberInfo admin = members.add(fixtures.operator(), associations.officeOf(a.id()),
                Fixtures.staff(Fixtures.unique("office"), Profession.CLERK));
        members.setAssociationAdmin(fixtures.operator(), admin.id(), true);
        long first = ds.stream().filter(d -> d.name().endsWith("区")).findFirst().orElseThrow().id();
        long second = ds.stream().filter(d -> d.name().endsWith("町")).findFirst().orElseThrow().id();
        return new TwoDistricts(new Area(a, first, fixtures.actor(admin.id())), second);
    }

    CapabilityDetails declare(Place place, Set<Capability> takes, Set<Long> districts, @Nullable Integer radius,
            @Nullable Intake intake) {
        long version = capabilities.get(place.admin(), place.facilityId()).version();
        return capabilities.declare(place.admin(), place.facilityId(),
                new CapabilityDeclaration(takes, districts, radius, "月〜金 9:00〜18:00", intake), version);
    }

    @Test
    void theFacilitysAdministratorDeclaresWhatItTakesOnAndNobodyElseMay() {
        Area area = fixtures.area();
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        CapabilityDetails none = capabilities.get(clinic.admin(), clinic.facilityId());
        assertThat(none.version()).isEqualTo(-1);
        assertThat(none.facility().intake()).isEqualTo(Intake.UNKNOWN);
        assertThat(none.facility().districts()).as("its own district until it names some").hasSize(1);
        assertThat(none.allowed()).containsExactlyInAnyOrder(CapabilityAction.DECLARE, CapabilityAction.CONFIRM_INTAKE);
        assertThat(none.declarable()).contains(Capability.VENTILATOR).doesNotContain(Capability.STERILE_COMPOUNDING,
                Capability.HOME_DENTAL, Capability.SHORT_STAY);

        CapabilityDetails declared = capabilities.declare(clinic.admin(), clinic.facilityId(), new CapabilityDeclaration(
                Set.of(Capability.END_OF_LIFE, Capability.VENTILATOR), Set.of(area.districtId()), 16, "  24時間対応  ",
                Intake.ACCEPTING), -1);
        assertThat(declared.facility().capabilities()).containsExactly(Capability.VENTILATOR, Capability.END_OF_LIFE);
        assertThat(declared.facility().hours()).isEqualTo("24時間対応");
        assertThat(declared.facility().radiusKm()).isEqualTo(16);
        assertThat(declared.facility().intake()).isEqualTo(Intake.ACCEPTING);
        assertThat(declared.facility().intakeConfirmedAt()).isNotNull();
        assertThat(declared.version()).isGreaterThanOrEqualTo(0);

        // the association's administrators may too; an edit of a version read before is refused
        CapabilityDetails byAssociation = capabilities.declare(area.admin(), clinic.facilityId(), new CapabilityDeclaration(
                Set.of(Capability.VENTILATOR), Set.of(), null, null, Intake.ACCEPTING), declared.version());
        assertThat(byAssociation.facility().capabilities()).containsExactly(Capability.VENTILATOR);
        assertThatThrownBy(() -> capabilities.declare(clinic.admin(), clinic.facilityId(), new CapabilityDeclaration(Set.of(),
                Set.of(), null, null, null), declared.version())).isInstanceOf(ConflictException.class);

        // a member of the clinic who is not its administrator, another facility's, another association's: read only
        Actor nurse = fixtures.actor(fixtures.member(clinic, Profession.NURSE).id());
        Place neighbour = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Area other = fixtures.area();
        long version = byAssociation.version();
        for (Actor outsider : List.of(nurse, neighbour.admin(), other.admin())) {
            assertThat(capabilities.get(outsider, clinic.facilityId()).allowed()).as(outsider.loginId()).isEmpty();
            assertThatThrownBy(() -> capabilities.declare(outsider, clinic.facilityId(), new CapabilityDeclaration(
                    Set.of(Capability.PAEDIATRIC), Set.of(), null, null, null), version)).as(outsider.loginId())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> capabilities.confirmIntake(outsider, clinic.facilityId(), Intake.FULL))
                    .isInstanceOf(AccessRefusedException.class);
        }

        // what its kind may not declare, a district of another association, a radius and hours out of range
        assertThatThrownBy(() -> capabilities.declare(clinic.admin(), clinic.facilityId(), new CapabilityDeclaration(
                Set.of(Capability.VENTILATOR, Capability.STERILE_COMPOUNDING), Set.of(other.districtId()), 0, "x".repeat(201),
                Intake.UNKNOWN), version)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("capabilities", "districtIds", "radiusKm", "hours", "intake"));
        assertThatThrownBy(() -> capabilities.declare(clinic.admin(), clinic.facilityId(), new CapabilityDeclaration(
                Set.of(Capability.HOME_DENTAL), Set.of(), null, null, Intake.ACCEPTING), version))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("capabilities"));
        assertThat(capabilities.get(clinic.admin(), clinic.facilityId()).facility().capabilities())
                .containsExactly(Capability.VENTILATOR);

        // an office declares nothing; a rejected application cannot; every change is in the access log
        assertThat(capabilities.get(area.admin(), associations.officeOf(area.association().id())).allowed()).isEmpty();
        List<AuditRecord> log = audit.search(area.admin(), new AuditFilter(null, null, "facility.", null, null, null, null, null),
                0, 50);
        assertThat(log).filteredOn(r -> r.action().equals("facility.capabilities-declared")).hasSize(2);
        assertThat(log).filteredOn(r -> r.action().equals("facility.intake-confirmed")).hasSize(1);
    }

    @Test
    void theIntakeReadsAsUnknownThirtyDaysAfterItWasLastConfirmed() {
        TwoDistricts w = twoDistricts();
        Place clinic = fixtures.facility(w.area(), FacilityType.CLINIC);
        declare(clinic, VENTILATED, Set.of(w.area().districtId()), null, Intake.ACCEPTING);
        CapabilityQuery accepting = CapabilityQuery.candidates(w.area().districtId(), IntakeFilter.ACCEPTING, VENTILATED);
        assertThat(ids(search.find(clinic.admin(), accepting, 0, 50))).containsExactly(clinic.facilityId());

        jdbc.update("UPDATE capability_profile SET intake_confirmed_at = DATE_SUB(intake_confirmed_at, INTERVAL 31 DAY)"
                + " WHERE facility_id = ?", clinic.facilityId());

        CapabilityDetails stale = capabilities.get(clinic.admin(), clinic.facilityId());
        assertThat(stale.facility().intake()).isEqualTo(Intake.UNKNOWN);
        assertThat(stale.declaredIntake()).isEqualTo(Intake.ACCEPTING);
        assertThat(search.find(clinic.admin(), accepting, 0, 50)).isEmpty();
        assertThat(search.find(clinic.admin(), CapabilityQuery.candidates(w.area().districtId(), IntakeFilter.ANY, VENTILATED), 0, 50))
                .singleElement().satisfies(f -> {
                    assertThat(f.intake()).isEqualTo(Intake.UNKNOWN);
                    assertThat(f.intakeConfirmedAt()).isNotNull();
                });

        assertThatThrownBy(() -> capabilities.confirmIntake(clinic.admin(), clinic.facilityId(), Intake.UNKNOWN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(capabilities.confirmIntake(clinic.admin(), clinic.facilityId(), Intake.ACCEPTING).facility().intake())
                .isEqualTo(Intake.ACCEPTING);
        assertThat(ids(search.find(clinic.admin(), accepting, 0, 50))).containsExactly(clinic.facilityId());
    }

    @Test
    void theSearchFindsActiveFacilitiesThatTakeOnEverythingAskedInTheDistrictAcceptingFirst() {
        TwoDistricts w = twoDistricts();
        Area here = w.area();
        Area there = new Area(here.association(), w.second(), here.admin());
        long x = here.districtId();
        Place accepting = fixtures.facility(here, FacilityType.CLINIC);
        declare(accepting, VENTILATED, Set.of(x), null, Intake.ACCEPTING);
        Place asks = fixtures.facility(here, FacilityType.CLINIC);
        declare(asks, Set.of(Capability.VENTILATOR, Capability.END_OF_LIFE), Set.of(x), null, Intake.ASK);
        Place fromNextDistrict = fixtures.facility(there, FacilityType.CLINIC);
        declare(fromNextDistrict, Set.of(Capability.VENTILATOR, Capability.HOME_OXYGEN, Capability.TPN), Set.of(x, w.second()), 16,
                Intake.ACCEPTING);
        Place radiusOnly = fixtures.facility(here, FacilityType.CLINIC);
        declare(radiusOnly, VENTILATED, Set.of(), 10, Intake.ACCEPTING);
        Place servesItsOwnOnly = fixtures.facility(there, FacilityType.CLINIC);
        declare(servesItsOwnOnly, VENTILATED, Set.of(), 10, Intake.ACCEPTING);
        Place oxygenOnly = fixtures.facility(here, FacilityType.CLINIC);
        declare(oxygenOnly, Set.of(Capability.HOME_OXYGEN), Set.of(x), null, Intake.ACCEPTING);
        Place station = fixtures.facility(here, FacilityType.VISITING_NURSE_STATION);
        declare(station, VENTILATED, Set.of(x), null, Intake.ACCEPTING);
        Place suspended = fixtures.facility(here, FacilityType.CLINIC);
        declare(suspended, VENTILATED, Set.of(x), null, Intake.ACCEPTING);
        facilities.suspend(here.admin(), suspended.facilityId(), "契約終了");
        long pending = fixtures.apply(here, FacilityType.CLINIC, Fixtures.unique("applicant"));
        capabilities.declare(here.admin(), pending, new CapabilityDeclaration(VENTILATED, Set.of(x), null, null, null), -1);
        assertThatThrownBy(() -> capabilities.declare(here.admin(), pending, new CapabilityDeclaration(VENTILATED, Set.of(x), null,
                null, Intake.ACCEPTING), capabilities.get(here.admin(), pending).version())).as("an application says no intake yet").isInstanceOf(InvalidInputException.class);
        Actor anyone = fixtures.actor(fixtures.member(fixtures.facility(fixtures.area(), FacilityType.PHARMACY), Profession.PHARMACIST)
                .id());

        assertThat(ids(search.find(anyone, CapabilityQuery.candidates(x, IntakeFilter.ACCEPTING, VENTILATED), 0, 50)))
                .containsExactlyInAnyOrder(accepting.facilityId(), fromNextDistrict.facilityId(), radiusOnly.facilityId(),
                        station.facilityId());
        assertThat(ids(search.find(anyone, new CapabilityQuery(FacilityType.CLINIC, VENTILATED, x, IntakeFilter.ACCEPTING, null),
                0, 50))).containsExactlyInAnyOrder(accepting.facilityId(), fromNextDistrict.facilityId(), radiusOnly.facilityId());
        List<FacilityCapabilityInfo> orAsk = search.find(anyone, new CapabilityQuery(FacilityType.CLINIC,
                Set.of(Capability.VENTILATOR), x, IntakeFilter.ACCEPTING_OR_ASK, null), 0, 50);
        assertThat(ids(orAsk)).hasSize(4).last().as("those asking after those accepting").isEqualTo(asks.facilityId());
        assertThat(ids(search.find(anyone, CapabilityQuery.candidates(w.second(), IntakeFilter.ANY, VENTILATED), 0, 50)))
                .containsExactlyInAnyOrder(fromNextDistrict.facilityId(), servesItsOwnOnly.facilityId());

        FacilityCapabilityInfo next = search.find(anyone, new CapabilityQuery(null, Set.of(Capability.TPN), x, IntakeFilter.ANY,
                null), 0, 50).getFirst();
        assertThat(next.id()).isEqualTo(fromNextDistrict.facilityId());
        assertThat(next.districts()).hasSize(2);
        assertThat(next.capabilities()).containsExactly(Capability.VENTILATOR, Capability.HOME_OXYGEN, Capability.TPN);
        assertThat(next.phone()).isEqualTo("03-1234-5678");
        FacilityCapabilityInfo own = search.find(anyone, new CapabilityQuery(null, Set.of(), x, IntakeFilter.ANY,
                facilities.get(here.admin(), radiusOnly.facilityId()).name()), 0, 50).stream()
                .filter(f -> f.id() == radiusOnly.facilityId()).findFirst().orElseThrow();
        assertThat(own.districts()).as("no district named: its own").hasSize(1);
        assertThat(own.radiusKm()).isEqualTo(10);

        // a page at a time; the inactive never, whatever is asked
        List<Long> all = ids(search.find(anyone, CapabilityQuery.candidates(x, IntakeFilter.ANY, Set.of()), 0, 50));
        assertThat(all).hasSize(6).doesNotContain(suspended.facilityId(), pending, servesItsOwnOnly.facilityId());
        assertThat(ids(search.find(anyone, CapabilityQuery.candidates(x, IntakeFilter.ANY, Set.of()), 0, 4)))
                .containsExactlyElementsOf(all.subList(0, 4));
        assertThat(ids(search.find(anyone, CapabilityQuery.candidates(x, IntakeFilter.ANY, Set.of()), 4, 4)))
                .containsExactlyElementsOf(all.subList(4, 6));
        assertThatThrownBy(() -> search.find(anyone, new CapabilityQuery(FacilityType.CARE_MANAGEMENT_OFFICE, Set.of(), x,
                IntakeFilter.ANY, null), 0, 10)).isInstanceOf(InvalidInputException.class);
    }

    static List<Long> ids(List<FacilityCapabilityInfo> found) {
        return found.stream().map(FacilityCapabilityInfo::id).toList();
    }
}

package org.renkei.beds;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.PatientRegistration;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A district for backup-bed tests: its programme (40 and over, no respite, 30 days between stays, 30 minutes to answer
 * today's requests) with two hospitals, a third hospital outside it, a clinic whose doctor is the 主治医 of a patient
 * on a visiting nurse's team, and a pharmacist outside the team.
 */
@Component
public class BedWorld {

    public record World(Area area, long programme, long hospitalA, long hospitalB, Place a, Place b, Place c, Actor mswA,
            Actor mswB, Actor mswC, Actor doctor, Actor nurse, Actor outsider, long patient) {}

    private final Fixtures fixtures;
    private final CareTeamService teams;
    private final ProgrammeService programmes;
    private final AvailabilityService availability;
    private final RegistrationService patientRegistrations;

    BedWorld(Fixtures fixtures, CareTeamService teams, ProgrammeService programmes, AvailabilityService availability,
            RegistrationService patientRegistrations) {
        this.patientRegistrations = patientRegistrations;
        this.fixtures = fixtures;
        this.teams = teams;
        this.programmes = programmes;
        this.availability = availability;
    }

    public World create() {
        Area area = fixtures.area();
        Place a = fixtures.facility(area, FacilityType.HOSPITAL);
        Place b = fixtures.facility(area, FacilityType.HOSPITAL);
        Place c = fixtures.facility(area, FacilityType.HOSPITAL);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place pharmacy = fixtures.facility(area, FacilityType.PHARMACY);
        Actor mswA = fixtures.actor(fixtures.member(a, Profession.MEDICAL_SOCIAL_WORKER).id());
        Actor mswB = fixtures.actor(fixtures.member(b, Profession.MEDICAL_SOCIAL_WORKER).id());
        Actor mswC = fixtures.actor(fixtures.member(c, Profession.MEDICAL_SOCIAL_WORKER).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor outsider = fixtures.actor(fixtures.member(pharmacy, Profession.PHARMACIST).id());
        // born in 1940: well above the programme's minimum age, whatever the fixtures' counter says
        PatientRegistration r = Fixtures.registration(ConsentModel.BLANKET, List.of(), List.of());
        long patient = patientRegistrations.register(nurse, new PatientRegistration(r.name(), r.nameKana(), LocalDate.of(1940, 5, 5),
                r.sex(), null, "東京都テスト区", null, TeamRole.VISITING_NURSE, r.consent(), null));
        teams.addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        ProgrammeInfo p = programmes.create(area.admin(), area.districtId(), "試験 後方支援病床", new BedProgramme.Rules(40,
                EnumSet.of(Purpose.SEMI_EMERGENCY, Purpose.FEVER_DEHYDRATION, Purpose.PNEUMONIA), 14, 30, null, false, 30, 240));
        programmes.addHospital(area.admin(), p.id(), a.facilityId(), 2, "03-0000-0001", "24時間");
        ProgrammeInfo full = programmes.addHospital(area.admin(), p.id(), b.facilityId(), 1, "03-0000-0002", "平日");
        long hospitalA = full.hospitals().stream().filter(h -> h.facilityId() == a.facilityId()).findFirst().orElseThrow().id();
        long hospitalB = full.hospitals().stream().filter(h -> h.facilityId() == b.facilityId()).findFirst().orElseThrow().id();
        availability.update(mswA, hospitalA, 2);
        availability.update(mswB, hospitalB, 1);
        return new World(area, p.id(), hospitalA, hospitalB, a, b, c, mswA, mswB, mswC, doctor, nurse, outsider, patient);
    }

    /** A request drafted by the nurse for 肺炎, today, and (when asked) confirmed by the doctor. */
    public RequestInfo request(BedRequestService requests, World w, long hospital, boolean confirm) {
        RequestInfo r = requests.request(w.nurse(), new BedRequestService.NewRequest(w.patient(), hospital, Purpose.PNEUMONIA,
                Urgency.TODAY, Transport.FAMILY, "発熱と呼吸苦"));
        return confirm ? requests.confirm(w.doctor(), r.id()) : r;
    }

}

package org.renkei.preparedness;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.PatientSummary;
import org.renkei.patient.SummaryService;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;

/**
 * A district with its 区 desk (a 保健師), a visiting-nurse station (the nurse who registers the patient), a clinic (the
 * 主治医) and an outsider clinic; a patient on a ventilator whose summary says so.
 */
public record PrepWorld(Area area, Place desk, Actor hokenshi, Place station, Actor nurse, Actor doctor, Actor outsider, long patient) {

    public static PrepWorld create(Fixtures fixtures, CareTeamService teams, SummaryService summaries) {
        Area area = fixtures.area();
        Place desk = fixtures.facility(area, FacilityType.MUNICIPAL_SUPPORT_DESK);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Place other = fixtures.facility(area, FacilityType.CLINIC);
        Actor hokenshi = fixtures.actor(fixtures.member(desk, Profession.PUBLIC_HEALTH_NURSE).id());
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor doctor = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        Actor outsider = fixtures.actor(fixtures.member(other, Profession.PHYSICIAN).id());
        long patient = ventilated(fixtures, teams, summaries, nurse, doctor);
        return new PrepWorld(area, desk, hokenshi, station, nurse, doctor, outsider, patient);
    }

    /** A patient registered by the nurse (excluding these facilities from the consent), the doctor as 主治医, on a ventilator. */
    public static long ventilated(Fixtures fixtures, CareTeamService teams, SummaryService summaries, Actor nurse, Actor doctor,
            Long... excluded) {
        long patient = fixtures.patient(nurse, excluded);
        teams.addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        summaries.saveSummary(nurse, patient, 0, new PatientSummary(List.of(new PatientSummary.Problem("ALS", null, true, null)),
                List.of(), List.of(), List.of(), null, null, null, null, Map.of(), Set.of(PatientSummary.Device.VENTILATOR), "TPPV",
                List.of(), PatientSummary.Acp.empty(), List.of(), null, null), null);
        return patient;
    }

    public static PatientSummary.DeviceProfile profile(int externalMinutes) {
        return new PatientSummary.DeviceProfile(List.of(new PatientSummary.PoweredDevice(PatientSummary.PoweredKind.VENTILATOR,
                "メディブレス", "MB-300", PatientSummary.VentilationMode.TPPV, 24, 180, externalMinutes, 2)), "車から充電", true, true, null,
                null, "さくら医療機器", "0120-000-111", true);
    }
}

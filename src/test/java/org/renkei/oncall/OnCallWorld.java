package org.renkei.oncall;

import java.time.Instant;
import java.util.List;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Area;
import org.renkei.Fixtures.Place;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A district for cover tests: a home-care clinic whose doctor is the 主治医 of two patients (one of whom excluded the
 * covering clinic from her consent), the covering clinic with two doctors and a nurse, a visiting nurse station, and
 * another clinic's doctor; the clinics' pair agreement for absences, in force.
 */
@Component
public class OnCallWorld {

    public record World(Area area, Place clinic, Place covering, Place station, Place other, Actor primary, Actor coveringDoctor,
            Actor colleague, Actor coveringNurse, Actor nurse, Actor outsider, long patient, long excluding, long agreement) {}

    private final Fixtures fixtures;
    private final CareTeamService teams;
    private final AgreementService agreements;
    private final AbsenceService absences;

    OnCallWorld(Fixtures fixtures, CareTeamService teams, AgreementService agreements, AbsenceService absences) {
        this.fixtures = fixtures;
        this.teams = teams;
        this.agreements = agreements;
        this.absences = absences;
    }

    public World create() {
        Area area = fixtures.area();
        Place clinic = fixtures.facility(area, FacilityType.CLINIC);
        Place covering = fixtures.facility(area, FacilityType.CLINIC);
        Place station = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        Place other = fixtures.facility(area, FacilityType.CLINIC);
        Actor primary = fixtures.actor(fixtures.member(clinic, Profession.PHYSICIAN).id());
        Actor coveringDoctor = fixtures.actor(fixtures.member(covering, Profession.PHYSICIAN).id());
        Actor colleague = fixtures.actor(fixtures.member(covering, Profession.PHYSICIAN).id());
        Actor coveringNurse = fixtures.actor(fixtures.member(covering, Profession.NURSE).id());
        Actor nurse = fixtures.actor(fixtures.member(station, Profession.NURSE).id());
        Actor outsider = fixtures.actor(fixtures.member(other, Profession.PHYSICIAN).id());
        long patient = fixtures.patient(nurse);
        teams.addMember(nurse, patient, primary.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        long excluding = fixtures.patient(nurse, covering.facilityId());
        teams.addMember(nurse, excluding, primary.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        AgreementInfo pair = agreements.propose(primary, new AgreementService.Proposal(AgreementKind.PAIR, covering.facilityId(),
                null, false, false, true, true, List.of(), 10, null));
        agreements.accept(coveringDoctor, pair.id());
        return new World(area, clinic, covering, station, other, primary, coveringDoctor, colleague, coveringNurse, nurse, outsider,
                patient, excluding, pair.id());
    }

    /** The 主治医's absence for all their patients, accepted by the covering doctor. */
    public long absence(World w, Instant from, Instant to) {
        AbsenceInfo a = absences.declare(w.primary(), new AbsenceService.Declaration(w.agreement(), w.coveringDoctor().memberId(),
                from, to, AbsenceReason.CONFERENCE, null, true, List.of()));
        return absences.accept(w.coveringDoctor(), a.id()).id();
    }
}

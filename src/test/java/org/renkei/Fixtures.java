package org.renkei;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.renkei.directory.AssociationInfo;
import org.renkei.directory.AssociationService;
import org.renkei.directory.FacilityApplication;
import org.renkei.directory.FacilityService;
import org.renkei.directory.FacilityType;
import org.renkei.directory.MemberInfo;
import org.renkei.directory.MemberService;
import org.renkei.directory.Profession;
import org.renkei.directory.StaffDetails;
import org.jspecify.annotations.Nullable;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationService;
import org.renkei.patient.CareTeamService;
import org.renkei.patient.ConsentModel;
import org.renkei.patient.Insurance;
import org.renkei.patient.PatientRegistration;
import org.renkei.patient.RegistrationService;
import org.renkei.patient.Sex;
import org.renkei.patient.TeamRole;
import java.time.LocalDate;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.springframework.stereotype.Component;

/**
 * Builds fresh associations, facilities and members through the services (as users would), with
 * names no other test uses, so tests do not depend on each other or on the demo data's state.
 */
@Component
public class Fixtures {

    private static final AtomicInteger counter = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final AssociationService associations;
    private final FacilityService facilities;
    private final MemberService members;
    private final MemberAccounts accounts;
    private final RegistrationService patients;
    private final CareTeamService teams;
    private final ConversationService conversations;

    Fixtures(AssociationService associations, FacilityService facilities, MemberService members, MemberAccounts accounts,
            RegistrationService patients,
            CareTeamService teams, ConversationService conversations) {
        this.teams = teams;
        this.conversations = conversations;
        this.patients = patients;
        this.associations = associations;
        this.facilities = facilities;
        this.members = members;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + counter.incrementAndGet();
    }

    /** The demo's portal operator. */
    public Actor operator() {
        return actor("portal-admin");
    }

    public Actor actor(String loginId) {
        return accounts.findByLoginId(loginId).orElseThrow().actor();
    }

    public Actor actor(long memberId) {
        return accounts.findById(memberId).orElseThrow().actor();
    }

    /** An association with one district, and an administrator in its office. */
    public record Area(AssociationInfo association, long districtId, Actor admin) {}

    public Area area() {
        String code = unique("area");
        AssociationInfo a = associations.create(operator(), new AssociationService.NewAssociation(code, code + "医師会",
                "テストイシカイ", "東京都", "03-0000-0000", code + "@example.jp", List.of(code + "区")));
        long district = associations.districts().stream().filter(d -> d.associationId() == a.id()).findFirst().orElseThrow().id();
        long office = associations.officeOf(a.id());
        MemberInfo admin = members.add(operator(), office, staff(unique("office"), Profession.CLERK));
        members.setAssociationAdmin(operator(), admin.id(), true);
        return new Area(a, district, actor(admin.id()));
    }

    /** An approved facility of the area; its applicant is its facility administrator. */
    public record Place(long facilityId, Actor admin) {}

    public Place facility(Area area, FacilityType type) {
        return facility(area, type, null);
    }

    /** An active facility with its 医療機関コード・事業所番号. */
    public Place facility(Area area, FacilityType type, @Nullable String officialCode) {
        long id = apply(area, type, unique("admin"), officialCode);
        facilities.approve(area.admin(), id, null);
        long adminId = members.search(area.admin(), MemberService.MemberQuery.ofFacility(id), 0, 10).getFirst().id();
        return new Place(id, actor(adminId));
    }

    /** A pending application; returns the facility id. */
    public long apply(Area area, FacilityType type, String adminLoginId) {
        return apply(area, type, adminLoginId, null);
    }

    private long apply(Area area, FacilityType type, String adminLoginId, @Nullable String officialCode) {
        String name = unique("施設");
        return facilities.apply(new FacilityApplication(area.districtId(), type, name, "テストシセツ", officialCode, "170-0001",
                "東京都テスト区1-1-1", "03-1234-5678", null, "facility@example.jp", staff(adminLoginId, Profession.NURSE)));
    }

    public MemberInfo member(Place place, Profession profession) {
        return members.add(place.admin(), place.facilityId(), staff(unique("staff"), profession));
    }

    /** A patient's room: a visiting nurse (who registered the patient), the 主治医 of a clinic, and a pharmacist off the team. */
    public record Team(Area area, Actor nurse, Actor doctor, Actor outsider, long patient, Conversation room) {}

    public Team team() {
        Area area = area();
        Actor nurse = actor(member(facility(area, FacilityType.VISITING_NURSE_STATION), Profession.NURSE).id());
        Actor doctor = actor(member(facility(area, FacilityType.CLINIC), Profession.PHYSICIAN).id());
        Actor outsider = actor(member(facility(area, FacilityType.PHARMACY), Profession.PHARMACIST).id());
        long patient = patient(nurse);
        teams.addMember(nurse, patient, doctor.memberId(), TeamRole.PRIMARY_PHYSICIAN);
        return new Team(area, nurse, doctor, outsider, patient, conversations.patientRoom(nurse, patient));
    }

    /** A patient registered by {@code by} (who joins as visiting nurse) with a blanket consent excluding the given facilities. */
    public long patient(Actor by, Long... excludedFacilities) {
        return patients.register(by, registration(ConsentModel.BLANKET, List.of(excludedFacilities), List.of()));
    }

    /** A patient as above, with the health insurance a JP-CLINS document names them by. */
    public long insuredPatient(Actor by) {
        PatientRegistration r = registration(ConsentModel.BLANKET, List.of(), List.of());
        return patients.register(by, new PatientRegistration(r.name(), r.nameKana(), r.birthDate(), r.sex(), "170-0001",
                "東京都テスト区本町1-2-3", r.phone(), r.role(), r.consent(),
                new Insurance("39131016", "12", String.valueOf(counter.incrementAndGet()), "01")));
    }

    /** A patient registered with an individual consent naming these facilities and members. */
    public long patientIndividual(Actor by, List<Long> facilities, List<Long> members) {
        return patients.register(by, registration(ConsentModel.INDIVIDUAL, facilities, members));
    }

    public static PatientRegistration registration(ConsentModel model, List<Long> facilities, List<Long> members) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(counter.incrementAndGet() % 25_000);
        return new PatientRegistration("試験 " + unique("患者"), "シケン カンジャ", birth, Sex.FEMALE, null,
                "東京都テスト区", null, TeamRole.VISITING_NURSE, new PatientRegistration.ConsentDetails(model, LocalDate.of(2026, 10, 1),
                        "試験 本人", "本人", facilities, members, null), null);
    }

    public static StaffDetails staff(String loginId, Profession profession) {
        return new StaffDetails(loginId, "試験 " + loginId, "シケン タロウ", profession, loginId + "@example.jp", null);
    }
}

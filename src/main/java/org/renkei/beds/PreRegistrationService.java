package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.beds.internal.BedHospital;
import org.renkei.beds.internal.BedHospitals;
import org.renkei.beds.internal.BedRegistration;
import org.renkei.beds.internal.BedRegistrations;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.MemberSummary;
import org.renkei.patient.CoveredPatient;
import org.renkei.patient.PatientAccess;
import org.renkei.patient.PatientService;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事前登録: the 主治医 (or the managing clinic) registers a patient at one or two programme hospitals, with a review
 * date; the hospital sees the sheet built from the current summary and acknowledges it. The patient's consent must
 * admit the hospital.
 */
@Service
@Transactional
public class PreRegistrationService {

    private final BedRegistrations registrations;
    private final BedHospitals hospitals;
    private final PrimaryPhysicians primaries;
    private final PatientAccess patients;
    private final PatientService patientPages;
    private final DirectoryLookup directory;
    private final Sheets sheets;

    /** Builds sheets in the reader's language, as of today, and logs who read them. */
    @org.springframework.stereotype.Component
    static class Sheets {
        final Translations translations;
        final AuditLog audit;
        final Clock clock;

        Sheets(Translations translations, AuditLog audit, Clock clock) {
            this.translations = translations;
            this.audit = audit;
            this.clock = clock;
        }

        LocalDate today() {
            return LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        }

        Instant now() {
            return Instant.now(clock);
        }

        PatientSheet sheet(CoveredPatient p, String primary, Locale locale) {
            return PatientSheet.of(p, primary, today(), locale, (key, l) -> translations.text(key, l));
        }
    }

    PreRegistrationService(BedRegistrations registrations, BedHospitals hospitals, PrimaryPhysicians primaries, PatientAccess patients,
            PatientService patientPages, DirectoryLookup directory, Sheets sheets) {
        this.registrations = registrations;
        this.hospitals = hospitals;
        this.primaries = primaries;
        this.patients = patients;
        this.patientPages = patientPages;
        this.directory = directory;
        this.sheets = sheets;
    }

    public RegistrationInfo register(Actor actor, long patientId, long hospitalId, LocalDate reviewOn, Locale locale) {
        if (!patientPages.header(actor, patientId).managesTeam()) {
            throw new AccessRefusedException("beds.not-your-patient");
        }
        BedHospital h = hospitals.require(hospitalId);
        if (!h.active()) {
            throw new InvalidInputException("hospital", "beds.hospital-inactive");
        }
        if (!patients.covers(patientId, -1, h.facilityId())) {
            throw new InvalidInputException("hospital", "beds.consent-excludes-hospital");
        }
        List<BedRegistration> active = registrations.findActive(patientId);
        if (active.stream().anyMatch(r -> r.hospitalId() == hospitalId)) {
            throw new ConflictException("beds.already-registered");
        }
        CoveredPatient p = Objects.requireNonNull(primaries.find(patientId));
        BedRegistration r = registrations.save(BedRegistration.register(actor, hospitalId, patientId, p.summaryVersion(), reviewOn,
                active.size(), sheets.today(), sheets.now()));
        return info(actor, registrations.save(r.registered(actor)), locale);
    }

    public RegistrationInfo acknowledge(Actor actor, long id, Locale locale) {
        BedRegistration r = registrations.require(id);
        r.acknowledge(actor, hospitals.require(r.hospitalId()).facilityId(), sheets.now());
        return info(actor, registrations.save(r), locale);
    }

    public RegistrationInfo withdraw(Actor actor, long id, Locale locale) {
        BedRegistration r = registrations.require(id);
        if (!patientPages.header(actor, r.patientId()).managesTeam()) {
            throw new AccessRefusedException("beds.not-your-patient");
        }
        r.withdraw(actor, sheets.now());
        return info(actor, registrations.save(r), locale);
    }

    /** A patient's registrations, for the team (no sheet: they have the summary). */
    @Transactional(readOnly = true)
    public List<RegistrationInfo> forPatient(Actor actor, long patientId, Locale locale) {
        patients.checkRead(actor, patientId);
        return registrations.findActive(patientId).stream().map(r -> info(actor, r, locale)).toList();
    }

    /** The registrations at the member's hospital, each with its sheet; each sheet read is logged. */
    public List<RegistrationInfo> forHospital(Actor actor, Locale locale) {
        if (actor.facilityId() == null) {
            return List.of();
        }
        List<Long> ids = hospitals.findByFacilityId(actor.facilityId()).stream().map(BedHospital::id).toList();
        List<RegistrationInfo> list = ids.isEmpty() ? List.of()
                : registrations.findAtHospitals(ids).stream().map(r -> info(actor, r, locale)).toList();
        List<AuditTarget> read = list.stream().filter(r -> r.sheet() != null).map(r -> new AuditTarget("patient", r.patientId(),
                r.patientName() + " (ID " + r.patientId() + ")", actor.associationId(), r.patientId())).toList();
        if (!read.isEmpty()) {
            sheets.audit.recordAll(actor, "beds.registration-viewed", read, null);
        }
        return list;
    }

    private RegistrationInfo info(Actor actor, BedRegistration r, Locale locale) {
        BedHospital h = hospitals.require(r.hospitalId());
        FacilityContact f = directory.contacts(List.of(h.facilityId())).get(h.facilityId());
        boolean atHospital = actor.worksAt(h.facilityId());
        CoveredPatient p = Objects.requireNonNull(primaries.find(r.patientId()));
        PatientSheet sheet = null;
        if (atHospital && patients.covers(p.id(), -1, h.facilityId())) {
            Map<Long, MemberSummary> doctor = p.primaryMemberId() == null ? Map.of() : directory.members(List.of(p.primaryMemberId()));
            MemberSummary d = p.primaryMemberId() == null ? null : doctor.get(p.primaryMemberId());
            sheet = sheets.sheet(p, d == null ? "" : d.name(), locale);
        }
        return new RegistrationInfo(r.id(), h.id(), f == null ? "?" : f.name(), p.id(), p.name(), r.reviewOn(), r.registeredAt(),
                r.acknowledgedAt(), sheet, atHospital && r.acknowledgedAt() == null && r.active(), !atHospital && r.active());
    }
}

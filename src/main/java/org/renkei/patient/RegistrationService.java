package org.renkei.patient;

import java.time.Clock;
import java.time.Instant;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.Patients;
import org.renkei.patient.internal.TeamMembership;
import org.renkei.patient.internal.TeamMemberships;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Kana;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 患者登録: the patient, their consent (with the signed form), an empty summary at version 0, and the registering
 * member on the team in the role they chose. The consent must cover the registering member. All or nothing.
 */
@Service
@Transactional
public class RegistrationService {

    private final Patients patients;
    private final ConsentService consents;
    private final TeamMemberships teams;
    private final SummaryService summaries;
    private final Inputs inputs;
    private final PatientAccess access;
    private final Clock clock;

    RegistrationService(Patients patients, ConsentService consents, TeamMemberships teams, SummaryService summaries,
            Inputs inputs, PatientAccess access, Clock clock) {
        this.access = access;
        this.patients = patients;
        this.consents = consents;
        this.teams = teams;
        this.summaries = summaries;
        this.inputs = inputs;
        this.clock = clock;
    }

    public long register(Actor actor, PatientRegistration registration) {
        if (actor.facilityId() == null || actor.associationId() == null) {
            throw new AccessRefusedException("patient.needs-facility");
        }
        inputs.check(registration);
        if (!Kana.isKatakana(registration.nameKana())) {
            throw new InvalidInputException("nameKana", "validation.kana");
        }
        String formType = consents.check(actor, registration.consent());
        if (registration.insurance() != null && !registration.insurance().checkDigitHolds()) {
            throw new InvalidInputException("insurance.insurerNumber", "insurance.check-digit");
        }
        Instant now = Instant.now(clock);
        Patient patient = patients.save(Patient.register(actor.facilityId(), actor.associationId(), actor.memberId(),
                actor.name(), new Patient.Identity(registration.name().strip(), Kana.normalize(registration.nameKana()),
                        registration.birthDate(), registration.sex(), Inputs.blank(registration.postalCode()),
                        Inputs.blank(registration.address()), Inputs.blank(registration.phone())), now));
        patient.insure(registration.insurance());
        consents.obtain(actor, patient, registration.consent(), formType, now);
        teams.save(TeamMembership.ofMember(patient.id(), actor.memberId(), registration.role(), actor.memberId(), now));
        summaries.start(actor, patient, now);
        patients.save(patient.registered(actor, registration.consent().model()));
        return patient.id();
    }

    /**
     * 基本情報の修正 by a member who may write to the record: the address, phone and insurance as they are now (the
     * insurer number's check digit checked as at registration). Logged with the fields that changed.
     */
    public void correctDetails(Actor actor, long patientId, PatientDetails details) {
        inputs.check(details);
        if (details.insurance() != null && !details.insurance().checkDigitHolds()) {
            throw new InvalidInputException("insurance.insurerNumber", "insurance.check-digit");
        }
        Patient patient = access.requireWrite(actor, patientId);
        patient.correctDetails(actor, Inputs.blank(details.postalCode()), Inputs.blank(details.address()),
                Inputs.blank(details.phone()), details.insurance(), Instant.now(clock));
        patients.save(patient);
    }
}

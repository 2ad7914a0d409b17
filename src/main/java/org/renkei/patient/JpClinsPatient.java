package org.renkei.patient;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * What every JP-CLINS document of the portal says the same way: the patient as {@code JP_Patient_eCS} wants them, the
 * names, the identifier systems. The patient summary ({@link PatientSummaryFhir}) and the discharge summary (handoff
 * module) both build on it.
 */
public final class JpClinsPatient {

    /** The eCS profiles' common prefix. */
    public static final String ECS = "http://jpfhir.jp/fhir/eCS/StructureDefinition/";
    /** The portal's own ids (patient, facility), by which a document coming back finds what it names. */
    public static final String ID_SYSTEM = "https://renkei.tokyo/fhir/id/";
    public static final String RESOURCE_ID = "http://jpfhir.jp/fhir/core/IdSystem/resourceInstance-identifier";
    public static final String INSURANCE_MEMBER_SYSTEM = "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID";
    public static final String INSTITUTION_SYSTEM = "http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no";
    /** The patient's number at a facility: this OID followed by its 医療機関コード. */
    public static final String PATIENT_ID_OID = "urn:oid:1.2.392.100495.20.3.51.1";
    /** MEDIS 病名管理番号, and how JP-CLINS declares a diagnosis without one: as many 9s as the number has digits. */
    public static final String MEDIS_SYSTEM = "http://medis.or.jp/CodeSystem/master-disease-keyNumber";
    public static final String MEDIS_UNCODED = "99999999";

    private JpClinsPatient() {}

    /**
     * The patient: the facility's local number (when it has a 医療機関コード), the portal's id, the insurance as
     * 保険者番号:記号:番号:枝番, the name in 漢字 and (when written with a space) in カナ, sex, birth date, address, phone.
     */
    public static Patient fill(Patient patient, PatientDemographics p, @Nullable String institutionCode) {
        if (institutionCode != null) {
            patient.addIdentifier().setSystem(PATIENT_ID_OID + institutionCode).setValue(String.valueOf(p.id()));
        }
        patient.addIdentifier().setSystem(ID_SYSTEM + "patient").setValue(String.valueOf(p.id()));
        if (p.insurance() != null) {
            patient.addIdentifier().setSystem(INSURANCE_MEMBER_SYSTEM).setValue(p.insurance().memberId());
        }
        patient.addName(name(p.name(), "IDE"));
        if (hasGivenName(p.nameKana())) {
            patient.addName(name(p.nameKana(), "SYL"));
        }
        patient.setGender(switch (p.sex()) {
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            default -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        patient.setBirthDateElement(new DateType(p.birthDate().toString()));
        if (p.address() != null && !p.address().isBlank()) {
            patient.addAddress().setText(p.address()).setPostalCode(p.postalCode()).setCountry("JP");
        }
        if (p.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone());
        }
        return patient;
    }

    /** Whether a name is written family, space, given (JP-CLINS needs the given name; none is made up). */
    public static boolean hasGivenName(String full) {
        return split(full).length > 1;
    }

    /**
     * 漢字 (IDE) or カナ (SYL) name, family and given split at the first space; the text with a half-width space
     * (JP-CLINS refuses the full-width one).
     */
    public static HumanName name(String full, String representation) {
        String[] parts = split(full);
        HumanName n = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(String.join(" ", parts));
        n.setFamily(parts[0]);
        if (parts.length > 1) {
            n.addGiven(parts[1]);
        }
        n.addExtension("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation", new CodeType(representation));
        return n;
    }

    /** A reference to an entry of the same document Bundle. */
    public static Reference ref(Resource r) {
        return new Reference("urn:uuid:" + r.getIdElement().getIdPart());
    }

    private static String[] split(String name) {
        return name.strip().split("[\\s　]+", 2);
    }
}

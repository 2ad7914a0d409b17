package org.renkei.handoff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary.AdlItem;
import org.renkei.patient.PatientSummary.AdlLevel;
import org.renkei.platform.InvalidInputException;

/**
 * 退院時情報提供: what changed in hospital and what the home team must continue, by the hospital's
 * discharge staff; with the physician's items of the JP-CLINS discharge summary. {@code referralNotes} keeps what a
 * received 診療情報提供書 says beyond these items (家族歴, 身体所見, 感染症情報, other sections, documents it could not
 * take), each under its section's title, so that nothing the hospital sent is lost. Diagnoses and allergies may carry
 * their codes at the line's end ({@link CodedLine}); {@code outcome} is the 転帰 the summary reports.
 */
public record DischargeSheet(
        LocalDate plannedDischargeDate,
        @Nullable LocalDate admissionDate,
        @Nullable String chiefComplaint,
        @Nullable String reasonForAdmission,
        @Nullable String presentIllness,
        List<String> admissionDiagnoses,
        List<String> dischargeDiagnoses,
        @Nullable String hospitalCourse,
        Set<Treatment> treatments,
        @Nullable String treatmentNotes,
        @Nullable String nursingPoints,
        @Nullable String rehabilitationPoints,
        @Nullable String contraindications,
        @Nullable String allergies,
        @Nullable String pastIllness,
        @Nullable String prognosis,
        @Nullable String toldToPatient,
        @Nullable String wishes,
        @Nullable String advanceDirective,
        Map<AdlItem, AdlLevel> adlAtDischarge,
        @Nullable String readyAtHome,
        List<String> dischargeMedications,
        @Nullable String dischargeInstructions,
        @Nullable String referralNotes,
        @Nullable DischargeOutcome outcome) {

    public DischargeSheet {
        admissionDiagnoses = admissionDiagnoses == null ? List.of() : List.copyOf(admissionDiagnoses);
        dischargeDiagnoses = dischargeDiagnoses == null ? List.of() : List.copyOf(dischargeDiagnoses);
        treatments = treatments == null ? Set.of() : Set.copyOf(treatments);
        adlAtDischarge = adlAtDischarge == null ? Map.of() : Map.copyOf(adlAtDischarge);
        dischargeMedications = dischargeMedications == null ? List.of() : List.copyOf(dischargeMedications);
    }

    /**
     * What a discharge summary cannot go without (JP-CLINS 退院時サマリー: the stay's start, its course, at least one
     * diagnosis at discharge): refused at sending, each with its field, so the form shows where.
     */
    public void requireSendable() {
        List<InvalidInputException.Problem> missing = missingForSummary();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    /** What the discharge summary needs that the sheet lacks, each with its field (empty when nothing is missing). */
    public List<InvalidInputException.Problem> missingForSummary() {
        List<InvalidInputException.Problem> missing = new ArrayList<>();
        if (admissionDate == null) {
            missing.add(new InvalidInputException.Problem("admissionDate", "sheet.needs-admission-date"));
        }
        if (hospitalCourse == null || hospitalCourse.isBlank()) {
            missing.add(new InvalidInputException.Problem("hospitalCourse", "sheet.needs-hospital-course"));
        }
        if (dischargeDiagnoses.stream().allMatch(String::isBlank)) {
            missing.add(new InvalidInputException.Problem("dischargeDiagnoses", "sheet.needs-discharge-diagnosis"));
        }
        if (outcome == null) {
            missing.add(new InvalidInputException.Problem("outcome", "sheet.needs-outcome"));
        }
        return missing;
    }

    /** Refuses codes that name an unknown scheme or have the wrong shape, whenever the sheet is saved. */
    public void requireWellFormed() {
        diagnoses(admissionDiagnoses, "admissionDiagnoses");
        diagnoses(dischargeDiagnoses, "dischargeDiagnoses");
        allergyLines();
    }

    /** The diagnoses at discharge with their codes. */
    public List<CodedLine> codedDischargeDiagnoses() {
        return diagnoses(dischargeDiagnoses, "dischargeDiagnoses");
    }

    /** The diagnoses on admission with their codes. */
    public List<CodedLine> codedAdmissionDiagnoses() {
        return diagnoses(admissionDiagnoses, "admissionDiagnoses");
    }

    /** The allergies, one per line, with their codes. */
    public List<CodedLine> allergyLines() {
        return CodedLine.parseAll(allergies, "allergies", CodedLine.ALLERGEN);
    }

    private static List<CodedLine> diagnoses(List<String> lines, String field) {
        return lines.stream().filter(l -> !l.isBlank()).map(l -> CodedLine.parse(l, field, CodedLine.DIAGNOSIS)).toList();
    }

    /** 在宅で継続する医療処置. */
    public enum Treatment {
        INFUSION, OXYGEN, SUCTION, TRACHEOSTOMY, GASTROSTOMY, TUBE_FEEDING, PRESSURE_ULCER_CARE, CATHETER, STOMA,
        PAIN_CONTROL, INSULIN
    }
}

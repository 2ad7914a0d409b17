package org.renkei.handoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientSummary;

/** Sheets prefilled from the patient summary, so nobody types twice what the team already wrote. */
final class Prefill {

    private Prefill() {}

    static AdmissionSheet admission(PatientSummary s, LocalDate admissionDate, @Nullable String familyDoctor) {
        String keyPerson = s.contacts().stream().filter(PatientSummary.Contact::keyPerson)
                .map(c -> c.name() + "（" + c.relation() + "）" + (c.phone() == null ? "" : " " + c.phone())).findFirst().orElse(null);
        String diseases = join(s.problems().stream().map(p -> p.name() + (p.since() == null ? "" : "（" + p.since() + "〜）")).toList());
        String medicines = join(s.medications().stream().map(m -> m.name() + (m.dose() == null ? "" : " " + m.dose())
                + (m.usage() == null ? "" : " " + m.usage())).toList());
        return new AdmissionSheet(admissionDate, null, null, null, false, s.careLevel(), s.independence(), s.dementia(), null,
                null, keyPerson, s.acp().wishes(), null, null, true, s.adl(), null, false, null, null, null, null, null, null,
                diseases, medicines, null, familyDoctor);
    }

    static DischargeSheet discharge(PatientSummary s, LocalDate plannedDischargeDate, @Nullable LocalDate admitted) {
        String allergies = join(s.allergies().stream().map(a -> a.substance() + (a.reaction() == null ? "" : "（" + a.reaction() + "）")).toList());
        String past = join(s.problems().stream().map(PatientSummary.Problem::name).toList());
        PatientSummary.Acp acp = s.acp();
        String directive = acp.resuscitation() == null && acp.wishes() == null ? null
                : (acp.resuscitation() == null ? "" : "心肺蘇生: " + switch (acp.resuscitation()) {
                    case FULL -> "希望する";
                    case DNAR -> "希望しない（DNAR）";
                    case UNDECIDED -> "未定";
                } + " ") + (acp.wishes() == null ? "" : acp.wishes());
        return new DischargeSheet(plannedDischargeDate, admitted, null, null, null, List.of(), List.of(), null, Set.of(),
                null, null, null, s.contraindications().isEmpty() ? null : String.join("、", s.contraindications()), allergies, past,
                null, null, acp.wishes(), directive, s.adl(), null,
                s.medications().stream().map(m -> m.name() + (m.dose() == null ? "" : " " + m.dose())
                        + (m.usage() == null ? "" : " " + m.usage())).collect(Collectors.toList()), null, null, null);
    }

    private static @Nullable String join(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}

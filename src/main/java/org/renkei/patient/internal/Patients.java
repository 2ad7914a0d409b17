package org.renkei.patient.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Patients extends JpaRepository<Patient, Long> {

    /** Shared patients whose reading, blanks ignored, and birth date match exactly (emergency search, at most 10). */
    @Query("""
            select p from Patient p where p.birthDate = ?1 and replace(p.nameKana, ' ', '') = ?2
            and p.status = org.renkei.patient.PatientStatus.ACTIVE order by p.id limit 10""")
    List<Patient> findExactly(LocalDate birthDate, String kanaWithoutBlanks);
}

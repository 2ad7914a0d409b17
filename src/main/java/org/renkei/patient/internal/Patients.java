package org.renkei.patient.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Patients extends JpaRepository<Patient, Long> {}

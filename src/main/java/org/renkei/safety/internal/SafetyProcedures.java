package org.renkei.safety.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SafetyProcedures extends JpaRepository<SafetyProcedure, Long> {}

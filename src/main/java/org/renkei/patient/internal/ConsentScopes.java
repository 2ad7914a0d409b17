package org.renkei.patient.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentScopes extends JpaRepository<ConsentScope, Long> {

    List<ConsentScope> findByConsentId(long consentId);
}

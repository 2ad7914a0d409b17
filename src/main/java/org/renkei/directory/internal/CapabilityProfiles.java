package org.renkei.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The facilities' capability profiles, by facility id. */
public interface CapabilityProfiles extends JpaRepository<CapabilityProfile, Long> {}

package org.renkei.directory;

import java.util.stream.Collectors;
import org.renkei.audit.AuditLog;
import org.renkei.directory.internal.CapabilityProfiles;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The access-log entry of every change a directory aggregate announces, in the change's transaction (decision 5). */
@Component
class DirectoryAccessLog {

    private final Facilities facilities;
    private final CapabilityProfiles profiles;
    private final AuditLog audit;

    DirectoryAccessLog(Facilities facilities, CapabilityProfiles profiles, AuditLog audit) {
        this.facilities = facilities;
        this.profiles = profiles;
        this.audit = audit;
    }

    @EventListener
    void on(FacilityEvent event) {
        Facility facility = facilities.findById(event.facilityId()).orElseThrow();
        switch (event) {
            case FacilityEvent.CapabilitiesDeclared e -> audit.record(e.actor(), "facility.capabilities-declared",
                    FacilityService.target(facility), profiles.findById(e.facilityId())
                            .map(p -> p.capabilities().stream().map(Enum::name).collect(Collectors.joining(" ")))
                            .orElse(null));
            case FacilityEvent.IntakeConfirmed e -> audit.record(e.actor(), "facility.intake-confirmed",
                    FacilityService.target(facility), e.intake().name());
        }
    }
}

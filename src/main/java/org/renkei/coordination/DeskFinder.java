package org.renkei.coordination;

import java.util.Set;
import org.renkei.directory.AssociationService;
import org.renkei.directory.Capability;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DistrictInfo;
import org.renkei.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Which desk a district's requests go to: its active 在宅療養支援窓口, or, where the district has none, the one the
 * association designates — its office (事務局).
 */
@Component
class DeskFinder {

    private final AssociationService associations;
    private final DirectoryLookup directory;

    DeskFinder(AssociationService associations, DirectoryLookup directory) {
        this.associations = associations;
        this.directory = directory;
    }

    record Desk(long facilityId, long associationId, String districtName) {}

    Desk forDistrict(long districtId) {
        return directory.districtDesk(districtId).map(f -> new Desk(f.id(), f.associationId(), String.valueOf(f.districtName())))
                .orElseGet(() -> {
                    DistrictInfo district = associations.districts().stream().filter(d -> d.id() == districtId).findFirst()
                            .orElseThrow(() -> new InvalidInputException("district", "validation.NotNull"));
                    return new Desk(associations.officeOf(district.associationId()), district.associationId(), district.name());
                });
    }

    /** The capabilities asked for must be ones the directory knows ({@link Capability}). */
    void requireCapabilities(Set<String> capabilities) {
        for (String c : capabilities) {
            try {
                Capability.valueOf(c);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("capabilities", "coordination.unknown-capability", c);
            }
        }
    }
}

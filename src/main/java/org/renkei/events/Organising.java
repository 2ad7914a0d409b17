package org.renkei.events;

import java.util.ArrayList;
import java.util.List;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityStatus;
import org.renkei.events.internal.Organiser;
import org.renkei.security.Actor;
import org.springframework.stereotype.Component;

/** For whom the member may hold meetings: their own facility if they administer one that organises, and their association's office if they administer the association. */
@Component
public class Organising {

    private final DirectoryLookup directory;
    private final AssociationService associations;

    Organising(DirectoryLookup directory, AssociationService associations) {
        this.directory = directory;
        this.associations = associations;
    }

    /** The facilities the member may organise for (none for most members). */
    public List<Long> facilities(Actor actor) {
        List<Long> ids = new ArrayList<>();
        if (actor.associationId() != null && actor.administers(actor.associationId())) {
            ids.add(associations.officeOf(actor.associationId()));
        }
        if (actor.facilityId() != null && !ids.contains(actor.facilityId())) {
            FacilityRef f = directory.facility(actor.facilityId());
            if (f.status() == FacilityStatus.ACTIVE && Organiser.KINDS.contains(f.type())
                    && new Organiser(f.id(), f.name(), f.type(), f.associationId()).administeredBy(actor)) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    public String name(long facilityId) {
        return directory.facility(facilityId).name();
    }
}

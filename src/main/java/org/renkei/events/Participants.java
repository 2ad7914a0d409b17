package org.renkei.events;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityContact;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.MemberSummary;
import org.renkei.events.internal.Organiser;
import org.renkei.events.internal.Registrant;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.renkei.security.Role;
import org.springframework.stereotype.Component;

/** Who registers and who organises, as the directory knows them now: the meeting decides with it. */
@Component
public class Participants {

    private final DirectoryLookup directory;

    Participants(DirectoryLookup directory) {
        this.directory = directory;
    }

    /** The member as a registrant; null for a program or a member of no facility (the portal's operators). */
    public @Nullable Registrant registrant(Actor actor) {
        if (actor.facilityId() == null || actor.has(Role.API_CLIENT)) {
            return null;
        }
        MemberSummary m = directory.members(List.of(actor.memberId())).get(actor.memberId());
        FacilityContact f = directory.contacts(List.of(actor.facilityId())).get(actor.facilityId());
        if (m == null || f == null) {
            return null;
        }
        return new Registrant(m.id(), m.name(), m.profession(), f.id(), f.name(), f.type(), f.associationId(), m.status(),
                f.status() == FacilityStatus.ACTIVE);
    }

    Registrant requireRegistrant(Actor actor) {
        Registrant r = registrant(actor);
        if (r == null) {
            throw new AccessRefusedException("events.member-not-active");
        }
        return r;
    }

    /** The facility as an organiser (the meeting decides whether the actor administers it). */
    public Organiser organiser(long facilityId) {
        FacilityContact f = directory.contacts(List.of(facilityId)).get(facilityId);
        if (f == null || f.status() != FacilityStatus.ACTIVE) {
            throw new AccessRefusedException("events.not-organiser");
        }
        return new Organiser(f.id(), f.name(), f.type(), f.associationId());
    }
}

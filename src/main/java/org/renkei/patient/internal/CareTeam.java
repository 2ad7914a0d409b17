package org.renkei.patient.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.renkei.patient.TeamRole;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;

/**
 * A patient's care team (チーム) as one whole: its active places and the rules that need all of them. Invitations
 * and removals need a shared record; a member is not invited twice in the same role; a facility that is on the team
 * already is not added again by a handoff; one leaves one's own place, and only the managing side removes others'.
 * The places it returns register their events; the caller saves them.
 */
public final class CareTeam {

    private final Patient patient;
    private final List<TeamMembership> places;

    private CareTeam(Patient patient, List<TeamMembership> places) {
        this.patient = patient;
        this.places = places;
    }

    public static CareTeam of(Patient patient, List<TeamMembership> activePlaces) {
        return new CareTeam(patient, activePlaces);
    }

    /** A member invited in a role; {@code name} names them in the refusal. */
    public TeamMembership invite(Actor actor, long memberId, String name, TeamRole role, Instant now) {
        patient.requireShared();
        if (places.stream().anyMatch(t -> Objects.equals(t.memberId(), memberId) && t.role() == role)) {
            throw new ConflictException("team.already", name);
        }
        patient.touch(actor.name(), now);
        return TeamMembership.ofMember(patient.id(), memberId, role, actor.memberId(), now);
    }

    /** A whole facility joins in a role: invited, or having accepted a handoff for the patient. */
    public TeamMembership addFacility(Actor actor, long facilityId, TeamRole role, Instant now) {
        patient.requireShared();
        patient.touch(actor.name(), now);
        return TeamMembership.ofFacility(patient.id(), facilityId, role, actor.memberId(), now);
    }

    /** Whether the facility has a place of its own on the team (a handoff's acceptance then adds nothing). */
    public boolean hasFacility(long facilityId) {
        return places.stream().anyMatch(t -> Objects.equals(t.facilityId(), facilityId));
    }

    /** An active place of this team. */
    public TeamMembership place(long entryId) {
        return places.stream().filter(t -> t.id() == entryId).findFirst()
                .orElseThrow(() -> new NotFoundException("team entry", entryId));
    }

    /** Takes a place off the team: one's own (leaving), or another's when {@code manages}. */
    public TeamMembership remove(Actor actor, long entryId, boolean manages, Instant now) {
        TeamMembership place = place(entryId);
        boolean own = Objects.equals(place.memberId(), actor.memberId());
        if (!own && !manages) {
            throw new AccessRefusedException("team.manage-refused");
        }
        place.remove(actor, own, now);
        patient.touch(actor.name(), now);
        return place;
    }

    /** The receiving facility's administrator joins the desk of a patient taken over, unless the facility is there. */
    public Optional<TeamMembership> takeOver(Actor actor, long facilityId, Instant now) {
        boolean onTeam = places.stream()
                .anyMatch(t -> Objects.equals(t.facilityId(), facilityId) || Objects.equals(t.memberId(), actor.memberId()));
        return onTeam ? Optional.empty()
                : Optional.of(TeamMembership.ofMember(patient.id(), actor.memberId(), TeamRole.SUPPORT_DESK, actor.memberId(), now));
    }
}

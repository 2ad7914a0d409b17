package org.renkei.patient.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.renkei.patient.PatientEvent;
import org.renkei.patient.TeamRole;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/** One place on a care team: a member, or a whole facility, with a role. Removal is recorded, not deleted. */
@Entity
@Table(name = "care_team_member")
public class TeamMembership extends AbstractAggregateRoot<TeamMembership> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long patientId;
    private @Nullable Long memberId;
    private @Nullable Long facilityId;
    @Enumerated(EnumType.STRING)
    private TeamRole role;
    private Instant addedAt;
    private long addedBy;
    private @Nullable Instant removedAt;
    private @Nullable Long removedBy;

    protected TeamMembership() {
        this.role = TeamRole.VISITING_NURSE;
        this.addedAt = Instant.EPOCH;
    }

    public static TeamMembership ofMember(long patientId, long memberId, TeamRole role, long by, Instant now) {
        TeamMembership t = new TeamMembership();
        t.patientId = patientId;
        t.memberId = memberId;
        t.role = role;
        t.addedBy = by;
        t.addedAt = now;
        return t;
    }

    public static TeamMembership ofFacility(long patientId, long facilityId, TeamRole role, long by, Instant now) {
        TeamMembership t = new TeamMembership();
        t.patientId = patientId;
        t.facilityId = facilityId;
        t.role = role;
        t.addedBy = by;
        t.addedAt = now;
        return t;
    }

    /** Once saved (it has its id): the place joined the team by the member's invitation or through a handoff. */
    public TeamMembership joined(Actor actor, PatientEvent.Via via) {
        registerEvent(new PatientEvent.TeamJoined(patientId, id(), memberId, facilityId, role, via, actor));
        return this;
    }

    /** The place leaves the team: {@code own} when the member leaves it themselves. Recorded, not deleted. */
    public void remove(Actor actor, boolean own, Instant now) {
        removedAt = now;
        removedBy = actor.memberId();
        registerEvent(new PatientEvent.TeamLeft(patientId, id(), memberId, facilityId, role, own, actor));
    }

    public void changeRole(Actor actor, TeamRole newRole) {
        TeamRole before = role;
        role = newRole;
        registerEvent(new PatientEvent.TeamRoleChanged(patientId, id(), before, newRole, actor));
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long patientId() {
        return patientId;
    }

    public @Nullable Long memberId() {
        return memberId;
    }

    public @Nullable Long facilityId() {
        return facilityId;
    }

    public TeamRole role() {
        return role;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public long addedBy() {
        return addedBy;
    }

    public boolean active() {
        return removedAt == null;
    }
}

package org.renkei.oncall.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.renkei.oncall.CoverEvent;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/** The brief a covering doctor gets of a patient: minimal (name, address, phone: まつど方式) or full. Full by default. */
@Entity
@Table(name = "cover_brief_choice")
public class BriefChoice extends AbstractAggregateRoot<BriefChoice> {

    @Id
    private long patientId;
    private boolean minimal;
    private long chosenBy;
    private Instant chosenAt;

    protected BriefChoice() {
        this.chosenAt = Instant.EPOCH;
    }

    public BriefChoice(long patientId) {
        this.patientId = patientId;
        this.chosenAt = Instant.EPOCH;
    }

    /** The 主治医 (or the managing clinic: the service has checked) chose; registers the change. */
    public void choose(Actor actor, boolean minimal, Instant now) {
        this.minimal = minimal;
        this.chosenBy = actor.memberId();
        this.chosenAt = now;
        registerEvent(new CoverEvent.BriefChosen(patientId, minimal, actor));
    }

    public long patientId() {
        return patientId;
    }

    public boolean minimal() {
        return minimal;
    }
}

package org.renkei.safety.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.safety.SafetyEvent;
import org.renkei.security.Actor;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A facility's own procedure after an incident (who to call, what to do), written by its administrators. */
@Entity
@Table(name = "safety_procedure")
public class SafetyProcedure extends AbstractAggregateRoot<SafetyProcedure> {

    public static final int TEXT_LIMIT = 4000;

    @Id
    private long facilityId;
    private String text;
    private @Nullable String phone;
    private long updatedBy;
    private Instant updatedAt;

    protected SafetyProcedure() {
        this.text = "";
        this.updatedAt = Instant.EPOCH;
    }

    public static SafetyProcedure of(long facilityId) {
        SafetyProcedure p = new SafetyProcedure();
        p.facilityId = facilityId;
        return p;
    }

    public SafetyProcedure write(Actor actor, String newText, @Nullable String newPhone, Instant now) {
        if (!actor.administersFacility(facilityId)) {
            throw new AccessRefusedException("safety.not-facility-admin");
        }
        String clean = newText.strip();
        if (clean.isEmpty() || clean.length() > TEXT_LIMIT) {
            throw new InvalidInputException("text", "validation.Size", 1, TEXT_LIMIT);
        }
        String number = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        if (number != null && !number.matches("[0-9+\\-() ]{3,30}")) {
            throw new InvalidInputException("phone", "validation.Pattern");
        }
        text = clean;
        phone = number;
        updatedBy = actor.memberId();
        updatedAt = now;
        registerEvent(new SafetyEvent.ProcedureSaved(facilityId, actor));
        return this;
    }

    public long facilityId() {
        return facilityId;
    }

    public String text() {
        return text;
    }

    public @Nullable String phone() {
        return phone;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

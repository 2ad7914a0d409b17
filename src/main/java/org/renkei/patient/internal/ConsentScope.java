package org.renkei.patient.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A facility excluded from a 一括同意, or a facility or member named in a 個別同意. */
@Entity
@Table(name = "consent_scope")
public class ConsentScope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long consentId;
    private @Nullable Long facilityId;
    private @Nullable Long memberId;

    protected ConsentScope() {}

    public ConsentScope(long consentId, @Nullable Long facilityId, @Nullable Long memberId) {
        this.consentId = consentId;
        this.facilityId = facilityId;
        this.memberId = memberId;
    }

    public long consentId() {
        return consentId;
    }

    public @Nullable Long facilityId() {
        return facilityId;
    }

    public @Nullable Long memberId() {
        return memberId;
    }
}

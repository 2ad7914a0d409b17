package org.renkei.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the codes that stand in for a lost phone; each works once. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long memberId;
    private String codeHash;
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        this.codeHash = "";
    }

    RecoveryCode(long memberId, String codeHash) {
        this.memberId = memberId;
        this.codeHash = codeHash;
    }

    String codeHash() {
        return codeHash;
    }

    void use(Instant now) {
        usedAt = now;
    }
}

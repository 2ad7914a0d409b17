package org.renkei.audit.internal;

import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.security.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs logins, failures, locks and password changes. They happen outside (or in the failing middle
 * of) a transaction, so each entry is committed on its own, at once.
 */
@Component
class SecurityEventRecorder {

    private final AuditLog log;

    SecurityEventRecorder(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(SecurityEvent event) {
        var actor = event.actor();
        String label = actor != null ? actor.name() + " (" + event.loginId() + ")" : event.loginId();
        log.recordAlone(actor != null ? Long.valueOf(actor.memberId()) : event.memberId(),
                actor != null ? actor.name() : event.loginId(),
                actor != null ? actor.associationId() : null,
                event.action(), AuditTarget.of("member", event.memberId(), label, actor != null ? actor.associationId() : null),
                event.detail());
    }
}

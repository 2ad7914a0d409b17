package org.renkei.audit;

import org.jspecify.annotations.Nullable;

/**
 * What an audited action was done to.
 *
 * @param type          e.g. {@code facility}, {@code member}, {@code patient}
 * @param label         how the target was named at the time (names change; the log keeps what was seen)
 * @param associationId the association whose administrators review this entry
 * @param patientId     the patient concerned, so "who saw this patient" is one indexed query
 */
public record AuditTarget(String type, @Nullable Long id, String label, @Nullable Long associationId,
        @Nullable Long patientId) {

    public static AuditTarget of(String type, @Nullable Long id, String label, @Nullable Long associationId) {
        return new AuditTarget(type, id, label, associationId, null);
    }
}

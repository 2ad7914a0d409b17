package org.renkei.patient.internal;

import org.renkei.patient.ConsentModel;

/** What an access check needs of a consent: never the signed form, which can be large. */
public record ConsentHead(long id, ConsentModel model, Consent.Status status) {

    /** The head of a patient's latest consent, when many patients' are read at once. */
    public record Of(long patientId, long id, ConsentModel model, Consent.Status status) {

        public ConsentHead head() {
            return new ConsentHead(id, model, status);
        }
    }
}

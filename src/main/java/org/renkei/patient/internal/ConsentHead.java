package org.renkei.patient.internal;

import org.renkei.patient.ConsentModel;

/** What an access check needs of a consent: never the signed form, which can be large. */
public record ConsentHead(long id, ConsentModel model, Consent.Status status) {}

package org.renkei.directory;

/** A district and the association that covers it; what the registration form offers. */
public record DistrictInfo(long id, String name, long associationId, String associationName) {}

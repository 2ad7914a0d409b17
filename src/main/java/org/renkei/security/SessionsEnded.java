package org.renkei.security;

/** A member's sessions were ended (suspended, detached, rights changed): other channels they hold open must close too. */
public record SessionsEnded(long memberId) {}

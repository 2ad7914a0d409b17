package org.renkei.oncall;

/** How a clinic gets its cover; labels under {@code oncall.agreement-kind.*}. */
public enum AgreementKind {
    /** 主治医・副主治医: another clinic covers this one (the covering clinic accepts). */
    PAIR,
    /** 輪番: a place in the district's rota pool (the association accepts). */
    POOL
}

package org.renkei.patient;

/** The two consent models of the MHLW guidance for regional networks. */
public enum ConsentModel {
    /** 一括同意: every participating facility, except those excluded. */
    BLANKET,
    /** 個別同意: only the facilities and members named. */
    INDIVIDUAL
}

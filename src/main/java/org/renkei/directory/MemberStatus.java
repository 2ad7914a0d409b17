package org.renkei.directory;

/** Where a member stands. */
public enum MemberStatus {
    /** The applicant of a facility awaiting approval. */
    PENDING,
    ACTIVE,
    /** 利用停止 by the association: cannot log in until reinstated. */
    SUSPENDED,
    /** 所属解除: left the facility; cannot log in, their records stay. */
    DETACHED,
    /** The applicant of a rejected facility. */
    REJECTED,
    /** 連携システム: the member an API client acts as; cannot log in, gets no notices, not in the directory. */
    SYSTEM
}

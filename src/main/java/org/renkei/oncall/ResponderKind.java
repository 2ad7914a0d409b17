package org.renkei.oncall;

/** Who answers a patient's call; labels under {@code oncall.responder.*}. */
public enum ResponderKind {
    /** 主治医 */
    PRIMARY,
    /** 24時間対応の訪問看護 */
    NURSE_STATION,
    /** 代診医 (the 主治医 is away) */
    ABSENCE_COVER,
    /** 副主治医 (the pair's covering clinic, nights and holidays) */
    PAIR,
    /** 輪番医 */
    ROTA,
    /** 輪番の控え */
    ROTA_BACKUP
}

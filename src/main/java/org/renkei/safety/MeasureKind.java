package org.renkei.safety;

/** 訪問時の対策: what the team does, never why. */
public enum MeasureKind {
    /** 二人訪問 */
    TWO_PERSON,
    /** 同性の職員が訪問 */
    SAME_SEX,
    /** 訪問の時間帯 (the note says which) */
    TIME_OF_DAY,
    /** 入室前に電話 */
    CALL_BEFORE,
    /** 玄関先で待機 (until let in) */
    WAIT_AT_DOOR,
    /** 犬をつないでもらう */
    DOG_TIED,
    /** 録音・撮影の同意 / 記録の徹底 */
    KEEP_RECORD,
    OTHER
}

package org.renkei.safety;

/** What happened (種別); a report may name several. */
public enum IncidentKind {
    /** 身体的暴力 */
    PHYSICAL,
    /** 精神的暴力・暴言 */
    VERBAL,
    /** セクシュアルハラスメント */
    SEXUAL,
    /** 脅迫 */
    THREAT,
    /** 無断撮影・SNSへの投稿 */
    RECORDING,
    /** 器物損壊 */
    PROPERTY,
    OTHER
}

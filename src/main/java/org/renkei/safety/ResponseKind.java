package org.renkei.safety;

/** What the facility did about a report. */
public enum ResponseKind {
    /** 契約内容・重要事項の見直し */
    CONTRACT_REVIEWED,
    /** 主治医と共有 */
    SHARED_WITH_DOCTOR,
    /** ケアマネジャーと共有 */
    SHARED_WITH_CARE_MANAGER,
    /** 東京都の相談窓口に相談 */
    CONSULTED_TOKYO_LINE,
    /** 警察に相談・通報 */
    POLICE,
    /** 訪問時の対策を設定 */
    MEASURE_SET,
    /** 職員の面談・ケア */
    STAFF_SUPPORT,
    OTHER
}

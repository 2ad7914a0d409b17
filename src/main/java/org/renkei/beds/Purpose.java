package org.renkei.beds;

/** What a backup bed is asked for (利用目的); labels under {@code beds.purpose.*}. */
public enum Purpose {
    /** 準救急: a worsening that needs a bed but not an emergency department. */
    SEMI_EMERGENCY,
    /** 発熱・脱水 */
    FEVER_DEHYDRATION,
    /** 肺炎 */
    PNEUMONIA,
    /** レスパイト: rest for the carer (some programmes allow it, some not). */
    RESPITE
}

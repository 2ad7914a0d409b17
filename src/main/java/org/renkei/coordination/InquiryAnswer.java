package org.renkei.coordination;

/** A facility's answer to an inquiry; labels under {@code coordination.answer.*}. */
public enum InquiryAnswer {
    /** 受入可 */
    ACCEPT,
    /** 要相談 */
    ASK,
    /** 受入不可 */
    DECLINE
}

package org.renkei.handoff;

/** What a member may do with a handoff now, as the handoff decides it ({@code HandoffDetails.allowed}). */
public enum HandoffAction {
    /** Change the draft's sheet and addressees. */
    EDIT,
    /** 送信 */
    SEND,
    /** 取消 */
    CANCEL,
    /** 交代: address another facility instead of one that declined. */
    REPLACE,
    /** 受諾 or 辞退, for one of the member's facility's recipients awaiting an answer. */
    ANSWER,
    /** 完了 */
    COMPLETE,
    /** 退院前カンファレンス: propose a time and answer the proposals (while it is sent). */
    CONFER,
    /** Fix one of the proposed times (the sender's facility). */
    FIX_CONFERENCE,
    /** Attach the care plan to an admission sheet (the sender's facility, while it is open). */
    ATTACH_CARE_PLAN
}

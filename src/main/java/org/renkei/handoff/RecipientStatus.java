package org.renkei.handoff;

/**
 * A recipient's answer: 送信済み → 受信（開封） → 受諾 or 辞退; a declined recipient may be 交代 (replaced by
 * another facility). The FHIR Task states: requested, received, accepted, rejected.
 */
public enum RecipientStatus { DRAFT, SENT, RECEIVED, ACCEPTED, DECLINED, REPLACED }

package org.renkei.handoff;

/**
 * The handoff's own life: 下書き → 送信済み → 完了, or 取消. (Its recipients each answer on their own;
 * see {@link RecipientStatus}.) The FHIR Task states: draft, requested, completed, cancelled.
 */
public enum HandoffStatus { DRAFT, SENT, COMPLETED, CANCELLED }

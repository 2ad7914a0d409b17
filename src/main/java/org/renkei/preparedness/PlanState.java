package org.renkei.preparedness;

/** 計画の状態: 作成中 → 本人・家族の同意待ち → 確定 → 要見直し (a year after confirmation, or when the devices change). */
public enum PlanState { DRAFT, AWAITING_CONSENT, CONFIRMED, NEEDS_REVIEW }

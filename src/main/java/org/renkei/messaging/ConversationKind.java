package org.renkei.messaging;

/** 患者グループ, グループ, 個別メッセージ. */
public enum ConversationKind { PATIENT, GROUP, DIRECT }

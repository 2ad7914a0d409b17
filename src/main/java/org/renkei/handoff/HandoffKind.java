package org.renkei.handoff;

/** 入院時情報提供 (home to hospital) or 退院時情報提供 (hospital to home). */
public enum HandoffKind { ADMISSION, DISCHARGE }

package org.renkei.preparedness;

/** What happened: 台風, 停電, 地震, or 訓練 (a drill). */
public enum EventKind { TYPHOON, BLACKOUT, EARTHQUAKE, DRILL }

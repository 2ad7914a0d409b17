package org.renkei.events;

/** 申込の状態: 確定, キャンセル待ち, 取消. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED;

    /** Confirmed or waiting: the member holds a place or a place in the queue. */
    public boolean active() {
        return this != CANCELLED;
    }
}

package org.renkei.preparedness;

/** 安否確認: 未確認 / 無事（電源あり） / 要支援（残り何時間） / 搬送済 / 連絡つかず. */
public enum CheckState {
    UNCHECKED, SAFE, NEEDS_HELP, TRANSPORTED, UNREACHABLE;

    /** Whether someone must still act: not yet reached, in need of help, or not reachable. */
    public boolean open() {
        return this == UNCHECKED || this == NEEDS_HELP || this == UNREACHABLE;
    }
}

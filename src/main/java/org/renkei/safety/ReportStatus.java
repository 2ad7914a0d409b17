package org.renkei.safety;

/** 下書き → 提出 → 管理者確認 → 対応中 → 終結 (reopened to 対応中 when it happens again). */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACKNOWLEDGED, IN_PROGRESS, CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}

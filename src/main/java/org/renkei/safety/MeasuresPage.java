package org.renkei.safety;

import java.util.List;

/** A patient's measures for the member: the list, whether they may set and change them, and how many wait for their 確認. */
public record MeasuresPage(long patientId, List<MeasureInfo> measures, boolean mayManage, boolean mayConfirm, int pendingForMe) {}

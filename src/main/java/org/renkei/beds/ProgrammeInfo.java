package org.renkei.beds;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A programme with its rules and hospitals, and whether the reader runs it. */
public record ProgrammeInfo(long id, String name, long districtId, String runBy, @Nullable Integer minAge, Set<Purpose> purposes,
        int longestStayDays, int reuseGapDays, @Nullable String exclusions, boolean viaDesk, int answerMinutesToday,
        int answerMinutesLater, List<HospitalInfo> hospitals, boolean mayManage) {}

package org.renkei.events;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;

/**
 * An association's participation in its meetings of one fiscal year (年度, April to March), for the 事業報告: per meeting,
 * attendance per profession, per facility type and per month, and the share of its facilities that came at least once
 * (顔の見える関係).
 */
public record ParticipationFigures(int fiscalYear, List<PerMeeting> meetings, Map<Profession, Integer> byProfession,
        Map<FacilityType, Integer> byFacilityType, Map<YearMonth, Integer> byMonth, int facilitiesAttended, long facilities) {

    public record PerMeeting(long id, Instant startsAt, MeetingKind kind, String title, long confirmed, long attended) {}

    /** The share of the association's facilities that attended, in per cent (one decimal); 0 with none. */
    public double share() {
        return facilities == 0 ? 0 : Math.round(1000.0 * facilitiesAttended / facilities) / 10.0;
    }
}

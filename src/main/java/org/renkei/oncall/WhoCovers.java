package org.renkei.oncall;

import java.time.Instant;
import java.util.List;

/**
 * Who answers a patient's call at a moment and from the next change on (今夜の連絡先), computed from the agreements,
 * absences and rota; and the gaps: a rota slot without a doctor, an absence nobody accepted, a night without cover.
 */
public record WhoCovers(long patientId, String patientName, Instant at, List<Responder> now, Instant nextAt,
        List<Responder> next, List<Gap> gaps) {

    /** Something that should answer and does not; labels under {@code oncall.gap.*}. */
    public enum Gap { ROTA_SLOT_EMPTY, ABSENCE_NOT_ACCEPTED, NIGHT_UNCOVERED }

    public WhoCovers {
        now = List.copyOf(now);
        next = List.copyOf(next);
        gaps = List.copyOf(gaps);
    }
}

package org.renkei.oncall;

import java.util.List;

/** One cover period of a doctor with the briefs of the patients it covers. */
public record CoverSheet(CoverPeriod period, String principalNames, List<Brief> briefs) {

    public CoverSheet {
        briefs = List.copyOf(briefs);
    }
}

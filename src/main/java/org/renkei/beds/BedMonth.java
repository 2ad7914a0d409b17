package org.renkei.beds;

import java.time.YearMonth;
import java.util.Map;

/**
 * A programme's month for the 区's report: requests sent, accepted, declined by reason, expired, admissions and
 * bed-days, requests by purpose, and the median minutes a hospital took to answer.
 */
public record BedMonth(YearMonth month, int requests, int accepted, int declined, int expired, int admitted, int bedDays,
        Map<DeclineReason, Integer> declinedBy, Map<Purpose, Integer> purposes, Integer medianMinutesToAnswer) {}

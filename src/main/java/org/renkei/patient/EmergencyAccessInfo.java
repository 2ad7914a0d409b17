package org.renkei.patient;

import java.time.Instant;

/** A break-glass opening of a patient: by whom, why, when, until when. */
public record EmergencyAccessInfo(long memberId, String memberName, String facilityName, String reason, Instant at,
        Instant until) {}

package org.renkei.oncall;

import java.time.YearMonth;

/**
 * An association's month of cover, for the 事業報告 the subsidy asks for: slots planned and left empty, patients under
 * an agreement, calls (and per 100 covered patients), visits, transports, backup-bed requests, deaths confirmed.
 */
public record MonthFigures(YearMonth month, int slots, int uncoveredSlots, int agreements, int coveredPatients, int calls,
        double callsPer100Patients, int visits, int transports, int backupBedRequests, int deathsConfirmed, int absences) {}

package org.renkei.beds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Function;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.beds.internal.BedProgramme;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A programme's monthly figures and their CSV, for whoever runs it (the association, the 区's desk). Counts only. */
@Service
@Transactional(readOnly = true)
public class BedFiguresService {

    private final BedProgrammes programmes;
    private final BedRequests requests;
    private final AuditLog audit;

    BedFiguresService(BedProgrammes programmes, BedRequests requests, AuditLog audit) {
        this.programmes = programmes;
        this.requests = requests;
        this.audit = audit;
    }

    /** The months from {@code from} to {@code to}, oldest first (at most 24). */
    public List<BedMonth> months(Actor actor, long programmeId, YearMonth from, YearMonth to) {
        BedProgramme p = programmes.require(programmeId);
        if (!p.managedBy(actor)) {
            throw new AccessRefusedException("beds.not-programme-manager");
        }
        List<BedRequest> all = requests.findForProgrammes(List.of(programmeId));
        List<BedMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && out.size() < 24; m = m.plusMonths(1)) {
            out.add(month(all, m));
        }
        return out;
    }

    private static BedMonth month(List<BedRequest> all, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.TOKYO).toInstant();
        int sent = 0, accepted = 0, declined = 0, expired = 0, admitted = 0, bedDays = 0;
        EnumMap<DeclineReason, Integer> reasons = new EnumMap<>(DeclineReason.class);
        EnumMap<Purpose, Integer> purposes = new EnumMap<>(Purpose.class);
        List<Long> minutes = new ArrayList<>();
        for (BedRequest r : all) {
            if (r.sentAt() != null && !r.sentAt().isBefore(from) && r.sentAt().isBefore(to)) {
                sent++;
                purposes.merge(r.purpose(), 1, Integer::sum);
                if (r.answeredAt() != null) {
                    minutes.add(Duration.between(r.sentAt(), r.answeredAt()).toMinutes());
                }
                if (r.declineReason() != null) {
                    declined++;
                    reasons.merge(r.declineReason(), 1, Integer::sum);
                } else if (r.status() == RequestStatus.EXPIRED) {
                    expired++;
                } else if (r.answeredAt() != null) {
                    accepted++;
                }
            }
            if (r.admittedOn() != null) {
                LocalDate first = month.atDay(1);
                LocalDate last = month.atEndOfMonth();
                LocalDate in = r.admittedOn();
                LocalDate out = r.dischargedOn() == null ? LocalDate.now(TimeConfiguration.TOKYO) : r.dischargedOn();
                if (!in.isBefore(first) && !in.isAfter(last)) {
                    admitted++;
                }
                LocalDate a = in.isBefore(first) ? first : in;
                LocalDate b = out.isAfter(last.plusDays(1)) ? last.plusDays(1) : out;
                if (b.isAfter(a)) {
                    bedDays += (int) ChronoUnit.DAYS.between(a, b);
                }
            }
        }
        minutes.sort(Long::compare);
        Integer median = minutes.isEmpty() ? null : minutes.get(minutes.size() / 2).intValue();
        return new BedMonth(month, sent, accepted, declined, expired, admitted, bedDays, reasons, purposes, median);
    }

    /** The same as CSV (UTF-8 with BOM), headers in the reader's language; the export is logged. */
    @Transactional
    public byte[] csv(Actor actor, long programmeId, YearMonth from, YearMonth to, Function<String, String> label) {
        List<BedMonth> months = months(actor, programmeId, from, to);
        List<String> header = new ArrayList<>(List.of("month", "requests", "accepted", "declined", "expired", "admitted", "bed-days",
                "median-minutes").stream().map(k -> label.apply("beds.figures." + k)).toList());
        for (DeclineReason r : DeclineReason.values()) {
            header.add(label.apply("beds.figures.declined") + ": " + label.apply("beds.decline." + r));
        }
        for (Purpose p : Purpose.values()) {
            header.add(label.apply("beds.purpose." + p));
        }
        List<List<String>> rows = new ArrayList<>();
        for (BedMonth m : months) {
            List<String> row = new ArrayList<>(List.of(m.month().toString(), s(m.requests()), s(m.accepted()), s(m.declined()),
                    s(m.expired()), s(m.admitted()), s(m.bedDays()), m.medianMinutesToAnswer() == null ? "" : s(m.medianMinutesToAnswer())));
            for (DeclineReason r : DeclineReason.values()) {
                row.add(s(m.declinedBy().getOrDefault(r, 0)));
            }
            for (Purpose p : Purpose.values()) {
                row.add(s(m.purposes().getOrDefault(p, 0)));
            }
            rows.add(row);
        }
        BedProgramme p = programmes.require(programmeId);
        audit.record(actor, "beds.figures-exported", AuditTarget.of("bed-programme", p.id(), p.name(), p.associationId()), from + "〜" + to);
        return CsvFiles.write(header, rows, CsvFiles.Encoding.UTF_8);
    }

    private static String s(int n) {
        return String.valueOf(n);
    }
}

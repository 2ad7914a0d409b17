package org.renkei.oncall.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DemoCast;
import org.renkei.directory.DistrictInfo;
import org.renkei.oncall.AbsenceReason;
import org.renkei.oncall.AbsenceService;
import org.renkei.oncall.AgreementKind;
import org.renkei.oncall.AgreementService;
import org.renkei.oncall.AgreementInfo;
import org.renkei.oncall.BriefService;
import org.renkei.oncall.CallOutcome;
import org.renkei.oncall.Caller;
import org.renkei.oncall.CoverHours;
import org.renkei.oncall.CoverClock;
import org.renkei.oncall.PeriodKind;
import org.renkei.oncall.RotaService;
import org.renkei.oncall.SlotInfo;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo cover (dev profile only), made through the services by the demo members where the clock allows: dr-yamada's
 * さくら在宅クリニック paired with dr-ogawa's あおば内科クリニック for nights, holidays and absences (his own three
 * patients); dr-ito's patients in the 桜ヶ丘区 rota pool with さくら and 桜ヶ丘中央病院; the rota of this month and the
 * next with one night left empty (a gap, three nights from now); dr-yamada's absence next week covered by dr-ogawa;
 * and last night's two calls to dr-ogawa with their morning report released to dr-yamada, not yet confirmed.
 */
@Component
@Profile("dev")
@Order(25)
class DemoOnCall implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnCall.class);

    private final CoverAgreements agreementRows;
    private final AgreementService agreements;
    private final AbsenceService absences;
    private final RotaService rota;
    private final BriefService briefs;
    private final CoverReports reports;
    private final CoverCalls calls;
    private final CoverClock morning;
    private final PrimaryPhysicians primaries;
    private final AssociationService associations;
    private final DemoCast cast;
    private final Clock clock;

    DemoOnCall(CoverAgreements agreementRows, AgreementService agreements, AbsenceService absences, RotaService rota,
            BriefService briefs, CoverReports reports, CoverCalls calls, CoverClock morning, PrimaryPhysicians primaries,
            AssociationService associations, DemoCast cast, Clock clock) {
        this.agreementRows = agreementRows;
        this.agreements = agreements;
        this.absences = absences;
        this.rota = rota;
        this.briefs = briefs;
        this.reports = reports;
        this.calls = calls;
        this.morning = morning;
        this.primaries = primaries;
        this.associations = associations;
        this.cast = cast;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        if (agreementRows.count() > 0) {
            return;
        }
        Actor yamada = cast.who("dr-yamada");
        Actor ito = cast.who("dr-ito");
        Actor ogawa = cast.who("dr-ogawa");
        Actor office = cast.who("sakura-office");
        Actor hospital = cast.who("hosp-doctor");
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));

        List<Long> yamadas = primaries.patientsOfDoctor(yamada.memberId());
        List<Long> itos = primaries.patientsOfDoctor(ito.memberId());
        AgreementInfo pair = agreements.propose(yamada, new AgreementService.Proposal(AgreementKind.PAIR, ogawa.facilityId(), null,
                true, true, true, false, yamadas, 10, "主治医・副主治医制（区の連携会議で確認済み）"));
        agreements.accept(ogawa, pair.id());

        DistrictInfo district = associations.districts().stream().filter(d -> d.name().equals("桜ヶ丘区")).findFirst().orElseThrow();
        long pool = agreements.ensurePool(office, district.id(), "桜ヶ丘区 在宅医療 夜間・休日輪番");
        AgreementInfo clinicPlace = agreements.propose(ito, new AgreementService.Proposal(AgreementKind.POOL, null, pool, true,
                true, false, false, itos, 20, null));
        agreements.accept(office, clinicPlace.id());
        AgreementInfo hospitalPlace = agreements.propose(hospital, new AgreementService.Proposal(AgreementKind.POOL, null, pool,
                true, true, false, true, List.of(), 50, "当直医が輪番に参加"));
        agreements.accept(office, hospitalPlace.id());

        // from the month of last night (on the 1st, tonight's slot began in the month before) to the next one
        YearMonth month = YearMonth.from(today.minusDays(1));
        YearMonth last = YearMonth.from(today).plusMonths(1);
        for (YearMonth m = month; !m.isAfter(last); m = m.plusMonths(1)) {
            rota.planMonth(office, pool, m);
        }
        Instant gap = CoverHours.nightOf(today.plusDays(3))[0];
        int n = 0;
        List<SlotInfo> slots = new java.util.ArrayList<>();
        for (YearMonth m = month; !m.isAfter(last); m = m.plusMonths(1)) {
            slots.addAll(rota.month(office, pool, m));
        }
        for (SlotInfo s : slots) {
            if (!s.endsAt().isAfter(now) || s.startsAt().equals(gap)) {
                continue;
            }
            boolean even = n++ % 2 == 0;
            rota.assign(office, s.id(), even ? ito.memberId() : hospital.memberId(), even ? hospital.memberId() : ito.memberId());
        }

        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        absences.accept(ogawa, absences.declare(yamada, new AbsenceService.Declaration(pair.id(), ogawa.memberId(),
                monday.atTime(CoverHours.DAY_STARTS).atZone(TimeConfiguration.TOKYO).toInstant(),
                monday.plusDays(2).atTime(CoverHours.NIGHT_STARTS).atZone(TimeConfiguration.TOKYO).toInstant(),
                AbsenceReason.CONFERENCE, "日本在宅医療連合学会（神戸）", true, List.of())).id());

        if (!itos.isEmpty()) {
            briefs.choose(ito, itos.getFirst(), true);
        }
        lastNight(yamada, ogawa, pair.id(), yamadas, now);
        log.info("Loaded demo cover: a pair, the 桜ヶ丘区 rota ({} slots, one gap), an absence next week, last night's report",
                slots.size());
    }

    /** Last night's calls, recorded as dr-ogawa did at the time, and the report released when the night ended. */
    private void lastNight(Actor yamada, Actor ogawa, long pairId, List<Long> patients, Instant now) {
        var found = primaries.find(patients);
        Long tome = found.values().stream().filter(p -> p.name().equals("鈴木 トメ")).map(p -> p.id()).findFirst().orElse(null);
        Long ichiro = found.values().stream().filter(p -> p.name().equals("田中 一郎")).map(p -> p.id()).findFirst().orElse(null);
        if (tome == null || ichiro == null) {
            return;
        }
        Instant end = CoverHours.windowStart(now);
        if (CoverHours.night(now)) {
            end = CoverHours.windowStart(end.minusSeconds(1));
        }
        Instant start = end.minus(Duration.ofHours(15));
        CoverReport report = reports.save(new CoverReport(yamada.memberId(), ogawa.memberId(), PeriodKind.PAIR, pairId, start, end));
        record(report, ogawa, tome, yamada.associationId(), start.plus(Duration.ofMinutes(8 * 60 + 10)), Caller.FAMILY,
                CallOutcome.PHONE_ADVICE, "呼吸苦の訴え（SpO2 91%）。約束指示どおり酸素を3L/分に増量し、15分後にSpO2 95%。朝に主治医へ報告。");
        record(report, ogawa, ichiro, yamada.associationId(), start.plus(Duration.ofMinutes(10 * 60 + 30)),
                Caller.VISITING_NURSE, CallOutcome.VISIT, "人工呼吸器の低圧アラーム。往診し回路を交換、リーク解消。SpO2 98%で安定。");
        reports.save(report);
        morning.release(now);
    }

    private void record(CoverReport report, Actor doctor, long patientId, Long association, Instant at, Caller caller,
            CallOutcome outcome, String note) {
        CoverCall call = calls.save(report.record(doctor, patientId, association == null ? 0 : association, at, caller, outcome,
                note, at));
        report.recorded(call, doctor);
    }
}

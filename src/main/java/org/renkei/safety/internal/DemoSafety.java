package org.renkei.safety.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.renkei.directory.DemoCast;
import org.renkei.patient.PatientCard;
import org.renkei.patient.PatientService;
import org.renkei.platform.TimeConfiguration;
import org.renkei.safety.HelpService;
import org.renkei.safety.Incident;
import org.renkei.safety.IncidentKind;
import org.renkei.safety.MeasureKind;
import org.renkei.safety.MeasureService;
import org.renkei.safety.PairBasis;
import org.renkei.safety.PairVisitService;
import org.renkei.safety.Perpetrator;
import org.renkei.safety.ReportDetails;
import org.renkei.safety.ReportService;
import org.renkei.safety.ResponseKind;
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
 * Demo safety data, made through the services by the demo members: at 訪問看護ステーションあおぞら, nurse-matsumoto's
 * report of verbal abuse by 中村 正男's family, acknowledged by nurse-sasaki (the administrator) with what was done;
 * the measures 二人訪問 and 入室前に電話 on 中村 正男, confirmed by all the team but pt-inoue; the last four weeks'
 * two-person visits on Tokyo's subsidy; the station's own procedure.
 */
@Component
@Profile("dev")
@Order(29)
class DemoSafety implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSafety.class);

    private final IncidentReports rows;
    private final ReportService reports;
    private final MeasureService measures;
    private final PairVisitService visits;
    private final HelpService help;
    private final PatientService patients;
    private final DemoCast cast;
    private final Clock clock;

    DemoSafety(IncidentReports rows, ReportService reports, MeasureService measures, PairVisitService visits, HelpService help,
            PatientService patients, DemoCast cast, Clock clock) {
        this.rows = rows;
        this.reports = reports;
        this.measures = measures;
        this.visits = visits;
        this.help = help;
        this.patients = patients;
        this.cast = cast;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        if (rows.count() > 0) {
            return;
        }
        Actor sasaki = cast.who("nurse-sasaki");
        Actor matsumoto = cast.who("nurse-matsumoto");
        List<PatientCard> found = patients.myPatients(sasaki, "中村 正男", 0, 1);
        if (found.isEmpty()) {
            return;
        }
        long masao = found.getFirst().id();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        Instant lastWeek = today.minusDays(6).atTime(17, 40).atZone(TimeConfiguration.TOKYO).toInstant();

        help.saveProcedure(sasaki, """
                1. 身の危険を感じたら、すぐに訪問を中断して退室する（記録は後でよい）。
                2. 安全な場所から管理者（佐々木）に電話する。夜間・休日も可。
                3. 当日中にこのページから報告する。写真・録音があれば添付する。
                4. 管理者は翌営業日までに本人と面談し、主治医・ケアマネジャーと共有する。
                5. 相談が必要なときは東京都の相談窓口を使う（匿名可）。""", "090-1234-5678");

        ReportDetails report = reports.report(matsumoto, new Incident(lastWeek, "利用者宅（居間）", Set.of(IncidentKind.VERBAL),
                Perpetrator.FAMILY, false, null, false, null,
                "訪問中、同居の長男から「下手くそ」「訴えるぞ」と大声で繰り返し言われた。処置の説明をしても聞き入れられず、"
                        + "10分ほど続いた。本人は落ち着いていた。",
                "処置を終えて退室し、車内から管理者に電話で報告した。", masao), true);
        reports.acknowledge(sasaki, report.id());
        reports.respond(sasaki, report.id(), ResponseKind.SHARED_WITH_DOCTOR, "伊藤医師に電話で共有。次回往診時に家族へ説明してもらう。",
                today.minusDays(5));
        reports.respond(sasaki, report.id(), ResponseKind.MEASURE_SET, "二人訪問と入室前の電話を設定。", today.minusDays(5));

        measures.set(sasaki, masao, MeasureKind.TWO_PERSON, "当面、長男在宅の時間帯は二人で訪問する。", today.plusMonths(3));
        measures.set(sasaki, masao, MeasureKind.CALL_BEFORE, "到着5分前に次男（中村 修さん）の携帯に電話してから入室する。", today.plusMonths(3));
        for (String login : List.of("nurse-matsumoto", "ot-kimura", "dr-ito", "cm-hayashi", "helper-yamaguchi")) {
            measures.confirmAll(cast.who(login), masao);
        }

        // the last four weeks' visits made by two, on the subsidy: the family refused the fee for two
        for (LocalDate day = today.minusDays(27); !day.isAfter(today); day = day.plusDays(3)) {
            visits.log(sasaki, new PairVisit.Visit(masao, day, LocalTime.of(10, 0), 60, matsumoto.memberId(), sasaki.memberId(), null,
                    PairBasis.SUBSIDY, null));
        }
        log.info("Loaded demo safety data: a report at 訪問看護ステーションあおぞら, 2 measures on 中村 正男, two-person visits since {}",
                today.minusDays(27));
    }
}

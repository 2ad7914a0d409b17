package org.renkei.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DemoCast;
import org.renkei.directory.Profession;
import org.renkei.events.EventService;
import org.renkei.events.MeetingDetails;
import org.renkei.events.MeetingKind;
import org.renkei.events.MeetingPlan;
import org.renkei.events.Participants;
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
 * The calendar of 桜ヶ丘区 (made by the demo members): the association's 多職種連携連絡会 on 2026-12-10 19:00 (the one the
 * chat announces) with 12 registrations across professions, through the services; 桜ヶ丘中央病院's 入退院時連携研修,
 * full with seats per profession and two on the waiting list, through the services; and, through the aggregate with the
 * past as its "now" (the services refuse to register for what has begun), October's 病診連携研修 and September's first
 * session of the 在宅療養地域リーダー course with attendance and certificates, and today's 症例検討会 whose door is open.
 */
@Component
@Profile("dev")
@Order(30)
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final Meetings meetings;
    private final EventService events;
    private final Participants participants;
    private final AssociationService associations;
    private final DemoCast cast;
    private final Clock clock;

    DemoEvents(Meetings meetings, EventService events, Participants participants, AssociationService associations,
            DemoCast cast, Clock clock) {
        this.meetings = meetings;
        this.events = events;
        this.participants = participants;
        this.associations = associations;
        this.cast = cast;
        this.clock = clock;
    }

    private static Instant tokyo(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(TimeConfiguration.TOKYO).toInstant();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!cast.present()) {
            return;
        }
        if (meetings.count() > 0) {
            return;
        }
        Actor office = cast.who("sakura-office");
        long sakuraOffice = associations.officeOf(Objects.requireNonNull(office.associationId()));
        Instant now = Instant.now(clock);

        Instant liaisonAt = tokyo(2026, 12, 10, 19, 0);
        if (liaisonAt.isAfter(now)) {
            MeetingDetails liaison = events.plan(office, sakuraOffice, new MeetingPlan(MeetingKind.LIAISON,
                    "多職種連携連絡会「災害時の在宅療養」", """
                            12月の連絡会は災害時の在宅療養がテーマです。人工呼吸器を使う方の個別避難計画と、停電時の電源確保について、\
                            訪問看護ステーションあおぞらと区の在宅療養支援窓口から報告があります。その後、職種混合のグループで事例を検討します。""",
                    liaisonAt, liaisonAt.plus(Duration.ofMinutes(90)), "桜ヶ丘区役所3階 大会議室", "https://meet.example.jp/sakura-renrakukai",
                    false, Set.of(), Set.of(), 40, Map.of(), tokyo(2026, 12, 8, 0, 0), false));
            for (String login : List.of("dr-yamada", "dr-ito", "dr-kimura", "nurse-sasaki", "ot-kimura", "pt-inoue", "cm-hayashi",
                    "cm-shimizu", "pharm-watanabe", "dentist-kato", "center-ikeda", "desk-ishikawa")) {
                events.register(cast.who(login), liaison.id(), !login.equals("dr-kimura"));
            }
        }

        Actor hospital = cast.who("hosp-nurse");
        Instant trainingAt = tokyo(2026, 12, 17, 18, 30);
        if (trainingAt.isAfter(now)) {
            MeetingDetails training = events.plan(hospital, Objects.requireNonNull(hospital.facilityId()), new MeetingPlan(
                    MeetingKind.ADMISSION_DISCHARGE, "入退院時連携強化研修「退院前カンファレンスの進め方」", """
                            病院の退院支援部門と地域の医師・訪問看護・ケアマネジャーが、退院前カンファレンスを模擬で行います。\
                            6人で1グループ、職種ごとの定員があります。""",
                    trainingAt, trainingAt.plus(Duration.ofHours(2)), "桜ヶ丘中央病院 2階 講堂", null, false,
                    Set.of(Profession.NURSE, Profession.PHYSICIAN, Profession.MEDICAL_SOCIAL_WORKER, Profession.CARE_MANAGER), Set.of(), 6,
                    Map.of(Profession.NURSE, 2, Profession.PHYSICIAN, 1, Profession.MEDICAL_SOCIAL_WORKER, 1, Profession.CARE_MANAGER, 2),
                    tokyo(2026, 12, 15, 0, 0), true));
            for (String login : List.of("nurse-sasaki", "hosp-nurse", "dr-ito", "north-msw", "cm-hayashi", "cm-shimizu", "dr-kimura")) {
                events.register(cast.who(login), training.id(), true);
            }
        }

        past(office, sakuraOffice, MeetingKind.HOSPITAL_CLINIC, "病診連携研修「在宅での緩和ケアと病院の後方支援」", tokyo(2026, 10, 22, 18, 30),
                List.of("dr-yamada", "nurse-sasaki", "nurse-matsumoto", "cm-hayashi", "pharm-watanabe", "hosp-msw", "center-hashimoto", "pt-inoue"),
                List.of("pharm-nakamura"));
        past(office, sakuraOffice, MeetingKind.LEADER_COURSE, "在宅療養地域リーダー養成研修 第1回", tokyo(2026, 9, 17, 18, 30),
                List.of("nurse-sasaki", "cm-hayashi", "desk-ishikawa", "center-ikeda"), List.of());
        today(office, sakuraOffice, now);
        log.info("Demo calendar: the 連絡会 of 2026-12-10, a full 入退院時連携研修 with a waiting list, October's training with certificates");
    }

    /** A meeting that took place: announced and registered a month before, attended by {@code came}, not by {@code missed}. */
    private void past(Actor office, long officeId, MeetingKind kind, String title, Instant at, List<String> came, List<String> missed) {
        Instant before = at.minus(Duration.ofDays(30));
        Meeting m = Meeting.plan(office, participants.organiser(officeId), new MeetingPlan(kind, title, null, at,
                at.plus(Duration.ofHours(2)), "桜ヶ丘区医師会館 3階ホール", null, false, Set.of(), Set.of(), null, Map.of(), null, true), before);
        m = meetings.save(m);
        m.planned(office);
        for (String login : came) {
            register(m, login, before);
        }
        for (String login : missed) {
            register(m, login, before);
        }
        Instant door = at.plus(Duration.ofMinutes(5));
        for (String login : came) {
            Actor member = cast.who(login);
            m.checkIn(member, java.util.Objects.requireNonNull(participants.registrant(member)), m.checkInCode(), door);
        }
        m.formGroups(office, 6);
        m.answerSurvey(cast.who(came.getFirst()), 5, "他職種の視点がよくわかりました。", at.plus(Duration.ofHours(3)));
        meetings.save(m);
    }

    private void register(Meeting m, String login, Instant at) {
        Actor a = cast.who(login);
        m.register(a, Objects.requireNonNull(participants.registrant(a)), true, at);
    }

    /** Today's 症例検討会, begun at most an hour and a half ago: its door is open for the QR check-in. */
    private void today(Actor office, long officeId, Instant now) {
        Instant start = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofMinutes(30));
        Instant before = now.minus(Duration.ofDays(3));
        Meeting m = meetings.save(Meeting.plan(office, participants.organiser(officeId), new MeetingPlan(MeetingKind.CASE_REVIEW,
                "症例検討会「独居の看取りを支える」", "訪問看護ステーションあおぞらの事例をもとに検討します。", start, start.plus(Duration.ofHours(2)),
                "桜ヶ丘区医師会館 2階会議室", null, false, Set.of(), Set.of(), 20, Map.of(), null, true), before));
        m.planned(office);
        for (String login : List.of("nurse-matsumoto", "dr-hoshino", "cm-shimizu", "pharm-nakamura", "hosp-msw")) {
            register(m, login, before);
        }
        meetings.save(m);
    }
}

package org.renkei.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.renkei.coordination.CoordinationService;
import org.renkei.coordination.InquiryAnswer;
import org.renkei.coordination.InquiryReason;
import org.renkei.coordination.Need;
import org.renkei.coordination.RequestDetails;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DemoCast;
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
 * Demo requests to 桜ヶ丘区's desk (`desk-abe`), made through the services by the demo members: hosp-msw's home doctor
 * for a ventilated patient, declined by two clinics and accepted by the third, the match agreed; cm-hayashi's visiting
 * nursing for a child, asked of one station that has not answered; the 地域包括支援センター's home dentistry, just
 * received.
 */
@Component
@Profile("dev")
@Order(28)
class DemoCoordination implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCoordination.class);

    private final CoordinationRequests rows;
    private final CoordinationService coordination;
    private final AssociationService associations;
    private final DemoCast cast;
    private final Clock clock;

    DemoCoordination(CoordinationRequests rows, CoordinationService coordination, AssociationService associations,
            DemoCast cast, Clock clock) {
        this.rows = rows;
        this.coordination = coordination;
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
        if (rows.count() > 0) {
            return;
        }
        long district = associations.districts().stream().filter(d -> d.name().equals("桜ヶ丘区")).findFirst().orElseThrow().id();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        Actor desk = cast.who("desk-abe");
        Actor msw = cast.who("hosp-msw");
        Actor keyaki = cast.who("dr-kimura");
        Actor hikari = cast.who("dr-hoshino");
        Actor sakura = cast.who("dr-yamada");

        RequestDetails ventilated = coordination.file(msw, new CoordinationService.NewRequest(Need.HOME_DOCTOR,
                Set.of("VENTILATOR", "TRACHEOSTOMY", "ROUND_THE_CLOCK"), district, today.plusDays(10),
                "ALSで気管切開下陽圧換気（TPPV）。退院後の在宅医を探しています。妻と二人暮らし。", null, 68, "MALE"));
        RequestDetails inquired = coordination.inquire(desk, ventilated.id(),
                List.of(keyaki.facilityId(), hikari.facilityId(), sakura.facilityId()));
        long toKeyaki = inquiry(inquired, keyaki.facilityId());
        long toHikari = inquiry(inquired, hikari.facilityId());
        long toSakura = inquiry(inquired, sakura.facilityId());
        coordination.answer(keyaki, ventilated.id(), toKeyaki, InquiryAnswer.DECLINE, InquiryReason.CAPACITY, "人工呼吸器の患者は現在上限です");
        coordination.answer(hikari, ventilated.id(), toHikari, InquiryAnswer.DECLINE, InquiryReason.OUT_OF_AREA, null);
        coordination.answer(sakura, ventilated.id(), toSakura, InquiryAnswer.ACCEPT, null, "初回訪問は退院翌日に可能です");
        coordination.propose(desk, ventilated.id(), toSakura);
        coordination.acceptMatch(msw, ventilated.id());

        RequestDetails child = coordination.file(cast.who("cm-hayashi"), new CoordinationService.NewRequest(Need.VISITING_NURSE,
                Set.of("PAEDIATRIC", "TRACHEOSTOMY"), district, today.plusDays(14), "医療的ケア児（気管切開、吸引）。週3回の訪問看護を希望。",
                null, 6, "FEMALE"));
        coordination.inquire(desk, child.id(), List.of(cast.who("nurse-sasaki").facilityId()));

        coordination.file(cast.who("center-ikeda"), new CoordinationService.NewRequest(Need.HOME_DENTAL, Set.of("HOME_DENTAL", "SWALLOWING"),
                district, today.plusDays(7), "義歯不適合と嚥下機能の低下。独居。", null, 84, "FEMALE"));
        history(desk, district, today);
        log.info("Loaded demo coordination requests: a match for a ventilated patient, an inquiry waiting, a new request, "
                + "and six months of history for the supply-and-demand charts");
    }

    /**
     * Six past months of requests to the desk (no one is told of them again): home doctors, visiting nursing, home
     * dentistry and short stays, mostly matched within a few days, some not, so the charts have something to show.
     */
    private void history(Actor desk, long district, LocalDate today) {
        Actor msw = cast.who("hosp-msw");
        Actor cm = cast.who("cm-hayashi");
        Actor clinic = cast.who("dr-yamada");
        Actor station = cast.who("nurse-sasaki");
        java.util.Random random = new java.util.Random(17);
        Need[] needs = {Need.HOME_DOCTOR, Need.HOME_DOCTOR, Need.VISITING_NURSE, Need.VISITING_NURSE, Need.VISITING_NURSE,
                Need.HOME_DENTAL, Need.SHORT_STAY};
        for (int back = 6; back >= 1; back--) {
            LocalDate first = today.minusMonths(back).withDayOfMonth(1);
            int count = 14 + random.nextInt(8);
            for (int n = 0; n < count; n++) {
                LocalDate day = first.plusDays(random.nextInt(first.lengthOfMonth()));
                java.time.Instant at = day.atTime(10, 0).atZone(TimeConfiguration.TOKYO).toInstant();
                Need need = needs[random.nextInt(needs.length)];
                Actor by = need == Need.VISITING_NURSE ? cm : msw;
                Actor answering = need == Need.VISITING_NURSE ? station : clinic;
                Set<String> caps = need == Need.HOME_DOCTOR ? Set.of(random.nextBoolean() ? "VENTILATOR" : "END_OF_LIFE")
                        : need == Need.VISITING_NURSE ? Set.of("ROUND_THE_CLOCK") : Set.of();
                CoordinationRequest r = rows.save(CoordinationRequest.file(by, by.associationId() == null ? 0 : by.associationId(),
                        desk.facilityId(), new CoordinationRequest.Ask(need, caps, district, day.plusDays(7), null, null,
                                65 + random.nextInt(30), random.nextBoolean() ? "FEMALE" : "MALE"), at.plusSeconds(86_400), day, at));
                r.inquire(desk, List.of(answering.facilityId()), at.plusSeconds(3_600));
                rows.saveAndFlush(r.quietly());
                long inquiryId = r.inquiries().getFirst().id();
                java.time.Instant answered = at.plusSeconds(3_600L * (2 + random.nextInt(30)));
                if (random.nextInt(6) == 0) {
                    r.answer(answering, inquiryId, InquiryAnswer.DECLINE, InquiryReason.CAPACITY, null, answered);
                    r.closeUnmatched(desk, "地区内に受け入れ可能な施設がない", answered.plusSeconds(86_400));
                } else {
                    r.answer(answering, inquiryId, InquiryAnswer.ACCEPT, null, null, answered);
                    r.propose(desk, inquiryId);
                    r.acceptMatch(by, answered.plusSeconds(3_600L * (1 + random.nextInt(48))));
                    r.complete(desk, answered.plusSeconds(86_400L * 7));
                }
                rows.save(r.quietly());
            }
        }
    }

    private static long inquiry(RequestDetails r, long facilityId) {
        return r.inquiries().stream().filter(i -> i.facilityId() == facilityId).findFirst().orElseThrow().id();
    }
}

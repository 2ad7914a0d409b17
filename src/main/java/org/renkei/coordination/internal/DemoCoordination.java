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
import org.renkei.platform.TimeConfiguration;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
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
    private final MemberAccounts members;
    private final Clock clock;

    DemoCoordination(CoordinationRequests rows, CoordinationService coordination, AssociationService associations,
            MemberAccounts members, Clock clock) {
        this.rows = rows;
        this.coordination = coordination;
        this.associations = associations;
        this.members = members;
        this.clock = clock;
    }

    private Actor who(String loginId) {
        return members.findByLoginId(loginId).orElseThrow().actor();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        long district = associations.districts().stream().filter(d -> d.name().equals("桜ヶ丘区")).findFirst().orElseThrow().id();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        Actor desk = who("desk-abe");
        Actor msw = who("hosp-msw");
        Actor keyaki = who("dr-kimura");
        Actor hikari = who("dr-hoshino");
        Actor sakura = who("dr-yamada");

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

        RequestDetails child = coordination.file(who("cm-hayashi"), new CoordinationService.NewRequest(Need.VISITING_NURSE,
                Set.of("PAEDIATRIC", "TRACHEOSTOMY"), district, today.plusDays(14), "医療的ケア児（気管切開、吸引）。週3回の訪問看護を希望。",
                null, 6, "FEMALE"));
        coordination.inquire(desk, child.id(), List.of(who("nurse-sasaki").facilityId()));

        coordination.file(who("center-ikeda"), new CoordinationService.NewRequest(Need.HOME_DENTAL, Set.of("HOME_DENTAL", "SWALLOWING"),
                district, today.plusDays(7), "義歯不適合と嚥下機能の低下。独居。", null, 84, "FEMALE"));
        log.info("Loaded demo coordination requests: a match for a ventilated patient, an inquiry waiting, a new request");
    }

    private static long inquiry(RequestDetails r, long facilityId) {
        return r.inquiries().stream().filter(i -> i.facilityId() == facilityId).findFirst().orElseThrow().id();
    }
}

package org.renkei.beds.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.renkei.beds.BedRequestService;
import org.renkei.beds.DeclineReason;
import org.renkei.beds.PreRegistrationService;
import org.renkei.beds.ProgrammeInfo;
import org.renkei.beds.ProgrammeService;
import org.renkei.beds.Purpose;
import org.renkei.beds.RequestInfo;
import org.renkei.beds.Transport;
import org.renkei.beds.Urgency;
import org.renkei.directory.AssociationService;
import org.renkei.directory.DemoCast;
import org.renkei.patient.PrimaryPhysicians;
import org.renkei.platform.TimeConfiguration;
import org.renkei.platform.Translations;
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
 * Demo backup beds (dev profile only), made through the services by the demo members: 桜ヶ丘区's programme (no respite,
 * 40 and over, 30 days between stays) with 桜ヶ丘中央病院 (free beds given an hour ago) and 桜ヶ丘北病院 (two days ago:
 * stale); 鈴木 トメ registered at 桜ヶ丘中央病院 and acknowledged; her request drafted by nurse-sasaki, confirmed by
 * dr-yamada, declined by 桜ヶ丘北病院 (満床) and accepted by 桜ヶ丘中央病院.
 */
@Component
@Profile("dev")
@Order(27)
class DemoBeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBeds.class);

    private final BedProgrammes programmeRows;
    private final BedHospitals hospitalRows;
    private final ProgrammeService programmes;
    private final PreRegistrationService registrations;
    private final BedRequestService requests;
    private final PrimaryPhysicians primaries;
    private final AssociationService associations;
    private final DemoCast cast;
    private final Clock clock;

    DemoBeds(BedProgrammes programmeRows, BedHospitals hospitalRows, ProgrammeService programmes, PreRegistrationService registrations,
            BedRequestService requests, PrimaryPhysicians primaries, AssociationService associations, DemoCast cast,
            Clock clock) {
        this.programmeRows = programmeRows;
        this.hospitalRows = hospitalRows;
        this.programmes = programmes;
        this.registrations = registrations;
        this.requests = requests;
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
        if (programmeRows.count() > 0) {
            return;
        }
        Actor office = cast.who("sakura-office");
        Actor central = cast.who("hosp-msw");
        Actor north = cast.who("north-msw");
        Actor yamada = cast.who("dr-yamada");
        Actor sasaki = cast.who("nurse-sasaki");
        long district = associations.districts().stream().filter(d -> d.name().equals("桜ヶ丘区")).findFirst().orElseThrow().id();
        ProgrammeInfo p = programmes.create(office, district, "桜ヶ丘区 在宅療養後方支援病床確保事業", new BedProgramme.Rules(40,
                EnumSet.of(Purpose.SEMI_EMERGENCY, Purpose.FEVER_DEHYDRATION, Purpose.PNEUMONIA), 14, 30,
                "精神科救急、透析の導入、感染症法の隔離を要するもの", false, 30, 240));
        programmes.addHospital(office, p.id(), central.facilityId(), 2, "03-3900-2099", "24時間（地域連携室 平日9〜17時、夜間は当直医）");
        programmes.addHospital(office, p.id(), north.facilityId(), 1, "03-3900-2599", "平日 9:00〜17:00");
        List<BedHospital> hs = hospitalRows.findByProgrammes(List.of(p.id()));
        BedHospital centralBeds = hs.stream().filter(h -> h.facilityId() == central.facilityId()).findFirst().orElseThrow();
        BedHospital northBeds = hs.stream().filter(h -> h.facilityId() == north.facilityId()).findFirst().orElseThrow();
        Instant now = Instant.now(clock);
        centralBeds.updateFree(central, 2, now.minus(Duration.ofHours(1)));
        northBeds.updateFree(north, 0, now.minus(Duration.ofDays(2)));
        hospitalRows.saveAll(List.of(centralBeds, northBeds));

        long tome = primaries.patientsOfDoctor(yamada.memberId()).stream()
                .filter(id -> primaries.find(id) != null && primaries.find(id).name().equals("鈴木 トメ")).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.TOKYO));
        var registration = registrations.register(yamada, tome, centralBeds.id(), today.plusMonths(6), Translations.JAPANESE);
        registrations.acknowledge(central, registration.id(), Translations.JAPANESE);

        RequestInfo draft = requests.request(sasaki, new BedRequestService.NewRequest(tome, northBeds.id(), Purpose.FEVER_DEHYDRATION,
                Urgency.TODAY, Transport.CARE_TAXI, "昨夜から38℃台の発熱と食事・水分摂取の低下。SpO2 93%（酸素2L/分）。"
                        + "点滴と数日の入院加療をお願いします。DNARの意向あり。"));
        requests.confirm(yamada, draft.id());
        requests.decline(north, draft.id(), DeclineReason.FULL, "本日は満床です。");
        RequestInfo next = requests.forward(yamada, draft.id(), centralBeds.id());
        requests.accept(central, next.id(), now.plus(Duration.ofHours(3)));
        log.info("Loaded demo backup beds: 桜ヶ丘区's programme with {} hospitals, a registration, a request declined then accepted",
                hs.size());
    }
}

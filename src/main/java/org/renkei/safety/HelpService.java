package org.renkei.safety;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.AccessRefusedException;
import org.renkei.safety.internal.SafetyProcedure;
import org.renkei.safety.internal.SafetyProcedures;
import org.renkei.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokyo's consultation line for home-care staff (東京都 在宅医療ハラスメント相談窓口, opened 2024-07-22; weekdays 9:00–17:30;
 * its name and hours are in the bundles, its number and page in {@code renkei.safety.help-line.*}), and the facility's
 * own procedure, which its administrators write.
 */
@Service
@Transactional
public class HelpService {

    private final SafetyProcedures procedures;
    private final Clock clock;
    private final String linePhone;
    private final String lineUrl;

    HelpService(SafetyProcedures procedures, Clock clock, @Value("${renkei.safety.help-line.phone:}") String linePhone,
            @Value("${renkei.safety.help-line.url:}") String lineUrl) {
        this.procedures = procedures;
        this.clock = clock;
        this.linePhone = linePhone;
        this.lineUrl = lineUrl;
    }

    @Transactional(readOnly = true)
    public HelpInfo help(Actor actor) {
        Long facility = actor.facilityId();
        SafetyProcedure p = facility == null ? null : procedures.findById(facility).orElse(null);
        return new HelpInfo(blank(linePhone), blank(lineUrl), p == null ? null : p.text(), p == null ? null : p.phone(),
                facility != null && actor.administersFacility(facility));
    }

    public HelpInfo saveProcedure(Actor actor, String text, @Nullable String phone) {
        Long facility = actor.facilityId();
        if (facility == null) {
            throw new AccessRefusedException("safety.not-facility-admin");
        }
        SafetyProcedure p = procedures.findById(facility).orElseGet(() -> SafetyProcedure.of(facility));
        procedures.save(p.write(actor, text, phone, Instant.now(clock)));
        return help(actor);
    }

    private static @Nullable String blank(String s) {
        return s.isBlank() ? null : s;
    }
}

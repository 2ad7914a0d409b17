package org.renkei.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is kept in UTC and shown in Tokyo; code asks the {@link Clock} bean so tests can move it. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** 日本標準時: how every time is shown, whatever zone the server runs in. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Bean Validation's {@code @Past}, {@code @PastOrPresent} … compare dates with today in Tokyo: at
     * 08:00 in Tokyo it is still yesterday in UTC, and a birth date or consent date of today is not in
     * the future.
     */
    @Bean
    ValidationConfigurationCustomizer tokyoValidationClock() {
        return configuration -> configuration.clockProvider(() -> Clock.system(TOKYO));
    }
}

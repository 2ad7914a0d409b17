package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PortalPropertiesTest {

    @Test
    void theBaseUrlBindsBesideTheOtherRenkeiSettingsAndLinksNeverHaveADoubleSlash() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("renkei.base-url", "https://renkei.example/",
                "renkei.mail.from", "no-reply@renkei.example", "renkei.api.burst", "40")));
        PortalProperties portal = binder.bind("renkei", PortalProperties.class).get();
        assertThat(portal.baseUrl()).isEqualTo("https://renkei.example");
        assertThat(portal.link("activate/abc")).isEqualTo("https://renkei.example/activate/abc");
        assertThat(binder.bind("renkei.mail", MailProperties.class).get().from()).isEqualTo("no-reply@renkei.example");
    }
}

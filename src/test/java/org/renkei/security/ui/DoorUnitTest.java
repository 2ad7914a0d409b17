package org.renkei.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a completed login returns: a page of the portal it interrupted, never another site or a login page. */
class DoorUnitTest {

    @Test
    void aLoginReturnsOnlyToThePortalsOwnPages() {
        assertThat(Door.target("http://portal.example.jp/events/5/check-in/ABC?continue")).isEqualTo("/events/5/check-in/ABC");
        assertThat(Door.target("http://portal.example.jp/patients/7?tab=summary&continue")).isEqualTo("/patients/7?tab=summary");
        assertThat(Door.target(null)).isEqualTo("/");
        assertThat(Door.target("http://portal.example.jp/login?error")).isEqualTo("/");
        assertThat(Door.target("http://portal.example.jp//evil.example.com/x")).isEqualTo("/");
        assertThat(Door.target("http://portal.example.jp/%5Cevil.example.com")).isEqualTo("/%5Cevil.example.com");
        assertThat(Door.target("not a url")).isEqualTo("/");
    }
}

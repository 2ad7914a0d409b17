package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.Role;

/** The demo runners' cast: absent from a database without the demo members, and a member not found is named. */
class DemoCastTest {

    static MemberAccounts accounts(Map<String, Actor> byLogin) {
        return new MemberAccounts() {
            @Override
            public Optional<LoginSubject> findByLoginId(String loginId) {
                return Optional.ofNullable(byLogin.get(loginId)).map(a -> new LoginSubject(a.memberId(), "x@example.jp", Standing.ACTIVE, a));
            }

            @Override
            public Optional<LoginSubject> findById(long memberId) {
                return Optional.empty();
            }

            @Override
            public void changeEmail(long memberId, String email) {}
        };
    }

    @Test
    void aDatabaseWithoutTheDemoMembersHasNoCastAndAMissingMemberIsNamed() {
        DemoCast none = new DemoCast(accounts(Map.of()));
        assertThat(none.present()).isFalse();
        assertThat(none.present()).as("asked again (each runner asks)").isFalse();
        assertThatThrownBy(() -> none.who("dr-yamada")).isInstanceOf(IllegalStateException.class).hasMessageContaining("dr-yamada");

        Actor office = new Actor(1, DemoCast.OFFICE, "桜ヶ丘区医師会 事務局", 10L, "事務局", 1L, Set.of(Role.MEMBER));
        DemoCast cast = new DemoCast(accounts(Map.of(DemoCast.OFFICE, office)));
        assertThat(cast.present()).isTrue();
        assertThat(cast.who(DemoCast.OFFICE)).isEqualTo(office);
    }
}

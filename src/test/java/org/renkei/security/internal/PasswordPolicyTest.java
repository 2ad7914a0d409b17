package org.renkei.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.renkei.platform.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongMixedPassword() {
        assertThatCode(() -> policy.check("dr-yamada", "Zaitaku-Iryou-2026")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("dr-yamada", "houmon kango 24h")).doesNotThrowAnyException();
    }

    @Test
    void refusesWhatTheRulesRefuse() {
        assertRefused("dr-yamada", "Short-1", "password.TOO_SHORT");
        assertRefused("dr-yamada", "onlylettershere", "password.INSUFFICIENT_CHARACTERISTICS");
        assertRefused("dr-yamada", "x-dr-yamada-2026", "password.ILLEGAL_USERNAME");
        assertRefused("dr-yamada", "aaaa-bbbb-1234", "password.ILLEGAL_MATCH");
        assertRefused("dr-yamada", "password1234", "password.ILLEGAL_WORD");
    }

    private void assertRefused(String login, String password, String key) {
        assertThatThrownBy(() -> policy.check(login, password)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> Assertions.assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).contains(key));
    }
}

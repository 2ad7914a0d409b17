package org.renkei.security.internal;

import java.util.List;
import java.util.Optional;
import org.renkei.security.MemberAccounts;
import org.renkei.security.MemberAccounts.LoginSubject;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first factor. A right password does not log the member in: it grants only the step that asks
 * for the TOTP code (or, the first time, enrols it). The password is checked before the account's
 * standing, so a stranger learns nothing about which login ids exist or are suspended.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    static final String TOTP_PENDING = "ROLE_TOTP_PENDING";
    static final String TOTP_ENROLMENT = "ROLE_TOTP_ENROLMENT";

    private final MemberAccounts members;
    private final Credentials credentials;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final String dummyHash;

    PasswordLogin(MemberAccounts members, Credentials credentials, PasswordEncoder encoder, LoginAttempts attempts) {
        this.members = members;
        this.credentials = credentials;
        this.encoder = encoder;
        this.attempts = attempts;
        // compared against when the login id is unknown, so that answer takes as long as a wrong password
        this.dummyHash = encoder.encode("renkei-timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String loginId = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = String.valueOf(authentication.getCredentials());
        Optional<LoginSubject> subject = members.findByLoginId(loginId);
        Optional<Credential> credential = subject.flatMap(s -> credentials.findById(s.memberId()));
        if (subject.isEmpty() || credential.isEmpty()) {
            encoder.matches(password, dummyHash);
            attempts.refused(subject.map(LoginSubject::memberId).orElse(null), loginId, null,
                    subject.isEmpty() ? "unknown login id" : "account not activated");
            throw new BadCredentialsException("bad credentials");
        }
        LoginSubject member = subject.get();
        // the attempt is counted before the check (guesses sent at once cannot outrun the count); a locked account
        // gets the answer of a wrong password, so that the answer does not tell which login ids exist
        if (!attempts.start(member.memberId(), loginId, member.actor())) {
            encoder.matches(password, dummyHash);
            attempts.refused(member.memberId(), loginId, member.actor(), "locked");
            throw new BadCredentialsException("bad credentials");
        }
        boolean right;
        try {
            right = encoder.matches(password, credential.get().passwordHash());
        } catch (RuntimeException e) {
            // an error during the check is a failed attempt, never a way round the count
            right = false;
        }
        if (!right) {
            attempts.fail(member.memberId(), loginId, member.actor(), "password");
            throw new BadCredentialsException("bad credentials");
        }
        attempts.giveBack(member.memberId());
        if (!member.standing().mayLogIn()) {
            attempts.refused(member.memberId(), loginId, member.actor(), member.standing().name());
            throw new DisabledException(member.standing().name());
        }
        String step = credential.get().hasSecondFactor() ? TOTP_PENDING : TOTP_ENROLMENT;
        return UsernamePasswordAuthenticationToken.authenticated(member.actor(), null,
                List.of(new SimpleGrantedAuthority(step)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

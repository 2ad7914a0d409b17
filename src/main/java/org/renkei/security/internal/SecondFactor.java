package org.renkei.security.internal;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.renkei.platform.AccessRefusedException;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.SecurityEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The second factor: checking a TOTP or recovery code, and enrolling an authenticator app. */
@Component
@Transactional
public class SecondFactor {

    private static final Logger log = LoggerFactory.getLogger(SecondFactor.class);

    /** The outcome of a code. */
    public enum Result { ACCEPTED, WRONG, LOCKED }

    /** A secret offered for enrolment, with what the page shows for it. */
    public record Enrolment(String secret, String uri, byte[] qrPng) {}

    static final String ISSUER = "Renkei";
    private static final int RECOVERY_CODES = 10;

    private final Credentials credentials;
    private final RecoveryCodes recoveryCodes;
    private final Secrets secrets;
    private final LoginAttempts attempts;
    private final MemberAccounts members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SecondFactor(Credentials credentials, RecoveryCodes recoveryCodes, Secrets secrets, LoginAttempts attempts,
            MemberAccounts members, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
        this.attempts = attempts;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks a 6-digit code from the app, or one of the recovery codes. A wrong code counts towards
     * the lockout like a wrong password; a code is accepted once only.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Result verify(Actor pending, String code) {
        // the check in one transaction; a failure is counted after it, in a transaction of its own, so that a
        // login never holds one database connection while it waits for another
        if (!attempts.start(pending.memberId(), pending.loginId(), pending)) {
            return Result.LOCKED;
        }
        Result result;
        try {
            result = transactions.execute(status -> check(pending, code));
        } catch (RuntimeException e) {
            // two checks of one account at once collide on its row, or the database failed: a failed attempt, not a 500
            log.info("Second factor of member {} not checked: {}", pending.memberId(), e.toString());
            result = Result.WRONG;
        }
        if (result != Result.ACCEPTED) {
            Instant locked = attempts.fail(pending.memberId(), pending.loginId(), pending, "second factor");
            return locked != null ? Result.LOCKED : Result.WRONG;
        }
        return result;
    }

    private Result check(Actor pending, String code) {
        Credential credential = credentials.findById(pending.memberId()).orElseThrow(AccessRefusedException::new);
        Instant now = Instant.now(clock);
        String secret = credential.encryptedTotpSecret();
        if (secret == null) {
            throw new AccessRefusedException();
        }
        boolean accepted;
        String how;
        OptionalLong step = Totp.match(secrets.decryptTotp(secret), code, now);
        if (step.isPresent()) {
            accepted = credential.useStep(step.getAsLong());
            how = "totp";
        } else {
            accepted = useRecoveryCode(pending.memberId(), code, now);
            how = "recovery code";
        }
        if (!accepted) {
            return Result.WRONG;
        }
        credential.succeed(now);
        attempts.succeeded(pending.memberId());
        events.publishEvent(new SecurityEvent("login.succeeded", pending.memberId(), pending.loginId(), pending, how));
        return Result.ACCEPTED;
    }

    public Enrolment offer(Actor pending) {
        String secret = Totp.newSecret();
        String uri = Totp.uri(ISSUER, pending.loginId(), secret);
        return new Enrolment(secret, uri, Totp.qrPng(uri));
    }

    /**
     * Confirms an enrolment with a first code from the app; returns the recovery codes, shown once.
     * Empty when the code does not match the offered secret.
     */
    public Optional<List<String>> enrol(Actor pending, String offeredSecret, String code) {
        Credential credential = credentials.findById(pending.memberId()).orElseThrow(AccessRefusedException::new);
        if (credential.hasSecondFactor()) {
            throw new AccessRefusedException();
        }
        if (!attempts.start(pending.memberId(), pending.loginId(), pending)) {
            throw new AccessRefusedException("login.locked");
        }
        Instant now = Instant.now(clock);
        OptionalLong step = Totp.match(offeredSecret, code, now);
        if (step.isEmpty()) {
            Instant locked = attempts.fail(pending.memberId(), pending.loginId(), pending, "enrolment code");
            if (locked != null) {
                throw new AccessRefusedException("login.locked");
            }
            return Optional.empty();
        }
        credential.enableTotp(secrets.encryptTotp(offeredSecret), step.getAsLong(), now);
        credential.succeed(now);
        attempts.succeeded(pending.memberId());
        events.publishEvent(new SecurityEvent("totp.enrolled", pending.memberId(), pending.loginId(), pending, null));
        events.publishEvent(new SecurityEvent("login.succeeded", pending.memberId(), pending.loginId(), pending, "enrolment"));
        return Optional.of(newRecoveryCodes(pending.memberId()));
    }

    /** Replaces the member's recovery codes with new ones, shown once. */
    public List<String> newRecoveryCodes(long memberId) {
        recoveryCodes.deleteByMember(memberId);
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = Secrets.newRecoveryCode();
            codes.add(code);
            recoveryCodes.save(new RecoveryCode(memberId, Secrets.sha256(Secrets.normalizeRecoveryCode(code))));
        }
        return codes;
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long memberId) {
        return recoveryCodes.findByMemberIdAndUsedAtIsNull(memberId).size();
    }

    /** The member as they are now (roles may have changed since the password step); empty if they may no longer log in. */
    @Transactional(readOnly = true)
    public Optional<Actor> refreshed(Actor pending) {
        return members.findById(pending.memberId()).filter(s -> s.standing().mayLogIn()).map(MemberAccounts.LoginSubject::actor);
    }

    private boolean useRecoveryCode(long memberId, String code, Instant now) {
        String hash = Secrets.sha256(Secrets.normalizeRecoveryCode(code));
        for (RecoveryCode candidate : recoveryCodes.findByMemberIdAndUsedAtIsNull(memberId)) {
            if (MessageDigest.isEqual(candidate.codeHash().getBytes(), hash.getBytes())) {
                candidate.use(now);
                return true;
            }
        }
        return false;
    }
}

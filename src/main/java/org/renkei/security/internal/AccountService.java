package org.renkei.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.MailOutbox;
import org.renkei.platform.PortalProperties;
import org.renkei.platform.Translations;
import org.renkei.security.AccountState;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.renkei.security.MemberAccounts.LoginSubject;
import org.renkei.security.SecurityEvent;
import org.renkei.security.SessionsEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Passwords and one-time links: activation, reset, change; and what administrators do to accounts. */
@Service
@Transactional
public class AccountService implements Accounts {

    /** Who a one-time link is for, shown on the page it opens. */
    public record LinkHolder(long memberId, String loginId, String name) {}

    private final Credentials credentials;
    private final RecoveryCodes recoveryCodes;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Secrets secrets;
    private final MemberAccounts members;
    private final MailOutbox mail;
    private final Translations translations;
    private final ActiveSessions sessions;
    private final ApplicationEventPublisher events;
    private final SecurityProperties properties;
    private final Clock clock;
    private final PortalProperties portal;

    AccountService(Credentials credentials, RecoveryCodes recoveryCodes, AccountTokens tokens, PasswordEncoder encoder,
            PasswordPolicy policy, Secrets secrets, MemberAccounts members, MailOutbox mail, Translations translations,
            ActiveSessions sessions, ApplicationEventPublisher events, SecurityProperties properties, Clock clock,
            PortalProperties portal) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.tokens = tokens;
        this.encoder = encoder;
        this.policy = policy;
        this.secrets = secrets;
        this.members = members;
        this.mail = mail;
        this.translations = translations;
        this.sessions = sessions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.portal = portal;
    }

    @Override
    public void invite(long memberId, String loginId, String name, String email) {
        String token = issue(memberId, AccountToken.Purpose.ACTIVATION, properties.activationValidity());
        long hours = properties.activationValidity().toHours();
        String link = portal.link("activate/" + token);
        mail.enqueue(email, subject("mail.activation.subject"),
                bilingual("mail.activation.body", name, loginId, link, hours), true);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AccountState> states(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now(clock);
        Map<Long, Credential> byMember = credentials.findByMemberIdIn(memberIds).stream()
                .collect(Collectors.toMap(Credential::memberId, Function.identity()));
        Map<Long, List<AccountToken>> invitations = tokens.findOpen(memberIds, AccountToken.Purpose.ACTIVATION).stream()
                .collect(Collectors.groupingBy(AccountToken::memberId));
        Map<Long, AccountState> states = new HashMap<>();
        for (Long id : memberIds) {
            Credential c = byMember.get(id);
            if (c != null) {
                states.put(id, c.isLocked(now) ? AccountState.LOCKED
                        : c.hasSecondFactor() ? AccountState.ACTIVE : AccountState.PASSWORD_SET);
            } else {
                List<AccountToken> open = invitations.getOrDefault(id, List.of());
                states.put(id, open.isEmpty() ? AccountState.NONE
                        : open.stream().anyMatch(t -> t.isUsable(now)) ? AccountState.INVITED : AccountState.INVITATION_EXPIRED);
            }
        }
        return states;
    }

    @Override
    public void unlock(long memberId) {
        credentials.findById(memberId).ifPresent(Credential::unlock);
    }

    @Override
    public void resetSecondFactor(long memberId) {
        credentials.findById(memberId).ifPresent(Credential::resetTotp);
        recoveryCodes.deleteByMember(memberId);
        endSessionsAfterCommit(memberId);
        members.findById(memberId).ifPresent(s -> mail.enqueue(s.email(), subject("mail.totp-reset.subject"),
                bilingual("mail.totp-reset.body", s.actor().name(), s.actor().loginId()), true));
    }

    @Override
    public void requestEmailChange(long memberId, String newEmail) {
        LoginSubject s = members.findById(memberId).orElseThrow();
        Instant now = Instant.now(clock);
        tokens.voidOpen(memberId, AccountToken.Purpose.EMAIL_CHANGE, now);
        String token = Secrets.newToken();
        tokens.save(AccountToken.emailChange(memberId, Secrets.sha256(token), newEmail, now, now.plus(properties.activationValidity())));
        String link = portal.link("confirm-email/" + token);
        long hours = properties.activationValidity().toHours();
        mail.enqueue(s.email(), subject("mail.email-change.subject"),
                bilingual("mail.email-change.body", s.actor().name(), s.actor().loginId(), newEmail, link, hours), true);
        mail.enqueue(newEmail, subject("mail.email-change-pending.subject"),
                bilingual("mail.email-change-pending.body", s.actor().name(), s.actor().loginId()), true);
        events.publishEvent(new SecurityEvent("email.change-requested", memberId, s.actor().loginId(), null, null));
    }

    @Override
    public void emailChanged(long memberId, String oldEmail) {
        members.findById(memberId).ifPresent(s -> mail.enqueue(oldEmail, subject("mail.email-changed.subject"),
                bilingual("mail.email-changed.body", s.actor().name(), s.actor().loginId(), s.email()), true));
    }

    /** The new address an e-mail change's link would confirm, if the link still works. */
    @Transactional(readOnly = true)
    public Optional<String> pendingEmail(String token) {
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.purpose() == AccountToken.Purpose.EMAIL_CHANGE && t.isUsable(now))
                .filter(t -> members.findById(t.memberId()).filter(s -> s.standing().mayLogIn()).isPresent())
                .map(AccountToken::newEmail);
    }

    /** The member confirms, from the link mailed to the old address, that the new one is theirs. */
    public void confirmEmailChange(String token) {
        Instant now = Instant.now(clock);
        AccountToken stored = tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.purpose() == AccountToken.Purpose.EMAIL_CHANGE && t.isUsable(now) && t.newEmail() != null)
                .orElseThrow(() -> new InvalidInputException("token", "link.invalid"));
        // as every other link: dead for a member who may not log in (suspended, detached, facility suspended)
        LoginSubject subject = members.findById(stored.memberId()).filter(s -> s.standing().mayLogIn())
                .orElseThrow(() -> new InvalidInputException("token", "link.invalid"));
        stored.use(now);
        String old = subject.email();
        members.changeEmail(subject.memberId(), Objects.requireNonNull(stored.newEmail()));
        emailChanged(subject.memberId(), old);
        events.publishEvent(new SecurityEvent("email.changed", subject.memberId(), subject.actor().loginId(), null, null));
    }

    @Override
    public void setInitialPassword(long memberId, String loginId, String rawPassword) {
        policy.check(loginId, rawPassword);
        Instant now = Instant.now(clock);
        Credential credential = credentials.findById(memberId).orElseGet(() -> new Credential(memberId, "", now));
        credential.changePassword(encoder.encode(rawPassword), now);
        credentials.save(credential);
    }

    @Override
    public void installDemoCredential(long memberId, String passwordHash, String base32TotpSecret) {
        Instant now = Instant.now(clock);
        Credential credential = new Credential(memberId, passwordHash, now);
        credential.enableTotp(secrets.encryptTotp(base32TotpSecret), 0, now);
        credentials.save(credential);
    }

    @Override
    public String hashPassword(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public void endSessionsAfterCommit(long memberId) {
        // with the change that caused it: the login cookies taken before now stop working on every node
        credentials.endSessions(memberId, Instant.now(clock));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.end(memberId);
                    events.publishEvent(new SessionsEnded(memberId));
                }
            });
        } else {
            sessions.end(memberId);
            events.publishEvent(new SessionsEnded(memberId));
        }
    }

    /** Who an activation or reset link is for, if it still works. */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> linkHolder(String token, boolean activation) {
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.isUsable(now))
                .filter(t -> t.purpose() == (activation ? AccountToken.Purpose.ACTIVATION : AccountToken.Purpose.PASSWORD_RESET))
                .flatMap(t -> members.findById(t.memberId()))
                .filter(s -> s.standing().mayLogIn())
                .map(s -> new LinkHolder(s.memberId(), s.actor().loginId(), s.actor().name()));
    }

    /** Sets the first password from an activation link; the member enrols TOTP at their first login. */
    public void activate(String token, String password, String confirmation) {
        LinkHolder holder = useLink(token, AccountToken.Purpose.ACTIVATION);
        checkNewPassword(holder.loginId(), password, confirmation);
        Instant now = Instant.now(clock);
        Credential credential = credentials.findById(holder.memberId()).orElseGet(() -> new Credential(holder.memberId(), "", now));
        credential.changePassword(encoder.encode(password), now);
        credentials.save(credential);
        events.publishEvent(new SecurityEvent("account.activated", holder.memberId(), holder.loginId(), null, null));
    }

    /**
     * Mails a reset link to the member with this login id. Says nothing either way, so the form
     * cannot be used to find out which login ids exist.
     */
    public void requestPasswordReset(String loginId) {
        Optional<LoginSubject> subject = members.findByLoginId(loginId.strip())
                .filter(s -> s.standing().mayLogIn())
                .filter(s -> credentials.existsById(s.memberId()));
        if (subject.isEmpty()) {
            return;
        }
        LoginSubject s = subject.get();
        if (credentials.findById(s.memberId()).filter(Credential::hasSecondFactor).isEmpty()) {
            // the second factor was reset (or never enrolled): a mailbox alone must not lead to a new authenticator,
            // so the member logs in with the password they have, or their administrator sends a new invitation
            mail.enqueue(s.email(), subject("mail.reset-refused.subject"),
                    bilingual("mail.reset-refused.body", s.actor().name(), s.actor().loginId()), true);
            events.publishEvent(new SecurityEvent("password.reset-refused", s.memberId(), s.actor().loginId(), null,
                    "second factor not enrolled"));
            return;
        }
        String token = issue(s.memberId(), AccountToken.Purpose.PASSWORD_RESET, properties.resetValidity());
        String link = portal.link("reset-password/" + token);
        mail.enqueue(s.email(), subject("mail.reset.subject"),
                bilingual("mail.reset.body", s.actor().name(), s.actor().loginId(), link, properties.resetValidity().toMinutes()), true);
        events.publishEvent(new SecurityEvent("password.reset-requested", s.memberId(), s.actor().loginId(), null, null));
    }

    /** Sets a new password from a reset link. The second factor stays: a mailbox alone is not enough. */
    public void resetPassword(String token, String password, String confirmation) {
        LinkHolder holder = useLink(token, AccountToken.Purpose.PASSWORD_RESET);
        checkNewPassword(holder.loginId(), password, confirmation);
        Credential credential = credentials.findById(holder.memberId()).orElseThrow();
        credential.changePassword(encoder.encode(password), Instant.now(clock));
        credential.unlock();
        events.publishEvent(new SecurityEvent("password.reset", holder.memberId(), holder.loginId(), null, null));
        endSessionsAfterCommit(holder.memberId());
    }

    public void changePassword(Actor actor, String current, String password, String confirmation) {
        Credential credential = credentials.findById(actor.memberId()).orElseThrow(AccessRefusedException::new);
        if (!encoder.matches(current, credential.passwordHash())) {
            throw new InvalidInputException("current", "password.current-wrong");
        }
        checkNewPassword(actor.loginId(), password, confirmation);
        if (encoder.matches(password, credential.passwordHash())) {
            throw new InvalidInputException("password", "password.unchanged");
        }
        credential.changePassword(encoder.encode(password), Instant.now(clock));
        events.publishEvent(new SecurityEvent("password.changed", actor.memberId(), actor.loginId(), actor, null));
    }

    private void checkNewPassword(String loginId, String password, String confirmation) {
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("confirmation", "password.mismatch");
        }
        policy.check(loginId, password);
    }

    private String issue(long memberId, AccountToken.Purpose purpose, Duration validity) {
        Instant now = Instant.now(clock);
        tokens.voidOpen(memberId, purpose, now);
        String token = Secrets.newToken();
        tokens.save(new AccountToken(memberId, purpose, Secrets.sha256(token), now, now.plus(validity)));
        return token;
    }

    private LinkHolder useLink(String token, AccountToken.Purpose purpose) {
        Instant now = Instant.now(clock);
        AccountToken stored = tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.purpose() == purpose && t.isUsable(now))
                .orElseThrow(() -> new InvalidInputException("token", "link.invalid"));
        LoginSubject subject = members.findById(stored.memberId())
                .filter(s -> s.standing().mayLogIn())
                .orElseThrow(() -> new InvalidInputException("token", "link.invalid"));
        stored.use(now);
        return new LinkHolder(subject.memberId(), subject.actor().loginId(), subject.actor().name());
    }

    private String subject(String key) {
        return translations.text(key, Translations.JAPANESE) + " / " + translations.text(key, Translations.ENGLISH);
    }

    private String bilingual(String key, Object... args) {
        return translations.text(key, Translations.JAPANESE, args) + "\n\n----\n\n"
                + translations.text(key, Translations.ENGLISH, args);
    }
}

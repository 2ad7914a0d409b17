package org.renkei.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.directory.internal.Member;
import org.renkei.directory.internal.Members;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Kana;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.OffsetLimit;
import org.renkei.platform.RenkeiException;
import org.renkei.security.AccountState;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and their accounts as administrators handle them. A facility's administrator manages its
 * staff; the association's administrators manage every member of the association and decide who
 * administers each facility. Changes that take rights away end the member's sessions at once.
 */
@Service
@Transactional
public class MemberService {

    /** What an administrator narrows the member list to; every part optional. */
    public record MemberQuery(@Nullable Long associationId, @Nullable Long facilityId, @Nullable MemberStatus status,
            @Nullable Profession profession, @Nullable String text) {

        public static MemberQuery ofFacility(long facilityId) {
            return new MemberQuery(null, facilityId, null, null, null);
        }

        public static MemberQuery all() {
            return new MemberQuery(null, null, null, null, null);
        }
    }

    private final Members members;
    private final Facilities facilities;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Inputs inputs;
    private final Clock clock;

    MemberService(Members members, Facilities facilities, Accounts accounts, AuditLog audit, Inputs inputs, Clock clock) {
        this.members = members;
        this.facilities = facilities;
        this.accounts = accounts;
        this.audit = audit;
        this.inputs = inputs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MemberInfo> search(Actor actor, MemberQuery query, int offset, int limit) {
        Scope scope = scope(actor, query);
        String text = Inputs.blank(query.text());
        List<Members.Row> rows = members.search(scope.association(), scope.facility(), query.status(), query.profession(),
                text, text == null ? null : Kana.normalize(text), OffsetLimit.of(offset, limit));
        return infos(rows);
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, MemberQuery query) {
        Scope scope = scope(actor, query);
        String text = Inputs.blank(query.text());
        return members.countSearch(scope.association(), scope.facility(), query.status(), query.profession(), text,
                text == null ? null : Kana.normalize(text));
    }

    @Transactional(readOnly = true)
    public MemberInfo get(Actor actor, long memberId) {
        Members.Row row = members.findRow(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        requireManages(actor, row);
        return infos(List.of(row)).getFirst();
    }

    /** Who these members are, for other modules; unknown ids are left out. Two queries whatever the count. */
    @Transactional(readOnly = true)
    public Map<Long, MemberSummary> summaries(Collection<Long> ids) {
        List<Member> found = members.findAllById(ids);
        Map<Long, Facility> byId = facilities.findAllById(found.stream().map(Member::facilityId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Facility::id, Function.identity()));
        return found.stream().collect(Collectors.toMap(Member::id, m -> {
            Facility f = m.facilityId() == null ? null : byId.get(m.facilityId());
            return new MemberSummary(m.id(), m.name(), m.nameKana(), m.profession(), m.facilityId(),
                    f == null ? null : f.name(), f == null ? null : f.associationId(), m.status());
        }));
    }

    /** Adds a staff member to a facility and mails them an activation link. */
    public MemberInfo add(Actor actor, long facilityId, StaffDetails staff) {
        Facility facility = facilities.findById(facilityId).orElseThrow(() -> new NotFoundException("facility", facilityId));
        FacilityService.require(actor, facility, FacilityAction.ADD_STAFF);
        inputs.check(staff);
        if (members.existsByLoginId(staff.loginId())) {
            throw new InvalidInputException("loginId", "member.login-id-taken", staff.loginId());
        }
        Member member = members.save(Member.of(facilityId, staff.loginId(), details(staff), MemberStatus.ACTIVE,
                Instant.now(clock)));
        accounts.invite(member.id(), member.loginId(), member.name(), member.email());
        audit.record(actor, "member.added", target(member, facility.associationId()), facility.name());
        return get(actor, member.id());
    }

    /** Corrects a member's details (not the login id); refused when someone else changed them since {@code version}. */
    public MemberInfo update(Actor actor, long memberId, StaffDetails staff, long version) {
        Members.Row row = require(actor, memberId, MemberAction.EDIT);
        Member member = row.getMember();
        if (member.version() != version) {
            throw new ConflictException("edit.stale");
        }
        inputs.check(new StaffDetails(member.loginId(), staff.name(), staff.nameKana(), staff.profession(), staff.email(),
                staff.phone()));
        String oldEmail = member.email();
        Member.Details details = details(staff);
        boolean newEmail = !details.email().equalsIgnoreCase(oldEmail);
        boolean newRights = details.profession() != member.profession();
        if (newEmail && actor.memberId() != memberId) {
            // an administrator cannot move a colleague's mail (and with it their reset links) elsewhere: the address
            // changes when the member confirms it from the old one
            member.update(new Member.Details(details.name(), details.nameKana(), details.profession(), oldEmail, details.phone()),
                    Instant.now(clock));
            accounts.requestEmailChange(memberId, details.email());
        } else {
            member.update(details, Instant.now(clock));
            if (newEmail) {
                accounts.emailChanged(memberId, oldEmail);
            }
        }
        if (newRights) {
            // the profession decides break-glass (医療職): the member's sessions take the new rights at the next login
            accounts.endSessionsAfterCommit(memberId);
        }
        audit.record(actor, "member.updated", target(member, associationOf(row)),
                newEmail && actor.memberId() != memberId ? "e-mail change waits for the member's confirmation" : null);
        return get(actor, memberId);
    }

    /**
     * 所属解除: the member leaves the facility and loses access now. What they wrote stays, under their
     * name. Administrators cannot detach themselves (someone else must, so a facility is never left
     * without anyone noticing).
     */
    public MemberInfo detach(Actor actor, long memberId) {
        Members.Row row = require(actor, memberId, MemberAction.DETACH);
        row.getMember().detach(Instant.now(clock));
        accounts.endSessionsAfterCommit(memberId);
        audit.record(actor, "member.detached", target(row.getMember(), associationOf(row)), null);
        return get(actor, memberId);
    }

    /** 利用停止 by the association: the member cannot log in, and their open sessions end now. */
    public MemberInfo suspend(Actor actor, long memberId, String reason) {
        Members.Row row = require(actor, memberId, MemberAction.SUSPEND);
        String why = Inputs.blank(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "validation.NotBlank");
        }
        row.getMember().suspend(why, Instant.now(clock));
        accounts.endSessionsAfterCommit(memberId);
        audit.record(actor, "member.suspended", target(row.getMember(), associationOf(row)), why);
        return get(actor, memberId);
    }

    public MemberInfo reinstate(Actor actor, long memberId) {
        Members.Row row = require(actor, memberId, MemberAction.REINSTATE);
        row.getMember().reinstate(Instant.now(clock));
        audit.record(actor, "member.reinstated", target(row.getMember(), associationOf(row)), null);
        return get(actor, memberId);
    }

    /** 施設管理者の指定: the association decides who administers a facility's staff. */
    public MemberInfo setFacilityAdmin(Actor actor, long memberId, boolean admin) {
        Members.Row row = require(actor, memberId, MemberAction.FACILITY_ADMIN);
        row.getMember().makeFacilityAdmin(admin, Instant.now(clock));
        accounts.endSessionsAfterCommit(memberId);
        audit.record(actor, admin ? "member.facility-admin-granted" : "member.facility-admin-revoked",
                target(row.getMember(), associationOf(row)), null);
        return get(actor, memberId);
    }

    /** 医師会事務局の管理者: the portal's operators decide who administers an association. */
    public MemberInfo setAssociationAdmin(Actor actor, long memberId, boolean admin) {
        Members.Row row = require(actor, memberId, MemberAction.ASSOCIATION_ADMIN);
        row.getMember().makeAssociationAdmin(admin, Instant.now(clock));
        accounts.endSessionsAfterCommit(memberId);
        audit.record(actor, admin ? "member.association-admin-granted" : "member.association-admin-revoked",
                target(row.getMember(), associationOf(row)), null);
        return get(actor, memberId);
    }

    public void unlock(Actor actor, long memberId) {
        Members.Row row = require(actor, memberId, MemberAction.UNLOCK);
        accounts.unlock(memberId);
        audit.record(actor, "member.unlocked", target(row.getMember(), associationOf(row)), null);
    }

    /** For a lost phone: the member enrols a new authenticator app at their next login. */
    public void resetSecondFactor(Actor actor, long memberId) {
        Members.Row row = require(actor, memberId, MemberAction.RESET_SECOND_FACTOR);
        accounts.resetSecondFactor(memberId);
        audit.record(actor, "member.second-factor-reset", target(row.getMember(), associationOf(row)), null);
    }

    public void resendInvitation(Actor actor, long memberId) {
        Members.Row row = require(actor, memberId, MemberAction.RESEND_INVITATION);
        Member m = row.getMember();
        accounts.invite(m.id(), m.loginId(), m.name(), m.email());
        audit.record(actor, "member.invited", target(m, associationOf(row)), null);
    }

    /**
     * The members a list shows, as CSV a spreadsheet can open safely (cells that would be formulas are
     * neutralised). The export is logged.
     */
    @Transactional
    public byte[] export(Actor actor, MemberQuery query, CsvFiles.Encoding encoding, Function<String, String> translate,
            Locale locale) {
        Scope scope = scope(actor, query);
        String text = Inputs.blank(query.text());
        List<MemberInfo> rows = infos(members.search(scope.association(), scope.facility(), query.status(),
                query.profession(), text, text == null ? null : Kana.normalize(text), OffsetLimit.of(0, 100_000)));
        List<List<String>> cells = rows.stream().map(m -> List.of(m.loginId(), m.name(), m.nameKana(),
                translate.apply("profession." + m.profession()), m.email(), m.phone() == null ? "" : m.phone(),
                m.facilityName() == null ? "" : m.facilityName(), translate.apply("member-status." + m.status()),
                m.facilityAdmin() ? "○" : "", translate.apply("account-state." + m.accountState()))).toList();
        audit.record(actor, "members.exported", AuditTarget.of("members", scope.facility(), rows.size() + " rows",
                scope.association() != null ? scope.association() : actor.associationId()), query.toString());
        return CsvFiles.write(MemberImportService.exportHeader(locale), cells, encoding);
    }

    private record Scope(@Nullable Long association, @Nullable Long facility) {}

    /**
     * What the actor may list: operators anything; association administrators their association;
     * facility administrators their own facility.
     */
    private Scope scope(Actor actor, MemberQuery query) {
        Permissions.requireSomeAdministration(actor);
        if (actor.isSystemAdmin()) {
            return new Scope(query.associationId(), query.facilityId());
        }
        if (query.facilityId() != null) {
            Facility f = facilities.findById(query.facilityId())
                    .orElseThrow(() -> new NotFoundException("facility", query.facilityId()));
            Permissions.requireManagesStaff(actor, f.id(), f.associationId());
            return new Scope(null, f.id());
        }
        Long own = actor.associationId();
        if (own != null && actor.administers(own)) {
            if (query.associationId() != null && !query.associationId().equals(own)) {
                throw new AccessRefusedException("error.other-association");
            }
            return new Scope(own, null);
        }
        if (actor.facilityId() != null && actor.administersFacility(actor.facilityId())) {
            return new Scope(null, actor.facilityId());
        }
        throw new AccessRefusedException("error.admin-only");
    }

    /** What the actor may do to the member now (the member list offers these); the commands refuse the rest by the same rule. */
    @Transactional(propagation = Propagation.SUPPORTS) // reads nothing: no transaction of its own for each row asked
    public Set<MemberAction> allowedActions(Actor actor, MemberInfo member) {
        Set<MemberAction> allowed = EnumSet.noneOf(MemberAction.class);
        for (MemberAction action : MemberAction.values()) {
            if (refusal(actor, member, action) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The member, unless the actor may not do this to them now ({@link #allowedActions} would not offer it). */
    private Members.Row require(Actor actor, long memberId, MemberAction action) {
        Members.Row row = members.findRow(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        Supplier<RenkeiException> refused = refusal(actor, infos(List.of(row)).getFirst(), action);
        if (refused != null) {
            throw refused.get();
        }
        return row;
    }

    /**
     * The rule, null when the actor may. Who: a facility's staff are managed by its administrator and its association;
     * rights and suspensions are the association's to decide; association administrators the portal's operators'. Then
     * what the member's state and account allow. Members without a facility (the operators) are not managed here.
     */
    private static @Nullable Supplier<RenkeiException> refusal(Actor actor, MemberInfo m, MemberAction action) {
        Long facility = m.facilityId();
        Long association = m.associationId();
        boolean byAssociation = action == MemberAction.FACILITY_ADMIN || action == MemberAction.SUSPEND
                || action == MemberAction.REINSTATE;
        boolean permitted;
        if (action == MemberAction.ASSOCIATION_ADMIN || facility == null || association == null) {
            permitted = actor.isSystemAdmin();
        } else {
            permitted = byAssociation ? actor.administers(association) : Permissions.managesStaff(actor, facility, association);
        }
        if (!permitted) {
            String key = action == MemberAction.ASSOCIATION_ADMIN || facility == null ? "error.system-admin-only"
                    : byAssociation ? "error.other-association" : "error.other-facility";
            return () -> new AccessRefusedException(key);
        }
        if (facility == null) {
            return () -> new ConflictException("member.no-facility");
        }
        MemberStatus status = m.status();
        AccountState account = m.accountState();
        boolean self = m.id() == actor.memberId();
        return switch (action) {
            case EDIT -> status == MemberStatus.DETACHED ? stateConflict(status, MemberStatus.ACTIVE) : null;
            case RESEND_INVITATION -> status != MemberStatus.ACTIVE ? stateConflict(status, MemberStatus.ACTIVE)
                    : account == AccountState.NONE || account == AccountState.INVITED || account == AccountState.INVITATION_EXPIRED
                            ? null : accountConflict(account);
            case UNLOCK -> account == AccountState.LOCKED ? null : accountConflict(account);
            case RESET_SECOND_FACTOR -> status != MemberStatus.ACTIVE ? stateConflict(status, MemberStatus.ACTIVE)
                    : account == AccountState.ACTIVE || account == AccountState.LOCKED ? null : accountConflict(account);
            case FACILITY_ADMIN, ASSOCIATION_ADMIN -> status != MemberStatus.ACTIVE ? stateConflict(status, MemberStatus.ACTIVE) : null;
            case SUSPEND -> self ? () -> new ConflictException("member.cannot-suspend-self")
                    : status != MemberStatus.ACTIVE ? stateConflict(status, MemberStatus.ACTIVE) : null;
            case REINSTATE -> status != MemberStatus.SUSPENDED ? stateConflict(status, MemberStatus.SUSPENDED) : null;
            case DETACH -> self ? () -> new ConflictException("member.cannot-detach-self")
                    : status == MemberStatus.DETACHED || status == MemberStatus.PENDING ? stateConflict(status, MemberStatus.ACTIVE) : null;
        };
    }

    private static Supplier<RenkeiException> stateConflict(MemberStatus status, MemberStatus expected) {
        return () -> new ConflictException("member.state-conflict", status.name(), expected.name());
    }

    private static Supplier<RenkeiException> accountConflict(AccountState account) {
        return () -> new ConflictException("member.state-conflict", account.name());
    }

    private static void requireManages(Actor actor, Members.Row row) {
        Facility f = row.getFacility();
        if (f == null) {
            Permissions.requireSystemAdmin(actor);
        } else {
            Permissions.requireManagesStaff(actor, f.id(), f.associationId());
        }
    }

    private List<MemberInfo> infos(List<Members.Row> rows) {
        Map<Long, AccountState> states = accounts.states(rows.stream().map(r -> r.getMember().id()).toList());
        return rows.stream().map(r -> info(r, states.getOrDefault(r.getMember().id(), AccountState.NONE))).toList();
    }

    static MemberInfo info(Members.Row row, AccountState state) {
        Member m = row.getMember();
        Facility f = row.getFacility();
        return new MemberInfo(m.id(), m.facilityId(), f == null ? null : f.name(), f == null ? null : f.associationId(),
                m.loginId(), m.name(), m.nameKana(), m.profession(), m.email(), m.phone(), m.status(), m.statusReason(),
                m.facilityAdmin(), m.associationAdmin(), m.systemAdmin(), state, m.version());
    }

    static @Nullable Long associationOf(Members.Row row) {
        return row.getFacility() == null ? null : row.getFacility().associationId();
    }

    static AuditTarget target(Member m, @Nullable Long associationId) {
        return AuditTarget.of("member", m.id(), m.name() + " (" + m.loginId() + ")", associationId);
    }

    static Member.Details details(StaffDetails s) {
        return new Member.Details(s.name().strip(), Kana.normalize(s.nameKana()), s.profession(), s.email().strip(),
                AssociationService.blankToNull(s.phone()));
    }
}

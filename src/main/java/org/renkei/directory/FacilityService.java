package org.renkei.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.internal.Associations;
import org.renkei.directory.internal.District;
import org.renkei.directory.internal.Districts;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.directory.internal.Member;
import org.renkei.directory.internal.Members;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.Kana;
import org.renkei.platform.MailOutbox;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.OffsetLimit;
import org.renkei.platform.RenkeiException;
import org.renkei.platform.Translations;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilities through their life: a facility applies, its association approves or rejects it, may
 * suspend and reinstate it. Each association sees and decides only its own.
 */
@Service
@Transactional
public class FacilityService {

    private static final SecureRandom random = new SecureRandom();

    /** What an administrator narrows the facility list to; every part optional. */
    public record FacilityQuery(@Nullable Long associationId, @Nullable FacilityStatus status,
            @Nullable FacilityType type, @Nullable String text) {

        public static FacilityQuery all() {
            return new FacilityQuery(null, null, null, null);
        }
    }

    private final Facilities facilities;
    private final Members members;
    private final Districts districts;
    private final Associations associations;
    private final Accounts accounts;
    private final AuditLog audit;
    private final MailOutbox mail;
    private final Translations translations;
    private final Inputs inputs;
    private final Clock clock;

    FacilityService(Facilities facilities, Members members, Districts districts, Associations associations,
            Accounts accounts, AuditLog audit, MailOutbox mail, Translations translations, Inputs inputs, Clock clock) {
        this.facilities = facilities;
        this.members = members;
        this.districts = districts;
        this.associations = associations;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
        this.translations = translations;
        this.inputs = inputs;
        this.clock = clock;
    }

    /**
     * 施設登録申請, by someone not logged in. The facility and its future administrator wait for the
     * association of the chosen district; its office is told by mail.
     */
    public long apply(FacilityApplication application) {
        inputs.check(application);
        if (application.type() == FacilityType.ASSOCIATION_OFFICE) {
            throw new InvalidInputException("type", "facility.type-not-allowed");
        }
        OfficialCode.check(application.type(), Inputs.blank(application.officialCode()));
        District district = districts.findById(application.districtId())
                .orElseThrow(() -> new InvalidInputException("districtId", "validation.NotNull"));
        StaffDetails admin = application.administrator();
        // the form answers alike whether the wished login id is free or not (a stranger must not learn which ids
        // exist): a taken one gets a number appended, and the applicant reads the id in the approval mail
        String loginId = admin.loginId();
        while (members.existsByLoginId(loginId)) {
            String wished = admin.loginId().length() > 59 ? admin.loginId().substring(0, 59) : admin.loginId();
            loginId = wished + "-" + (1000 + random.nextInt(9000));
        }
        Instant now = Instant.now(clock);
        Facility facility = facilities.save(Facility.apply(district.associationId(), district.id(), application.type(),
                details(application), now));
        Member applicant = members.save(Member.applicant(facility.id(), loginId, MemberService.details(admin), now));
        audit.record(null, "facility.applied", target(facility),
                "applicant " + applicant.name() + " (" + applicant.loginId() + ")");
        associations.findById(district.associationId()).map(a -> a.email()).ifPresent(office ->
                mail.enqueue(office, translations.text("mail.application.subject", Translations.JAPANESE),
                        translations.text("mail.application.body", Translations.JAPANESE, facility.name(),
                                translations.text("facility-type." + facility.type(), Translations.JAPANESE),
                                district.name()), false));
        return facility.id();
    }

    @Transactional(readOnly = true)
    public List<FacilityInfo> search(Actor actor, FacilityQuery query, int offset, int limit) {
        Long association = scope(actor, query.associationId());
        String text = Inputs.blank(query.text());
        return facilities.search(association, query.status(), query.type(), text, text == null ? null : Kana.normalize(text),
                OffsetLimit.of(offset, limit));
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, FacilityQuery query) {
        Long association = scope(actor, query.associationId());
        String text = Inputs.blank(query.text());
        return facilities.countSearch(association, query.status(), query.type(), text, text == null ? null : Kana.normalize(text));
    }

    /** A facility, for its association's administrators and its own administrator. */
    @Transactional(readOnly = true)
    public FacilityInfo get(Actor actor, long id) {
        FacilityInfo info = facilities.findInfo(id).orElseThrow(() -> new NotFoundException("facility", id));
        Permissions.requireManagesStaff(actor, info.id(), info.associationId());
        return info;
    }

    /**
     * The facility whole, for those who manage it (its administrator, its association); empty for any other member, who
     * reads what every member may ({@link CapabilityService#get}).
     */
    @Transactional(readOnly = true)
    public Optional<FacilityInfo> managed(Actor actor, long id) {
        FacilityInfo info = facilities.findInfo(id).orElseThrow(() -> new NotFoundException("facility", id));
        return Permissions.managesStaff(actor, info.id(), info.associationId()) ? Optional.of(info) : Optional.empty();
    }

    /** How many applications wait for this administrator's decision. */
    @Transactional(readOnly = true)
    public long pendingCount(Actor actor) {
        if (actor.isSystemAdmin()) {
            return facilities.countByStatus(FacilityStatus.PENDING);
        }
        if (actor.associationId() == null || !actor.administers(actor.associationId())) {
            return 0;
        }
        return facilities.countByAssociationIdAndStatus(actor.associationId(), FacilityStatus.PENDING);
    }

    /** What the actor may do with the facility now (its page offers these); the commands refuse the rest by the same rule. */
    @Transactional(propagation = Propagation.SUPPORTS) // reads nothing: no transaction of its own
    public Set<FacilityAction> allowedActions(Actor actor, FacilityInfo facility) {
        Set<FacilityAction> allowed = EnumSet.noneOf(FacilityAction.class);
        for (FacilityAction action : FacilityAction.values()) {
            if (refusal(actor, facility.id(), facility.associationId(), facility.status(), action) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses, as {@link #allowedActions} would not offer it, unless the actor may do this with the facility now. */
    static void require(Actor actor, Facility facility, FacilityAction action) {
        Supplier<RenkeiException> refused = refusal(actor, facility.id(), facility.associationId(), facility.status(), action);
        if (refused != null) {
            throw refused.get();
        }
    }

    /**
     * The rule: the association's administrators decide on its facilities (an application while it is pending, a
     * suspension while the facility is active, the reinstatement while it is suspended); staff are added by the
     * facility's administrator or its association, only to an active facility. Null when allowed.
     */
    private static @Nullable Supplier<RenkeiException> refusal(Actor actor, long facilityId, long associationId,
            FacilityStatus status, FacilityAction action) {
        if (action == FacilityAction.ADD_STAFF) {
            if (!Permissions.managesStaff(actor, facilityId, associationId)) {
                return () -> new AccessRefusedException("error.other-facility");
            }
            return status == FacilityStatus.ACTIVE ? null : () -> new ConflictException("facility.not-active");
        }
        if (action == FacilityAction.EDIT_CODE) {
            return Permissions.managesStaff(actor, facilityId, associationId) ? null
                    : () -> new AccessRefusedException("error.other-facility");
        }
        if (!actor.administers(associationId)) {
            return () -> new AccessRefusedException("error.other-association");
        }
        FacilityStatus expected = switch (action) {
            case APPROVE, REJECT -> FacilityStatus.PENDING;
            case SUSPEND -> FacilityStatus.ACTIVE;
            case REINSTATE -> FacilityStatus.SUSPENDED;
            case ADD_STAFF, EDIT_CODE -> throw new IllegalStateException();
        };
        return status == expected ? null : () -> new ConflictException("facility.state-conflict", status.name(), expected.name());
    }

    /** 承認: the facility may use the portal; its applicant becomes its administrator and gets an activation link. */
    public FacilityInfo approve(Actor actor, long id, @Nullable String note) {
        Facility facility = decided(actor, id, FacilityAction.APPROVE);
        Instant now = Instant.now(clock);
        facility.approve(actor.memberId(), Inputs.blank(note), now);
        for (Member applicant : members.findByFacilityIdAndStatus(id, MemberStatus.PENDING)) {
            applicant.admit(now);
            accounts.invite(applicant.id(), applicant.loginId(), applicant.name(), applicant.email());
            audit.record(actor, "member.invited", MemberService.target(applicant, facility.associationId()), null);
        }
        audit.record(actor, "facility.approved", target(facility), Inputs.blank(note));
        return info(id);
    }

    /** 却下, with the reason the applicant is told. */
    public FacilityInfo reject(Actor actor, long id, String reason) {
        String why = required(reason, "reason");
        Facility facility = decided(actor, id, FacilityAction.REJECT);
        Instant now = Instant.now(clock);
        facility.reject(actor.memberId(), why, now);
        for (Member applicant : members.findByFacilityIdAndStatus(id, MemberStatus.PENDING)) {
            applicant.reject(now);
            mail.enqueue(applicant.email(), translations.text("mail.rejected.subject", Translations.JAPANESE),
                    translations.text("mail.rejected.body", Translations.JAPANESE, applicant.name(), facility.name(), why),
                    false);
        }
        audit.record(actor, "facility.rejected", target(facility), why);
        return info(id);
    }

    /** 利用停止: none of its members can log in, and their open sessions end now. */
    public FacilityInfo suspend(Actor actor, long id, String reason) {
        String why = required(reason, "reason");
        Facility facility = decided(actor, id, FacilityAction.SUSPEND);
        facility.suspend(why, Instant.now(clock));
        members.findByFacilityId(id).forEach(m -> accounts.endSessionsAfterCommit(m.id()));
        audit.record(actor, "facility.suspended", target(facility), why);
        return info(id);
    }

    public FacilityInfo reinstate(Actor actor, long id) {
        Facility facility = decided(actor, id, FacilityAction.REINSTATE);
        facility.reinstate(Instant.now(clock));
        audit.record(actor, "facility.reinstated", target(facility), null);
        return info(id);
    }

    /** Corrects the facility's details; refused when someone else changed it since {@code version} was read. */
    public FacilityInfo update(Actor actor, long id, Facility.Details details, long version) {
        Facility facility = facilities.findById(id).orElseThrow(() -> new NotFoundException("facility", id));
        Permissions.requireManagesStaff(actor, id, facility.associationId());
        if (facility.version() != version) {
            throw new ConflictException("edit.stale");
        }
        OfficialCode.check(facility.type(), details.officialCode());
        facility.update(details, Instant.now(clock));
        audit.record(actor, "facility.updated", target(facility), null);
        return info(id);
    }

    /**
     * Enters or corrects the facility's 医療機関コード・事業所番号 (checked for its kind), by whoever manages the facility's
     * staff: its administrator or its association. Blank clears it.
     */
    public FacilityInfo setOfficialCode(Actor actor, long id, @Nullable String code) {
        Facility facility = facilities.findById(id).orElseThrow(() -> new NotFoundException("facility", id));
        require(actor, facility, FacilityAction.EDIT_CODE);
        String value = Inputs.blank(code);
        OfficialCode.check(facility.type(), value);
        facility.update(new Facility.Details(facility.name(), facility.nameKana(), value, facility.postalCode(),
                facility.address(), facility.phone(), facility.fax(), facility.email()), Instant.now(clock));
        audit.record(actor, "facility.updated", target(facility), "officialCode");
        return info(id);
    }

    private Facility decided(Actor actor, long id, FacilityAction action) {
        Facility facility = facilities.findById(id).orElseThrow(() -> new NotFoundException("facility", id));
        require(actor, facility, action);
        return facility;
    }

    private FacilityInfo info(long id) {
        facilities.flush();
        return facilities.findInfo(id).orElseThrow();
    }

    /** The association a list is limited to: the operators choose, association administrators get their own. */
    private static @Nullable Long scope(Actor actor, @Nullable Long requested) {
        if (actor.isSystemAdmin()) {
            return requested;
        }
        Long own = actor.associationId();
        if (own == null || !actor.administers(own)) {
            throw new AccessRefusedException("error.admin-only");
        }
        if (requested != null && !requested.equals(own)) {
            throw new AccessRefusedException("error.other-association");
        }
        return own;
    }

    static AuditTarget target(Facility f) {
        return AuditTarget.of("facility", f.id(), f.name(), f.associationId());
    }

    private static Facility.Details details(FacilityApplication a) {
        return new Facility.Details(a.name().strip(), Kana.normalize(a.nameKana()), AssociationService.blankToNull(a.officialCode()),
                a.postalCode().strip(), a.address().strip(), a.phone().strip(), AssociationService.blankToNull(a.fax()),
                a.email().strip());
    }


    private static String required(@Nullable String s, String field) {
        String value = Inputs.blank(s);
        if (value == null) {
            throw new InvalidInputException(field, "validation.NotBlank");
        }
        return value;
    }
}

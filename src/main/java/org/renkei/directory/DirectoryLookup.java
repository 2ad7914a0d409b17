package org.renkei.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.directory.internal.Member;
import org.renkei.directory.internal.Members;
import org.renkei.platform.Kana;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.OffsetLimit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as other modules read it, by id and in bulk (one query per call, whatever the count).
 * It checks no permission: callers decide what they may show of it, as they decide about their own data.
 */
@Component
@Transactional(readOnly = true)
public class DirectoryLookup {

    private final Facilities facilities;
    private final Members members;
    private final MemberService memberService;

    DirectoryLookup(Facilities facilities, Members members, MemberService memberService) {
        this.facilities = facilities;
        this.members = members;
        this.memberService = memberService;
    }

    public Map<Long, FacilityRef> facilities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return facilities.findAllById(ids).stream().map(DirectoryLookup::ref)
                .collect(Collectors.toMap(FacilityRef::id, Function.identity()));
    }

    /** Facilities with their address and phone number (one query), for phone lists. */
    public Map<Long, FacilityContact> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return facilities.findAllById(ids).stream()
                .map(f -> new FacilityContact(f.id(), f.name(), f.type(), f.associationId(), f.districtId(), f.address(),
                        f.phone(), f.status()))
                .collect(Collectors.toMap(FacilityContact::id, Function.identity()));
    }

    public FacilityRef facility(long id) {
        return facilities.findById(id).map(DirectoryLookup::ref)
                .orElseThrow(() -> new NotFoundException("facility", id));
    }

    /**
     * The facility's 医療機関コード as JP-CLINS documents name their author and custodian by it; null for a kind that has
     * none or a facility that has not entered it.
     */
    public @Nullable String institutionCode(long facilityId) {
        return facilities.findById(facilityId).map(f -> OfficialCode.institutionCode(f.type(), f.officialCode())).orElse(null);
    }

    /** A facility with its address and 医療機関コード, for a document that names it as its author. */
    public FacilityInfo details(long id) {
        return facilities.findInfo(id).orElseThrow(() -> new NotFoundException("facility", id));
    }

    public Map<Long, MemberSummary> members(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : memberService.summaries(ids);
    }

    /** The e-mail addresses of these members, for mail that other modules send them. */
    public Map<Long, String> emails(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : members.findAllById(ids).stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE)
                .collect(Collectors.toMap(Member::id, Member::email));
    }

    /** The ids of the facility's active members. */
    public List<Long> activeMemberIds(long facilityId) {
        return members.findByFacilityIdAndStatus(facilityId, MemberStatus.ACTIVE).stream().map(Member::id).toList();
    }

    /**
     * The district's 在宅療養支援窓口: its active municipal support desk (the first registered, if there are several), with
     * the district's name and association, in one query; empty where the district has none.
     */
    public java.util.Optional<FacilityInfo> districtDesk(long districtId) {
        return facilities.findActiveInDistrict(districtId, FacilityType.MUNICIPAL_SUPPORT_DESK,
                org.springframework.data.domain.PageRequest.of(0, 1)).stream().findFirst();
    }

    /** The ids of the facility's active administrators (施設管理者). */
    public List<Long> activeAdministratorIds(long facilityId) {
        return members.findByFacilityIdAndStatus(facilityId, MemberStatus.ACTIVE).stream().filter(Member::facilityAdmin)
                .map(Member::id).toList();
    }

    /** Active members of active facilities whose name or kana contains the text, for pickers (at most 30). */
    public List<MemberSummary> findMembers(String text) {
        return members.directory(text, Kana.normalize(text), null, null,
                        OffsetLimit.of(0, 30)).stream()
                .map(e -> new MemberSummary(e.memberId(), e.name(), e.nameKana(), e.profession(), e.facilityId(),
                        e.facilityName(), null, MemberStatus.ACTIVE))
                .toList();
    }

    /** Active facilities whose name or kana contains the text, for pickers (at most 30). */
    public List<FacilityRef> findFacilities(String text) {
        String kana = Kana.normalize(text);
        return facilities.search(null, FacilityStatus.ACTIVE, null, text, kana, OffsetLimit.of(0, 30))
                .stream().filter(f -> f.type() != FacilityType.ASSOCIATION_OFFICE)
                .map(f -> new FacilityRef(f.id(), f.name(), f.type(), f.associationId(), f.status())).toList();
    }

    /** Active facilities by name or kana and type, a page at a time (for the API). */
    public List<FacilityRef> findFacilities(@Nullable String text, @Nullable FacilityType type,
            int offset, int limit) {
        String t = text == null || text.isBlank() ? null : text.strip();
        return facilities.search(null, FacilityStatus.ACTIVE, type, t, t == null ? null : Kana.normalize(t),
                        OffsetLimit.of(offset, limit))
                .stream().filter(f -> f.type() != FacilityType.ASSOCIATION_OFFICE)
                .map(f -> new FacilityRef(f.id(), f.name(), f.type(), f.associationId(), f.status())).toList();
    }

    static FacilityRef ref(Facility f) {
        return new FacilityRef(f.id(), f.name(), f.type(), f.associationId(), f.status());
    }
}

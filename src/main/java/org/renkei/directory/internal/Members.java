package org.renkei.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryEntry;
import org.renkei.directory.MemberStatus;
import org.renkei.directory.Profession;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Members extends JpaRepository<Member, Long> {

    Optional<Member> findByLoginId(String loginId);

    boolean existsByLoginId(String loginId);

    @Query("select m.loginId from Member m where m.loginId in ?1")
    List<String> findTakenLoginIds(Collection<String> loginIds);

    List<Member> findByFacilityIdAndStatus(long facilityId, MemberStatus status);

    List<Member> findByFacilityId(long facilityId);

    boolean existsBySystemAdminTrue();

    /** A member with their facility (null for operators), for login and for administrators' lists. */
    interface Row {
        Member getMember();

        @Nullable Facility getFacility();
    }

    @Query("select m as member, f as facility from Member m left join Facility f on f.id = m.facilityId where m.id = ?1")
    Optional<Row> findRow(long id);

    @Query("select m as member, f as facility from Member m left join Facility f on f.id = m.facilityId where m.loginId = ?1")
    Optional<Row> findRowByLoginId(String loginId);

    /** Members of one association or one facility (all when both null), filtered. */
    @Query("""
            select m as member, f as facility from Member m left join Facility f on f.id = m.facilityId
            where (:association is null or f.associationId = :association)
              and (:facility is null or m.facilityId = :facility)
              and (:status is null or m.status = :status)
              and (:profession is null or m.profession = :profession)
              and (:text is null or m.name like concat('%', :text, '%') or m.nameKana like concat('%', :kana, '%')
                   or m.loginId like concat('%', :text, '%') or m.email like concat('%', :text, '%'))
            order by m.nameKana, m.id""")
    List<Row> search(@Nullable Long association, @Nullable Long facility, @Nullable MemberStatus status,
            @Nullable Profession profession, @Nullable String text, @Nullable String kana, Pageable page);

    @Query("""
            select count(m) from Member m left join Facility f on f.id = m.facilityId
            where (:association is null or f.associationId = :association)
              and (:facility is null or m.facilityId = :facility)
              and (:status is null or m.status = :status)
              and (:profession is null or m.profession = :profession)
              and (:text is null or m.name like concat('%', :text, '%') or m.nameKana like concat('%', :kana, '%')
                   or m.loginId like concat('%', :text, '%') or m.email like concat('%', :text, '%'))""")
    long countSearch(@Nullable Long association, @Nullable Long facility, @Nullable MemberStatus status,
            @Nullable Profession profession, @Nullable String text, @Nullable String kana);

    /** Active members of active facilities anywhere in the portal: the directory every member searches. */
    @Query("""
            select new org.renkei.directory.DirectoryEntry(m.id, m.name, m.nameKana, m.profession, f.id, f.name, f.type,
                f.phone, a.name, coalesce(d.name, ''))
            from Member m join Facility f on f.id = m.facilityId join Association a on a.id = f.associationId
            left join District d on d.id = f.districtId
            where m.status = org.renkei.directory.MemberStatus.ACTIVE and f.status = org.renkei.directory.FacilityStatus.ACTIVE
              and (:profession is null or m.profession = :profession)
              and (:association is null or f.associationId = :association)
              and (:text is null or m.name like concat('%', :text, '%') or m.nameKana like concat('%', :kana, '%')
                   or f.name like concat('%', :text, '%') or f.nameKana like concat('%', :kana, '%'))
            order by m.nameKana, m.id""")
    List<DirectoryEntry> directory(@Nullable String text, @Nullable String kana, @Nullable Profession profession,
            @Nullable Long association, Pageable page);
}

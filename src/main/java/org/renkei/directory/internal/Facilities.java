package org.renkei.directory.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityInfo;
import org.renkei.directory.FacilityStatus;
import org.renkei.directory.FacilityType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Facilities extends JpaRepository<Facility, Long> {

    String INFO = """
            select new org.renkei.directory.FacilityInfo(f.id, f.associationId, a.name, f.districtId, d.name, f.type,
                f.name, f.nameKana, f.officialCode, f.postalCode, f.address, f.phone, f.fax, f.email, f.status,
                f.appliedAt, f.decidedAt, f.decisionNote, f.statusReason, f.version)
            from Facility f join Association a on a.id = f.associationId left join District d on d.id = f.districtId
            """;

    @Query(INFO + "where f.id = ?1")
    Optional<FacilityInfo> findInfo(long id);

    /** Facilities of one association (all of them when null), filtered, pending ones first. */
    @Query(INFO + """
            where (:association is null or f.associationId = :association)
              and (:status is null or f.status = :status)
              and (:type is null or f.type = :type)
              and (:text is null or f.name like concat('%', :text, '%') or f.nameKana like concat('%', :kana, '%')
                   or f.address like concat('%', :text, '%'))
            order by case when f.status = org.renkei.directory.FacilityStatus.PENDING then 0 else 1 end, f.nameKana, f.id""")
    List<FacilityInfo> search(@Nullable Long association, @Nullable FacilityStatus status, @Nullable FacilityType type,
            @Nullable String text, @Nullable String kana, Pageable page);

    @Query("""
            select count(f) from Facility f where (:association is null or f.associationId = :association)
              and (:status is null or f.status = :status)
              and (:type is null or f.type = :type)
              and (:text is null or f.name like concat('%', :text, '%') or f.nameKana like concat('%', :kana, '%')
                   or f.address like concat('%', :text, '%'))""")
    long countSearch(@Nullable Long association, @Nullable FacilityStatus status, @Nullable FacilityType type,
            @Nullable String text, @Nullable String kana);

    /** The active facilities of a kind in one district, oldest first (a district's 在宅療養支援窓口). */
    @Query(INFO + "where f.districtId = ?1 and f.type = ?2 and f.status = org.renkei.directory.FacilityStatus.ACTIVE order by f.id")
    List<FacilityInfo> findActiveInDistrict(long districtId, FacilityType type, Pageable page);

    long countByAssociationIdAndStatus(long associationId, FacilityStatus status);

    long countByStatus(FacilityStatus status);
}

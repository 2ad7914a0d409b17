package org.renkei.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.renkei.audit.AuditLog;
import org.renkei.audit.AuditTarget;
import org.renkei.directory.internal.Association;
import org.renkei.directory.internal.Associations;
import org.renkei.directory.internal.District;
import org.renkei.directory.internal.Districts;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.platform.ConflictException;
import org.renkei.platform.Inputs;
import org.renkei.platform.Kana;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 地区医師会: the portal's operators create them; everyone may list them and their districts. */
@Service
@Transactional
public class AssociationService {

    /** A new association with the districts it covers. */
    public record NewAssociation(
            @NotBlank @Pattern(regexp = "^[a-z0-9-]{2,32}$") String code,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String nameKana,
            @NotBlank @Size(max = 10) String prefecture,
            @Nullable @Pattern(regexp = Patterns.PHONE_OR_EMPTY) String phone,
            @Nullable @Email String email,
            @NotEmpty List<@NotBlank String> districts) {}

    private final Associations associations;
    private final Districts districts;
    private final Facilities facilities;
    private final AuditLog audit;
    private final Inputs inputs;
    private final Clock clock;

    AssociationService(Associations associations, Districts districts, Facilities facilities, AuditLog audit,
            Inputs inputs, Clock clock) {
        this.associations = associations;
        this.districts = districts;
        this.facilities = facilities;
        this.audit = audit;
        this.inputs = inputs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AssociationInfo> all() {
        return associations.findAll(Sort.by("nameKana")).stream()
                .map(AssociationService::info).toList();
    }

    @Transactional(readOnly = true)
    public AssociationInfo get(long id) {
        return associations.findById(id).map(AssociationService::info)
                .orElseThrow(() -> new NotFoundException("association", id));
    }

    /** Every district of every association: what the registration form offers. */
    @Transactional(readOnly = true)
    public List<DistrictInfo> districts() {
        return districts.findAllInfo();
    }

    /**
     * Creates an association, its districts and its office (事務局), the facility its administrators
     * belong to. Only the portal's operators may.
     */
    public AssociationInfo create(Actor actor, NewAssociation command) {
        Permissions.requireSystemAdmin(actor);
        inputs.check(command);
        if (associations.findByCode(command.code()).isPresent()) {
            throw new ConflictException("association.code-taken", command.code());
        }
        Instant now = Instant.now(clock);
        Association a = associations.save(new Association(command.code(), command.name(),
                Kana.normalize(command.nameKana()), command.prefecture(), blankToNull(command.phone()),
                blankToNull(command.email()), now));
        command.districts().stream().map(String::strip).distinct().forEach(d -> districts.save(new District(a.id(), d)));
        facilities.save(Facility.admitted(a.id(), null, FacilityType.ASSOCIATION_OFFICE,
                new Facility.Details(a.name() + " 事務局", a.nameKana() + " ジムキョク", null, "000-0000", "-",
                        a.phone() == null ? "00-0000-0000" : a.phone(), null, a.email() == null ? "office@invalid" : a.email()),
                now));
        audit.record(actor, "association.created", AuditTarget.of("association", a.id(), a.name(), a.id()), null);
        return info(a);
    }

    /** The facility the association's own administrators belong to. */
    @Transactional(readOnly = true)
    public long officeOf(long associationId) {
        return facilities.search(associationId, FacilityStatus.ACTIVE, FacilityType.ASSOCIATION_OFFICE, null, null,
                        PageRequest.of(0, 1)).stream()
                .findFirst().map(FacilityInfo::id)
                .orElseThrow(() -> new NotFoundException("association office", associationId));
    }

    static AssociationInfo info(Association a) {
        return new AssociationInfo(a.id(), a.code(), a.name(), a.nameKana(), a.prefecture(), a.phone(), a.email());
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

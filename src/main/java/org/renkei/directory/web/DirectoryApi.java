package org.renkei.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.Capability;
import org.renkei.directory.CapabilityQuery;
import org.renkei.directory.CapabilitySearch;
import org.renkei.directory.DirectoryEntry;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DirectoryService;
import org.renkei.directory.FacilityCapabilityInfo;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityType;
import org.renkei.directory.IntakeFilter;
import org.renkei.directory.Profession;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.api.ApiPage;
import org.renkei.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member and facility directory, as every member sees it (scope {@code directory.read}). */
@RestController
@RequestMapping("/api")
@Tag(name = "directory", description = "Facilities and members of every district")
class DirectoryApi {

    private final DirectoryLookup lookup;
    private final DirectoryService directory;
    private final CapabilitySearch capabilities;

    DirectoryApi(DirectoryLookup lookup, DirectoryService directory, CapabilitySearch capabilities) {
        this.lookup = lookup;
        this.directory = directory;
        this.capabilities = capabilities;
    }

    @GetMapping("/facilities")
    @Operation(summary = "Active facilities by name or reading, optionally of one type")
    ApiPage<FacilityRef> facilities(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable FacilityType type, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(offset, limit);
        return ApiPage.of(lookup.findFacilities(q, type, offset, limit + 1), offset, limit);
    }

    @GetMapping("/facilities/search")
    @Operation(summary = "Active facilities that take on every given capability, serve the district and take new patients",
            description = "Those accepting now come first, then those asking to be consulted, then the unknown (never said or "
                    + "confirmed more than 30 days ago), then the full. accepting=true is intake=ACCEPTING.")
    ApiPage<FacilityCapabilityInfo> searchByCapability(@AuthenticationPrincipal Actor actor,
            @RequestParam(name = "capability", required = false) @Nullable List<Capability> capability,
            @RequestParam(required = false) @Nullable Long district, @RequestParam(required = false) @Nullable FacilityType type,
            @RequestParam(defaultValue = "false") boolean accepting,
            @RequestParam(required = false) @Nullable IntakeFilter intake, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(offset, limit);
        if (accepting && intake != null && intake != IntakeFilter.ACCEPTING) {
            throw new InvalidInputException("intake", "capability.intake-filter-conflict");
        }
        IntakeFilter filter = accepting ? IntakeFilter.ACCEPTING : intake == null ? IntakeFilter.ANY : intake;
        CapabilityQuery query = new CapabilityQuery(type, capability == null ? Set.of() : Set.copyOf(capability), district,
                filter, q);
        return ApiPage.of(capabilities.find(actor, query, offset, limit + 1), offset, limit);
    }

    @GetMapping("/members")
    @Operation(summary = "Active members by name or reading, optionally of one profession")
    ApiPage<DirectoryEntry> members(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Profession profession, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(offset, limit);
        return ApiPage.of(directory.find(actor, q, profession, null, offset, limit + 1), offset, limit);
    }
}

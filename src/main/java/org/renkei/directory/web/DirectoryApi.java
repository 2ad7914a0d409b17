package org.renkei.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.DirectoryEntry;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.DirectoryService;
import org.renkei.directory.FacilityRef;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
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

    DirectoryApi(DirectoryLookup lookup, DirectoryService directory) {
        this.lookup = lookup;
        this.directory = directory;
    }

    @GetMapping("/facilities")
    @Operation(summary = "Active facilities by name or reading, optionally of one type")
    ApiPage<FacilityRef> facilities(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable FacilityType type, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ApiPage.check(offset, limit);
        return ApiPage.of(lookup.findFacilities(q, type, offset, limit + 1), offset, limit);
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

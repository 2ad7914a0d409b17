package org.renkei.preparedness.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.renkei.preparedness.Board;
import org.renkei.preparedness.BoardQueries;
import org.renkei.preparedness.EventInfo;
import org.renkei.preparedness.PlanQueries;
import org.renkei.preparedness.RegisterRow;
import org.renkei.security.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For a 区's own systems (scope {@code preparedness.read}), acting for the district's 在宅療養支援窓口: its register of
 * ventilator users (the patients whose consent admits the desk), and during a disaster event the check of each user. Any
 * other facility's program is refused.
 */
@RestController
@RequestMapping("/api/preparedness")
@Tag(name = "preparedness", description = "Ventilator users' disaster plans: the 区's register and disaster checks (災害時個別支援計画・安否確認)")
class PreparednessApi {

    private final PlanQueries plans;
    private final BoardQueries boards;

    PreparednessApi(PlanQueries plans, BoardQueries boards) {
        this.plans = plans;
        this.boards = boards;
    }

    @GetMapping("/register")
    @Operation(summary = "The district desk's register: each user's devices, battery runtime, plan state, next review and checker")
    List<RegisterRow> register(@AuthenticationPrincipal Actor actor) {
        return plans.register(actor);
    }

    @GetMapping("/events")
    @Operation(summary = "The disaster events of the desk's district, open first, with the count of checks in each state")
    List<EventInfo> events(@AuthenticationPrincipal Actor actor) {
        return boards.events(actor);
    }

    @GetMapping("/events/{id}/checks")
    @Operation(summary = "An event's checks: each user's state (未確認, 無事, 要支援 with the hours left, 搬送済, 連絡つかず), the checker, when")
    Board checks(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return boards.board(actor, id);
    }
}

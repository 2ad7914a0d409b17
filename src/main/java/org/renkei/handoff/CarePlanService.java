package org.renkei.handoff;

import org.renkei.audit.AuditLog;
import org.renkei.handoff.internal.FileTypes;
import org.renkei.handoff.internal.Handoff;
import org.renkei.platform.NotFoundException;
import org.renkei.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care plan (居宅サービス計画書) attached to an admission sheet: the MHLW form lists "services used before
 * admission (care plan attached)". The care manager's facility attaches it (a PDF or image, up to 10 MB; a
 * second one replaces the first) while the handoff is a draft or sent; those who may read the handoff read
 * it, and every read is in the access log.
 */
@Service
@Transactional
public class CarePlanService {

    private final HandoffService handoffs;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CarePlanService(HandoffService handoffs, AuditLog audit, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.handoffs = handoffs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
    }

    public void attach(Actor actor, long handoffId, String fileName, byte[] content) {
        Handoff h = handoffs.asSender(actor, handoffId, null);
        h.requireCarePlanAttachable(actor);
        String type = FileTypes.require("carePlan", fileName, content);
        String name = fileName.isBlank() ? "care-plan" : fileName.strip();
        jdbc.update("UPDATE handoff SET care_plan_name = ?, care_plan_type = ?, care_plan = ? WHERE id = ?", name, type, content, handoffId);
        events.publishEvent(new HandoffEvent.CarePlanAttached(handoffId, name, actor));
    }

    public AttachedFile read(Actor actor, long handoffId) {
        Handoff h = handoffs.load(handoffId);
        handoffs.requireReader(actor, h, handoffs.recipientsOf(handoffId));
        AttachedFile file = jdbc.query("SELECT care_plan_name, care_plan_type, care_plan FROM handoff WHERE id = ? AND care_plan IS NOT NULL",
                (rs, i) -> new AttachedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)), handoffId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("care-plan", handoffId));
        audit.record(actor, "handoff.care-plan-read", HandoffService.target(h, handoffs.patientRef(h)), file.fileName());
        return file;
    }
}

package org.renkei.patient;

import java.util.List;
import java.util.function.Function;
import org.renkei.audit.AuditLog;
import org.renkei.patient.internal.Patient;
import org.renkei.patient.internal.SummaryVersions;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 更新履歴: the summary's versions, one past version whole, and what changed between two. Every read is logged. */
@Service
@Transactional
public class SummaryHistoryService {

    private final PatientAccess access;
    private final SummaryVersions versions;
    private final SummaryService summaries;
    private final SummaryDiffer differ;
    private final AuditLog audit;

    SummaryHistoryService(PatientAccess access, SummaryVersions versions, SummaryService summaries, SummaryDiffer differ,
            AuditLog audit) {
        this.access = access;
        this.versions = versions;
        this.summaries = summaries;
        this.differ = differ;
        this.audit = audit;
    }

    /** Every version, newest first. */
    public List<VersionInfo> history(Actor actor, long patientId) {
        Patient patient = access.requireRead(actor, patientId);
        audit.record(actor, "patient.history-viewed", PatientAccess.target(patient), null);
        return versions.findInfos(patientId);
    }

    /** One past version, whole. */
    public SummaryVersion version(Actor actor, long patientId, int version) {
        Patient patient = access.requireRead(actor, patientId);
        audit.record(actor, "patient.version-viewed", PatientAccess.target(patient), "v" + version);
        return summaries.version(patient, version);
    }

    /** What changed from one version to another, section by section. */
    public SummaryDiff diff(Actor actor, long patientId, int from, int to, Function<String, String> translate) {
        Patient patient = access.requireRead(actor, patientId);
        SummaryVersion a = summaries.version(patient, from);
        SummaryVersion b = summaries.version(patient, to);
        audit.record(actor, "patient.diff-viewed", PatientAccess.target(patient), "v" + from + " → v" + to);
        return new SummaryDiff(a.info(), b.info(), differ.diff(a.summary(), b.summary(), translate));
    }
}

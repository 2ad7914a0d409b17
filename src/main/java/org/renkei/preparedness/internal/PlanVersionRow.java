package org.renkei.preparedness.internal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.preparedness.PlanContent;

/** A confirmed version of a plan as the family agreed to it; written once, when it is confirmed. */
@Entity
@Table(name = "prep_plan_version")
public class PlanVersionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int planVersion;
    @Convert(converter = PlanContentConverter.class)
    private PlanContent content;
    private @Nullable Integer summaryVersion;
    private @Nullable String medicalConfirmedBy;
    private @Nullable String consentBy;
    private Instant confirmedAt;
    private String confirmedBy;

    protected PlanVersionRow() {
        this.content = PlanContent.starter(java.util.List.of(), java.util.List.of());
        this.confirmedAt = Instant.EPOCH;
        this.confirmedBy = "";
    }

    PlanVersionRow(int planVersion, PlanContent content, @Nullable Integer summaryVersion,
            @Nullable String medicalConfirmedBy, @Nullable String consentBy, Instant confirmedAt, String confirmedBy) {
        this.planVersion = planVersion;
        this.content = content;
        this.summaryVersion = summaryVersion;
        this.medicalConfirmedBy = medicalConfirmedBy;
        this.consentBy = consentBy;
        this.confirmedAt = confirmedAt;
        this.confirmedBy = confirmedBy;
    }

    public int planVersion() {
        return planVersion;
    }

    public PlanContent content() {
        return content;
    }

    public @Nullable Integer summaryVersion() {
        return summaryVersion;
    }

    public @Nullable String medicalConfirmedBy() {
        return medicalConfirmedBy;
    }

    public @Nullable String consentBy() {
        return consentBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }
}

package org.renkei.preparedness.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.renkei.preparedness.GrantItem;

/** 給付: a generator or battery given under the programme, with its serial and next inspection. Part of its plan. */
@Entity
@Table(name = "prep_grant")
public class PlanGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private GrantItem item;
    private String model;
    private @Nullable String serial;
    private LocalDate grantedOn;
    private @Nullable LocalDate nextInspectionOn;
    private String grantedBy;

    protected PlanGrant() {
        this.item = GrantItem.OTHER;
        this.model = "";
        this.grantedOn = LocalDate.EPOCH;
        this.grantedBy = "";
    }

    PlanGrant(GrantItem item, String model, @Nullable String serial, LocalDate grantedOn, @Nullable LocalDate nextInspectionOn,
            String grantedBy) {
        this.item = item;
        this.model = model;
        this.serial = serial;
        this.grantedOn = grantedOn;
        this.nextInspectionOn = nextInspectionOn;
        this.grantedBy = grantedBy;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public GrantItem item() {
        return item;
    }

    public String model() {
        return model;
    }

    public @Nullable String serial() {
        return serial;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public @Nullable LocalDate nextInspectionOn() {
        return nextInspectionOn;
    }

    public String grantedBy() {
        return grantedBy;
    }
}

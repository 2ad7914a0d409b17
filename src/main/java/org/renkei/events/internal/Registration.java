package org.renkei.events.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.renkei.directory.FacilityType;
import org.renkei.directory.Profession;
import org.renkei.events.RegistrationStatus;

/**
 * A member's registration for a meeting (申込), part of the {@link Meeting} aggregate: who, in which profession and facility
 * as they were when registering (the figures stay as they were), confirmed or waiting, attendance, group, survey, and the
 * certificate's code.
 */
@Entity
@Table(name = "meeting_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long memberId;
    private String memberName;
    @Enumerated(EnumType.STRING)
    private Profession profession;
    private long facilityId;
    private String facilityName;
    @Enumerated(EnumType.STRING)
    private FacilityType facilityType;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private Instant registeredAt;
    private @Nullable Instant confirmedAt;
    private @Nullable Instant cancelledAt;
    private boolean shareName;
    private @Nullable Instant attendedAt;
    private @Nullable Integer groupNo;
    private @Nullable Integer surveyRating;
    private @Nullable String surveyComment;
    private @Nullable Instant surveyedAt;
    private @Nullable String certificateCode;

    protected Registration() {
        this.memberName = "";
        this.profession = Profession.OTHER;
        this.facilityName = "";
        this.facilityType = FacilityType.OTHER;
        this.status = RegistrationStatus.CANCELLED;
        this.registeredAt = Instant.EPOCH;
    }

    Registration(Registrant who, boolean shareName, Instant now) {
        this.memberId = who.memberId();
        this.memberName = who.name();
        this.profession = who.profession();
        this.facilityId = who.facilityId();
        this.facilityName = who.facilityName();
        this.facilityType = who.facilityType();
        this.status = RegistrationStatus.WAITING;
        this.registeredAt = now;
        this.shareName = shareName;
    }

    /** Registers again after a cancellation: at the end of the queue, as the member is now. */
    void renew(Registrant who, boolean share, Instant now) {
        memberName = who.name();
        profession = who.profession();
        facilityId = who.facilityId();
        facilityName = who.facilityName();
        facilityType = who.facilityType();
        status = RegistrationStatus.WAITING;
        registeredAt = now;
        confirmedAt = null;
        cancelledAt = null;
        shareName = share;
        attendedAt = null;
        groupNo = null;
        certificateCode = null;
    }

    void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        groupNo = null;
    }

    void attend(Instant now, @Nullable String certificate) {
        attendedAt = now;
        certificateCode = certificate;
    }

    void unattend() {
        attendedAt = null;
        certificateCode = null;
    }

    void group(@Nullable Integer no) {
        groupNo = no;
    }

    void survey(int rating, @Nullable String comment, Instant now) {
        surveyRating = rating;
        surveyComment = comment;
        surveyedAt = now;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id);
    }

    public long memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public Profession profession() {
        return profession;
    }

    public long facilityId() {
        return facilityId;
    }

    public String facilityName() {
        return facilityName;
    }

    public FacilityType facilityType() {
        return facilityType;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public boolean shareName() {
        return shareName;
    }

    public @Nullable Instant attendedAt() {
        return attendedAt;
    }

    public boolean attended() {
        return attendedAt != null;
    }

    public @Nullable Integer groupNo() {
        return groupNo;
    }

    public @Nullable Integer surveyRating() {
        return surveyRating;
    }

    public @Nullable String surveyComment() {
        return surveyComment;
    }

    public @Nullable Instant surveyedAt() {
        return surveyedAt;
    }

    public @Nullable String certificateCode() {
        return certificateCode;
    }
}

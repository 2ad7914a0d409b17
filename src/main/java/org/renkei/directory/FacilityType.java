package org.renkei.directory;

/** 施設・事業所の種別. The labels are in {@code messages*.properties} under {@code facility-type.*}. */
public enum FacilityType {
    /** 病院 */
    HOSPITAL,
    /** 診療所 */
    CLINIC,
    /** 歯科診療所 */
    DENTAL_CLINIC,
    /** 薬局 */
    PHARMACY,
    /** 訪問看護ステーション */
    VISITING_NURSE_STATION,
    /** 居宅介護支援事業所 */
    CARE_MANAGEMENT_OFFICE,
    /** 訪問介護事業所 */
    HOME_HELP_OFFICE,
    /** 地域包括支援センター */
    COMMUNITY_SUPPORT_CENTER,
    /** 区市町村 在宅療養支援窓口 */
    MUNICIPAL_SUPPORT_DESK,
    /** 医師会事務局 */
    ASSOCIATION_OFFICE,
    /** その他 */
    OTHER;

    /**
     * Whether the facility can be on a patient's care team: every kind but the association's office, which keeps the
     * register and never reads clinical content (so it is no handoff's recipient either: accepting joins the team).
     */
    public boolean joinsCareTeams() {
        return this != ASSOCIATION_OFFICE;
    }

    /** Facilities that treat or nurse patients themselves (not offices, desks or care management). */
    public boolean givesCare() {
        return this == HOSPITAL || this == CLINIC || this == DENTAL_CLINIC || this == PHARMACY || this == VISITING_NURSE_STATION;
    }
}

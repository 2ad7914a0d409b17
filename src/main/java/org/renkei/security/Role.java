package org.renkei.security;

/**
 * What a member may do beyond their own patients. Every logged-in member has {@link #MEMBER};
 * the others come from the directory.
 */
public enum Role {
    /** 会員: any member who has passed both factors. */
    MEMBER,
    /** 施設管理者: manages the staff of one facility. */
    FACILITY_ADMIN,
    /** 医師会事務局: admits facilities and members of one association and reviews its access log. */
    ASSOCIATION_ADMIN,
    /** ポータル運営: creates associations and appoints their administrators. */
    SYSTEM_ADMIN,
    /**
     * 医療職: a licensed clinician (physician, dentist, pharmacist, nurse, therapist …) of a facility that gives care
     * (hospital, clinic, dental clinic, pharmacy, visiting-nurse station). Only they may use break-glass (緊急閲覧);
     * offices, clerks, municipal officers and programs never.
     */
    CLINICIAN,
    /**
     * 連携システム: a program acting for its facility through the API (a member of status SYSTEM). It is on a
     * patient's team when its facility is: as a whole, or through any of the facility's members.
     */
    API_CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }
}

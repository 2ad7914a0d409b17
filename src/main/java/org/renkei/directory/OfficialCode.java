package org.renkei.directory;

import org.jspecify.annotations.Nullable;
import org.renkei.platform.InvalidInputException;

/**
 * The number a facility is known by to the insurers: the 10-digit 医療機関コード of a hospital, clinic or dental
 * clinic (都道府県 2 digits, 点数表 1 = 医科 or 3 = 歯科, 医療機関番号 7 digits whose last is a check digit), the
 * 薬局コード (点数表 4) and the 訪問看護ステーションコード (点数表 6) in the same scheme; for the other kinds the
 * 介護保険事業所番号 or nothing. The check digit is Luhn's over all ten digits (the prefecture and table included),
 * as the regional bureaus issue them: a typo in one digit is refused at entry, before it reaches a FHIR document.
 */
public final class OfficialCode {

    /** What JP-CLINS accepts as an institution's number (JP_eCS_InstitutionNumber, R1010). */
    public static final String INSTITUTION_SHAPE = "^[0-4][0-9][1-3][0-9]{7}$";

    private OfficialCode() {}

    /** Refuses a code that cannot be this kind's: the shape, the prefecture, the table and the check digit. */
    public static void check(FacilityType type, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        String table = switch (type) {
            case HOSPITAL, CLINIC -> "1";
            case DENTAL_CLINIC -> "3";
            case PHARMACY -> "4";
            case VISITING_NURSE_STATION -> "6";
            default -> null;
        };
        if (table == null) {
            if (!code.matches("[0-9A-Za-z-]{1,20}")) {
                throw new InvalidInputException("officialCode", "facility.official-code-shape");
            }
            return;
        }
        int prefecture = code.matches("\\d{10}") ? Integer.parseInt(code.substring(0, 2)) : 0;
        if (prefecture < 1 || prefecture > 47 || !code.substring(2, 3).equals(table)) {
            throw new InvalidInputException("officialCode", "facility.institution-code-shape", table);
        }
        if (!luhn(code)) {
            throw new InvalidInputException("officialCode", "facility.institution-code-check");
        }
    }

    /** The facility's 医療機関コード when it has one JP-CLINS would accept: a hospital's, clinic's or dental clinic's. */
    public static @Nullable String institutionCode(FacilityType type, @Nullable String code) {
        boolean medical = type == FacilityType.HOSPITAL || type == FacilityType.CLINIC || type == FacilityType.DENTAL_CLINIC;
        return medical && code != null && code.matches(INSTITUTION_SHAPE) ? code : null;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

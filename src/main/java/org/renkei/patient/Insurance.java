package org.renkei.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 保険情報: the patient's health insurance as the card shows it. {@code insurerNumber} is the 保険者番号 (8 digits, or 6
 * for 国民健康保険), whose last digit checks the others; {@code symbol} (記号) and {@code number} (番号) as printed, without
 * colons or blanks; {@code branch} (枝番) two digits when the card has one.
 */
public record Insurance(
        @NotBlank @Pattern(regexp = "^\\d{6}$|^\\d{8}$") String insurerNumber,
        @Nullable @Size(max = 40) @Pattern(regexp = "^[^:\\s　]*$") String symbol,
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[^:\\s　]*$") String number,
        @Nullable @Pattern(regexp = "^$|^\\d{2}$") String branch) {

    public Insurance {
        symbol = symbol == null || symbol.isBlank() ? null : symbol.strip();
        branch = branch == null || branch.isBlank() ? null : branch.strip();
        insurerNumber = insurerNumber == null ? null : insurerNumber.strip();
        number = number == null ? null : number.strip();
    }

    /** Whether the 保険者番号's last digit is its check digit (the Luhn scheme the numbers are issued with). */
    public boolean checkDigitHolds() {
        if (insurerNumber == null || !insurerNumber.matches("\\d{6}|\\d{8}")) {
            return false;
        }
        int sum = 0;
        boolean twice = true;
        for (int i = insurerNumber.length() - 2; i >= 0; i--) {
            int d = insurerNumber.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10 == insurerNumber.charAt(insurerNumber.length() - 1) - '0';
    }

    /** As JP-CLINS names the insured (JP_Insurance_memberID): 保険者番号 in 8 digits, 記号, 番号 and 枝番, with colons. */
    public String memberId() {
        String insurer = insurerNumber.length() == 6 ? "00" + insurerNumber : insurerNumber;
        return insurer + ":" + (symbol == null ? "" : symbol) + ":" + number + ":" + (branch == null ? "" : branch);
    }
}

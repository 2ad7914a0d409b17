package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 保険者番号's check digit, and the insured's id as JP-CLINS writes it. */
class InsuranceTest {

    @Test
    void theLastDigitChecksTheOthers() {
        assertThat(new Insurance("39131016", null, "1", null).checkDigitHolds()).isTrue();
        assertThat(new Insurance("33120015", null, "1", null).checkDigitHolds()).isTrue();
        assertThat(new Insurance("54016027", null, "1", null).checkDigitHolds()).isTrue();
        assertThat(new Insurance("39131017", null, "1", null).checkDigitHolds()).isFalse();
        assertThat(new Insurance("39131061", null, "1", null).checkDigitHolds()).as("two digits swapped").isFalse();
        assertThat(new Insurance("3913101", null, "1", null).checkDigitHolds()).as("seven digits").isFalse();
    }

    @Test
    void theMemberIdIsInsurerSymbolNumberAndBranchWithASixDigitNumberWidenedToEight() {
        assertThat(new Insurance("39131016", "12", "3456", "01").memberId()).isEqualTo("39131016:12:3456:01");
        assertThat(new Insurance("138016", null, " 987 ", " ").memberId()).isEqualTo("00138016::987:");
    }
}

package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KanaTest {

    @Test
    void hiraganaAndHalfWidthBecomeFullWidthKatakana() {
        assertThat(Kana.normalize("やまだ　たろう")).isEqualTo("ヤマダ タロウ");
        assertThat(Kana.normalize("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo("ヤマダ タロウ");
        assertThat(Kana.normalize(" サトウ  ハナコ ")).isEqualTo("サトウ ハナコ");
    }

    @Test
    void onlyKatakanaIsKatakana() {
        assertThat(Kana.isKatakana("ヤマダ タロウ")).isTrue();
        assertThat(Kana.isKatakana("やまだ ｼﾞﾛｳ")).isTrue();
        assertThat(Kana.isKatakana("山田")).isFalse();
        assertThat(Kana.isKatakana("Yamada")).isFalse();
    }
}

package org.renkei.platform;

import java.text.Normalizer;

/**
 * フリガナ as it is stored and searched: full-width katakana whatever was typed (hiragana,
 * half-width ｶﾀｶﾅ), so that 「やまだ」 finds 「ヤマダ」.
 */
public final class Kana {

    private Kana() {}

    public static String normalize(String text) {
        String nfkc = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            // ぁ (U+3041) .. ゖ (U+3096) map one to one onto ァ (U+30A1) .. ヶ (U+30F6)
            if (c >= 0x3041 && c <= 0x3096) {
                out.appendCodePoint(c + 0x60);
            } else if (c == '　') {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" +", " ");
    }

    /** True when the text is katakana, the long-vowel mark, spaces and the middle dot only. */
    public static boolean isKatakana(String text) {
        return normalize(text).codePoints()
                .allMatch(c -> (c >= 0x30A0 && c <= 0x30FF) || c == ' ' || c == 'ー');
    }
}

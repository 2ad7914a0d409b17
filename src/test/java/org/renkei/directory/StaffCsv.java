package org.renkei.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Staff CSV files as a facility's Excel would save them, for the import tests and the benchmark. */
public final class StaffCsv {

    private static final String[] PROFESSIONS = {"看護師", "理学療法士", "作業療法士", "介護支援専門員", "薬剤師", "医師", "保健師"};
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"};
    private static final String[] FAMILY_KANA = {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ"};

    private StaffCsv() {}

    /**
     * A file of {@code rows} staff; the rows whose (1-based) numbers are in {@code bad} each break a
     * different rule. Returns the text; encode it as the test needs.
     */
    public static String rows(String prefix, int rows, Set<Integer> bad) {
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add("ログインID,氏名,フリガナ,職種,メールアドレス,電話番号");
        int kind = 0;
        for (int i = 1; i <= rows; i++) {
            String login = prefix + "-" + i;
            String name = FAMILY[i % FAMILY.length] + " 職員" + i;
            String kana = FAMILY_KANA[i % FAMILY.length] + " ショクイン";
            String profession = PROFESSIONS[i % PROFESSIONS.length];
            String email = login + "@example.jp";
            String phone = "03-1234-" + String.format("%04d", i % 10_000);
            if (bad.contains(i)) {
                switch (kind++ % 5) {
                    case 0 -> email = "no-at-sign";
                    case 1 -> profession = "宇宙飛行士";
                    case 2 -> name = "";
                    case 3 -> kana = "やまだ太郎";
                    default -> login = prefix + "-1";
                }
            }
            lines.add(String.join(",", login, name, kana, profession, email, phone));
        }
        return String.join("\r\n", lines) + "\r\n";
    }
}

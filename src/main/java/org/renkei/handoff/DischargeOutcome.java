package org.renkei.handoff;

/**
 * 退院時転帰, as the discharge summary codes it ({@code http://jpfhir.jp/fhir/Common/CodeSystem/discharge-disposition}):
 * the ones a discharge home can have. The labels are in {@code messages*.properties} under {@code outcome.*}.
 */
public enum DischargeOutcome {
    /** 傷病が治癒・軽快 */
    IMPROVED("1", "傷病が治癒・軽快"),
    /** 寛解 */
    REMISSION("3", "寛解"),
    /** 不変 */
    UNCHANGED("4", "不変"),
    /** 増悪 */
    WORSENED("5", "増悪"),
    /** その他 */
    OTHER("9", "その他");

    public static final String SYSTEM = "http://jpfhir.jp/fhir/Common/CodeSystem/discharge-disposition";

    public final String code;
    public final String display;

    DischargeOutcome(String code, String display) {
        this.code = code;
        this.display = display;
    }
}

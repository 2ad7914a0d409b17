package org.renkei.handoff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.InvalidInputException;

/**
 * A diagnosis or an allergy as the sheet writes it, one per line: the name, then the codes the hospital has for it in
 * brackets at the end, e.g. 「誤嚥性肺炎 [ICD10:J69.0] [MEDIS:20061234]」 or 「卵 [FOOD:J1FAAAAAAAAA]」. The MEDIS master
 * cannot be looked up here, so a code is taken as typed (or as an API client sends it) once its shape is right;
 * full-width brackets and colons are read as half-width. A line without codes is the name alone.
 */
public record CodedLine(String text, Map<Scheme, String> codes) {

    /** The code systems a line may name, with the shape each code must have. */
    public enum Scheme {
        /** ICD-10 (2013), e.g. J69.0 */
        ICD10("^[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,3})?$", "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full"),
        /** MEDIS 病名管理番号, 8 digits */
        MEDIS("^[0-9]{8}$", "http://medis.or.jp/CodeSystem/master-disease-keyNumber"),
        /** JFAGY 食物アレルゲン */
        FOOD("^[0-9A-Z]{6,14}$", "http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyFoodAllergen_CS"),
        /** JFAGY 医薬品アレルゲン (一般名) */
        DRUG("^[0-9A-Z]{6,14}$", "http://jpfhir.jp/fhir/core/CodeSystem/GCM/JP_JfagyMedicationAllergen_CS"),
        /** JFAGY 非食物・非医薬品アレルゲン */
        OTHER("^[0-9A-Z]{6,14}$", "http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyNonFoodNonMedicationAllergen_CS");

        public final Pattern shape;
        public final String system;

        Scheme(String shape, String system) {
            this.shape = Pattern.compile(shape);
            this.system = system;
        }
    }

    public static final Set<Scheme> DIAGNOSIS = Set.of(Scheme.ICD10, Scheme.MEDIS);
    public static final Set<Scheme> ALLERGEN = Set.of(Scheme.FOOD, Scheme.DRUG, Scheme.OTHER);

    private static final Pattern LAST_CODE = Pattern.compile("\\s*\\[\\s*([A-Za-z0-9-]+)\\s*:\\s*([^\\]]*)\\]\\s*$");

    public CodedLine {
        codes = Map.copyOf(codes);
    }

    public @Nullable String code(Scheme scheme) {
        return codes.get(scheme);
    }

    /** The line read; a bracket naming an unknown scheme, one this field does not take, or a misshapen code is refused. */
    public static CodedLine parse(String line, String field, Set<Scheme> allowed) {
        String rest = line.replace('［', '[').replace('］', ']').replace('：', ':').strip();
        Map<Scheme, String> codes = new EnumMap<>(Scheme.class);
        Matcher m;
        while ((m = LAST_CODE.matcher(rest)).find()) {
            String name = m.group(1).toUpperCase(Locale.ROOT).replace("-", "");
            String code = m.group(2).strip().toUpperCase(Locale.ROOT);
            Scheme scheme = switch (name) {
                case "ICD10" -> Scheme.ICD10;
                case "MEDIS" -> Scheme.MEDIS;
                case "FOOD" -> Scheme.FOOD;
                case "DRUG" -> Scheme.DRUG;
                case "OTHER" -> Scheme.OTHER;
                default -> null;
            };
            if (scheme == null || !allowed.contains(scheme)) {
                throw new InvalidInputException(field, "sheet.code-scheme", m.group(1),
                        String.join(", ", allowed.stream().map(Enum::name).sorted().toList()));
            }
            if (!scheme.shape.matcher(code).matches()) {
                throw new InvalidInputException(field, "sheet.code-shape", scheme.name(), code);
            }
            codes.put(scheme, code);
            rest = rest.substring(0, m.start());
        }
        return new CodedLine(rest.strip(), codes);
    }

    /** The lines of a multi-line field, blank ones left out. */
    public static java.util.List<CodedLine> parseAll(@Nullable String text, String field, Set<Scheme> allowed) {
        java.util.List<CodedLine> out = new ArrayList<>();
        if (text != null) {
            text.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(parse(l, field, allowed)));
        }
        return out;
    }
}

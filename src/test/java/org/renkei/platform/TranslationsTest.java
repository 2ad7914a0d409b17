package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in Japanese and in English with the same parameters, every key the code names exists, and
 * the pages (the {@code ui} packages and the shell) take their words from the bundles, never from a literal in
 * the code: no Japanese in a string literal, no word given to a component's text, label or placeholder.
 */
class TranslationsTest {

    private static final Path MAIN = Path.of("src/main/java/org/renkei");

    /** Japanese that is data, not text, as written in the source, each with its reason. */
    private static final Set<String> DATA = Set.of(
            "東京都", // AssociationsView: the prefecture a new association starts with, stored as typed
            "[,、\\\\n]"); // AssociationsView: the separators a typed list of districts may use

    /** Hiragana, katakana, kanji, and the full-width punctuation and spaces (（ ） ・ 、 ： 　). */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]");

    /** Calls whose string arguments the reader sees. */
    private static final Pattern TEXT_CALL = Pattern.compile("(?:\\bnew\\s+(?:[a-z]\\w*\\.)*(Anchor|Button|Checkbox|CheckboxGroup|ComboBox|ConfirmDialog|DatePicker"
            + "|DateTimePicker|Details|Dialog|Div|EmailField|Emphasis|H[1-6]|Image|IntegerField|ListItem|MultiSelectComboBox"
            + "|NativeLabel|Notification|NumberField|Paragraph|PasswordField|Pre|RadioButtonGroup|RouterLink|Select|SideNavItem"
            + "|Span|Strong|Tab|Text|TextArea|TextField|TimePicker)\\s*(?:<[^>()]*>)?"
            + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setTitle|setHeaderTitle|setHeader|setAriaLabel|setTooltipText"
            + "|setErrorMessage|setSummaryText|setConfirmText|setCancelText|setRejectText|setEmptySelectionCaption"
            + "|setItemLabelGenerator|setMessage|setSend|setAttribute|addItem|success|show))\\s*\\(");

    /** A word: two letters in a row, outside a URL such as {@code https://}. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile("[a-z][a-z0-9+.-]*://\\S*");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> ja = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing in English").containsAll(ja);
        assertThat(ja).as("keys missing in Japanese").containsAll(en);
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("(?:getTranslation|text|apply|Translation)\\(\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void englishTextsHaveNoApostrophesThatMessageFormatWouldEat() throws IOException {
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).filteredOn(k -> en.getProperty(k).contains("'") && en.getProperty(k).contains("{0"))
                .isEmpty();
    }

    @Test
    void japaneseAndEnglishTakeTheSameParameters() throws IOException {
        Properties ja = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(ja.stringPropertyNames()).filteredOn(en::containsKey)
                .filteredOn(k -> !parameters(ja.getProperty(k)).equals(parameters(en.getProperty(k))))
                .as("keys whose parameters differ between Japanese and English").isEmpty();
    }

    private static Set<String> parameters(String text) {
        Set<String> indices = new TreeSet<>();
        Pattern.compile("\\{(\\d+)").matcher(text).results().forEach(r -> indices.add(r.group(1)));
        return indices;
    }

    @Test
    void thePagesWriteNoJapaneseInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : pageSources()) {
            Source source = Source.read(file);
            for (Source.Literal l : source.literals()) {
                if (JAPANESE.matcher(l.value()).find() && !DATA.contains(l.value())) {
                    found.add(source.where(l) + " \"" + l.value() + "\"");
                }
            }
        }
        assertThat(found).as("Japanese literals in the pages (a message key instead)").isEmpty();
    }

    @Test
    void thePagesGiveNoLiteralWordToAComponent() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : pageSources()) {
            Source source = Source.read(file);
            Matcher call = TEXT_CALL.matcher(source.code());
            while (call.find()) {
                String name = call.group(1) != null ? call.group(1) : call.group(2);
                List<List<Source.Literal>> arguments = source.arguments(call.end() - 1);
                for (int i = 0; i < arguments.size(); i++) {
                    if (!seen(name, i, arguments)) {
                        continue;
                    }
                    for (Source.Literal l : arguments.get(i)) {
                        if (!DATA.contains(l.value()) && WORD.matcher(URL.matcher(l.value()).replaceAll("")).find()) {
                            found.add(source.where(l) + " " + name + "(\"" + l.value() + "\")");
                        }
                    }
                }
            }
        }
        assertThat(found).as("words written in the code instead of a message key").isEmpty();
    }

    /** Whether the reader sees argument {@code i} of the call: not a link's address, an image's source or an attribute's name. */
    private static boolean seen(String call, int i, List<List<Source.Literal>> arguments) {
        return switch (call) {
            case "Anchor", "Image" -> i > 0;
            case "setAttribute" -> i == 1 && arguments.getFirst().size() == 1
                    && VISIBLE_ATTRIBUTES.contains(arguments.getFirst().getFirst().value());
            default -> true;
        };
    }

    private static List<Path> pageSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> MAIN.relativize(f).startsWith("shell") || MAIN.relativize(f).toString().contains("/ui/"))
                    .toList();
            assertThat(pages).as("the pages' sources").hasSizeGreaterThan(50);
            return pages;
        }
    }

    /**
     * A Java source with its comments blanked and its string literals found: {@link #code} keeps every position,
     * with each literal's content masked, so that brackets inside a text do not count.
     */
    private record Source(Path file, String text, String code, List<Literal> literals) {

        record Literal(int start, String value) {}

        static Source read(Path file) throws IOException {
            String text = Files.readString(file);
            StringBuilder code = new StringBuilder(text);
            List<Literal> literals = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    end = end < 0 ? text.length() : end;
                    blank(code, i, end);
                    i = end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2) + 2;
                    blank(code, i, end);
                    i = end;
                } else if (text.startsWith("\"\"\"", i)) {
                    int end = text.indexOf("\"\"\"", i + 3);
                    literals.add(new Literal(i, text.substring(i + 3, end)));
                    blank(code, i + 3, end);
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (text.charAt(end) != c) {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        literals.add(new Literal(i, text.substring(i + 1, end)));
                    }
                    blank(code, i + 1, end);
                    i = end + 1;
                } else {
                    i++;
                }
            }
            return new Source(file, text, code.toString(), literals);
        }

        private static void blank(StringBuilder code, int from, int to) {
            for (int i = from; i < to; i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }

        /** The literals directly in each argument of the call whose '(' is at {@code open}, not those inside nested calls. */
        List<List<Literal>> arguments(int open) {
            List<List<Literal>> arguments = new ArrayList<>();
            arguments.add(new ArrayList<>());
            int depth = 0;
            for (int i = open + 1; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    if (depth-- == 0) {
                        break;
                    }
                } else if (c == ',' && depth == 0) {
                    arguments.add(new ArrayList<>());
                } else if (c == '"' && depth == 0) {
                    int at = i;
                    literals.stream().filter(l -> l.start() == at).findFirst().ifPresent(arguments.getLast()::add);
                    i = code.indexOf('"', i + 1);
                }
            }
            return arguments;
        }

        String where(Literal l) {
            return MAIN.relativize(file) + ":" + (text.substring(0, l.start()).lines().count() + (text.charAt(l.start() - 1) == '\n' ? 1 : 0));
        }
    }
}

package org.renkei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    private static final String TEXT = "氏名,職種\r\n髙橋 ①,看護師\r\n";

    @Test
    void detectsUtf8WithAndWithoutBom() {
        assertThat(CsvFiles.decode(TEXT.getBytes(StandardCharsets.UTF_8), CsvFiles.Encoding.AUTO))
                .isEqualTo(new CsvFiles.Decoded(TEXT, StandardCharsets.UTF_8));
        assertThat(CsvFiles.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), CsvFiles.Encoding.AUTO).text())
                .isEqualTo(TEXT);
    }

    @Test
    void detectsShiftJisAsExcelWritesItWithItsExtensions() {
        CsvFiles.Decoded decoded = CsvFiles.decode(TEXT.getBytes(CsvFiles.SHIFT_JIS), CsvFiles.Encoding.AUTO);
        assertThat(decoded.charset()).isEqualTo(CsvFiles.SHIFT_JIS);
        assertThat(decoded.text()).isEqualTo(TEXT);
    }

    @Test
    void refusesBytesThatAreNotTheChosenCharset() {
        byte[] sjis = TEXT.getBytes(CsvFiles.SHIFT_JIS);
        assertThatThrownBy(() -> CsvFiles.decode(sjis, CsvFiles.Encoding.UTF_8)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CsvFiles.decode(new byte[] {(byte) 0xFF, (byte) 0xFF}, CsvFiles.Encoding.AUTO))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void neutralisesEveryCellASpreadsheetWouldEvaluate() {
        for (String formula : List.of("=1+1", "+81-3-1234", "-2", "@SUM(A1)", "\tx", "\rx", "＝1+1")) {
            assertThat(CsvFiles.neutralise(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvFiles.neutralise("山田 太郎")).isEqualTo("山田 太郎");
        assertThat(CsvFiles.neutralise("03-1234-5678")).isEqualTo("03-1234-5678");
        assertThat(CsvFiles.neutralise("")).isEmpty();
    }

    @Test
    void writesUtf8WithBomOrShiftJisAndReadsBack() {
        List<List<String>> rows = List.of(List.of("=cmd|' /C calc'!A0", "髙橋"));
        byte[] utf8 = CsvFiles.write(List.of("a", "b"), rows, CsvFiles.Encoding.UTF_8);
        assertThat(utf8[0]).isEqualTo((byte) 0xEF);
        String back = CsvFiles.decode(utf8, CsvFiles.Encoding.AUTO).text();
        assertThat(CsvFiles.parse(back).getFirst().get("a")).isEqualTo("'=cmd|' /C calc'!A0");
        byte[] sjis = CsvFiles.write(List.of("a", "b"), rows, CsvFiles.Encoding.SHIFT_JIS);
        assertThat(CsvFiles.parse(CsvFiles.decode(sjis, CsvFiles.Encoding.SHIFT_JIS).text()).getFirst().get("b")).isEqualTo("髙橋");
    }
}

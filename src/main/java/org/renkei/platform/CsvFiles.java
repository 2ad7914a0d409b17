package org.renkei.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Japanese offices exchange it: UTF-8 (with or without BOM) or Shift_JIS as Excel writes it
 * (Windows-31J), and exports a spreadsheet cannot mistake for formulas.
 */
public final class CsvFiles {

    /** Windows-31J is Microsoft's Shift_JIS, the one Excel writes: it has ①, ㈱, NEC and IBM extensions. */
    public static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** How an uploaded file is read. */
    public enum Encoding {
        AUTO, UTF_8, SHIFT_JIS
    }

    /** A decoded file and the charset it turned out to be in. */
    public record Decoded(String text, Charset charset) {}

    private CsvFiles() {}

    /**
     * Decodes a file. AUTO takes UTF-8 when the bytes are valid UTF-8 (Shift_JIS text almost never
     * is) and Shift_JIS otherwise; bytes that are valid in neither are refused rather than guessed.
     */
    public static Decoded decode(byte[] bytes, Encoding encoding) {
        boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
        ByteBuffer content = bom ? ByteBuffer.wrap(bytes, 3, bytes.length - 3) : ByteBuffer.wrap(bytes);
        return switch (encoding) {
            case UTF_8 -> strict(content, StandardCharsets.UTF_8);
            case SHIFT_JIS -> strict(content, SHIFT_JIS);
            case AUTO -> {
                try {
                    yield new Decoded(decodeStrictly(content.duplicate(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                } catch (CharacterCodingException notUtf8) {
                    yield strict(content, SHIFT_JIS);
                }
            }
        };
    }

    private static Decoded strict(ByteBuffer content, Charset charset) {
        try {
            return new Decoded(decodeStrictly(content, charset), charset);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "csv.undecodable", charset.displayName());
        }
    }

    private static String decodeStrictly(ByteBuffer bytes, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes);
        return chars.toString();
    }

    /** Parses text whose first line names the columns. */
    public static List<CSVRecord> parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "csv.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** The header names of parsed text, as written in the file. */
    public static List<String> headerOf(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getHeaderNames();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "csv.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes rows with a header. UTF-8 gets a BOM so that Excel opens it as UTF-8; every cell a
     * spreadsheet would evaluate is neutralised first.
     */
    public static byte[] write(List<String> header, List<? extends List<String>> rows, Encoding encoding) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(CsvFiles::neutralise).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFiles::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (encoding == Encoding.SHIFT_JIS) {
            return out.toString().getBytes(SHIFT_JIS);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /**
     * Prefixes a quote to a cell that a spreadsheet would read as a formula (OWASP "CSV injection"):
     * one starting with = + - @, a tab or a carriage return, or their full-width forms.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> "'" + cell;
            default -> cell;
        };
    }
}

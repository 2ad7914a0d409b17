package org.renkei.directory;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.renkei.audit.AuditLog;
import org.renkei.directory.internal.Facilities;
import org.renkei.directory.internal.Facility;
import org.renkei.directory.internal.Member;
import org.renkei.directory.internal.Members;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.InvalidInputException.Problem;
import org.renkei.platform.Kana;
import org.renkei.platform.NotFoundException;
import org.renkei.platform.Translations;
import org.renkei.security.Accounts;
import org.renkei.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 職員の一括登録: staff from a CSV file as Excel writes it (UTF-8 or Shift_JIS). A preview reports
 * every problem by line and column; the import takes all rows or, if any row is wrong, none.
 */
@Service
public class MemberImportService {

    /** The columns, with the header names accepted for each (Japanese as Excel users write them, and English). */
    enum Column {
        LOGIN_ID(true, "ログインID", "ログインＩＤ", "login_id", "loginid", "login id"),
        NAME(true, "氏名", "名前", "name"),
        NAME_KANA(true, "フリガナ", "ふりがな", "カナ", "氏名カナ", "name_kana", "kana"),
        PROFESSION(true, "職種", "profession"),
        EMAIL(true, "メールアドレス", "メール", "email", "e-mail", "mail"),
        PHONE(false, "電話番号", "電話", "phone", "tel");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = Arrays.asList(names);
        }

        String field() {
            return switch (this) {
                case LOGIN_ID -> "loginId";
                case NAME -> "name";
                case NAME_KANA -> "nameKana";
                case PROFESSION -> "profession";
                case EMAIL -> "email";
                case PHONE -> "phone";
            };
        }
    }

    /** One data row of the file: its line, what it says, and what is wrong with it. */
    public record Row(int line, String loginId, String name, String nameKana, String profession, String email,
            String phone, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What the file would import. */
    public record Preview(Charset charset, List<Row> rows) {

        public long errorRows() {
            return rows.stream().filter(r -> !r.valid()).count();
        }

        public boolean importable() {
            return !rows.isEmpty() && errorRows() == 0;
        }
    }

    /** The largest file accepted (about 20,000 rows). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Members members;
    private final Facilities facilities;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;
    private final Map<String, Profession> professionNames;

    MemberImportService(Members members, Facilities facilities, Accounts accounts, AuditLog audit, Validator validator,
            Clock clock, Translations translations) {
        this.members = members;
        this.facilities = facilities;
        this.accounts = accounts;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.professionNames = new HashMap<>();
        for (Profession p : Profession.values()) {
            professionNames.put(p.name().toLowerCase(Locale.ROOT), p);
            professionNames.put(translations.text("profession." + p, Locale.JAPANESE), p);
            professionNames.put(translations.text("profession." + p, Locale.ENGLISH).toLowerCase(Locale.ROOT), p);
        }
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor, long facilityId, byte[] file, CsvFiles.Encoding encoding) {
        managedFacility(actor, facilityId);
        return read(file, encoding);
    }

    /**
     * Imports every row of the file into the facility and mails each new member an activation link;
     * refuses the whole file, importing nothing, when any row has a problem.
     *
     * @return how many members were added
     */
    @Transactional
    public int importAll(Actor actor, long facilityId, byte[] file, CsvFiles.Encoding encoding) {
        Facility facility = managedFacility(actor, facilityId);
        Preview preview = read(file, encoding);
        if (preview.rows().isEmpty()) {
            throw new InvalidInputException("file", "import.empty");
        }
        if (!preview.importable()) {
            throw new InvalidInputException("file", "import.has-errors", preview.errorRows());
        }
        Instant now = Instant.now(clock);
        List<Member> created = members.saveAll(preview.rows().stream().map(r -> Member.of(facilityId, r.loginId(),
                new Member.Details(r.name().strip(), Kana.normalize(r.nameKana()), profession(r.profession()).orElseThrow(),
                        r.email().strip(), r.phone().isBlank() ? null : r.phone().strip()),
                MemberStatus.ACTIVE, now)).toList());
        for (Member m : created) {
            accounts.invite(m.id(), m.loginId(), m.name(), m.email());
        }
        audit.recordAll(actor, "member.imported",
                created.stream().map(m -> MemberService.target(m, facility.associationId())).toList(), facility.name());
        return created.size();
    }

    private Facility managedFacility(Actor actor, long facilityId) {
        Facility facility = facilities.findById(facilityId).orElseThrow(() -> new NotFoundException("facility", facilityId));
        FacilityService.require(actor, facility, FacilityAction.ADD_STAFF);
        return facility;
    }

    Preview read(byte[] file, CsvFiles.Encoding encoding) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException("file", "import.too-large", MAX_BYTES / 1024 / 1024);
        }
        CsvFiles.Decoded decoded = CsvFiles.decode(file, encoding);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InvalidInputException("file", "import.empty");
        }
        Map<Column, String> headers = headers(CsvFiles.headerOf(text));
        List<CSVRecord> records = CsvFiles.parse(text);
        List<String> loginIds = records.stream().map(r -> value(r, headers, Column.LOGIN_ID)).filter(s -> !s.isEmpty()).toList();
        Set<String> taken = loginIds.isEmpty() ? Set.of() : new HashSet<>(members.findTakenLoginIds(loginIds));
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>(records.size());
        for (CSVRecord record : records) {
            rows.add(row(record, headers, taken, seen));
        }
        return new Preview(decoded.charset(), rows);
    }

    private Row row(CSVRecord record, Map<Column, String> headers, Set<String> taken, Set<String> seen) {
        // the header is line 1; a value with a line break inside quotes makes later lines differ from the file's
        int line = (int) record.getRecordNumber() + 1;
        String loginId = value(record, headers, Column.LOGIN_ID);
        String name = value(record, headers, Column.NAME);
        String kana = value(record, headers, Column.NAME_KANA);
        String professionText = value(record, headers, Column.PROFESSION);
        String email = value(record, headers, Column.EMAIL);
        String phone = value(record, headers, Column.PHONE);
        List<Problem> problems = new ArrayList<>();
        if (!record.isConsistent()) {
            problems.add(new Problem("", "import.column-count", record.size(), headers.size()));
        }
        Optional<Profession> profession = profession(professionText);
        if (!professionText.isEmpty() && profession.isEmpty()) {
            problems.add(new Problem("profession", "import.profession-unknown", professionText));
        }
        StaffDetails details = new StaffDetails(loginId, name, kana, profession.orElse(null), email, phone);
        for (ConstraintViolation<StaffDetails> v : validator.validate(details)) {
            if (v.getPropertyPath().toString().equals("profession") && !professionText.isEmpty()) {
                continue;
            }
            problems.add(new Problem(v.getPropertyPath().toString(),
                    "validation." + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
        }
        if (!kana.isEmpty() && !Kana.isKatakana(kana)) {
            problems.add(new Problem("nameKana", "validation.kana"));
        }
        if (!loginId.isEmpty()) {
            if (taken.contains(loginId)) {
                problems.add(new Problem("loginId", "member.login-id-taken", loginId));
            } else if (!seen.add(loginId)) {
                problems.add(new Problem("loginId", "import.login-id-repeated", loginId));
            }
        }
        problems.sort(Comparator.comparingInt(p -> fieldOrder(p.field())));
        return new Row(line, loginId, name, kana, professionText, email, phone, List.copyOf(problems));
    }

    private static int fieldOrder(String field) {
        for (Column c : Column.values()) {
            if (c.field().equals(field)) {
                return c.ordinal();
            }
        }
        return -1;
    }

    private Optional<Profession> profession(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Profession p = professionNames.get(t);
        return Optional.ofNullable(p != null ? p : professionNames.get(t.toLowerCase(Locale.ROOT)));
    }

    private static Map<Column, String> headers(List<String> names) {
        Map<Column, String> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Column c : Column.values()) {
            names.stream().filter(n -> c.names.stream().anyMatch(a -> a.equalsIgnoreCase(n.strip().replace("\uFEFF", ""))))
                    .findFirst().ifPresentOrElse(n -> found.put(c, n), () -> {
                        if (c.required) {
                            problems.add(new Problem("file", "import.column-missing", c.names.getFirst()));
                        }
                    });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return found;
    }

    private static String value(CSVRecord record, Map<Column, String> headers, Column column) {
        String header = headers.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return "";
        }
        return record.get(header).strip();
    }

    /** The header of an export, in the columns an import reads back (plus facility, status, admin and account). */
    static List<String> exportHeader(Locale locale) {
        return locale.getLanguage().equals("en")
                ? List.of("login_id", "name", "name_kana", "profession", "email", "phone", "facility", "status",
                        "facility admin", "account")
                : List.of("ログインID", "氏名", "フリガナ", "職種", "メールアドレス", "電話番号", "施設", "状態", "施設管理者",
                        "アカウント");
    }
}

package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.platform.AccessRefusedException;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.InvalidInputException;
import org.renkei.security.AccountState;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class MemberImportIntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired MemberImportService imports;
    @Autowired MemberService members;

    @Test
    void aShiftJisFileWithFiveBadRowsReportsExactlyThoseRowsAndImportsNothing() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION);
        String prefix = Fixtures.unique("sjis");
        Set<Integer> bad = Set.of(17, 250, 501, 777, 1000);
        byte[] file = StaffCsv.rows(prefix, 1000, bad).getBytes(CsvFiles.SHIFT_JIS);
        long before = staffCount(place);

        MemberImportService.Preview preview = imports.preview(place.admin(), place.facilityId(), file, CsvFiles.Encoding.AUTO);

        assertThat(preview.charset()).isEqualTo(CsvFiles.SHIFT_JIS);
        assertThat(preview.rows()).hasSize(1000);
        assertThat(preview.rows().stream().filter(r -> !r.valid()).map(MemberImportService.Row::line))
                .containsExactlyInAnyOrder(18, 251, 502, 778, 1001);
        assertThat(preview.rows().get(16).name()).startsWith("中村");
        assertThat(preview.rows().stream().filter(r -> !r.valid()).map(r -> r.problems().getFirst().field()))
                .containsExactlyInAnyOrder("email", "profession", "name", "nameKana", "loginId");
        assertThatThrownBy(() -> imports.importAll(place.admin(), place.facilityId(), file, CsvFiles.Encoding.AUTO))
                .isInstanceOf(InvalidInputException.class);
        assertThat(staffCount(place)).isEqualTo(before);
    }

    @Test
    void aCleanFileImportsEveryRowAndInvitesEachMember() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.VISITING_NURSE_STATION);
        String prefix = Fixtures.unique("utf8");
        byte[] file = ("\uFEFF" + StaffCsv.rows(prefix, 120, Set.of())).getBytes(StandardCharsets.UTF_8);

        int imported = imports.importAll(place.admin(), place.facilityId(), file, CsvFiles.Encoding.AUTO);

        assertThat(imported).isEqualTo(120);
        assertThat(staffCount(place)).isEqualTo(121);
        MemberInfo first = members.search(place.admin(), new MemberService.MemberQuery(null, place.facilityId(), null, null,
                prefix + "-1@"), 0, 5).getFirst();
        assertThat(first.accountState()).isEqualTo(AccountState.INVITED);
        assertThat(first.nameKana()).isEqualTo("スズキ ショクイン");
        assertThat(first.profession()).isEqualTo(Profession.PHYSICAL_THERAPIST);
    }

    @Test
    void aFileThatIsNotShiftJisNorUtf8IsRefusedWhenShiftJisIsChosen() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        byte[] utf8 = StaffCsv.rows(Fixtures.unique("x"), 3, Set.of()).getBytes(StandardCharsets.UTF_8);
        assertThat(imports.preview(place.admin(), place.facilityId(), utf8, CsvFiles.Encoding.UTF_8).importable()).isTrue();
        byte[] garbage = {(byte) 0x82, (byte) 0xA0, (byte) 0xFF, (byte) 0xFE, 0x0A};
        assertThatThrownBy(() -> imports.preview(place.admin(), place.facilityId(), garbage, CsvFiles.Encoding.SHIFT_JIS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefused() {
        Place place = fixtures.facility(fixtures.area(), FacilityType.CLINIC);
        byte[] file = "氏名,メールアドレス\r\n山田,y@example.jp\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.preview(place.admin(), place.facilityId(), file, CsvFiles.Encoding.AUTO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void onlyTheFacilitysAdministratorsMayImportIntoIt() {
        var area = fixtures.area();
        Place mine = fixtures.facility(area, FacilityType.CLINIC);
        Place theirs = fixtures.facility(area, FacilityType.CLINIC);
        byte[] file = StaffCsv.rows(Fixtures.unique("y"), 2, Set.of()).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importAll(mine.admin(), theirs.facilityId(), file, CsvFiles.Encoding.AUTO))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> imports.preview(mine.admin(), theirs.facilityId(), file, CsvFiles.Encoding.AUTO))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(staffCount(theirs)).isEqualTo(1);
    }

    private long staffCount(Place place) {
        return members.count(place.admin(), MemberService.MemberQuery.ofFacility(place.facilityId()));
    }
}

package org.renkei.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.renkei.Fixtures;
import org.renkei.Fixtures.Place;
import org.renkei.RenkeiTest;
import org.renkei.platform.CsvFiles;
import org.renkei.platform.InvalidInputException;
import org.renkei.platform.MailDelivery;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CSV import of 1,000 staff, timed (docs/benchmarks.md). Runs only with {@code ./mvnw -Pbenchmark test};
 * it prints its figures and asserts what the import must do, never how fast.
 */
@Tag("benchmark")
@RenkeiTest
class MemberImportBenchmark {

    static final int ROWS = 1000;
    static final int RUNS = 5;

    @Autowired Fixtures fixtures;
    @Autowired MemberImportService imports;
    @Autowired MemberService members;
    @Autowired MailDelivery mail;

    @Test
    void importsAThousandStaffFromShiftJis() {
        var area = fixtures.area();
        Place warmup = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        imports.importAll(warmup.admin(), warmup.facilityId(),
                StaffCsv.rows(Fixtures.unique("warm"), 200, Set.of()).getBytes(CsvFiles.SHIFT_JIS), CsvFiles.Encoding.AUTO);
        mail.deliverScheduled();

        Place withErrors = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
        byte[] bad = StaffCsv.rows(Fixtures.unique("bad"), ROWS, Set.of(10, 200, 400, 600, 999)).getBytes(CsvFiles.SHIFT_JIS);
        long t0 = System.nanoTime();
        MemberImportService.Preview preview = imports.preview(withErrors.admin(), withErrors.facilityId(), bad, CsvFiles.Encoding.AUTO);
        long previewMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(preview.errorRows()).isEqualTo(5);
        assertThatThrownBy(() -> imports.importAll(withErrors.admin(), withErrors.facilityId(), bad, CsvFiles.Encoding.AUTO))
                .isInstanceOf(InvalidInputException.class);
        assertThat(members.count(withErrors.admin(), MemberService.MemberQuery.ofFacility(withErrors.facilityId()))).isEqualTo(1);

        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Place place = fixtures.facility(area, FacilityType.VISITING_NURSE_STATION);
            byte[] file = StaffCsv.rows(Fixtures.unique("bench"), ROWS, Set.of()).getBytes(CsvFiles.SHIFT_JIS);
            long start = System.nanoTime();
            int imported = imports.importAll(place.admin(), place.facilityId(), file, CsvFiles.Encoding.AUTO);
            times.add((System.nanoTime() - start) / 1_000_000);
            assertThat(imported).isEqualTo(ROWS);
        }
        long mailStart = System.nanoTime();
        mail.deliverScheduled();
        long mailMs = (System.nanoTime() - mailStart) / 1_000_000;
        Collections.sort(times);
        System.out.printf("%nBENCHMARK csv-import rows=%d file=%d bytes (Shift_JIS)%n", ROWS, bad.length);
        System.out.printf("BENCHMARK preview with 5 bad rows: %d ms (5 rows reported, nothing imported)%n", previewMs);
        System.out.printf("BENCHMARK import of %d clean rows, %d runs: min %d ms, median %d ms, max %d ms%n", ROWS, RUNS,
                times.getFirst(), times.get(RUNS / 2), times.getLast());
        System.out.printf("BENCHMARK then sending the %d invitation mails over SMTP: %d ms (after the import, not part of it)%n%n",
                ROWS * RUNS, mailMs);
    }
}

package org.renkei.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.datagen.DataGenerator;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My patients" and opening a summary on 100,000 patients and 20,000 members (docs/benchmarks.md).
 * Runs only with {@code ./mvnw -Pbenchmark test}; prints percentiles, asserts only what must be true.
 */
@Tag("benchmark")
@RenkeiTest
class PatientBenchmark {

    static final int PATIENTS = Integer.getInteger("bench.patients", 100_000);
    static final int MEMBERS = Integer.getInteger("bench.members", 20_000);
    static final int SAMPLES = 2_000;

    @Autowired DataGenerator generator;
    @Autowired PatientService patients;
    @Autowired MemberAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void myPatientsAndOpeningASummaryOnAMetropolisOfData() {
        DataGenerator.Result generated = generator.generate(PATIENTS, MEMBERS, 42);
        System.out.printf("%nBENCHMARK generated %s%n", generated);
        jdbc.execute("ANALYZE TABLE patient, care_team_member, summary_version, patient_seen, consent, members");

        Random random = new Random(7);
        // members who are on at least one team (a generated pharmacist or dentist may be on none)
        List<Long> memberIds = jdbc.queryForList("SELECT DISTINCT t.member_id FROM care_team_member t JOIN members m"
                + " ON m.id = t.member_id WHERE m.login_id LIKE 'gen-%'", Long.class);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            actors.add(accounts.findById(memberIds.get(random.nextInt(memberIds.size()))).orElseThrow().actor());
        }
        List<Long> theirPatient = new ArrayList<>();
        for (Actor actor : actors) {
            List<PatientCard> mine = patients.myPatients(actor, null, 0, 50);
            assertThat(mine).isNotEmpty();
            theirPatient.add(mine.get(random.nextInt(mine.size())).id());
        }
        for (int i = 0; i < 300; i++) {
            patients.open(actors.get(i), theirPatient.get(i));
        }

        long[] list = time(SAMPLES, i -> () -> patients.myPatients(actors.get(i), null, 0, 50));
        long[] search = time(SAMPLES, i -> () -> patients.myPatients(actors.get(i), "サトウ", 0, 50));
        long[] open = time(SAMPLES, i -> () -> patients.open(actors.get(i), theirPatient.get(i)));
        Integer teamRows = jdbc.queryForObject("SELECT COUNT(*) FROM care_team_member", Integer.class);
        System.out.printf("BENCHMARK data: %d patients, %d members, %d team places%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM patient", Integer.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM members", Integer.class), teamRows);
        report("my patients (first page of 50)", list);
        report("my patients searching a family name", search);
        report("open a patient (access check, summary, audit entry, seen mark; one commit)", open);
        System.out.println();
    }

    private interface Call {
        Supplier<Object> at(int i);
    }

    private static long[] time(int n, Call call) {
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            Supplier<Object> c = call.at(i);
            long start = System.nanoTime();
            Object result = c.get();
            micros[i] = (System.nanoTime() - start) / 1_000;
            assertThat(result).isNotNull();
        }
        return micros;
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK %s, %d calls: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.95)] / 1000.0,
                sorted[(int) (sorted.length * 0.99)] / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }
}

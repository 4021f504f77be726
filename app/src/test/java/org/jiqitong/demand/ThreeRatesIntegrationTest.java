package org.jiqitong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The three rates on a generated workload whose answers are known: 600 demands in a year of their own (2031), across
 * departments, categories and months, each drawn as responded in time or late or never, replied or not, resolved or
 * not, rated 满意 / 基本满意 / 不满意 or not; the expected counts are kept while generating.
 */
class ThreeRatesIntegrationTest extends IntegrationTest {

    @Autowired
    Demands demands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void responseResolutionAndSatisfactionRatesAreExactlyTheGeneratedOnes() {
        String[][] categories = {{"POLICY", "IIT"}, {"TAX", "TAX"}, {"MARKET", "AMR"}};
        SplittableRandom r = new SplittableRandom(12345);
        long[][] expected = new long[3][6]; // per category: demands, in time, replied, resolved, rated, satisfied
        long[] marchDemands = new long[1];
        for (int i = 0; i < 600; i++) {
            int c = r.nextInt(3);
            int month = 1 + r.nextInt(3);
            OffsetDateTime created = OffsetDateTime.of(2031, month, 1 + r.nextInt(28), 9, 0, 0, 0, ZoneOffset.ofHours(8));
            OffsetDateTime due = created.plusHours(24);
            int respond = r.nextInt(10); // 0–6 in time, 7–8 late, 9 never
            OffsetDateTime responded = respond <= 6 ? created.plusHours(1 + respond) : respond <= 8 ? created.plusHours(30) : null;
            boolean replied = responded != null && r.nextInt(10) < 8;
            boolean resolved = replied && r.nextInt(10) < 7;
            String rating = replied && r.nextInt(10) < 6 ? List.of("SATISFIED", "BASIC", "UNSATISFIED").get(r.nextInt(3)) : null;
            jdbc.sql("""
                    INSERT INTO demand (token, channel, caller_name, category, description, first_receiver, department_code,
                                        status, resolved, rating, respond_due, resolve_due, created_at, responded_at,
                                        replied_at, rated_at, updated_at)
                    VALUES (?, 'HOTLINE', '生成', ?, '生成的诉求', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params("gen-" + i + "-" + System.nanoTime(), categories[c][0], categories[c][1], categories[c][1],
                            rating != null ? "CLOSED" : replied ? "REPLIED" : responded != null ? "RESPONDED" : "DISPATCHED",
                            replied ? resolved : null, rating, due, created.toLocalDate().plusDays(10), created, responded,
                            replied ? created.plusDays(2) : null, rating != null ? created.plusDays(3) : null, created)
                    .update();
            long[] e = expected[c];
            e[0]++;
            e[1] += respond <= 6 ? 1 : 0;
            e[2] += replied ? 1 : 0;
            e[3] += resolved ? 1 : 0;
            e[4] += rating != null ? 1 : 0;
            e[5] += "SATISFIED".equals(rating) || "BASIC".equals(rating) ? 1 : 0;
            marchDemands[0] += month == 3 ? 1 : 0;
        }
        Map<String, List<Rate>> rates = demands.rates(OffsetDateTime.of(2031, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)),
                OffsetDateTime.of(2032, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
        for (int c = 0; c < 3; c++) {
            String code = categories[c][0];
            long[] e = expected[c];
            Rate byCategory = rates.get("category").stream().filter(x -> x.key().equals(code)).findFirst().orElseThrow();
            assertThat(List.of(byCategory.demands(), byCategory.respondedInTime(), byCategory.replied(),
                    byCategory.resolved(), byCategory.rated(), byCategory.satisfied()))
                    .as(code).containsExactly(e[0], e[1], e[2], e[3], e[4], e[5]);
            assertThat(byCategory.responseRate()).isEqualTo(e[1] / (double) e[0]);
            assertThat(byCategory.resolutionRate()).isEqualTo(e[3] / (double) e[2]);
            assertThat(byCategory.satisfactionRate()).isEqualTo(e[5] / (double) e[4]);
            String department = categories[c][1];
            Rate byDepartment = rates.get("department").stream().filter(x -> x.key().equals(department))
                    .findFirst().orElseThrow();
            assertThat(byDepartment.demands()).isEqualTo(e[0]);
        }
        assertThat(rates.get("all").get(0).demands()).isEqualTo(600);
        assertThat(rates.get("month")).extracting(Rate::key).containsExactly("2031-01", "2031-02", "2031-03");
        assertThat(rates.get("month").get(2).demands()).isEqualTo(marchDemands[0]);
    }
}

package org.jiqitong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Every staff page and fragment is 404 to an enterprise (issue 13.7), and still opens for the staff it is for. */
class StaffPagesIntegrationTest extends IntegrationTest {

    private static final List<String> STAFF_GETS = List.of("/admin/calendar", "/admin/demand-categories", "/demands",
            "/demands/rates", "/demands/rates.csv", "/demands/rates.xlsx", "/demands/window", "/demands/1",
            "/no-application", "/no-application/batches/1", "/no-application/items/1/report", "/no-application/jobs/1",
            "/officer/items", "/officer/versions/1", "/payouts", "/payouts/batches/1", "/payouts/batches/1/bank.csv",
            "/reach", "/reach/items/1", "/reach/items/1/export.csv", "/reach/items/1/export.xlsx", "/registry/imports",
            "/registry/imports/1", "/registry/imports/1/errors.csv", "/registry/imports/template/entities.csv",
            "/registry/entities/new", "/results", "/review", "/review/1", "/supervision", "/window");

    @Test
    void anEnterpriseFindsNoStaffPage() {
        Http ent1 = Http.anonymous(port);
        ent1.formLogin("ent1", "jiqitong-demo");
        for (String path : STAFF_GETS) {
            var r = ent1.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("督办意见", "核定金额", "一窗受理");
        }
        String csrf = ent1.csrfToken("/my/policies");
        for (String path : List.of("/review/1/approve", "/window/1/accept", "/payouts/batches", "/supervision/clocks/1/urge",
                "/officer/versions/1/approve", "/demands/1/reply", "/no-application/items/1/batches")) {
            assertThat(ent1.postForm(path, Map.of(), csrf).statusCode()).as("POST " + path).isEqualTo(404);
        }
        assertThat(ent1.get("/my/policies").statusCode()).as("its own pages still open").isEqualTo(200);
        assertThat(ent1.get("/demands/track").statusCode()).isEqualTo(200);
    }

    @Test
    void staffStillOpenTheirPages() {
        Http reviewer = Http.anonymous(port);
        reviewer.formLogin("reviewer", "jiqitong-demo");
        assertThat(reviewer.get("/review").statusCode()).isEqualTo(200);
        assertThat(reviewer.get("/supervision").statusCode()).isEqualTo(200);
        Http clerk = Http.anonymous(port);
        clerk.formLogin("clerk", "jiqitong-demo");
        assertThat(clerk.get("/window").statusCode()).isEqualTo(200);
    }
}

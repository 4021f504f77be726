package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestUsccs;
import org.junit.jupiter.api.Test;

/** The registry's API over real HTTP: scope, problem details, imports, and CSRF on session requests. */
class RegistryApiIntegrationTest extends IntegrationTest {

    private static final String PASSWORD = "jiqitong-demo";
    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);
    private static final String ENT2 = DemoRegistry.ENTERPRISE_USCCS.get(1);

    @Test
    void anEnterpriseSeesItsOwnEntityWithSizeClassAndOnlyThat() {
        Http ent1 = Http.basic(port, "ent1", PASSWORD);
        HttpResponse<String> own = ent1.get("/api/v1/entities/" + ENT1);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"uscc\":\"" + ENT1 + "\"", "\"sizeClass\":\"MEDIUM\"", "\"source\"");

        HttpResponse<String> other = ent1.get("/api/v1/entities/" + ENT2);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(ENT2 + "\",\"name\"");
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> list = ent1.get("/api/v1/entities?size=50");
        assertThat(list.body()).contains(ENT1).doesNotContain(ENT2);
    }

    @Test
    void ent3IsUndeterminedBecauseItsRevenueIsUnknown() {
        HttpResponse<String> r = Http.basic(port, "ent3", PASSWORD).get("/api/v1/entities/" + DemoRegistry.ENTERPRISE_USCCS.get(2));
        assertThat(r.body()).contains("\"sizeClass\":\"UNDETERMINED\"", "营业收入未知");
    }

    @Test
    void staffSearchTheRegistry() {
        Http clerk = Http.basic(port, "clerk", PASSWORD);
        assertThat(clerk.get("/api/v1/entities/" + ENT2).statusCode()).isEqualTo(200);
        HttpResponse<String> page = clerk.get("/api/v1/entities?district=370102&size=5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"total\":", "\"districtCode\":\"370102\"").doesNotContain("\"districtCode\":\"370103\"");
    }

    @Test
    void anInvalidUsccIsRefusedWithTheReason() {
        HttpResponse<String> r = Http.basic(port, "clerk", PASSWORD).get("/api/v1/entities/" + TestUsccs.withWrongCheck(ENT1));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("校验码错误", "\"field\":\"uscc\"");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemDetails() {
        HttpResponse<String> r = Http.anonymous(port).get("/api/v1/entities/" + ENT1);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }

    @Test
    void theImportApiAnswersAcceptedRejectedAndErrorsWithRowAndColumn() {
        String good = TestUsccs.next();
        String csv = "uscc,name,entity_type,district_code,industry_code,established_on,registered_capital_yuan,status,"
                + "listed,legal_representative,address\n"
                + good + ",接口测试公司(测试),有限责任公司,370104,I6513,2020-01-01,100.5,存续,false,,\n"
                + TestUsccs.withWrongCheck(TestUsccs.next()) + ",坏码(测试),有限责任公司,370104,I6513,2020-01-01,1,存续,false,,\n"
                + TestUsccs.next() + ",坏状态(测试),有限责任公司,370104,I6513,2020-01-01,1,营业中,false,,\n";
        Http admin = Http.basic(port, "admin", PASSWORD);
        HttpResponse<String> r = admin.postMultipart("/api/v1/imports/entities", "e.csv", csv, "AMR", null);
        assertThat(r.statusCode()).isEqualTo(202);
        String job = r.headers().firstValue("Location").orElseThrow();
        assertThat(job).matches("/api/v1/jobs/\\d+");
        assertThat(r.body()).contains("\"job\":\"" + job + "\"");
        String done = finished(admin, job);
        assertThat(done).contains("\"kind\":\"IMPORT\"", "\"state\":\"SUCCEEDED\"", "\"accepted\":1", "\"rejected\":2",
                "\"row\":3", "\"column\":\"uscc\"", "\"row\":4", "\"column\":\"status\"", "营业中");
        assertThat(Http.basic(port, "clerk", PASSWORD).get(job).statusCode()).as("someone else's job").isEqualTo(404);
        String id = job.substring(job.lastIndexOf('/') + 1);
        assertThat(admin.get("/api/v1/jobs?kind=IMPORT&limit=5").body()).as("the latest imports, for an operator")
                .contains("\"id\":" + id + ",\"kind\":\"IMPORT\"");
        assertThat(Http.basic(port, "clerk", PASSWORD).get("/api/v1/jobs?kind=IMPORT").body())
                .as("not someone else's").doesNotContain("\"id\":" + id + ",");
        HttpResponse<String> tooMany = admin.get("/api/v1/jobs?kind=IMPORT&limit=1000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit");
        HttpResponse<String> again = admin.postMultipart("/api/v1/imports/entities", "e.csv", csv, "AMR", null);
        assertThat(finished(admin, again.headers().firstValue("Location").orElseThrow()))
                .contains("\"accepted\":1", "\"changed\":0");
    }

    /** Polls a job until it is finished; returns its JSON. */
    private static String finished(Http http, String job) {
        String[] body = new String[1];
        eventually("job " + job + " finishes", () -> {
            body[0] = http.get(job).body();
            return body[0].contains("\"state\":\"SUCCEEDED\"") || body[0].contains("\"state\":\"FAILED\"");
        });
        return body[0];
    }

    @Test
    void onlyAdministratorsImportAndAWrongSourceIsAProblem() {
        String csv = "uscc,year,employees,revenue_yuan,total_assets_yuan,tax_yuan,rnd_yuan\n";
        assertThat(Http.basic(port, "ent1", PASSWORD).postMultipart("/api/v1/imports/figures", "f.csv", csv, "STATS", null)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> wrongSource = Http.basic(port, "admin", PASSWORD)
                .postMultipart("/api/v1/imports/figures", "f.csv", csv, "NOBODY", null);
        assertThat(wrongSource.statusCode()).isEqualTo(400);
        assertThat(wrongSource.body()).contains("未知的数据来源");
        HttpResponse<String> wrongFeed = Http.basic(port, "admin", PASSWORD)
                .postMultipart("/api/v1/imports/people", "f.csv", csv, "STATS", null);
        assertThat(wrongFeed.statusCode()).isEqualTo(400);
    }

    @Test
    void aSessionRequestThatChangesStateNeedsTheCsrfTokenABasicOneDoesNot() {
        Http browser = Http.anonymous(port);
        assertThat(browser.formLogin("admin", PASSWORD)).doesNotContain("error");
        String csv = "uscc,year,employees,revenue_yuan,total_assets_yuan,tax_yuan,rnd_yuan\n";
        assertThat(browser.postMultipart("/api/v1/imports/figures", "f.csv", csv, "STATS", null).statusCode())
                .isEqualTo(403);
        String token = browser.csrfToken("/");
        assertThat(browser.postMultipart("/api/v1/imports/figures", "f.csv", csv, "STATS", token).statusCode())
                .isEqualTo(202);
        assertThat(Http.basic(port, "admin", PASSWORD).postMultipart("/api/v1/imports/figures", "f.csv", csv, "STATS", null)
                .statusCode()).isEqualTo(202);
    }

    @Test
    void theOpenApiDocumentIsServed() {
        HttpResponse<String> r = Http.anonymous(port).get("/v3/api-docs");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/entities/{uscc}", "/api/v1/imports/{feed}");
    }
}

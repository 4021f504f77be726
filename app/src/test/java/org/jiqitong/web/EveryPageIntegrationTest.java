package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 15.12: every page (each GET route without path variables, read from Spring's handler mapping, so a new page is
 * checked without being listed) rendered for every kind of account and for a visitor: none shows a missing message
 * key ({@code ??key??}) or an internal code where a person reads text (a department's code instead of its name),
 * in Chinese and in English; on an English page none of the platform's own generated Chinese (rule structure,
 * amounts in 元, missing-data lists) either.
 */
class EveryPageIntegrationTest extends IntegrationTest {

    private static final List<String> ACCOUNTS = List.of("", "admin", "clerk", "reviewer", "reviewer-sci", "finance",
            "supervisor", "officer", "commissioner", "ent1");
    /** Codes a person must never read as text: departments and data sources, item and application states. */
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z_])(IIT|SCI|FIN|HRSS|DRC|AMR|STATS|SUPERVISION|IN_REVIEW|PUBLISHED|DRAFT|ELIGIBLE|UNDETERMINED)"
                    + "(?![A-Za-z_])");

    /** The platform's own words that must be English on an English page (a policy's own text may stay Chinese). */
    private static final Pattern GENERATED_CHINESE = Pattern.compile(
            "同时满足以下全部条件|满足以下任一条件|不属于以下情形|缺少的数据|[0-9] 元|实际 |未知|请选择|登录|退出");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    org.jiqitong.supervision.Supervision supervision;

    @Test
    void noPageShowsAMissingMessageKeyOrAnInternalCode() {
        // an open clock of a department, so that the supervision pages have a row to show
        supervision.start("EVERY_PAGE", System.nanoTime(), "TEST", "IIT", "每页检查", 5, supervision.today());
        TreeSet<String> pages = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (get) {
                info.getPatternValues().stream().filter(p -> !p.contains("{") && !p.startsWith("/api/")
                        && !p.startsWith("/open311") && !p.startsWith("/actuator") && !p.endsWith(".csv")
                        && !p.endsWith(".xlsx") && !p.endsWith(".pdf") && !p.contains("/export") && !p.equals("/logout")
                        && !p.startsWith("/v3/") && !p.startsWith("/error")).forEach(pages::add);
            }
        });
        assertThat(pages).as("the pages found").hasSizeGreaterThan(20);
        // and pages of one thing, for the things every test database has: an enterprise's profile, the first item
        pages.add("/registry/entities/" + org.jiqitong.registry.DemoRegistry.ENTERPRISE_USCCS.get(0));
        pages.add("/reach/items/1");
        pages.add("/policies/1");
        List<String> problems = new ArrayList<>();
        for (String language : List.of("zh_CN", "en"))
        for (String account : ACCOUNTS) {
            Http http = Http.anonymous(port);
            if (!account.isEmpty()) {
                http.formLogin(account, "jiqitong-demo");
            }
            http.get("/?lang=" + language); // the choice is kept in a cookie, as a person's would be
            for (String page : pages) {
                HttpResponse<String> r = http.get(page);
                if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                String body = r.body();
                if (body.contains("??")) {
                    int at = body.indexOf("??");
                    problems.add((account.isEmpty() ? "visitor" : account) + " " + page + ": "
                            + body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 40)));
                }
                if (language.equals("en")) {
                    var chinese = GENERATED_CHINESE.matcher(text(body));
                    if (chinese.find()) {
                        String t = text(body);
                        problems.add("en " + (account.isEmpty() ? "visitor" : account) + " " + page + ": \u201c"
                                + t.substring(Math.max(0, chinese.start() - 30), Math.min(t.length(), chinese.end() + 30))
                                .replaceAll("\\s+", " ") + "\u201d");
                    }
                }
                var code = CODE.matcher(text(body));
                if (code.find()) {
                    String t = text(body);
                    problems.add((account.isEmpty() ? "visitor" : account) + " " + page + ": code " + code.group(1)
                            + " in \u201c" + t.substring(Math.max(0, code.start() - 30), Math.min(t.length(), code.end() + 30))
                            .replaceAll("\\s+", " ") + "\u201d");
                }
            }
        }
        assertThat(problems).as("pages with a missing message key or a code shown as text").isEmpty();
    }

    /** What a person reads: the page without its scripts, styles, JSON blocks and tags. */
    @Test
    void anErrorPageShowsTheSignedInPersonsNavigation() {
        org.jiqitong.Http ent1 = org.jiqitong.Http.anonymous(port);
        ent1.formLogin("ent1", "jiqitong-demo");
        var missing = ent1.header("Accept", "text/html").get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).as("the layout's model on Spring Boot's error page too").contains("id=\"whoami\"",
                "href=\"/my/policies\"").doesNotContain("??");
    }

    private static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]+>", " ").replace("&nbsp;", " ");
    }
}

package org.jiqitong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tracking by code (issue 13.5): no code, a wrong code, or a stranger signed in — an answer, never a 500. */
class DemandTrackingIntegrationTest extends IntegrationTest {

    @Autowired
    Demands demands;

    @Test
    void theTrackingPageAnswersEveryVisitor() {
        DemandView d = demands.fileAsEnterprise("POLICY", "查询码测试诉求(测试)", null,
                TestItems.enterprise(DemoRegistry.ENTERPRISE_USCCS.get(0)));
        var anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/demands/track").statusCode()).isEqualTo(200);
        var wrong = anonymous.get("/demands/track?token=" + URLEncoder.encode("'", StandardCharsets.UTF_8));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("没有找到这个查询码对应的诉求");
        var found = anonymous.get("/demands/track?token=" + d.token());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("查询码测试诉求(测试)");

        Http stranger = Http.anonymous(port);
        stranger.formLogin("ent2", "jiqitong-demo");
        var seen = stranger.get("/demands/track?token=" + d.token());
        assertThat(seen.statusCode()).as("a signed-in stranger with the code").isEqualTo(200);
        assertThat(seen.body()).contains("查询码测试诉求(测试)");
        Http staff = Http.anonymous(port);
        staff.formLogin("supervisor", "jiqitong-demo");
        assertThat(staff.get("/demands/track?token=" + d.token()).statusCode()).isEqualTo(200);
        assertThat(staff.get("/demands/track").statusCode()).isEqualTo(200);
    }
}

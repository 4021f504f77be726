package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.Demands;
import org.jiqitong.policy.Policies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 13.13: free text has limits — checked with a message naming the field, and in the schema as the last line. */
class LengthLimitsIntegrationTest extends IntegrationTest {

    private static final String MEGABYTE = "长".repeat(1 << 20);

    @Autowired
    Demands demands;
    @Autowired
    Policies policies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDemandsAddressAndCallerAreLimitedWithAMessage() {
        var ent1 = TestItems.enterprise(org.jiqitong.registry.DemoRegistry.ENTERPRISE_USCCS.get(0));
        String category = demands.categories().get(0).code();
        assertThatThrownBy(() -> demands.fileAsEnterprise(category, "描述", MEGABYTE, ent1))
                .isInstanceOf(DemandRefusedException.class).hasMessage("地址不能超过300字");
        assertThat(demands.fileAsEnterprise(category, "描述", "长".repeat(300), ent1).address()).hasSize(300);
    }

    @Test
    void theSchemaRefusesWhatTheServicesWouldNot() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE demand SET address = ? WHERE id = (SELECT min(id) FROM demand)")
                .param("长".repeat(301)).update()).hasMessageContaining("demand_address_length");
        assertThatThrownBy(() -> jdbc.sql("UPDATE policy_item_version SET name = ? WHERE id = (SELECT min(id) FROM policy_item_version)")
                .param("长".repeat(201)).update()).hasMessageContaining("policy_item_version_name_length");
    }

    @Test
    void aTooLongItemNameIsA400PageThatSaysWhy() {
        Http officer = Http.anonymous(port);
        officer.formLogin("officer", "jiqitong-demo");
        String csrf = officer.csrfToken("/officer/items");
        long document = policies.documents().get(0).id();
        var r = officer.postForm("/officer/items", Map.of("documentId", Long.toString(document), "name", "长".repeat(5000),
                "benefitType", "AWARD"), csrf);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("事项名称不能超过200字");
    }
}

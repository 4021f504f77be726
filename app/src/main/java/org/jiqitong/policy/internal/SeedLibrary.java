package org.jiqitong.policy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.NewDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's starting content ({@code policy/seed-library.json}): items drawn from the 2021 实施意见 and
 * 十条措施, each with conditions, fixtures and, where the seed names no amount, an amount marked illustrative.
 * Loaded through the ordinary lifecycle — written, checked, reviewed by a second officer, published — so an item
 * whose fixtures fail does not load.
 */
@Component
class SeedLibrary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ItemLifecycle lifecycle;
    private final JdbcClient jdbc;

    SeedLibrary(ItemLifecycle lifecycle, JdbcClient jdbc) {
        this.lifecycle = lifecycle;
        this.jdbc = jdbc;
    }

    boolean empty() {
        return jdbc.sql("SELECT count(*) FROM policy_document").query(Long.class).single() == 0;
    }

    /** Loads and publishes every seed item; returns how many. */
    int load() {
        JsonNode root;
        try (InputStream in = SeedLibrary.class.getResourceAsStream("/policy/seed-library.json")) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CurrentUser admin = officer("seed-admin", Role.ADMIN, null);
        Map<String, Long> documents = new HashMap<>();
        for (JsonNode d : root.get("documents")) {
            LocalDate issued = LocalDate.parse(d.get("issuedOn").asString());
            documents.put(d.get("cites").asString(), lifecycle.createDocument(new NewDocument(d.get("docNumber").asString(),
                    d.get("title").asString(), d.get("issuingDepartment").asString(), issued, issued, null, null, null), admin));
        }
        int published = 0;
        for (JsonNode i : root.get("items")) {
            String department = i.get("department").asString();
            CurrentUser author = officer("seed-author-" + department.toLowerCase(), Role.POLICY_OFFICER, department);
            CurrentUser reviewer = officer("seed-reviewer-" + department.toLowerCase(), Role.POLICY_OFFICER, department);
            var draft = lifecycle.createItem(documents.get(i.get("document").asString()), content(i), author);
            lifecycle.submit(draft.versionId(), author);
            lifecycle.approve(draft.versionId(), "初始政策库内容", reviewer);
            published++;
        }
        return published;
    }

    private static ItemContent content(JsonNode i) {
        return new ItemContent(i.get("name").asString(), BenefitType.valueOf(i.get("benefitType").asString()),
                i.get("content").asString(), i.get("beneficiaries").asString(), JSON.writeValueAsString(i.get("conditions")),
                text(i, "formula"), i.get("capFen").isNull() ? null : i.get("capFen").asLong(),
                i.get("amountIllustrative").asBoolean(), JSON.writeValueAsString(i.get("fixtures")), strings(i.get("materials")),
                strings(i.get("procedureSteps")), null, i.get("windowTo").isNull() ? null : LocalDate.parse(i.get("windowTo").asString()),
                i.get("payoutDays").asInt(), "政策咨询专员", "12345", "济南市民服务中心", i.get("noApplication").asBoolean(),
                text(i, "exclusionGroup"), null, null);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static CurrentUser officer(String username, Role role, String department) {
        return new CurrentUser(0, username, username, role, department, null, null, false, true);
    }
}

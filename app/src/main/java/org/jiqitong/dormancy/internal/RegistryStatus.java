package org.jiqitong.dormancy.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.ImportResult;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.springframework.stereotype.Component;

/**
 * The registry's status follows a dormancy the way every registry value arrives: a delivery of the entity's row, from
 * the source DORMANCY (休眠备案), so its provenance says so and every module hears the change (matching re-matches, a
 * policy requiring 存续 no longer reaches it). Idempotent: a row already in that status changes nothing.
 */
@Component
public class RegistryStatus {

    private static final String HEADER = "uscc,name,entity_type,district_code,industry_code,established_on,"
            + "registered_capital_yuan,status,listed,legal_representative,address,functional_zone\n";

    private final Registry registry;

    RegistryStatus(Registry registry) {
        this.registry = registry;
    }

    public EntityStatus of(String uscc) {
        return registry.profile(Uscc.parse(uscc)).map(EntityProfile::status).orElseThrow();
    }

    /** Sets the entity's status, naming the episode in the delivery's file name; refuses loudly if the row is refused. */
    public void set(String uscc, EntityStatus status, String episode, String actor) {
        EntityProfile p = registry.profile(Uscc.parse(uscc)).orElseThrow();
        if (p.status() == status) {
            return;
        }
        String line = String.join(",", p.uscc(), csv(p.name()), p.entityType().name(), p.district().code(),
                nz(p.industryCode()), p.establishedOn() == null ? "" : p.establishedOn().toString(),
                p.registeredCapitalFen() == null ? "" : BigDecimal.valueOf(p.registeredCapitalFen(), 2).toPlainString(),
                status.name(), Boolean.toString(p.listed()), csv(nz(p.legalRepresentative())), csv(nz(p.address())),
                p.functionalZone() == null ? "" : p.functionalZone().name()) + "\n";
        byte[] csv = (HEADER + line).getBytes(StandardCharsets.UTF_8);
        ImportResult r = registry.importFeed(new ImportRequest(Feed.ENTITIES, "DORMANCY", ImportRequest.Channel.FORM,
                "休眠备案 " + episode, actor), new ByteArrayInputStream(csv), (long) csv.length);
        if (r.accepted() != 1) {
            throw new IllegalStateException("the registry refused the status of " + uscc + ": " + r.errors());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

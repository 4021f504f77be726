package org.jiqitong.demand.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiqitong.demand.DemandCategory;
import org.jiqitong.demand.DemandView;
import org.jiqitong.shared.ChinaTime;

/** A request and a service as GeoReport v2 names their fields, with W3C date-times in Beijing time. */
final class Open311Shapes {

    static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Open311Shapes() {
    }

    static Map<String, Object> request(DemandView d, Map<String, String> departments) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", Long.toString(d.id()));
        r.put("status", d.status().open() ? "open" : "closed");
        r.put("status_notes", d.status().name() + " " + d.status().labelZh()
                + (d.reply() == null ? "" : ":" + d.reply()));
        r.put("service_name", d.categoryName());
        r.put("service_code", d.category());
        r.put("description", d.description());
        r.put("agency_responsible", departments.getOrDefault(d.departmentCode(), d.departmentCode()));
        r.put("service_notice", null);
        r.put("requested_datetime", w3c(d.createdAt()));
        r.put("updated_datetime", w3c(d.updatedAt()));
        r.put("expected_datetime", d.resolveDue().atTime(18, 0).atZone(ChinaTime.ZONE).toOffsetDateTime().format(W3C));
        r.put("address", d.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", d.lat());
        r.put("long", d.lon());
        r.put("media_url", null);
        return r;
    }

    static Map<String, Object> service(DemandCategory c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", c.code());
        s.put("service_name", c.nameZh());
        s.put("description", c.description());
        s.put("metadata", false);
        s.put("type", "realtime");
        s.put("keywords", c.description().replace("、", ","));
        s.put("group", c.group());
        return s;
    }

    private static String w3c(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime().withNano(0).format(W3C);
    }
}

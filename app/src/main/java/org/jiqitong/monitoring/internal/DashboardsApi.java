package org.jiqitong.monitoring.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.monitoring.DashboardFilter;
import org.jiqitong.monitoring.Dashboards;
import org.jiqitong.monitoring.MonitoringNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboards' tables as JSON: every table for staff (tokens welcome), the open-data subset for everyone. */
@RestController
class DashboardsApi {

    /** One table: title, definition, headers, the cells as shown and the numbers (amounts in 元, shares in %). */
    record TableJson(String key, String title, String definition, OffsetDateTime summariesAsOf, List<String> header,
            List<List<String>> cells, List<List<Object>> values) {
    }

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final java.time.Clock clock;

    DashboardsApi(Dashboards dashboards, MessageSource messages, java.time.Clock clock) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dashboards/{key}")
    @Operation(summary = "One dashboard table (bySIZE_CLASS, byDISTRICT, bySECTION, byOWNERSHIP, bySTATUS, byMonth, "
            + "qualifications, deliveryByDepartment, deliveryByMonth, demandRates) for staff")
    TableJson staff(@PathVariable String key, @RequestParam(required = false) String district,
            @RequestParam(required = false) String ownership, @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        CurrentUser me = CurrentUser.get().orElseThrow(MonitoringNotFoundException::new);
        if (me.is(Role.ENTERPRISE)) {
            throw new MonitoringNotFoundException();
        }
        return one(key, filter(district, ownership, department, from, to), me);
    }

    @GetMapping("/api/v1/open-data/{key}")
    @Operation(summary = "One open-data table (the population's structure and the qualifications) for everyone")
    TableJson open(@PathVariable String key, @RequestParam(required = false) String district,
            @RequestParam(required = false) String ownership, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return one(key, filter(district, ownership, null, from, to), null);
    }

    private DashboardFilter filter(String district, String ownership, String department, LocalDate from, LocalDate to) {
        return DashboardFilter.of(district, ownership, department, from, to, org.jiqitong.shared.ChinaTime.today(clock));
    }

    private TableJson one(String key, DashboardFilter f, CurrentUser me) {
        var table = dashboards.one(key, f, me).orElseThrow(MonitoringNotFoundException::new);
        TableView v = TableView.of(table, messages, LocaleContextHolder.getLocale());
        return new TableJson(v.key(), v.title(), v.definition(), dashboards.summariesAsOf(), v.header(), v.cells(), v.chart());
    }
}

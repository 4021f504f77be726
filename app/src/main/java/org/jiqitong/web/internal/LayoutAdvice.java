package org.jiqitong.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user and the navigation of their role on every page: the pages' controllers and the error pages
 * (Spring Boot's error controller renders them in the same layout) — not the API's answers.
 */
@ControllerAdvice(annotations = org.jiqitong.shared.PageController.class,
        assignableTypes = org.springframework.boot.webmvc.error.ErrorController.class)
class LayoutAdvice {

    /** One navigation entry: message key and link. */
    record NavItem(String label, String href) {
    }

    private final boolean swaggerUi;

    LayoutAdvice(@org.springframework.beans.factory.annotation.Value("${springdoc.swagger-ui.enabled:false}") boolean swaggerUi) {
        this.swaggerUi = swaggerUi;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("nav")
    List<NavItem> nav() {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("nav.home", "/"));
        items.add(new NavItem("nav.policies", "/policies"));
        items.add(new NavItem("nav.noApplicationList", "/policies?noApplication=true"));
        items.add(new NavItem("nav.calculator", "/calculator"));
        items.add(new NavItem("nav.resources", "/resources"));
        items.add(new NavItem("nav.openData", "/open-data"));
        items.add(new NavItem("nav.notices", "/notices"));
        items.add(new NavItem("nav.demandStats", "/stats/demands"));
        CurrentUser.get().ifPresent(user -> {
            if (user.is(Role.ENTERPRISE)) {
                items.add(new NavItem("nav.myPolicies", "/my/policies"));
                items.add(new NavItem("nav.inbox", "/my/inbox"));
                items.add(new NavItem("nav.myApplications", "/my/applications"));
                items.add(new NavItem("nav.myNoApplication", "/my/no-application"));
                items.add(new NavItem("nav.myDemands", "/my/demands"));
                items.add(new NavItem("nav.myVault", "/my/vault"));
                items.add(new NavItem("nav.myDormancy", "/my/dormancy"));
                items.add(new NavItem("nav.myNeeds", "/my/needs"));
                items.add(new NavItem("nav.myCommissioner", "/my/commissioner"));
                user.entityUscc().ifPresent(u -> items.add(new NavItem("nav.myProfile", "/registry/entities/" + u)));
            } else {
                items.add(new NavItem("nav.registry", "/registry"));
            }
            if (user.is(Role.POLICY_OFFICER)) {
                items.add(new NavItem("nav.officer", "/officer/items"));
            }
            if (user.is(Role.POLICY_OFFICER) || user.is(Role.REVIEWER) || user.is(Role.ADMIN) || user.is(Role.SUPERVISOR)) {
                items.add(new NavItem("nav.reach", "/reach"));
            }
            if (user.is(Role.POLICY_OFFICER) || user.is(Role.REVIEWER)) {
                items.add(new NavItem("nav.departmentResources", "/department/resources"));
            }
            if (user.is(Role.COMMISSIONER)) {
                items.add(new NavItem("nav.commissioner", "/commissioner"));
            }
            if (user.is(Role.CLERK)) {
                items.add(new NavItem("nav.window", "/window"));
                items.add(new NavItem("nav.vaultWindow", "/vault/window"));
            }
            if (user.is(Role.REVIEWER) || user.is(Role.POLICY_OFFICER) || user.is(Role.CLERK) || user.is(Role.ADMIN)) {
                items.add(new NavItem("nav.licences", "/vault/licences"));
            }
            if (user.is(Role.REVIEWER) && user.departmentCode().map("AMR"::equals).orElse(false)) {
                items.add(new NavItem("nav.dormancy", "/dormancy"));
            }
            if (!user.is(Role.ENTERPRISE) && user.departmentCode().isPresent()) {
                items.add(new NavItem("nav.vaultGranted", "/vault/granted"));
            }
            if (user.is(Role.REVIEWER) || user.is(Role.POLICY_OFFICER)) {
                items.add(new NavItem("nav.noApplication", "/no-application"));
            }
            if (user.is(Role.REVIEWER)) {
                items.add(new NavItem("nav.review", "/review"));
            }
            if (user.is(Role.FINANCE)) {
                items.add(new NavItem("nav.payouts", "/payouts"));
            }
            if (!user.is(Role.ENTERPRISE)) {
                items.add(new NavItem("nav.dashboards", "/dashboards"));
                items.add(new NavItem("nav.reports", "/reports"));
                items.add(new NavItem("nav.procurement", "/procurement"));
                items.add(new NavItem("nav.demands", "/demands"));
                items.add(new NavItem("nav.demandRates", "/demands/rates"));
                items.add(new NavItem("nav.supervision", "/supervision"));
                items.add(new NavItem("nav.results", "/results"));
            }
            if (user.is(Role.ADMIN)) {
                items.add(new NavItem("nav.calendar", "/admin/calendar"));
                items.add(new NavItem("nav.demandCategories", "/admin/demand-categories"));
                items.add(new NavItem("nav.dormancyRules", "/admin/dormancy-rules"));
                items.add(new NavItem("nav.commissionerAssignments", "/admin/commissioners"));
                items.add(new NavItem("nav.targets", "/admin/targets"));
                items.add(new NavItem("nav.signIns", "/admin/sign-ins"));
            }
            if (user.is(Role.ADMIN)) {
                items.add(new NavItem("nav.imports", "/registry/imports"));
                items.add(new NavItem("nav.newEntity", "/registry/entities/new"));
            }
        });
        items.add(new NavItem("nav.dormancyPublic", "/dormancy/public"));
        items.add(new NavItem("nav.vaultLog", "/vault/log"));
        items.add(new NavItem("nav.api", swaggerUi ? "/swagger-ui.html" : "/v3/api-docs"));
        return items;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}

package org.jiqitong.registry.internal;

import org.jiqitong.identity.CurrentUser;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntitySearch;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.size.SizeClass;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Registry pages: search (staff) and the profile 一企一档 (staff, or the enterprise itself). */
@PageController
class RegistryPages {

    private final Registry registry;
    private final java.time.Clock clock;

    RegistryPages(Registry registry, java.time.Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/registry")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String district,
            @RequestParam(required = false) String industry, @RequestParam(required = false) SizeClass size,
            @RequestParam(required = false) QualificationType qualification,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser me = Scope.caller();
        if (!me.role().staff()) {
            return "redirect:/registry/entities/" + me.entityUscc().orElseThrow();
        }
        EntitySearch search = new EntitySearch(q, district, industry, size, qualification, page, 20);
        model.addAttribute("search", search);
        model.addAttribute("results", registry.search(search));
        model.addAttribute("countLimit", EntityQueries.COUNT_LIMIT);
        model.addAttribute("districts", District.values());
        model.addAttribute("sizes", SizeClass.values());
        model.addAttribute("qualifications", QualificationType.values());
        return htmx != null ? "registry/search :: results" : "registry/search";
    }

    @GetMapping("/registry/entities/{uscc}")
    String profile(@PathVariable String uscc, Model model) {
        var profile = registry.profile(Scope.visible(uscc))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("p", profile);
        model.addAttribute("today", org.jiqitong.shared.ChinaTime.today(clock));
        return "registry/profile";
    }
}

package org.jiqitong.registry.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.EntityType;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.ImportResult;
import org.jiqitong.registry.Registry;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN registers or corrects one entity by hand. The form is a one-row delivery of the entities feed
 * (source ADMIN), so it is checked by exactly the rules an import row is checked by.
 */
@PageController
class EntityFormPages {

    private final Registry registry;

    EntityFormPages(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/entities/new")
    String form(Model model) {
        Scope.requireAdmin();
        Map<String, String> values = new LinkedHashMap<>();
        Feed.ENTITIES.columns().forEach(c -> values.put(c, ""));
        values.put("status", "存续");
        values.put("listed", "false");
        return show(model, values, List.of());
    }

    @PostMapping("/registry/entities/new")
    String submit(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Scope.requireAdmin();
        Map<String, String> values = new LinkedHashMap<>();
        Feed.ENTITIES.columns().forEach(c -> values.put(c, form.getOrDefault(c, "").strip()));
        String csv = String.join(",", values.keySet()) + "\n"
                + String.join(",", values.values().stream().map(CsvRecords::quote).toList()) + "\n";
        ImportResult result = registry.importFeed(new ImportRequest(Feed.ENTITIES, "ADMIN", ImportRequest.Channel.FORM,
                null, Scope.caller().getUsername()), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                null);
        if (result.rejected() > 0) {
            model.addAttribute("values", values);
            return show(model, values, result.errors());
        }
        String uscc = values.get("uscc").toUpperCase(java.util.Locale.ROOT);
        redirect.addFlashAttribute("saved", uscc);
        return "redirect:/registry/entities/" + uscc;
    }

    private String show(Model model, Map<String, String> values, List<org.jiqitong.registry.ImportError> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.column() == null ? "uscc" : e.column(), e.message(), (a, b) -> a + ";" + b));
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("types", EntityType.values());
        model.addAttribute("statuses", EntityStatus.values());
        model.addAttribute("districts", District.values());
        return "registry/entity-form";
    }
}

package org.jiqitong.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.registry.EntitySearch;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.shared.Page;
import org.jiqitong.shared.Uscc;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/entities}: scoped like the pages; outside the caller's scope an entity does not exist. */
@RestController
@RequestMapping("/api/v1/entities")
@Tag(name = "registry", description = "市场主体库 entity registry")
class RegistryApi {

    private final Registry registry;
    private final java.time.Clock clock;

    RegistryApi(Registry registry, java.time.Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/{uscc}")
    @Operation(summary = "One entity (一企一档) with figures, qualifications, credit flags, size class and sources")
    EntityJson entity(@PathVariable String uscc) {
        Uscc parsed = Uscc.parse(uscc); // 400 with the reason when malformed
        if (!Scope.caller().maySee(parsed.value())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该市场主体");
        }
        return registry.profile(parsed).map(p -> EntityJson.of(p, org.jiqitong.shared.ChinaTime.today(clock)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该市场主体"));
    }

    @GetMapping
    @Operation(summary = "Search entities; an enterprise user only ever finds its own entity")
    Page<EntityJson.Summary> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String district, @RequestParam(required = false) String industry,
            @RequestParam(required = false) SizeClass sizeClass,
            @RequestParam(required = false) QualificationType qualification,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CurrentUser me = Scope.caller();
        if (!me.role().staff()) {
            String own = me.entityUscc().orElseThrow();
            var profile = registry.search(new EntitySearch(own, district, industry, sizeClass, qualification, 0, 1));
            var items = profile.items().stream().filter(s -> s.uscc().equals(own)).map(EntityJson.Summary::of).toList();
            return new Page<>(items, items.size(), 0, size);
        }
        var result = registry.search(new EntitySearch(q, district, industry, sizeClass, qualification, page, size));
        return new Page<>(result.items().stream().map(EntityJson.Summary::of).toList(), result.total(),
                result.page(), result.size());
    }
}

package org.jiqitong.policy.internal;

import java.util.List;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.policy.PolicyQuery;
import org.jiqitong.policy.SearchHit;
import org.jiqitong.rules.condition.RuleText;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public policy library (惠企政策清单): the list with filters, and one item in plain language. */
@PageController
class PolicyPages {

    private final Policies policies;
    private final java.time.Clock clock;

    PolicyPages(Policies policies, java.time.Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/policies")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) BenefitType type,
            @RequestParam(required = false) String department,
            @RequestParam(name = "noApplication", required = false) Boolean noApplication,
            @RequestParam(name = "open", required = false) Boolean openNow,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String size,
            @RequestParam(required = false) String district, Model model) {
        var today = org.jiqitong.shared.ChinaTime.today(clock);
        List<SearchHit> hits = policies.search(new PolicyQuery(q, type, department, noApplication,
                Boolean.TRUE.equals(openNow) ? today : null, industry, size, district));
        model.addAttribute("industry", industry);
        model.addAttribute("size", size);
        model.addAttribute("district", district);
        model.addAttribute("districts", org.jiqitong.registry.District.values());
        model.addAttribute("hits", hits);
        model.addAttribute("open", openNow);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("department", department);
        model.addAttribute("noApplication", noApplication);
        model.addAttribute("types", BenefitType.values());
        model.addAttribute("departments", policies.publishedCompiled().stream().map(i -> i.view().departmentCode())
                .distinct().sorted().toList());
        return "policy/list";
    }

    @GetMapping("/policies/{itemId}")
    String item(@PathVariable long itemId, Model model) {
        CompiledItem item = policies.publishedItem(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("item", item);
        model.addAttribute("v", item.view());
        model.addAttribute("c", item.view().content());
        model.addAttribute("rule", RuleText.render(item.rule(),
                "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())));
        return "policy/item";
    }
}

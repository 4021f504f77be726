package org.jiqitong.policy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.policy.PolicyNotFoundException;
import org.jiqitong.policy.PolicyQuery;
import org.jiqitong.rules.condition.RuleText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published policy items, for everyone (惠企政策清单). */
@RestController
@Tag(name = "policies", description = "惠企政策库")
class PolicyApi {

    private final Policies policies;

    PolicyApi(Policies policies) {
        this.policies = policies;
    }

    /** One published item as the public reads it: plain language, conditions in Chinese, contact, window. */
    record ItemJson(long itemId, int version, String docNumber, String department, String name, String benefitType,
            String content, String beneficiaries, String conditions, String formula, Long capFen,
            boolean amountIllustrative, List<String> materials, List<String> procedureSteps, LocalDate windowFrom,
            LocalDate windowTo, Integer payoutDays, String contactPerson, String contactPhone, String contactAddress,
            Boolean noApplication, String exclusionGroup, LocalDate effectiveFrom, String snippet) {

        static ItemJson of(CompiledItem item) {
            return of(item, null);
        }

        static ItemJson of(CompiledItem item, String snippet) {
            ItemVersionView v = item.view();
            var c = v.content();
            return new ItemJson(v.itemId(), v.version(), v.docNumber(), v.departmentCode(), c.name(),
                    c.benefitType().name(), c.content(), c.beneficiaries(), RuleText.render(item.rule()), c.formula(),
                    c.capFen(), c.amountIllustrative(), c.materials(), c.procedureSteps(), c.windowFrom(), c.windowTo(),
                    c.payoutDays(), c.contactPerson(), c.contactPhone(), c.contactAddress(), c.noApplication(),
                    c.exclusionGroup(), v.effectiveFrom(), snippet);
        }
    }

    @GetMapping("/api/v1/policies")
    @Operation(summary = "Published items; q searches their Chinese text (smartcn), snippets mark the words found")
    List<ItemJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) BenefitType type,
            @RequestParam(required = false) String department, @RequestParam(required = false) Boolean noApplication,
            @RequestParam(required = false) LocalDate openOn, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String sizeClass, @RequestParam(required = false) String district) {
        return policies.search(new PolicyQuery(q, type, department, noApplication, openOn, industry, sizeClass, district))
                .stream()
                .map(h -> ItemJson.of(h.item(), h.snippetHtml())).toList();
    }

    @GetMapping("/api/v1/policies/{itemId}")
    @Operation(summary = "One published item")
    ItemJson item(@PathVariable long itemId) {
        return policies.publishedItem(itemId).map(ItemJson::of).orElseThrow(PolicyNotFoundException::new);
    }
}

package org.jiqitong.policy.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.ItemStatus;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.policy.PolicyRefusedException;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.condition.Condition;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.ConditionJson;
import org.jiqitong.rules.condition.Operator;
import org.jiqitong.rules.condition.TreeEdit;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy officer's workspace: items of their department, and one version with its form-based condition builder
 * beside the rule in Chinese, its fixtures, checks, and the lifecycle actions (four eyes to publish).
 */
@PageController
class OfficerPages {

    private final Policies policies;
    private final java.time.Clock clock;

    OfficerPages(Policies policies, java.time.Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/officer/items")
    String items(Model model) {
        CurrentUser me = officer();
        model.addAttribute("versions", policies.ofMyDepartment(me));
        model.addAttribute("warnings", policies.hygiene(me, org.jiqitong.shared.ChinaTime.today(clock)));
        model.addAttribute("documents", policies.documents());
        model.addAttribute("types", BenefitType.values());
        return "policy/officer-items";
    }

    @PostMapping("/officer/items")
    String create(@RequestParam long documentId, @RequestParam String name, @RequestParam BenefitType benefitType,
            RedirectAttributes redirect) {
        CurrentUser me = officer();
        try {
            ItemVersionView v = policies.createItem(documentId, new ItemContent(name, benefitType, "(待填写)", "(待填写)",
                    null, null, null, false, "[]", List.of(), List.of(), null, null, null, null, null, null, null, null,
                    null, null), me);
            return "redirect:/officer/versions/" + v.versionId();
        } catch (PolicyRefusedException e) {
            redirect.addFlashAttribute("problems", e.reasons());
            return "redirect:/officer/items";
        }
    }

    @GetMapping("/officer/versions/{id}")
    String version(@PathVariable long id, Model model) {
        CurrentUser me = officer();
        ItemVersionView v = mine(id, me);
        model.addAttribute("v", v);
        model.addAttribute("c", v.content());
        model.addAttribute("me", me);
        model.addAttribute("editable", v.status() == ItemStatus.DRAFT);
        model.addAttribute("mayReview", v.status() == ItemStatus.IN_REVIEW && !v.author().equals(me.getUsername()));
        model.addAttribute("types", BenefitType.values());
        model.addAttribute("attributes", RegistryCatalogue.CATALOGUE.attributes());
        model.addAttribute("operators", Operator.values());
        Condition tree = v.content().conditions() == null ? null : ConditionJson.read(v.content().conditions());
        model.addAttribute("groups", TreeEdit.groups(tree));
        model.addAttribute("leaves", ConditionForm.leaves(tree));
        model.addAttribute("ruleText", tree == null ? ConditionForm.EMPTY_TREE_HINT : ConditionForm.text(tree));
        model.addAttribute("audit", policies.auditEntries(id));
        if (model.getAttribute("problems") instanceof List<?> problems) {
            model.addAttribute("problems", org.jiqitong.registry.ProblemWords.of(problems));
        }
        model.addAttribute("codeLists", ConditionForm.codeLists());
        model.addAttribute("fixtureList", FixtureForm.shown(v.content().fixtures()));
        model.addAttribute("verdicts", java.util.Arrays.stream(org.jiqitong.rules.eval.Verdict.values())
                .map(x -> List.of(x.name(), org.jiqitong.rules.eval.Fixtures.words(x))).toList());
        model.addAttribute("defaultCitation", citation(v));
        model.addAttribute("materialsText", String.join("\n", v.content().materials()));
        model.addAttribute("stepsText", String.join("\n", v.content().procedureSteps()));
        return "policy/officer-version";
    }

    @PostMapping("/officer/versions/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser me = officer();
        ItemVersionView v = mine(id, me);
        return act(id, redirect, "已保存", () -> policies.updateDraft(id, ContentForm.content(v.content(), form), me));
    }

    @PostMapping("/officer/versions/{id}/conditions")
    String addCondition(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser me = officer();
        ItemVersionView v = mine(id, me);
        return act(id, redirect, "已添加条件", () -> {
            Condition tree = v.content().conditions() == null ? null : ConditionJson.read(v.content().conditions());
            Condition leaf = ConditionForm.leaf(form);
            Condition node = switch (form.getOrDefault("kind", "leaf")) {
                case "any" -> new Condition.Any(List.of(leaf));
                case "all" -> new Condition.All(List.of(leaf));
                case "not" -> new Condition.Not(leaf);
                default -> leaf;
            };
            Condition updated = TreeEdit.add(tree, form.getOrDefault("group", "conditions"), node);
            policies.updateDraft(id, v.content().withConditions(ConditionJson.write(updated)), me);
        });
    }

    @PostMapping("/officer/versions/{id}/conditions/remove")
    String removeCondition(@PathVariable long id, @RequestParam String path, RedirectAttributes redirect) {
        CurrentUser me = officer();
        ItemVersionView v = mine(id, me);
        return act(id, redirect, "已删除条件", () -> {
            Condition updated = TreeEdit.remove(ConditionJson.read(v.content().conditions()), path);
            policies.updateDraft(id, v.content().withConditions(updated == null ? null : ConditionJson.write(updated)), me);
        });
    }

    @PostMapping("/officer/versions/{id}/check")
    String check(@PathVariable long id, RedirectAttributes redirect) {
        mine(id, officer());
        List<String> reasons = policies.check(id, officer());
        if (reasons.isEmpty()) {
            redirect.addFlashAttribute("message", "检查通过:条件与公式有效,全部测试用例通过");
        } else {
            redirect.addFlashAttribute("problems", reasons);
        }
        return "redirect:/officer/versions/" + id;
    }

    @PostMapping("/officer/versions/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "已提交审核", () -> policies.submit(id, officer()));
    }

    @PostMapping("/officer/versions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "已批准发布", () -> policies.approve(id, note, officer()));
    }

    @PostMapping("/officer/versions/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "已退回修改", () -> policies.sendBack(id, note, officer()));
    }

    @PostMapping("/officer/versions/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "已撤回", () -> policies.withdraw(id, reason, officer()));
    }

    @PostMapping("/officer/items/{itemId}/new-version")
    String newVersion(@PathVariable long itemId, RedirectAttributes redirect) {
        try {
            return "redirect:/officer/versions/" + policies.newVersion(itemId, officer()).versionId();
        } catch (PolicyRefusedException e) {
            redirect.addFlashAttribute("problems", e.reasons());
            return "redirect:/officer/items";
        }
    }

    String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        mine(id, officer());
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (PolicyRefusedException e) {
            redirect.addFlashAttribute("problems", e.reasons());
        } catch (ConditionException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(Object::toString).toList());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
        }
        return "redirect:/officer/versions/" + id;
    }

    /**
     * The version if it belongs to the officer's own department; any other — even a published one of another
     * department, which the public may read on its own page — does not exist in this workspace (404).
     */
    ItemVersionView mine(long id, CurrentUser me) {
        return policies.version(id, me).filter(v -> me.departmentCode().map(v.departmentCode()::equals).orElse(false))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static CurrentUser officer() {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!me.is(Role.POLICY_OFFICER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return me;
    }

    /** A condition cites its document by number, or by its title where the document states no number. */
    private String citation(ItemVersionView v) {
        if (v.docNumber() != null && !v.docNumber().startsWith("未载明文号")) {
            return v.docNumber();
        }
        return policies.documents().stream().filter(d -> d.id() == v.documentId()).findFirst()
                .map(d -> "《" + d.title() + "》").orElse(v.docNumber());
    }
}

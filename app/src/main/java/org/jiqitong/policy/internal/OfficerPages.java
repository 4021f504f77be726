package org.jiqitong.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.condition.Citation;
import org.jiqitong.rules.condition.Condition;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.ConditionJson;
import org.jiqitong.rules.condition.Operator;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.condition.RuleText;
import org.jiqitong.rules.condition.TreeEdit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
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
@Controller
class OfficerPages {

    private static final String EMPTY_TREE_HINT = "(尚未设置申请条件)";

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
        model.addAttribute("leaves", leaves(tree));
        model.addAttribute("ruleText", tree == null ? EMPTY_TREE_HINT : text(tree));
        model.addAttribute("audit", policies.auditEntries(id));
        if (model.getAttribute("problems") instanceof List<?> problems) {
            model.addAttribute("problems", org.jiqitong.registry.ProblemWords.of(problems));
        }
        model.addAttribute("codeLists", codeLists());
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
        return act(id, redirect, "已保存", () -> policies.updateDraft(id, content(v.content(), form), me));
    }

    @PostMapping("/officer/versions/{id}/conditions")
    String addCondition(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser me = officer();
        ItemVersionView v = mine(id, me);
        return act(id, redirect, "已添加条件", () -> {
            Condition tree = v.content().conditions() == null ? null : ConditionJson.read(v.content().conditions());
            Condition leaf = leaf(form);
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

    /** The rule in Chinese, or the checker's complaints when it is not yet valid. */
    private static String text(Condition tree) {
        try {
            return RuleText.render(new ConditionChecker(RegistryCatalogue.CATALOGUE).check(tree));
        } catch (ConditionException e) {
            return String.join("\n", e.problems().stream().map(Object::toString).toList());
        }
    }

    /** Every node of the tree with its path, for the remove buttons. */
    private static List<String[]> leaves(Condition tree) {
        List<String[]> nodes = new ArrayList<>();
        if (tree != null) {
            walk(tree, "conditions", 0, nodes);
        }
        return nodes;
    }

    private static void walk(Condition node, String path, int depth, List<String[]> out) {
        String indent = "　".repeat(depth);
        if (node instanceof Condition.All all) {
            out.add(new String[] {path, indent + "同时满足:"});
            for (int i = 0; i < all.conditions().size(); i++) {
                walk(all.conditions().get(i), path + ".all[" + i + "]", depth + 1, out);
            }
        } else if (node instanceof Condition.Any any) {
            out.add(new String[] {path, indent + "满足任一:"});
            for (int i = 0; i < any.conditions().size(); i++) {
                walk(any.conditions().get(i), path + ".any[" + i + "]", depth + 1, out);
            }
        } else if (node instanceof Condition.Not not) {
            out.add(new String[] {path, indent + "不属于:"});
            walk(not.condition(), path + ".not", depth + 1, out);
        } else {
            out.add(new String[] {path, indent + ((Condition.Leaf) node).wording()});
        }
    }

    /** The picker's choices: for each attribute with a flat code list, its codes with their names. */
    private static Map<String, List<List<String>>> codeLists() {
        Map<String, List<List<String>>> lists = new java.util.LinkedHashMap<>();
        for (Attribute a : RegistryCatalogue.CATALOGUE.attributes()) {
            if (a.codes() != null && !a.codes().codes().isEmpty()) {
                lists.put(a.code(), a.codes().codes().stream().map(c -> List.of(c, a.codes().describe(c))).toList());
            }
        }
        return lists;
    }

    /** A condition cites its document by number, or by its title where the document states no number. */
    private String citation(ItemVersionView v) {
        if (v.docNumber() != null && !v.docNumber().startsWith("未载明文号")) {
            return v.docNumber();
        }
        return policies.documents().stream().filter(d -> d.id() == v.documentId()).findFirst()
                .map(d -> "《" + d.title() + "》").orElse(v.docNumber());
    }

    /** One leaf from the builder's form: money is entered in 元 and stored in fen. */
    private static Condition.Leaf leaf(Map<String, String> form) {
        Attribute attribute = RegistryCatalogue.CATALOGUE.find(form.getOrDefault("attr", ""))
                .orElseThrow(() -> new IllegalArgumentException("请选择属性"));
        Operator op = Operator.ofJson(form.getOrDefault("op", "")).orElseThrow(() -> new IllegalArgumentException("请选择运算符"));
        Period period = attribute.yearly() ? Period.parse(form.getOrDefault("period", "last")).orElse(Period.LAST) : null;
        List<Object> values = new ArrayList<>();
        String raw = form.getOrDefault("values", "").strip();
        if (!raw.isEmpty()) {
            for (String part : raw.split("[,,、\\s]+")) {
                values.add(literal(attribute, part));
            }
        }
        String min = form.getOrDefault("min", "").strip();
        String max = form.getOrDefault("max", "").strip();
        String wording = form.getOrDefault("wording", "").strip();
        String doc = form.getOrDefault("doc", "").strip();
        if (doc.isEmpty()) {
            throw new IllegalArgumentException("请填写条件的依据(政策文号),每个条件须注明出处");
        }
        return new Condition.Leaf(attribute.code(), period, op, values, min.isEmpty() ? null : literal(attribute, min),
                max.isEmpty() ? null : literal(attribute, max), null, wording.isEmpty() ? null : wording,
                new Citation(doc, form.getOrDefault("clause", "").strip()));
    }

    private static Object literal(Attribute attribute, String text) {
        try {
            return switch (attribute.type()) {
                case CODE, CODE_SET -> attribute.codes().codeOf(text).orElse(text); // "存续" is ACTIVE
                case MONEY -> org.jiqitong.shared.Money.fenOf(new BigDecimal(text));
                case INT -> Long.parseLong(text);
                case BOOL -> switch (text) {
                    case "true", "是" -> true;
                    case "false", "否" -> false;
                    default -> text;
                };
                default -> text;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            return text; // the checker says why with the path
        }
    }

    private static ItemContent content(ItemContent old, Map<String, String> f) {
        return new ItemContent(f.getOrDefault("name", old.name()), BenefitType.valueOf(f.getOrDefault("benefitType",
                old.benefitType().name())), f.getOrDefault("content", old.content()),
                f.getOrDefault("beneficiaries", old.beneficiaries()), old.conditions(), blank(f.get("formula")),
                yuan(f.get("capYuan")), "true".equals(f.get("amountIllustrative")),
                f.getOrDefault("fixtures", old.fixtures()), lines(f.get("materials")), lines(f.get("procedureSteps")),
                date(f.get("windowFrom")), date(f.get("windowTo")), integer(f.get("payoutDays")),
                blank(f.get("contactPerson")), blank(f.get("contactPhone")), blank(f.get("contactAddress")),
                f.get("noApplication") == null || f.get("noApplication").isBlank() ? null
                        : Boolean.valueOf(f.get("noApplication")), blank(f.get("exclusionGroup")), null, null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Long yuan(String s) {
        String v = blank(s);
        try {
            return v == null ? null : org.jiqitong.shared.Money.fenOf(new BigDecimal(v));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PolicyRefusedException("capYuan: \u201c" + v + "\u201d不是以元为单位、最多两位小数的金额");
        }
    }

    private static Integer integer(String s) {
        String v = blank(s);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new PolicyRefusedException("payoutDays: \u201c" + v + "\u201d不是整数");
        }
    }

    private static LocalDate date(String s) {
        String v = blank(s);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new PolicyRefusedException("window: \u201c" + v + "\u201d不是日期,如 2026-12-31");
        }
    }
}

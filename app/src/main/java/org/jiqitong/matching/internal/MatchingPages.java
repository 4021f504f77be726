package org.jiqitong.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.registry.District;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Uscc;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The policy calculator (for everyone) and 我的政策 (for an enterprise). */
@PageController
class MatchingPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NUMBERS = List.of("employees", "revenue_yuan", "total_assets_yuan", "rnd_yuan");

    private final Matching matching;
    private final Clock clock;

    MatchingPages(Matching matching, Clock clock) {
        this.matching = matching;
        this.clock = clock;
    }

    @GetMapping("/calculator")
    String calculator(Model model) {
        return form(model, Map.of("status", "存续", "credit", "NONE"));
    }

    @PostMapping("/calculator")
    String calculate(@RequestParam Map<String, String> form,
            @RequestParam(name = "qualification", required = false) List<String> qualifications,
            @RequestParam(name = "declared", required = false) List<String> declaredFacts, Model model) {
        ObjectNode facts = JSON.createObjectNode();
        text(form, "industry_code").ifPresent(v -> facts.put("industry_code", v.toUpperCase(java.util.Locale.ROOT)));
        text(form, "district_code").ifPresent(v -> facts.put("district_code", v));
        text(form, "status").ifPresent(v -> facts.put("status", v));
        text(form, "established_on").ifPresent(v -> facts.put("established_on", v));
        for (String n : NUMBERS) {
            text(form, n).ifPresent(v -> facts.set(n, n.equals("employees") ? numberOrText(v)
                    : JSON.getNodeFactory().stringNode(v)));
        }
        facts.put("listed", "true".equals(form.get("listed")));
        var q = facts.putArray("qualifications");
        if (qualifications != null) {
            qualifications.forEach(q::add);
        }
        ObjectNode since = JSON.createObjectNode();
        ObjectNode declared = JSON.createObjectNode();
        form.forEach((key, value) -> {
            if (key.startsWith("since-") && value != null && !value.isBlank()) {
                since.put(key.substring("since-".length()), value.strip());
            }
        });
        if (declaredFacts != null) {
            declaredFacts.forEach(d -> declared.put(d, true));
        }
        if (!since.isEmpty()) {
            facts.set("qualified_on", since);
        }
        if (!declared.isEmpty()) {
            facts.set("declared", declared);
        }
        String credit = form.getOrDefault("credit", "UNKNOWN");
        if (!"UNKNOWN".equals(credit)) {
            var flags = facts.putArray("credit_flags");
            if (!"NONE".equals(credit)) {
                flags.add(credit);
            }
        }
        model.addAttribute("submitted", true);
        try {
            List<ItemMatch> matches = matching.evaluate(CalculatorFacts.read(facts, today()));
            model.addAttribute("groups", groups(matches));
        } catch (ConditionException e) {
            model.addAttribute("problems", org.jiqitong.registry.ProblemWords.of(e.problems()));
        }
        Map<String, Object> values = new LinkedHashMap<>(form);
        values.put("qualifications", qualifications == null ? List.of() : qualifications);
        values.put("declared", declaredFacts == null ? List.of() : declaredFacts);
        return form(model, values);
    }

    @GetMapping("/my/policies")
    String mine(Model model) {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!me.is(Role.ENTERPRISE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<ItemMatch> matches = matching.forEntity(Uscc.parse(me.entityUscc().orElseThrow()), today())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("groups", groups(matches));
        return "matching/mine";
    }

    private String form(Model model, Map<String, ?> values) {
        model.addAttribute("values", values);
        model.addAttribute("districts", District.values());
        model.addAttribute("qualificationTypes", java.util.Arrays.stream(QualificationType.values())
                .filter(t -> !t.creditFlag()).toList());
        model.addAttribute("declaredFacts", org.jiqitong.registry.RegistryCatalogue.declared());
        model.addAttribute("statuses", org.jiqitong.registry.EntityStatus.values());
        return "matching/calculator";
    }

    /** Eligible, undetermined, then not eligible, each in the order Matching gave. */
    static Map<Verdict, List<ItemMatch>> groups(List<ItemMatch> matches) {
        Map<Verdict, List<ItemMatch>> groups = new LinkedHashMap<>();
        for (Verdict v : List.of(Verdict.ELIGIBLE, Verdict.UNDETERMINED, Verdict.INELIGIBLE)) {
            groups.put(v, matches.stream().filter(m -> m.verdict() == v).toList());
        }
        return groups;
    }

    private LocalDate today() {
        return org.jiqitong.shared.ChinaTime.today(clock);
    }

    private static java.util.Optional<String> text(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.strip());
    }

    private static tools.jackson.databind.JsonNode numberOrText(String v) {
        try {
            return JSON.getNodeFactory().numberNode(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return JSON.getNodeFactory().stringNode(v);
        }
    }
}

package org.jiqitong.policy.internal;

import org.jiqitong.identity.CurrentUser;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.shared.PageController;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing a draft's test cases through the fixture form (the workspace and its scope are the officer's). */
@PageController
class FixturePages {

    private final Policies policies;
    private final OfficerPages officer;

    FixturePages(Policies policies, OfficerPages officer) {
        this.policies = policies;
        this.officer = officer;
    }

    @PostMapping("/officer/versions/{id}/fixtures")
    String add(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        CurrentUser me = OfficerPages.officer();
        ItemVersionView v = officer.mine(id, me);
        return officer.act(id, redirect, "已添加测试用例", () -> policies.updateDraft(id,
                v.content().withFixtures(FixtureForm.append(v.content().fixtures(), form)), me));
    }

    @PostMapping("/officer/versions/{id}/fixtures/remove")
    String remove(@PathVariable long id, @RequestParam int index, RedirectAttributes redirect) {
        CurrentUser me = OfficerPages.officer();
        ItemVersionView v = officer.mine(id, me);
        return officer.act(id, redirect, "已删除测试用例", () -> policies.updateDraft(id,
                v.content().withFixtures(FixtureForm.remove(v.content().fixtures(), index)), me));
    }
}

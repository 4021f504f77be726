package org.jiqitong.rules.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEditTest {

    private static Condition.Leaf leaf(String wording) {
        return new Condition.Leaf("listed", null, Operator.EQ, List.of(true), null, null, null, wording,
                new Citation("测试", "第一条"));
    }

    @Test
    void buildsATreeByPathAndRemovesNodes() {
        Condition tree = TreeEdit.add(null, "conditions", leaf("a"));
        tree = TreeEdit.add(tree, "conditions", new Condition.Any(List.of(leaf("b"))));
        tree = TreeEdit.add(tree, "conditions.all[1]", leaf("c"));
        assertThat(ConditionJson.write(tree)).contains("\"any\":[", "\"wording\":\"b\"", "\"wording\":\"c\"");
        assertThat(TreeEdit.groups(tree)).extracting(g -> g[0]).containsExactly("conditions", "conditions.all[1]");

        Condition without = TreeEdit.remove(tree, "conditions.all[1].any[0]");
        assertThat(ConditionJson.write(without)).doesNotContain("\"wording\":\"b\"").contains("\"wording\":\"c\"");
        assertThat(TreeEdit.remove(tree, "conditions")).isNull();
    }
}

package org.jiqitong.rules.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionJsonTest {

    @Test
    void aLeafWithoutItsCitationIsWrittenAndReadingItBackNamesTheOmission() {
        Condition leaf = new Condition.Leaf("status", null, Operator.EQ, List.of("ACTIVE"), null, null, null, "登记状态为存续",
                null);
        String json = ConditionJson.write(new Condition.All(List.of(leaf)));
        assertThat(json).contains("\"wording\":\"登记状态为存续\"").doesNotContain("cite");
        assertThatThrownBy(() -> ConditionJson.read(json)).isInstanceOf(ConditionException.class)
                .hasMessageContaining("每个条件须注明依据");
    }

    @Test
    void aCitedLeafRoundTrips() {
        Condition leaf = new Condition.Leaf("status", null, Operator.EQ, List.of("ACTIVE"), null, null, null, "登记状态为存续",
                new Citation("济政发〔2021〕10号", "第五条"));
        Condition tree = new Condition.All(List.of(leaf));
        assertThat(ConditionJson.read(ConditionJson.write(tree))).isEqualTo(tree);
    }
}

package org.jiqitong.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written writer of a match writes exactly what bean introspection of the record writes (nulls left out). */
class MatchJsonTest {

    private static final JsonMapper API = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)).build();
    private static final JsonMapper BEANS = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    @Test
    void everyFieldSetIsWrittenAsTheRecordsProperties() {
        MatchJson full = new MatchJson(26, 3, "政府性融资担保(担保费率不高于1%)", "GUARANTEE", "FSA", "ELIGIBLE", 50_000_000L,
                true, true, List.of(new MatchJson.Line("登记状态为存续", "存续", "MET", "《实施意见》", "第19条"),
                        new MatchJson.Line("\"引号\" and \\ 反斜杠\n换行", "未知", "UNKNOWN", "《文》", "第1条")),
                List.of("是否设有博士后科研工作站", "另一项"), LocalDate.of(2026, 12, 31), Boolean.TRUE);
        assertThat(API.writeValueAsString(List.of(full, full))).as("the texts kept encoded, written again")
                .isEqualTo(BEANS.writeValueAsString(List.of(full, full)));
        assertThat(API.writeValueAsString(List.of(full))).isEqualTo(BEANS.writeValueAsString(List.of(full)))
                .contains("\"deadline\":\"2026-12-31\"", "\"amountFen\":50000000", "\"noApplication\":true");
    }

    @Test
    void nullsAreLeftOutAsEverywhereInTheApi() {
        MatchJson sparse = new MatchJson(17, 1, "博士后科研工作站建站资助", "SUBSIDY", "HRSS", "UNDETERMINED", null, false,
                false, List.of(new MatchJson.Line("新设立博士后科研工作站", null, "UNKNOWN", null, null)), List.of(), null,
                null);
        String json = API.writeValueAsString(sparse);
        assertThat(json).isEqualTo(BEANS.writeValueAsString(sparse)).doesNotContain("amountFen", "deadline",
                "noApplication", "null");
    }
}

package org.jiqitong.dormancy;

import java.util.List;

/**
 * The rule set of 休眠, as data (versioned; the seed's defaults in {@code V28}): the date rules, and who may not
 * register a dormancy — listed or quoted entities, entity types in a list, entities with a credit flag in a list. The
 * exclusions are a condition of the rule engine ({@link #condition()}), so a refusal is explained like a policy's.
 */
public record DormancyRules(int version, DormancyTerms terms, boolean excludeListed, List<String> excludedTypes,
        List<String> excludedFlags) {

    private static final String CITE = "\"cite\":{\"doc\":\"济南市进一步改善营商环境十条措施\",\"clause\":\"二\"}";

    /** Who may register a dormancy, as the rule engine's JSON condition over the registry's facts. */
    public String condition() {
        StringBuilder all = new StringBuilder("{\"all\":[{\"attr\":\"status\",\"op\":\"eq\",\"value\":\"ACTIVE\","
                + "\"wording\":\"登记状态为存续\"," + CITE + "}");
        if (excludeListed) {
            all.append(",{\"attr\":\"listed\",\"op\":\"eq\",\"value\":false,\"wording\":\"非上市、挂牌公司\",").append(CITE)
                    .append("}");
        }
        if (!excludedTypes.isEmpty()) {
            all.append(",{\"not\":{\"attr\":\"entity_type\",\"op\":\"in\",\"values\":[")
                    .append(String.join(",", excludedTypes.stream().map(t -> "\"" + t + "\"").toList()))
                    .append("],\"wording\":\"不属于不适用休眠的主体类型\",").append(CITE).append("}}");
        }
        for (String flag : excludedFlags) {
            all.append(",{\"not\":{\"attr\":\"credit_flags\",\"op\":\"has\",\"values\":[\"").append(flag)
                    .append("\"],\"wording\":\"未列入").append(flag.equals("SERIOUS_DISHONESTY") ? "严重违法失信名单" : "经营异常名录")
                    .append("\",").append(CITE).append("}}");
        }
        return all.append("]}").toString();
    }
}

package org.jiqitong.demand;

/**
 * The three rates of one group (a department, a category or a month) over demands created in it:
 * 响应率 = responded within the category's hours ÷ demands; 解决率 = replied as resolved ÷ demands replied;
 * 满意率 = rated 满意 or 基本满意 ÷ demands rated. A rate with no denominator is null.
 */
public record Rate(String key, long demands, long respondedInTime, long replied, long resolved, long rated,
        long satisfied, Double responseRate, Double resolutionRate, Double satisfactionRate) {
}

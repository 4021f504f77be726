package org.jiqitong.rules.size;

import java.util.List;

/**
 * One row of 中小企业划型标准规定 (工信部联企业〔2011〕300号) with its bounds per class, mapped to
 * GB/T 4754-2017 as in 统计上大中小微型企业划分办法(2017). Bounds for LARGE, MEDIUM and SMALL; MICRO
 * is whatever fails the SMALL bounds.
 */
public enum IndustryGroup {
    AGRICULTURE("农、林、牧、渔业",
            List.of(Bound.revenueWan(20000)), List.of(Bound.revenueWan(500)), List.of(Bound.revenueWan(50))),
    INDUSTRY("工业",
            List.of(Bound.employees(1000), Bound.revenueWan(40000)),
            List.of(Bound.employees(300), Bound.revenueWan(2000)),
            List.of(Bound.employees(20), Bound.revenueWan(300))),
    CONSTRUCTION("建筑业",
            List.of(Bound.revenueWan(80000), Bound.assetsWan(80000)),
            List.of(Bound.revenueWan(6000), Bound.assetsWan(5000)),
            List.of(Bound.revenueWan(300), Bound.assetsWan(300))),
    WHOLESALE("批发业",
            List.of(Bound.employees(200), Bound.revenueWan(40000)),
            List.of(Bound.employees(20), Bound.revenueWan(5000)),
            List.of(Bound.employees(5), Bound.revenueWan(1000))),
    RETAIL("零售业",
            List.of(Bound.employees(300), Bound.revenueWan(20000)),
            List.of(Bound.employees(50), Bound.revenueWan(500)),
            List.of(Bound.employees(10), Bound.revenueWan(100))),
    TRANSPORT("交通运输业(不含铁路)",
            List.of(Bound.employees(1000), Bound.revenueWan(30000)),
            List.of(Bound.employees(300), Bound.revenueWan(3000)),
            List.of(Bound.employees(20), Bound.revenueWan(200))),
    WAREHOUSING("仓储业",
            List.of(Bound.employees(200), Bound.revenueWan(30000)),
            List.of(Bound.employees(100), Bound.revenueWan(1000)),
            List.of(Bound.employees(20), Bound.revenueWan(100))),
    POSTAL("邮政业",
            List.of(Bound.employees(1000), Bound.revenueWan(30000)),
            List.of(Bound.employees(300), Bound.revenueWan(2000)),
            List.of(Bound.employees(20), Bound.revenueWan(100))),
    ACCOMMODATION("住宿业",
            List.of(Bound.employees(300), Bound.revenueWan(10000)),
            List.of(Bound.employees(100), Bound.revenueWan(2000)),
            List.of(Bound.employees(10), Bound.revenueWan(100))),
    CATERING("餐饮业",
            List.of(Bound.employees(300), Bound.revenueWan(10000)),
            List.of(Bound.employees(100), Bound.revenueWan(2000)),
            List.of(Bound.employees(10), Bound.revenueWan(100))),
    INFORMATION_TRANSMISSION("信息传输业",
            List.of(Bound.employees(2000), Bound.revenueWan(100000)),
            List.of(Bound.employees(100), Bound.revenueWan(1000)),
            List.of(Bound.employees(10), Bound.revenueWan(100))),
    SOFTWARE("软件和信息技术服务业",
            List.of(Bound.employees(300), Bound.revenueWan(10000)),
            List.of(Bound.employees(100), Bound.revenueWan(1000)),
            List.of(Bound.employees(10), Bound.revenueWan(50))),
    REAL_ESTATE_DEVELOPMENT("房地产开发经营",
            List.of(Bound.revenueWan(200000), Bound.assetsWan(10000)),
            List.of(Bound.revenueWan(1000), Bound.assetsWan(5000)),
            List.of(Bound.revenueWan(100), Bound.assetsWan(2000))),
    PROPERTY_MANAGEMENT("物业管理",
            List.of(Bound.employees(1000), Bound.revenueWan(5000)),
            List.of(Bound.employees(300), Bound.revenueWan(1000)),
            List.of(Bound.employees(100), Bound.revenueWan(500))),
    LEASING_AND_BUSINESS_SERVICES("租赁和商务服务业",
            List.of(Bound.employees(300), Bound.assetsWan(120000)),
            List.of(Bound.employees(100), Bound.assetsWan(8000)),
            List.of(Bound.employees(10), Bound.assetsWan(100))),
    OTHER("其他未列明行业",
            List.of(Bound.employees(300)), List.of(Bound.employees(100)), List.of(Bound.employees(10)));

    private final String label;
    private final List<Bound> large;
    private final List<Bound> medium;
    private final List<Bound> small;

    IndustryGroup(String label, List<Bound> large, List<Bound> medium, List<Bound> small) {
        this.label = label;
        this.large = large;
        this.medium = medium;
        this.small = small;
    }

    public String label() {
        return label;
    }

    public List<Bound> bounds(SizeClass sizeClass) {
        return switch (sizeClass) {
            case LARGE -> large;
            case MEDIUM -> medium;
            case SMALL -> small;
            default -> List.of();
        };
    }

    /**
     * The group of a GB/T 4754-2017 code written with its section letter ("C3911", "I65", "K7010").
     * Follows SME-SIZE-STANDARD.md: A01–04 agriculture; B, C, D industry; E construction; F51 wholesale,
     * F52 retail; G54–58 transport, G59 warehousing, G60 postal; H61, H62; I63–64, I65; K7010, K7020;
     * L71–72; everything else (including A05, G53 railways, K70 other classes) is OTHER.
     */
    public static IndustryGroup of(String industryCode) {
        if (industryCode == null || industryCode.length() < 3) {
            return OTHER;
        }
        char section = industryCode.charAt(0);
        String digits = industryCode.substring(1);
        int division = Integer.parseInt(digits.substring(0, 2));
        return switch (section) {
            case 'A' -> division <= 4 ? AGRICULTURE : OTHER;
            case 'B', 'C', 'D' -> INDUSTRY;
            case 'E' -> CONSTRUCTION;
            case 'F' -> division == 51 ? WHOLESALE : division == 52 ? RETAIL : OTHER;
            case 'G' -> division >= 54 && division <= 58 ? TRANSPORT
                    : division == 59 ? WAREHOUSING : division == 60 ? POSTAL : OTHER;
            case 'H' -> division == 61 ? ACCOMMODATION : division == 62 ? CATERING : OTHER;
            case 'I' -> division == 65 ? SOFTWARE : INFORMATION_TRANSMISSION;
            case 'K' -> digits.startsWith("701") ? REAL_ESTATE_DEVELOPMENT
                    : digits.startsWith("702") ? PROPERTY_MANAGEMENT : OTHER;
            case 'L' -> LEASING_AND_BUSINESS_SERVICES;
            default -> OTHER;
        };
    }
}

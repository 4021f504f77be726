package org.jiqitong.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jiqitong.shared.Uscc;

/**
 * Deterministic synthetic Jinan entities, written as the registry's CSV feeds: mostly micro, realistic
 * district and industry mixes, rare qualifications, some missing figures, some dormant or abnormal. Every
 * name ends in "(演示)" and every USCC is generated, so none is a real enterprise. The first three entities
 * are the demo enterprise accounts' own.
 *
 * <p>The city is generated relative to the day it is generated for ({@code today}): figures for the last
 * three complete years, founding dates counted back from today, qualifications valid around today (some just
 * issued, some expiring soon, some expired, as in life). The same count gives the same entities and numbers
 * on any day, only shifted in time: every random draw is made whatever the day, so the day moves dates and
 * never changes who is in the city. Nothing here reads the wall clock.
 */
public final class DemoRegistry {

    /** The entities of the demo accounts ent1, ent2 and ent3. */
    public static final List<String> ENTERPRISE_USCCS = List.of(uscc(0, "91", "370112"), uscc(1, "91", "370102"),
            uscc(2, "92", "370103"));

    private static final String[] DISTRICTS = {"370102", "370103", "370104", "370105", "370112", "370113", "370114",
        "370115", "370116", "370117", "370124", "370126"};
    private static final int[] DISTRICT_WEIGHTS = {14, 12, 10, 10, 16, 6, 9, 5, 7, 3, 4, 4};
    private static final String[] PREFIXES = {"泉城", "明湖", "千佛", "趵突", "舜耕", "济北", "黄河", "大明", "齐鲁", "华泉",
        "鹊华", "历山", "汇泉", "长青", "锦绣", "新济", "鲁中", "泺源", "玉符", "龙山"};

    /** code, weight, Chinese trade word, typical employees scale. */
    private record Industry(String code, int weight, String word, double scale) {
    }

    private static final Industry[] INDUSTRIES = {
        new Industry("F5211", 170, "便利店", 0.8), new Industry("F5123", 50, "商贸", 1.2),
        new Industry("F5191", 50, "贸易", 1.1), new Industry("H6210", 80, "餐饮", 1.3),
        new Industry("H6110", 15, "酒店", 1.8), new Industry("C3311", 30, "金属制品", 2.6),
        new Industry("C3484", 25, "机械", 2.8), new Industry("C3911", 20, "智能科技", 3.0),
        new Industry("C2710", 15, "医药", 3.0), new Industry("C1391", 20, "食品", 2.4),
        new Industry("C3670", 15, "汽车零部件", 3.0), new Industry("C3851", 15, "电气", 2.6),
        new Industry("I6513", 45, "软件", 2.0), new Industry("I6420", 15, "网络科技", 1.8),
        new Industry("L7212", 45, "企业管理咨询", 1.2), new Industry("L7240", 45, "广告", 1.1),
        new Industry("E4790", 30, "建设工程", 2.4), new Industry("E5010", 30, "装饰工程", 1.6),
        new Industry("G5430", 40, "物流", 1.6), new Industry("G5990", 15, "仓储", 1.5),
        new Industry("K7010", 10, "置业", 2.0), new Industry("K7020", 15, "物业管理", 2.3),
        new Industry("M7320", 25, "科技研发", 1.7), new Industry("M7491", 25, "检测技术", 1.6),
        new Industry("O8010", 60, "家政服务", 1.0), new Industry("A0141", 15, "农业科技", 1.2),
        new Industry("A0311", 15, "牧业", 1.3), new Industry("P8391", 10, "教育咨询", 1.3),
        new Industry("Q8411", 10, "医疗", 2.0), new Industry("R8810", 15, "文化传媒", 1.1),
        new Industry("D4411", 10, "能源", 2.8)};

    private DemoRegistry() {
    }

    /** Writes entities.csv, figures.csv, qualifications.csv (source IIT/SCI) and credit.csv (source AMR). */
    public static void write(int count, Path directory, LocalDate today) throws IOException {
        Files.createDirectories(directory);
        try (BufferedWriter entities = writer(directory.resolve("entities.csv"));
                BufferedWriter figures = writer(directory.resolve("figures.csv"));
                BufferedWriter qualifications = writer(directory.resolve("qualifications.csv"));
                BufferedWriter credit = writer(directory.resolve("credit.csv"))) {
            entities.write(String.join(",", Feed.ENTITIES.columns()) + ",functional_zone,ownership\n");
            figures.write(String.join(",", Feed.FIGURES.columns()) + "\n");
            qualifications.write(String.join(",", Feed.QUALIFICATIONS.columns()) + "\n");
            credit.write(String.join(",", Feed.QUALIFICATIONS.columns()) + "\n");
            writeFixed(today, entities, figures, qualifications, credit);
            SplittableRandom random = new SplittableRandom(20210614L);
            for (int i = 3; i < count; i++) {
                writeOne(i, today, random.split(), entities, figures, qualifications, credit);
            }
        }
    }

    private static void writeFixed(LocalDate today, Writer e, Writer f, Writer q, Writer c) throws IOException {
        String u1 = ENTERPRISE_USCCS.get(0);
        String u2 = ENTERPRISE_USCCS.get(1);
        String u3 = ENTERPRISE_USCCS.get(2);
        e.write(u1 + ",济南泉智精密机械有限公司(演示),有限责任公司,370112,C3911," + today.minusYears(17).minusMonths(8)
                + ",30000000.00,存续,false,李明,济南市历城区演示工业园8号,济南高新区,173\n");
        e.write(u2 + ",济南云算软件科技有限公司(演示),有限责任公司,370102,I6513," + today.minusYears(9).minusMonths(3)
                + ",5000000.00,存续,false,王芳,济南市历下区演示大厦12层,,173\n");
        e.write(u3 + ",市中区老街便利店(演示),个体工商户,370103,F5211," + today.minusYears(7).minusDays(10)
                + ",100000.00,存续,false,赵强,济南市市中区演示街3号,,400\n");
        int lastYear = today.getYear() - 1;
        for (int k = 0; k < 3; k++) {
            int year = lastYear - 2 + k;
            f.write(u1 + "," + year + "," + (380 + 20 * k) + "," + (240000000 + 20000000 * k) + ".00,"
                    + (310000000 + 10000000 * k) + ".00," + (9800000 + 500000 * k) + ".00," + (14000000 + 1000000 * k) + ".00\n");
            f.write(u2 + "," + year + "," + (28 + 3 * k) + "," + (6500000 + 800000 * k) + ".00,"
                    + (4200000 + 300000 * k) + ".00," + (260000 + 30000 * k) + ".00," + (1300000 + 200000 * k) + ".00\n");
            f.write(u3 + "," + year + "," + (11 + k % 2) + ",,,,\n");
        }
        // ent1: a high-tech certificate re-issued ten months ago (three years' validity) and its expired
        // predecessor; a provincial 专精特新 certification of five months ago
        LocalDate highTech = today.minusMonths(10).withDayOfMonth(1);
        q.write(u1 + ",高新技术企业,国家级," + highTech + "," + term(highTech, 3) + "\n");
        q.write(u1 + ",专精特新中小企业,省级," + today.minusMonths(5).withDayOfMonth(15) + ","
                + term(today.minusMonths(5).withDayOfMonth(15), 3) + "\n");
        q.write(u1 + ",高新技术企业,国家级," + highTech.minusYears(3) + "," + highTech.minusDays(1) + "\n");
        // ent2: evaluated as a 科技型中小企业 this cycle, valid for a year
        LocalDate evaluated = today.minusMonths(8).withDayOfMonth(1);
        q.write(u2 + ",科技型中小企业,," + evaluated + "," + term(evaluated, 1) + "\n");
        // ent3: once on the 经营异常名录, removed four years ago
        c.write(u3 + ",经营异常名录,," + today.minusYears(4).minusMonths(7) + "," + today.minusYears(4).minusMonths(3) + "\n");
    }

    /**
     * The demo's economic type (登记注册类型 code), from the entity's type and its number only — no draw of the random
     * sequence, so adding it changed no other figure of the demo: 个体 for 个体工商户, 集体 for cooperatives, and among
     * companies about 4 % 国有, 2 % 外商投资, 1 % 港澳台, 3 % unknown (empty), the rest 私营.
     */
    static String ownership(int i, boolean individual, boolean cooperative) {
        if (individual) {
            return "400";
        }
        if (cooperative) {
            return "120";
        }
        int k = Math.floorMod(i * 7919, 100);
        return k < 4 ? "110" : k < 6 ? "300" : k < 7 ? "200" : k < 10 ? "" : "173";
    }

    /** The last day of a term of {@code years} years from {@code from}. */
    private static LocalDate term(LocalDate from, int years) {
        return from.plusYears(years).minusDays(1);
    }

    private static void writeOne(int i, LocalDate today, SplittableRandom r, Writer e, Writer f, Writer q, Writer c)
            throws IOException {
        Industry industry = pick(r);
        String district = DISTRICTS[weighted(r, DISTRICT_WEIGHTS)];
        boolean individual = industry.code().startsWith("F52") || industry.code().startsWith("H62")
                || industry.code().startsWith("O80") ? r.nextInt(100) < 55 : r.nextInt(100) < 8;
        boolean cooperative = industry.code().startsWith("A") && r.nextInt(100) < 30;
        String type = individual ? "个体工商户" : cooperative ? "农民专业合作社"
                : r.nextInt(100) < 6 ? "股份有限公司" : r.nextInt(100) < 4 ? "合伙企业" : r.nextInt(100) < 3 ? "分公司" : "有限责任公司";
        String prefix = individual ? "92" : cooperative ? "93" : "91";
        String uscc = uscc(i, prefix, district);
        String suffix = switch (type) {
            case "个体工商户" -> "店";
            case "农民专业合作社" -> "专业合作社";
            case "合伙企业" -> "(有限合伙)";
            case "分公司" -> "有限公司济南分公司";
            case "股份有限公司" -> "股份有限公司";
            default -> "有限公司";
        };
        String name = PREFIXES[r.nextInt(PREFIXES.length)] + PREFIXES[r.nextInt(PREFIXES.length)].charAt(0)
                + industry.word() + suffix + "(演示)";
        int roll = r.nextInt(1000);
        String status = roll < 920 ? "存续" : roll < 935 ? "休眠" : roll < 975 ? "注销" : "吊销";
        LocalDate established = today.minusDays((long) (Math.pow(r.nextDouble(), 1.8) * 11000));
        double scale = individual ? 0.5 : industry.scale();
        long employees = Math.max(1, Math.min(20000, Math.round(Math.exp(r.nextGaussian() * 1.1 + scale))));
        long capitalYuan = individual ? 10000L * (1 + r.nextInt(50))
                : Math.round(Math.exp(r.nextGaussian() * 1.3 + 14.2)) / 1000 * 1000;
        boolean listed = !individual && employees > 300 && r.nextInt(100) < 8;
        String zone = r.nextInt(100) < 7 ? "济南高新区" : r.nextInt(100) < 2 ? "新旧动能转换起步区" : "";
        e.write(uscc + "," + name + "," + type + "," + district + "," + industry.code() + "," + established + ","
                + capitalYuan + ".00," + status + "," + listed + ",演示法人" + (i % 997) + ",济南市演示路" + (i % 5000)
                + "号," + zone + "," + ownership(i, individual, cooperative) + "\n");
        boolean hasFigures = individual ? r.nextInt(100) < 40 : r.nextInt(100) < 88;
        if (hasFigures) {
            double perHead = Math.exp(r.nextGaussian() * 0.6 + 12.9); // about 40万 yuan per employee
            int lastYear = today.getYear() - 1;
            int firstYear = Math.max(lastYear - 2, established.getYear());
            for (int k = 0; k < 3; k++) {
                // every year is drawn, so the day the city is generated for never changes the draws that follow
                int year = lastYear - 2 + k;
                double growth = Math.pow(1 + r.nextGaussian() * 0.12, Math.max(0, year - firstYear));
                long emp = Math.max(1, Math.round(employees * growth));
                long revenueFen = Math.round(emp * perHead * growth * 100);
                String empText = r.nextInt(100) < 5 ? "" : Long.toString(emp);
                String revenue = r.nextInt(100) < 8 ? "" : yuan(revenueFen);
                String assets = r.nextInt(100) < 30 ? "" : yuan(Math.round(revenueFen * (0.5 + r.nextDouble() * 1.5)));
                String tax = r.nextInt(100) < 20 ? "" : yuan(Math.round(revenueFen * (0.01 + r.nextDouble() * 0.05)));
                boolean research = "CIM".indexOf(industry.code().charAt(0)) >= 0;
                String rnd = research && r.nextInt(100) < 60 ? yuan(Math.round(revenueFen * (0.01 + r.nextDouble() * 0.08))) : "";
                if (year >= firstYear) {
                    f.write(uscc + "," + year + "," + empText + "," + revenue + "," + assets + "," + tax + "," + rnd + "\n");
                }
            }
        }
        writeQualifications(uscc, today, industry, individual, employees, r, q, c);
    }

    private static void writeQualifications(String uscc, LocalDate today, Industry industry, boolean individual,
            long employees, SplittableRandom r, Writer q, Writer c) throws IOException {
        boolean tech = "CIM".indexOf(industry.code().charAt(0)) >= 0;
        int boost = tech ? 4 : 1;
        if (!individual) {
            if (r.nextInt(1000) < 6 * boost) { // certified within the last seven years for three: about 3 in 7 valid
                LocalDate from = today.minusDays(r.nextInt(7 * 365));
                q.write(uscc + ",高新技术企业,国家级," + from + "," + term(from, 3) + "\n");
            }
            if (r.nextInt(1000) < 10 * boost) { // evaluated yearly; some lapsed
                LocalDate from = today.minusDays(20 + r.nextInt(400));
                q.write(uscc + ",科技型中小企业,," + from + "," + term(from, 1) + "\n");
            }
            if (r.nextInt(1000) < 3 * boost && employees >= 20) {
                String level = r.nextInt(10) < 7 ? "市级" : r.nextInt(10) < 8 ? "省级" : "国家级";
                LocalDate from = today.minusDays(30 + r.nextInt(1000));
                q.write(uscc + ",专精特新中小企业," + level + "," + from + "," + term(from, 3) + "\n");
            }
            if (r.nextInt(10000) < 8 * boost && employees >= 50) {
                String level = r.nextBoolean() ? "市级" : "省级";
                LocalDate from = today.minusDays(r.nextInt(1000));
                q.write(uscc + ",瞪羚企业," + level + "," + from + "," + term(from, 2) + "\n");
            }
            if (r.nextInt(100000) < 5 * boost) {
                LocalDate from = today.minusDays(r.nextInt(600));
                q.write(uscc + ",独角兽企业,省级," + from + "," + term(from, 2) + "\n");
            }
            if (r.nextInt(100000) < 20 && industry.code().startsWith("C") && employees >= 300) {
                LocalDate from = today.minusDays(r.nextInt(1500));
                q.write(uscc + ",制造业单项冠军,国家级," + from + "," + term(from, 3) + "\n");
            }
            if (r.nextInt(10000) < 8 && employees >= 100) {
                LocalDate from = today.minusDays(r.nextInt(900));
                q.write(uscc + ",总部企业,市级," + from + "," + term(from, 3) + "\n");
            }
        }
        int credit = r.nextInt(1000);
        if (credit < 40) { // listed in the last six years; half of them removed after about nine months
            LocalDate listed = today.minusDays(30 + r.nextInt(6 * 365));
            LocalDate removed = listed.plusDays(270);
            boolean wasRemoved = r.nextBoolean() && removed.isBefore(today);
            c.write(uscc + ",经营异常名录,," + listed + "," + (wasRemoved ? removed.toString() : "") + "\n");
        } else if (credit < 43) {
            c.write(uscc + ",严重违法失信名单,," + today.minusDays(60 + r.nextInt(700)) + ",\n");
        }
    }

    private static Industry pick(SplittableRandom r) {
        int total = 0;
        for (Industry i : INDUSTRIES) {
            total += i.weight();
        }
        int roll = r.nextInt(total);
        for (Industry i : INDUSTRIES) {
            roll -= i.weight();
            if (roll < 0) {
                return i;
            }
        }
        return INDUSTRIES[0];
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return 0;
    }

    /** A valid, unique USCC for entity {@code i}: registration prefix, division, a body from i, check char. */
    static String uscc(int i, String prefix, String division) {
        long body = (i * 2_654_435_761L + 123_456_789L) % 26_439_622_160_671L; // 31^9
        StringBuilder sb = new StringBuilder(prefix).append(division);
        char[] chars = new char[9];
        for (int k = 8; k >= 0; k--) {
            chars[k] = Uscc.ALPHABET.charAt((int) (body % 31));
            body /= 31;
        }
        sb.append(chars);
        sb.append(Uscc.checkCharacter(sb));
        return sb.toString();
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}

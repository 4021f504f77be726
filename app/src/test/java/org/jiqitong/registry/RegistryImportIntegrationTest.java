package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiqitong.TestUsccs.next;
import static org.jiqitong.TestUsccs.withWrongCheck;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jiqitong.IntegrationTest;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class RegistryImportIntegrationTest extends IntegrationTest {

    private static final String ENTITIES = "uscc,name,entity_type,district_code,industry_code,established_on,"
            + "registered_capital_yuan,status,listed,legal_representative,address\n";
    private static final String FIGURES = "uscc,year,employees,revenue_yuan,total_assets_yuan,tax_yuan,rnd_yuan\n";
    private static final String QUALIFICATIONS = "uscc,qualification,level,valid_from,valid_to\n";

    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private ImportResult load(Feed feed, String source, String csv) {
        return registry.importFeed(new ImportRequest(feed, source, ImportRequest.Channel.API, "test.csv", "test"),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static String entity(String uscc, String industry) {
        return uscc + ",测试企业" + uscc.substring(10) + "(测试),有限责任公司,370102," + industry
                + ",2015-06-01,1000000.00,存续,false,张三,济南市历下区测试路1号\n";
    }

    @Test
    void goodRowsLandAndEachBadRowIsReportedWithRowAndColumn() {
        String good = next();
        String badCheck = withWrongCheck(next());
        String badIndustry = next();
        String twoErrors = next();
        String csv = ENTITIES + entity(good, "C3911") // row 2
                + entity(badCheck, "C3911") // row 3
                + entity(badIndustry, "C99X") // row 4
                + twoErrors + ",,有限责任公司,999999,C3911,2015-06-01,1.00,存续,false,,\n" // row 5
                + entity(good, "C3911") // row 6: repeats row 2
                + good + ",太短\n"; // row 7
        ImportResult result = load(Feed.ENTITIES, "AMR", csv);

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "uscc"), org.assertj.core.groups.Tuple.tuple(4L, "industry_code"),
                org.assertj.core.groups.Tuple.tuple(5L, "name"), org.assertj.core.groups.Tuple.tuple(5L, "district_code"),
                org.assertj.core.groups.Tuple.tuple(6L, null), org.assertj.core.groups.Tuple.tuple(7L, null));
        assertThat(result.errors().get(0).message()).contains("校验码错误");
        assertThat(result.errors().get(1).message()).contains("C99X");
        assertThat(result.errors().get(3).message()).contains("999999");
        assertThat(result.errors().get(4).message()).contains("第2行");
        assertThat(result.errors().get(5).message()).contains("该行有2列,表头有11列");
        assertThat(registry.exists(Uscc.parse(good))).isTrue();
        assertThat(registry.exists(Uscc.parse(badIndustry))).isFalse();
        assertThat(registry.exists(Uscc.parse(twoErrors))).isFalse();
    }

    @Test
    void reimportingTheSameFilesChangesNothingAndPublishesNothing() {
        String a = next();
        String b = next();
        String entities = ENTITIES + entity(a, "I6513") + entity(b, "C3911");
        String figures = FIGURES + a + ",2025,30,800000.00,,,\n" + b + ",2025,500,,,,\n";
        String qualifications = QUALIFICATIONS + a + ",科技型中小企业,,2025-04-01,2025-12-31\n";
        assertThat(load(Feed.ENTITIES, "AMR", entities).changed()).isEqualTo(2);
        assertThat(load(Feed.FIGURES, "STATS", figures).changed()).isEqualTo(2);
        assertThat(load(Feed.QUALIFICATIONS, "SCI", qualifications).changed()).isEqualTo(1);
        EntityProfile before = registry.profile(Uscc.parse(a)).orElseThrow();
        events.clear();

        ImportResult again1 = load(Feed.ENTITIES, "AMR", entities);
        ImportResult again2 = load(Feed.FIGURES, "STATS", figures);
        ImportResult again3 = load(Feed.QUALIFICATIONS, "SCI", qualifications);

        assertThat(again1.changed() + again2.changed() + again3.changed()).isZero();
        assertThat(again1.accepted()).isEqualTo(2);
        assertThat(registry.profile(Uscc.parse(a)).orElseThrow()).isEqualTo(before);
        assertThat(events.stream(EntityChanged.class)).isEmpty();
    }

    @Test
    void eachChangedEntityPublishesEntityChangedExactlyOnce() {
        String a = next();
        String b = next();
        load(Feed.ENTITIES, "AMR", ENTITIES + entity(a, "C3911") + entity(b, "C3911"));
        events.clear();
        String renamed = entity(a, "C3911").replace("(测试)", "(测试·更名)");
        ImportResult result = load(Feed.ENTITIES, "AMR", ENTITIES + renamed + entity(b, "C3911"));
        assertThat(result.changed()).isEqualTo(1);
        assertThat(events.stream(EntityChanged.class).map(EntityChanged::uscc)).containsExactly(a);
    }

    @Test
    void severalYearsOrQualificationsOfOneEntityPublishOneEventForIt() {
        String a = next();
        load(Feed.ENTITIES, "AMR", ENTITIES + entity(a, "C3911"));
        events.clear();
        ImportResult figures = load(Feed.FIGURES, "STATS", FIGURES + a + ",2023,10,,,,\n" + a + ",2024,11,,,,\n" + a + ",2025,12,,,,\n");
        ImportResult qualifications = load(Feed.QUALIFICATIONS, "IIT", QUALIFICATIONS + a + ",瞪羚企业,市级,2024-01-01,\n"
                + a + ",总部企业,,2024-01-01,\n");
        assertThat(figures.changed()).isEqualTo(1);
        assertThat(qualifications.changed()).isEqualTo(1);
        assertThat(events.stream(EntityChanged.class).map(EntityChanged::uscc)).containsExactly(a, a);
        assertThat(events.stream(EntityChanged.class).map(EntityChanged::feed)).containsExactly(Feed.FIGURES, Feed.QUALIFICATIONS);
    }

    @Test
    void figuresFromAnotherSourceFillGapsWithoutErasingAndEachValueKeepsItsSource() {
        String a = next();
        load(Feed.ENTITIES, "AMR", ENTITIES + entity(a, "C3911"));
        load(Feed.FIGURES, "STATS", FIGURES + a + ",2025,50,5000000.00,,,\n");
        load(Feed.FIGURES, "TAX", FIGURES + a + ",2025,,,,12345.67,\n");

        EntityProfile profile = registry.profile(Uscc.parse(a)).orElseThrow();
        YearlyFigures y = profile.figures().get(0);
        assertThat(y.employees()).isEqualTo(50);
        assertThat(y.employeesFrom().source()).isEqualTo("STATS");
        assertThat(y.taxFen()).isEqualTo(1_234_567L);
        assertThat(y.taxFrom().source()).isEqualTo("TAX");
        assertThat(y.totalAssetsFen()).isNull();
        // industry: 50 persons ≥ 20 and 500万 ≥ 300万 → small; stored for search too
        assertThat(profile.size().sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(registry.search(new EntitySearch(a, null, null, SizeClass.SMALL, null, 0, 10)).total()).isEqualTo(1);
        assertThat(registry.search(new EntitySearch(a, null, null, SizeClass.MICRO, null, 0, 10)).total()).isZero();
    }

    @Test
    void aChangeOfIndustryRecomputesTheSizeClass() {
        String a = next();
        load(Feed.ENTITIES, "AMR", ENTITIES + entity(a, "C3911"));
        load(Feed.FIGURES, "STATS", FIGURES + a + ",2025,15,2000000.00,,,\n");
        assertThat(storedSize(a)).isEqualTo("MICRO"); // industry: 15 < 20
        load(Feed.ENTITIES, "AMR", ENTITIES + entity(a, "I6513"));
        assertThat(storedSize(a)).isEqualTo("SMALL"); // software: 15 ≥ 10 and 200万 ≥ 50万
    }

    @Test
    void rowsForUnknownEntitiesAreRefused() {
        String unknown = next();
        ImportResult result = load(Feed.FIGURES, "STATS", FIGURES + unknown + ",2025,5,,,,\n");
        assertThat(result.accepted()).isZero();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("uscc");
            assertThat(e.message()).contains("不在市场主体库中");
        });
    }

    @Test
    void qualificationsNeedAValidLevelAndOrderedDates() {
        String a = next();
        load(Feed.ENTITIES, "AMR", ENTITIES + entity(a, "C3911"));
        ImportResult result = load(Feed.QUALIFICATIONS, "IIT", QUALIFICATIONS
                + a + ",专精特新中小企业,,2024-01-01,2027-01-01\n"
                + a + ",专精特新中小企业,区级,2024-01-01,2027-01-01\n"
                + a + ",瞪羚企业,市级,2024-01-01,2023-01-01\n"
                + a + ",专精特新中小企业,省级,2024-01-01,2027-01-01\n");
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "level"), org.assertj.core.groups.Tuple.tuple(3L, "level"),
                org.assertj.core.groups.Tuple.tuple(4L, "valid_to"));
        assertThat(registry.profile(Uscc.parse(a)).orElseThrow().credentials()).singleElement()
                .satisfies(q -> assertThat(q.level()).isEqualTo(QualificationType.Level.PROVINCE));
    }

    @Test
    void aWrongHeaderRefusesTheWholeFileAndLandsNothing() {
        String a = next();
        long before = registry.count();
        assertThatThrownBy(() -> load(Feed.ENTITIES, "AMR", "uscc,name\n" + a + ",x\n"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("表头缺少列");
        assertThatThrownBy(() -> load(Feed.ENTITIES, "AMR", ENTITIES.replace("\n", ",colour\n")))
                .hasMessageContaining("未知列\u201ccolour\u201d");
        assertThat(registry.count()).isEqualTo(before);
    }

    /** Issue 13.20: Excel saves Chinese CSV as GBK; such a file is refused with the reason, never read as mojibake. */
    @Test
    void aGbkFileIsRefusedAsNotUtf8AndLandsNothing() {
        String a = next();
        long before = registry.count();
        byte[] gbk = (ENTITIES + entity(a, "C3911")).getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> registry.importFeed(new ImportRequest(Feed.ENTITIES, "AMR", ImportRequest.Channel.API,
                "gbk.csv", "test"), new ByteArrayInputStream(gbk), null))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("不是 UTF-8 编码(可能是 GBK");
        assertThat(registry.count()).isEqualTo(before);
    }

    @Test
    void anUnknownSourceIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> load(Feed.ENTITIES, "NOPE", ENTITIES))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("未知的数据来源");
    }

    private String storedSize(String uscc) {
        return jdbc.sql("SELECT size_class FROM registry_size_class WHERE uscc = ?").param(uscc).query(String.class)
                .optional().orElse("UNDETERMINED");
    }
}

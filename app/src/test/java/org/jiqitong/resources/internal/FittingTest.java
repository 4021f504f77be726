package org.jiqitong.resources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.resources.Fit;
import org.jiqitong.resources.NeedKind;
import org.jiqitong.resources.NeedStatus;
import org.jiqitong.resources.NeedView;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceStatus;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Terms;
import org.junit.jupiter.api.Test;

/** The fit of a need to a resource, one constraint at a time, with the figures that decided it. */
class FittingTest {

    private static NeedView space(int m2, Long maxRent, List<String> districts) {
        return new NeedView(1, "91370100MA3C00000X", "x", NeedKind.SPACE, null, BigDecimal.valueOf(m2), null, maxRent,
                districts, null, LocalDate.parse("2027-03-01"), "厂房", NeedStatus.OPEN, false, null, List.of());
    }

    private static ResourceView resource(ResourceKind kind, String district, List<String> industries, Terms t) {
        return new ResourceView(2, kind, "IIT", "r", district, industries, "", t, Map.of(), null, null, true,
                ResourceStatus.PUBLISHED, "a", "b", null, null);
    }

    private static Terms space(int m2, long rent, LocalDate from) {
        return new Terms(null, BigDecimal.valueOf(m2), rent, null, null, null, null, null, List.of(), from, null, null, null,
                List.of());
    }

    private static Fit named(List<Fit> fit, String constraint) {
        return fit.stream().filter(f -> f.constraint().equals(constraint)).findFirst().orElseThrow();
    }

    @Test
    void anAreaFitsWithinTwentyPercentEitherWayAndNotBeyond() {
        NeedView need = space(2000, null, List.of());
        Fit low = named(Fitting.fit(need, resource(ResourceKind.SPACE, null, List.of(), space(1600, 2000, null)), null), "面积(±20%)");
        Fit high = named(Fitting.fit(need, resource(ResourceKind.SPACE, null, List.of(), space(2400, 2000, null)), null), "面积(±20%)");
        Fit beyond = named(Fitting.fit(need, resource(ResourceKind.SPACE, null, List.of(), space(2401, 2000, null)), null), "面积(±20%)");
        assertThat(low.met()).isTrue();
        assertThat(low.detail()).isEqualTo("需要 2000 m²,可提供 1600 m²(相差 -20.0%)");
        assertThat(high.met()).isTrue();
        assertThat(beyond.met()).isFalse();
        assertThat(beyond.detail()).contains("+20.1%");
    }

    @Test
    void districtRentAvailabilityAndIndustryAreEachNamedWhenUnmet() {
        NeedView need = space(2000, 2500L, List.of("370112"));
        List<Fit> fit = Fitting.fit(need, resource(ResourceKind.SPACE, "370102", List.of("C34"),
                space(2000, 3000, LocalDate.parse("2027-04-01"))), "C3911");
        assertThat(fit).extracting(Fit::constraint).containsExactly("面积(±20%)", "区县", "租金上限", "可用日期", "适用行业");
        assertThat(fit).filteredOn(f -> !f.met()).extracting(Fit::constraint)
                .containsExactly("区县", "租金上限", "可用日期", "适用行业");
        assertThat(named(fit, "区县").detail()).isEqualTo("位于历下区(意向:历城区)");
        assertThat(named(fit, "租金上限").detail()).isEqualTo("租金 30.00 元/m²/月(上限 25.00)");
        List<Fit> ok = Fitting.fit(need, resource(ResourceKind.SPACE, null, List.of("C39"), space(2100, 2500,
                LocalDate.parse("2027-03-01"))), "C3911");
        assertThat(ok).allMatch(Fit::met);
        assertThat(named(ok, "区县").detail()).startsWith("全市范围");
    }

    @Test
    void financingFitsAnAmountRangeAndAGuaranteeAboveOnePercentIsFlagged() {
        NeedView need = new NeedView(1, "91370100MA3C00000X", "x", NeedKind.FINANCING, null, null, 5_000_000_000L, null,
                List.of(), null, null, "贷款", NeedStatus.OPEN, false, null, List.of());
        Terms guarantee = new Terms(null, null, null, 1_000_000_000L, 10_000_000_000L, null, 150, null, List.of(), null, null,
                null, null, List.of());
        List<Fit> fit = Fitting.fit(need, resource(ResourceKind.FINANCE_PRODUCT, null, List.of(), guarantee), null);
        assertThat(named(fit, "额度").met()).isTrue();
        assertThat(named(fit, "额度").detail()).isEqualTo("额度 1,000 万元 至 10,000 万元(需要 5,000 万元)");
        assertThat(named(fit, "担保费率(≤1%)").met()).isFalse();
        assertThat(named(fit, "担保费率(≤1%)").detail()).contains("1.5%", "高于实施意见 19");
        Terms small = new Terms(null, null, null, null, 1_000_000_000L, null, 100, null, List.of(), null, null, null, null,
                List.of());
        List<Fit> tooBig = Fitting.fit(need, resource(ResourceKind.FINANCE_PRODUCT, null, List.of(), small), null);
        assertThat(named(tooBig, "额度").met()).isFalse();
        assertThat(named(tooBig, "担保费率(≤1%)").met()).isTrue();
    }
}

package org.jiqitong.dormancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every step of an episode from every status: allowed where 休眠's lifecycle says, refused elsewhere, unchanged. */
class EpisodeTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    private static Episode at(DormancyStatus s) {
        return new Episode(9, s, START, END, null);
    }

    @Test
    void anApplicationIsRegisteredOrRefusedOnce() {
        Episode e = at(DormancyStatus.APPLIED);
        e.register();
        assertThat(e.status()).isEqualTo(DormancyStatus.REGISTERED);
        assertThatThrownBy(e::register).hasMessageContaining("只有待备案的申请可以备案");
        Episode r = at(DormancyStatus.APPLIED);
        r.refuse();
        assertThat(r.status()).isEqualTo(DormancyStatus.REFUSED);
        assertThat(r.counted()).as("a refused application counts no day").isNull();
    }

    @Test
    void aRegisteredEpisodeIsDormantWithinItsTermOnly() {
        Episode e = at(DormancyStatus.REGISTERED);
        assertThat(e.dormantOn(START.minusDays(1))).isFalse();
        assertThat(e.dormantOn(START)).isTrue();
        assertThat(e.dormantOn(END)).isTrue();
        assertThat(e.dormantOn(END.plusDays(1))).isFalse();
        assertThat(at(DormancyStatus.APPLIED).dormantOn(START)).as("not before 备案").isFalse();
    }

    @Test
    void anEarlyRecoveryCountsTheDaysUntilThen() {
        Episode e = at(DormancyStatus.REGISTERED);
        e.recover(LocalDate.of(2027, 3, 10));
        assertThat(e.status()).isEqualTo(DormancyStatus.RECOVERED);
        assertThat(e.counted().days()).isEqualTo(68);
        assertThat(e.dormantOn(LocalDate.of(2027, 3, 11))).isFalse();
    }

    @Test
    void theTermRunsOutTheDayAfterItsEndAndNotBefore() {
        Episode e = at(DormancyStatus.REGISTERED);
        assertThatThrownBy(() -> e.expire(END)).hasMessageContaining("才届满");
        e.expire(END.plusDays(1));
        assertThat(e.status()).isEqualTo(DormancyStatus.EXPIRED);
        assertThat(e.counted().days()).isEqualTo(181);
    }

    @Test
    void anExtensionFollowsTheRules() {
        Episode e = at(DormancyStatus.REGISTERED);
        assertThatThrownBy(() -> e.extend(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 5, 30), DormancyTerms.SEED, List.of()))
                .hasMessageContaining("30日内");
        e.extend(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 5, 31), DormancyTerms.SEED, List.of());
        assertThat(e.end()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void everyStepOutsideItsStatusIsRefusedAndChangesNothing() {
        List<Consumer<Episode>> registeredOnly = List.of(x -> x.recover(END), x -> x.expire(END.plusDays(1)),
                x -> x.endAsMalicious(END), x -> x.extend(END.plusDays(10), END.minusDays(5), DormancyTerms.SEED, List.of()));
        List<Consumer<Episode>> appliedOnly = List.of(Episode::register, Episode::refuse);
        for (DormancyStatus s : DormancyStatus.values()) {
            for (Consumer<Episode> step : registeredOnly) {
                Episode e = at(s);
                if (s == DormancyStatus.REGISTERED) {
                    step.accept(e);
                    continue;
                }
                assertThatThrownBy(() -> step.accept(e)).as(s.name()).isInstanceOf(DormancyRefusedException.class)
                        .hasMessageContaining("当前状态");
                assertThat(e.status()).isEqualTo(s);
            }
            for (Consumer<Episode> step : appliedOnly) {
                Episode e = at(s);
                if (s == DormancyStatus.APPLIED) {
                    step.accept(e);
                    continue;
                }
                assertThatThrownBy(() -> step.accept(e)).as(s.name()).isInstanceOf(DormancyRefusedException.class);
                assertThat(e.status()).isEqualTo(s);
            }
        }
    }
}

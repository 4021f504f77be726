package org.jiqitong.demand.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandStatus;
import org.jiqitong.demand.internal.Demand.Step;
import org.jiqitong.demand.internal.DemandEvent.DemandRated;
import org.jiqitong.demand.internal.DemandEvent.DemandRedispatched;
import org.jiqitong.demand.internal.DemandEvent.DemandReopened;
import org.jiqitong.demand.internal.DemandEvent.DemandReplied;
import org.jiqitong.demand.internal.DemandEvent.DemandResponded;
import org.jiqitong.demand.internal.DemandEvent.DemandReturned;
import org.jiqitong.demand.internal.DemandEvent.DemandTransferred;
import org.junit.jupiter.api.Test;

/** Every step from every status: allowed exactly where 接诉即办 says, refused everywhere else; reopened once. */
class DemandTest {

    private static Demand at(DemandStatus s) {
        return new Demand(3, s, 0);
    }

    @Test
    void aDispatchedDemandIsRespondedToRepliedAndRated() {
        Demand d = at(DemandStatus.DISPATCHED);
        assertThat(d.respond()).isEqualTo(new DemandResponded(3, DemandStatus.DISPATCHED));
        DemandReplied replied = d.reply("已处理", true);
        assertThat(replied).isEqualTo(new DemandReplied(3, DemandStatus.RESPONDED, "已处理", true));
        assertThat(replied.to()).isEqualTo(DemandStatus.REPLIED);
        DemandRated rated = d.rate("BASIC");
        assertThat(rated.rating()).isEqualTo("BASIC");
        assertThat(rated.to()).isEqualTo(DemandStatus.CLOSED).isEqualTo(d.status());
    }

    @Test
    void aRatingIsOneOfThreeAndAWrongOneChangesNothing() {
        Demand d = at(DemandStatus.REPLIED);
        assertThatThrownBy(() -> d.rate("GREAT")).isInstanceOf(DemandRefusedException.class).hasMessageContaining("满意");
        assertThat(d.status()).isEqualTo(DemandStatus.REPLIED);
        assertThat(Demand.RATINGS).containsExactly("SATISFIED", "BASIC", "UNSATISFIED");
    }

    @Test
    void aDepartmentTransfersOrReturnsAndTheDispatcherSendsItOnAgain() {
        DemandTransferred moved = at(DemandStatus.RESPONDED).transfer("TAX");
        assertThat(moved.department()).isEqualTo("TAX");
        assertThat(moved.to()).isEqualTo(DemandStatus.DISPATCHED);
        assertThat(at(DemandStatus.REOPENED).transfer("TAX").to()).isEqualTo(DemandStatus.DISPATCHED);
        Demand d = at(DemandStatus.DISPATCHED);
        DemandReturned returned = d.returnToDispatcher();
        assertThat(returned.to()).isEqualTo(DemandStatus.RETURNED);
        DemandRedispatched again = d.redispatch("SERVICE");
        assertThat(again).isEqualTo(new DemandRedispatched(3, DemandStatus.RETURNED, "SERVICE"));
        assertThatThrownBy(() -> at(DemandStatus.RESPONDED).returnToDispatcher()).hasMessageContaining("已响应的诉求不能退回,请转办");
    }

    @Test
    void aRepliedOrClosedDemandIsReopenedOnceAndOnlyOnce() {
        Demand d = at(DemandStatus.CLOSED);
        DemandReopened reopened = d.reopen();
        assertThat(reopened.to()).isEqualTo(DemandStatus.REOPENED);
        d.respond();
        d.reply("已核实", true);
        assertThat(d.may(Step.REOPEN)).isFalse();
        assertThatThrownBy(d::reopen).hasMessageContaining("每项诉求只能重新办理一次");
        assertThat(new Demand(3, DemandStatus.REPLIED, 1).may(Step.REOPEN)).isFalse();
    }

    @Test
    void everyStepIsRefusedFromEveryStatusItDoesNotStartFromAndChangesNothing() {
        for (Step step : Step.values()) {
            for (DemandStatus s : DemandStatus.values()) {
                Demand d = at(s);
                if (Demand.TABLE.get(step).from().contains(s)) {
                    assertThat(d.may(step)).as(step + " from " + s).isTrue();
                    assertThat(d.take(step)).as("the status it came from").isEqualTo(s);
                    assertThat(d.status()).isEqualTo(Demand.TABLE.get(step).to());
                    continue;
                }
                assertThat(d.may(step)).as(step + " from " + s).isFalse();
                assertThatThrownBy(() -> d.take(step)).as(step + " from " + s).isInstanceOf(DemandRefusedException.class)
                        .hasMessage(Demand.TABLE.get(step).refusal());
                assertThat(d.status()).isEqualTo(s);
            }
        }
    }

    @Test
    void aReturnedDemandTakesNoStepButRedispatch() {
        for (Step step : Step.values()) {
            assertThat(at(DemandStatus.RETURNED).may(step)).as(step.name()).isEqualTo(step == Step.REDISPATCH);
        }
    }
}

package org.jiqitong.demand.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandStatus;
import org.jiqitong.demand.internal.Demand.Step;
import org.junit.jupiter.api.Test;

/** Every step from every status: allowed exactly where 接诉即办 says, refused everywhere else; reopened once. */
class DemandTest {

    private static Demand at(DemandStatus s) {
        return new Demand(3, s, 0);
    }

    @Test
    void aDispatchedDemandIsRespondedToRepliedAndRated() {
        Demand d = at(DemandStatus.DISPATCHED);
        assertThat(d.take(Step.RESPOND).to()).isEqualTo(DemandStatus.RESPONDED);
        assertThat(d.take(Step.REPLY)).isEqualTo(new Demand.Changed(3, Step.REPLY, DemandStatus.RESPONDED, DemandStatus.REPLIED));
        assertThat(d.take(Step.RATE).to()).isEqualTo(DemandStatus.CLOSED);
    }

    @Test
    void aDepartmentTransfersOrReturnsAndTheDispatcherSendsItOnAgain() {
        assertThat(at(DemandStatus.RESPONDED).take(Step.TRANSFER).to()).isEqualTo(DemandStatus.DISPATCHED);
        assertThat(at(DemandStatus.REOPENED).take(Step.TRANSFER).to()).isEqualTo(DemandStatus.DISPATCHED);
        Demand d = at(DemandStatus.DISPATCHED);
        assertThat(d.take(Step.RETURN).to()).isEqualTo(DemandStatus.RETURNED);
        assertThat(d.take(Step.REDISPATCH).to()).isEqualTo(DemandStatus.DISPATCHED);
        assertThatThrownBy(() -> at(DemandStatus.RESPONDED).take(Step.RETURN)).hasMessageContaining("已响应的诉求不能退回,请转办");
    }

    @Test
    void aRepliedOrClosedDemandIsReopenedOnceAndOnlyOnce() {
        Demand d = at(DemandStatus.CLOSED);
        assertThat(d.take(Step.REOPEN).to()).isEqualTo(DemandStatus.REOPENED);
        d.take(Step.RESPOND);
        d.take(Step.REPLY);
        assertThat(d.may(Step.REOPEN)).isFalse();
        assertThatThrownBy(() -> d.take(Step.REOPEN)).hasMessageContaining("每项诉求只能重新办理一次");
        assertThat(new Demand(3, DemandStatus.REPLIED, 1).may(Step.REOPEN)).isFalse();
    }

    @Test
    void everyStepIsRefusedFromEveryStatusItDoesNotStartFromAndChangesNothing() {
        for (Step step : Step.values()) {
            for (DemandStatus s : DemandStatus.values()) {
                Demand d = at(s);
                if (Demand.TABLE.get(step).from().contains(s)) {
                    assertThat(d.may(step)).as(step + " from " + s).isTrue();
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

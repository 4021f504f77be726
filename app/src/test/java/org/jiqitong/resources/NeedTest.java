package org.jiqitong.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A need's lifecycle, every allowed and refused step, without Spring. */
class NeedTest {

    private static Need in(NeedStatus s) {
        return new Need(9, s, 2);
    }

    @Test
    void aCommissionersDraftIsConfirmedOrDiscardedByTheEnterpriseAndNotAnswered() {
        assertThat(in(NeedStatus.DRAFT).confirm()).isEqualTo(new Need.Changed(9, NeedStatus.DRAFT, NeedStatus.OPEN, "CONFIRM", 2));
        assertThat(in(NeedStatus.DRAFT).close().action()).isEqualTo("DISCARD");
        assertThatThrownBy(() -> in(NeedStatus.DRAFT).requireOpen()).hasMessageContaining("不能答复");
    }

    @Test
    void anOpenNeedIsAnsweredAndClosedButNotConfirmedAgain() {
        in(NeedStatus.OPEN).requireOpen();
        assertThat(in(NeedStatus.OPEN).close()).isEqualTo(new Need.Changed(9, NeedStatus.OPEN, NeedStatus.CLOSED, "CLOSE", 2));
        assertThatThrownBy(() -> in(NeedStatus.OPEN).confirm()).hasMessageContaining("只有服务专员代拟、待确认的需求可以确认");
    }

    @Test
    void aClosedNeedIsFinal() {
        assertThatThrownBy(() -> in(NeedStatus.CLOSED).close()).hasMessageContaining("已关闭");
        assertThatThrownBy(() -> in(NeedStatus.CLOSED).confirm()).isInstanceOf(ResourcesRefusedException.class);
        assertThatThrownBy(() -> in(NeedStatus.CLOSED).requireOpen()).isInstanceOf(ResourcesRefusedException.class);
    }
}

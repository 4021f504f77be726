package org.jiqitong.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A resource's lifecycle, every allowed and refused step, without Spring. */
class ResourceTest {

    private static Resource in(ResourceStatus s) {
        return new Resource(7, s, "officer", 3);
    }

    @Test
    void aDraftIsEditedAndSubmittedAndNothingElse() {
        in(ResourceStatus.DRAFT).requireEditable();
        Resource.Changed c = in(ResourceStatus.DRAFT).submit();
        assertThat(c).isEqualTo(new Resource.Changed(7, ResourceStatus.DRAFT, ResourceStatus.SUBMITTED, "SUBMIT", 3));
        assertThatThrownBy(() -> in(ResourceStatus.DRAFT).publish("officer2")).hasMessageContaining("只有待审核的资源可以发布");
        assertThatThrownBy(() -> in(ResourceStatus.DRAFT).sendBack()).hasMessageContaining("只有待审核的资源可以退回");
        assertThatThrownBy(() -> in(ResourceStatus.DRAFT).close()).hasMessageContaining("只有已发布的资源可以关闭");
    }

    @Test
    void aSubmittedOneIsPublishedByASecondOfficerNeverByItsAuthorOrSentBack() {
        assertThat(in(ResourceStatus.SUBMITTED).publish("officer2").to()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThatThrownBy(() -> in(ResourceStatus.SUBMITTED).publish("officer")).hasMessageContaining("四眼原则");
        assertThat(in(ResourceStatus.SUBMITTED).sendBack().to()).isEqualTo(ResourceStatus.DRAFT);
        assertThatThrownBy(() -> in(ResourceStatus.SUBMITTED).submit()).hasMessageContaining("只有草稿可以提交审核");
        assertThatThrownBy(() -> in(ResourceStatus.SUBMITTED).requireEditable()).hasMessageContaining("只有草稿可以修改");
        assertThatThrownBy(() -> in(ResourceStatus.SUBMITTED).close()).isInstanceOf(ResourcesRefusedException.class);
    }

    @Test
    void aPublishedOneIsOnlyClosedAndAClosedOneIsFinal() {
        assertThat(in(ResourceStatus.PUBLISHED).close().to()).isEqualTo(ResourceStatus.CLOSED);
        assertThatThrownBy(() -> in(ResourceStatus.PUBLISHED).submit()).isInstanceOf(ResourcesRefusedException.class);
        assertThatThrownBy(() -> in(ResourceStatus.PUBLISHED).requireEditable()).isInstanceOf(ResourcesRefusedException.class);
        assertThatThrownBy(() -> in(ResourceStatus.PUBLISHED).publish("officer2")).isInstanceOf(ResourcesRefusedException.class);
        for (Runnable step : new Runnable[] {() -> in(ResourceStatus.CLOSED).submit(), () -> in(ResourceStatus.CLOSED).sendBack(),
            () -> in(ResourceStatus.CLOSED).publish("officer2"), () -> in(ResourceStatus.CLOSED).close(),
            () -> in(ResourceStatus.CLOSED).requireEditable()}) {
            assertThatThrownBy(step::run).isInstanceOf(ResourcesRefusedException.class).hasMessageContaining("已关闭");
        }
    }
}

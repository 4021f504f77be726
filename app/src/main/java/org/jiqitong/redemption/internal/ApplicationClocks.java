package org.jiqitong.redemption.internal;

import java.time.LocalDate;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The supervised clocks of an application follow its steps: one place says which step starts, pauses, resumes,
 * reassigns or finishes which stage's clock, in the step's transaction. Stages are {@link Stage}, never strings.
 */
@Component
public class ApplicationClocks {

    /** The subject of an application's clocks in supervision. */
    public static final String SUBJECT = "APPLICATION";

    /** The supervised stages of an application. */
    public enum Stage { ACCEPTANCE, REVIEW, NOTICE, PAYOUT }

    private final Supervision supervision;
    private final Policies policies;
    private final int acceptanceDays;
    private final int reviewDays;
    private final int noticeDays;

    ApplicationClocks(Supervision supervision, Policies policies,
            @Value("${jiqitong.redemption.acceptance-days:2}") int acceptanceDays,
            @Value("${jiqitong.redemption.review-days:10}") int reviewDays,
            @Value("${jiqitong.redemption.notice-days:5}") int noticeDays) {
        this.supervision = supervision;
        this.policies = policies;
        this.acceptanceDays = acceptanceDays;
        this.reviewDays = reviewDays;
        this.noticeDays = noticeDays;
    }

    public int noticeDays() {
        return noticeDays;
    }

    /**
     * After a step of the application {@code r} (as it was before the step) was saved; {@code handler} is the
     * department that now handles it (for an acceptance; otherwise the row's).
     */
    public void after(ApplicationEvent c, Applications.Row r, String handler) {
        after(c, r, handler, supervision.today());
    }

    /** The same on a given day (a nightly job's). */
    public void after(ApplicationEvent c, Applications.Row r, String handler, LocalDate today) {
        long id = c.id();
        switch (c.step()) {
            case SUBMIT -> start(id, Stage.ACCEPTANCE, handler, r, acceptanceDays, today);
            case ACCEPT -> {
                finish(id, Stage.ACCEPTANCE);
                if (supervision.clock(SUBJECT, id, Stage.REVIEW.name()).isPresent()) {
                    supervision.reassign(SUBJECT, id, Stage.REVIEW.name(), handler); // sent back once: the clock runs on
                } else {
                    start(id, Stage.REVIEW, handler, r, reviewDays, today);
                }
            }
            case REFUSE -> finish(id, Stage.ACCEPTANCE);
            case SEND_BACK -> { } // the review clock keeps running while the window decides again
            case REQUEST_SUPPLEMENT -> supervision.pause(SUBJECT, id, Stage.REVIEW.name(), today);
            case SUPPLEMENT -> supervision.resume(SUBJECT, id, Stage.REVIEW.name(), today);
            case APPROVE_FOR_NOTICE -> {
                finish(id, Stage.REVIEW);
                start(id, Stage.NOTICE, r.handlerDepartment(), r, noticeDays, today);
            }
            case APPROVE_WITHOUT_MONEY, REJECT -> finish(id, Stage.REVIEW);
            case UPHOLD_OBJECTION -> finish(id, Stage.NOTICE);
            case PASS_NOTICE -> {
                finish(id, Stage.NOTICE);
                ItemVersionView item = item(r);
                int days = item.content().payoutDays() == null ? 10 : item.content().payoutDays();
                start(id, Stage.PAYOUT, "FIN", r, days, today);
            }
            case PAY, CLOSE -> finish(id, Stage.PAYOUT);
        }
    }

    /** The payout clock of a 免申即享 grant (its application is born waiting for payout). */
    public void grantAwaitsPayout(long applicationId, String title, int days) {
        supervision.start(SUBJECT, applicationId, Stage.PAYOUT.name(), "FIN", title, days, supervision.today());
    }

    private void start(long id, Stage stage, String department, Applications.Row r, int days, LocalDate today) {
        supervision.start(SUBJECT, id, stage.name(), department, title(r), days, today);
    }

    private void finish(long id, Stage stage) {
        supervision.finish(SUBJECT, id, stage.name());
    }

    private ItemVersionView item(Applications.Row r) {
        return policies.versionOnRecord(r.versionId()).orElseThrow();
    }

    private String title(Applications.Row r) {
        return r.form().getOrDefault("entity_name", r.uscc()) + " · " + item(r).content().name();
    }
}

package org.jiqitong.redemption.internal;

import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.internal.Application.Step;

/**
 * What an {@link Application}'s step did, in the past tense: one record per step, each knowing the status it came
 * from and went to (the lifecycle's one table, {@link Application#TABLE}). {@link Applications#save} writes it with a
 * compare-and-set on {@link #from()}; {@link ApplicationClocks} moves the supervised clocks by its type.
 */
public sealed interface ApplicationEvent {

    long id();

    Step step();

    default ApplicationStatus from() {
        return Application.TABLE.get(step()).from();
    }

    default ApplicationStatus to() {
        return Application.TABLE.get(step()).to();
    }

    /** The event of a step (a step with no data beyond the application). */
    static ApplicationEvent of(Step step, long id) {
        return switch (step) {
            case SUBMIT -> new ApplicationSubmitted(id);
            case ACCEPT -> new ApplicationAccepted(id);
            case REFUSE -> new ApplicationRefused(id);
            case SEND_BACK -> new ApplicationSentBack(id);
            case REQUEST_SUPPLEMENT -> new SupplementRequested(id);
            case SUPPLEMENT -> new SupplementGiven(id);
            case APPROVE_FOR_NOTICE, APPROVE_WITHOUT_MONEY -> new ApplicationApproved(id, step, null);
            case REJECT -> new ApplicationRejected(id);
            case UPHOLD_OBJECTION -> new ObjectionUpheld(id);
            case PASS_NOTICE -> new NoticePassed(id);
            case PAY -> new PayoutMade(id);
            case CLOSE -> new ApplicationClosed(id);
        };
    }

    record ApplicationSubmitted(long id) implements ApplicationEvent {
        public Step step() {
            return Step.SUBMIT;
        }
    }

    record ApplicationAccepted(long id) implements ApplicationEvent {
        public Step step() {
            return Step.ACCEPT;
        }
    }

    record ApplicationRefused(long id) implements ApplicationEvent {
        public Step step() {
            return Step.REFUSE;
        }
    }

    record ApplicationSentBack(long id) implements ApplicationEvent {
        public Step step() {
            return Step.SEND_BACK;
        }
    }

    record SupplementRequested(long id) implements ApplicationEvent {
        public Step step() {
            return Step.REQUEST_SUPPLEMENT;
        }
    }

    record SupplementGiven(long id) implements ApplicationEvent {
        public Step step() {
            return Step.SUPPLEMENT;
        }
    }

    /** Approved with an amount, into public notice; or, an item without money, approved and done. */
    record ApplicationApproved(long id, Step step, Long amountFen) implements ApplicationEvent {

        public boolean intoNotice() {
            return step == Step.APPROVE_FOR_NOTICE;
        }
    }

    record ApplicationRejected(long id) implements ApplicationEvent {
        public Step step() {
            return Step.REJECT;
        }
    }

    record ObjectionUpheld(long id) implements ApplicationEvent {
        public Step step() {
            return Step.UPHOLD_OBJECTION;
        }
    }

    record NoticePassed(long id) implements ApplicationEvent {
        public Step step() {
            return Step.PASS_NOTICE;
        }
    }

    record PayoutMade(long id) implements ApplicationEvent {
        public Step step() {
            return Step.PAY;
        }
    }

    record ApplicationClosed(long id) implements ApplicationEvent {
        public Step step() {
            return Step.CLOSE;
        }
    }
}

package org.jiqitong.demand.internal;

import org.jiqitong.demand.DemandStatus;
import org.jiqitong.demand.internal.Demand.Step;

/**
 * What a {@link Demand}'s step did, in the past tense, with what the step carries (the department it went to, the
 * reply, the rating). {@link DemandStore#save} writes it with a compare-and-set on {@link #from()}.
 */
public sealed interface DemandEvent {

    long id();

    /** The status the demand was in when the step was taken. */
    DemandStatus from();

    Step step();

    default DemandStatus to() {
        return Demand.TABLE.get(step()).to();
    }

    record DemandResponded(long id, DemandStatus from) implements DemandEvent {
        public Step step() {
            return Step.RESPOND;
        }
    }

    record DemandTransferred(long id, DemandStatus from, String department) implements DemandEvent {
        public Step step() {
            return Step.TRANSFER;
        }
    }

    record DemandReturned(long id, DemandStatus from) implements DemandEvent {
        public Step step() {
            return Step.RETURN;
        }
    }

    record DemandRedispatched(long id, DemandStatus from, String department) implements DemandEvent {
        public Step step() {
            return Step.REDISPATCH;
        }
    }

    record DemandReplied(long id, DemandStatus from, String reply, boolean resolved) implements DemandEvent {
        public Step step() {
            return Step.REPLY;
        }
    }

    record DemandRated(long id, DemandStatus from, String rating) implements DemandEvent {
        public Step step() {
            return Step.RATE;
        }
    }

    record DemandReopened(long id, DemandStatus from) implements DemandEvent {
        public Step step() {
            return Step.REOPEN;
        }
    }
}

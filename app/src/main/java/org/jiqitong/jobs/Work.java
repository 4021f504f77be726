package org.jiqitong.jobs;

/** The work of a job: reports its progress, returns a result (written as JSON) or throws (the job fails with it). */
@FunctionalInterface
public interface Work {

    Object run(Progress progress) throws Exception;

    /** How far the work has come; cheap to call often (written to the job row at most a few times a second). */
    interface Progress {

        void step(String step);

        void done(long done, Long total);
    }
}

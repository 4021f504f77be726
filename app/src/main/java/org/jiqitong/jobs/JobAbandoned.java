package org.jiqitong.jobs;

/**
 * A job whose instance stopped (killed, crashed) was failed: the module whose work it was cleans up after it (an
 * import's run and upload, say). Published by whichever instance noticed.
 */
public record JobAbandoned(long jobId, String kind, String subject, String reason) {
}

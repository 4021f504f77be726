package org.jiqitong.monitoring.internal;

import org.jiqitong.jobs.JobAbandoned;
import org.jiqitong.monitoring.Reports;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A report whose instance stopped mid-way is failed with the reason, never left "generating". */
@Component
class ReportAbandoned {

    private final ReportStore store;

    ReportAbandoned(ReportStore store) {
        this.store = store;
    }

    @EventListener
    void on(JobAbandoned abandoned) {
        if (Reports.JOB.equals(abandoned.kind())) {
            store.abandoned(abandoned.jobId(), "生成中断:" + abandoned.reason());
        }
    }
}

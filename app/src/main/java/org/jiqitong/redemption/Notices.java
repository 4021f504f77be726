package org.jiqitong.redemption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.redemption.internal.Application;
import org.jiqitong.redemption.internal.Application.Step;
import org.jiqitong.redemption.internal.ApplicationEvent.NoticePassed;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.ApplicationClocks;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.Objections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公示: the public list, objections from anyone, and the nightly end of the notices that ran their days. */
@Service
public class Notices {

    private final Applications applications;
    private final Objections objections;
    private final ApplicationSteps steps;
    private final ApplicationClocks clocks;

    Notices(Applications applications, Objections objections, ApplicationSteps steps, ApplicationClocks clocks) {
        this.applications = applications;
        this.objections = objections;
        this.steps = steps;
        this.clocks = clocks;
    }

    // ---------------------------------------------------------------- public notice (公示)

    /** Anyone may object to an application in public notice; the objection must be resolved before payout. */
    @Transactional
    public long object(long id, String text) {
        String t = steps.required(text, "请填写异议内容");
        if (t.length() > 2000) {
            throw new RedemptionRefusedException("异议内容不能超过2000字");
        }
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        applications.aggregate(r).requireInNotice();
        long objection = objections.objection(id, t);
        applications.event(id, "OBJECTION", ApplicationStatus.IN_NOTICE, ApplicationStatus.IN_NOTICE,
                r.handlerDepartment(), "公示期间收到异议", "public", Map.of("objection", objection));
        return objection;
    }

    /**
     * Ends the notices whose period is over and that have no open objection: they wait for payout (finance's
     * clock starts). Runs nightly; returns how many passed.
     */
    @Transactional
    public int closeNotices(LocalDate today) {
        int passed = 0;
        for (Applications.Row r : applications.inNoticeEndedBefore(today)) {
            if (objections.openObjections(r.id()) > 0) {
                continue;
            }
            Application application = applications.aggregate(r);
            NoticePassed passing = application.may(Step.PASS_NOTICE) ? application.passNotice() : null;
            if (passing != null && applications.saveIfStill(passing)) {
                applications.event(passing, "NOTICE_PASSED", r.handlerDepartment(), "公示期满无异议", "system", null);
                clocks.after(passing, r, null, today);
                passed++;
            }
        }
        return passed;
    }

    /** Everything in public notice now, for the public page. */
    public List<PublicNotice> notices() {
        return applications.withStatus(ApplicationStatus.IN_NOTICE, null).stream().map(r -> new PublicNotice(r.id(),
                r.receiptNo(), r.form().getOrDefault("entity_name", r.uscc()), r.uscc(), steps.version(r).content().name(),
                r.handlerDepartment(), r.approvedFen(), r.noticeEndsOn())).toList();
    }
}

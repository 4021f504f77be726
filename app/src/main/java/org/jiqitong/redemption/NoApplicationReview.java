package org.jiqitong.redemption;

import java.time.LocalDate;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.redemption.internal.ApplicationClocks.Stage;
import org.jiqitong.redemption.internal.BatchObjections;
import org.jiqitong.redemption.internal.Batches;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 免申即享, "主管部门直接审": the item department's REVIEWER goes through a batch's list, excludes lines with a reason
 * (a data error is fed back to the registry) and approves it into public notice; anyone may object to a listed
 * enterprise during the notice, and the reviewer resolves the objection. The batch itself is taken by
 * {@link NoApplicationBatches}; what follows the notice is {@link NoApplicationGrants}.
 */
@Service
public class NoApplicationReview {

    private static final String SUBJECT = NoApplicationBatches.SUBJECT;

    private final Batches batches;
    private final BatchObjections objections;
    private final Registry registry;
    private final Supervision supervision;
    private final int noticeDays;

    NoApplicationReview(Batches batches, BatchObjections objections, Registry registry, Supervision supervision,
            @Value("${jiqitong.redemption.notice-days:5}") int noticeDays) {
        this.batches = batches;
        this.objections = objections;
        this.registry = registry;
        this.supervision = supervision;
        this.noticeDays = noticeDays;
    }

    /** The reviewer excludes a line with the reason; a data error is also fed back to the registry. */
    @Transactional
    public void exclude(long batchId, String uscc, String reason, boolean dataError, CurrentUser reviewer) {
        BatchView b = reviewable(batchId, reviewer);
        if (!b.status().equals("IN_REVIEW") && !b.status().equals("IN_NOTICE")) {
            throw new RedemptionRefusedException("批次已进入确认阶段,不能再排除");
        }
        String why = required(reason, "请填写排除的理由");
        if (!batches.setState(batchId, uscc, "LISTED", "EXCLUDED", why)) {
            throw new RedemptionRefusedException("该企业不在名单中或已处理");
        }
        if (dataError) {
            registry.reportDataError(new Uscc(uscc), why, reviewer.getUsername(), "免申即享批次 " + batchId);
        }
        batches.event(batchId, uscc, dataError ? "EXCLUDE_DATA_ERROR" : "EXCLUDE", why, reviewer.getUsername());
    }

    /** The reviewer approves the list: it goes into public notice. */
    @Transactional
    public void approve(long batchId, CurrentUser reviewer) {
        BatchView b = reviewable(batchId, reviewer);
        LocalDate today = supervision.today();
        LocalDate ends = supervision.calendar().addWorkingDays(today, noticeDays);
        if (!batches.approve(batchId, reviewer.getUsername(), ends)) {
            throw new RedemptionRefusedException("批次不在待审核状态");
        }
        batches.event(batchId, null, "APPROVE", "公示至 " + ends, reviewer.getUsername());
        supervision.finish(SUBJECT, batchId, Stage.REVIEW.name());
        supervision.start(SUBJECT, batchId, Stage.NOTICE.name(), b.departmentCode(), "免申即享公示 · " + b.itemName(), noticeDays, today);
    }

    /** Anyone may object to a listed enterprise during the notice. */
    @Transactional
    public long object(long batchId, String uscc, String text) {
        String t = required(text, "请填写异议内容");
        BatchView b = batches.view(batchId).orElseThrow(ApplicationNotFoundException::new);
        if (!b.status().equals("IN_NOTICE")) {
            throw new RedemptionRefusedException("该批次不在公示期");
        }
        long id = objections.objection(batchId, uscc, t.length() > 2000 ? t.substring(0, 2000) : t);
        batches.event(batchId, uscc, "OBJECTION", null, "public");
        return id;
    }

    @Transactional
    public void resolveObjection(long objectionId, boolean upheld, String note, CurrentUser reviewer) {
        long batchId = objections.objectionBatch(objectionId).orElseThrow(ApplicationNotFoundException::new);
        reviewable(batchId, reviewer);
        String why = required(note, "请填写异议处理意见");
        String uscc = objections.resolve(objectionId, upheld, why, reviewer.getUsername());
        if (upheld) {
            batches.setState(batchId, uscc, "LISTED", "EXCLUDED", "公示异议成立:" + why);
        }
        batches.event(batchId, uscc, upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", why, reviewer.getUsername());
    }

    private BatchView reviewable(long batchId, CurrentUser reviewer) {
        BatchView b = batches.view(batchId).orElseThrow(ApplicationNotFoundException::new);
        if (!reviewer.is(Role.REVIEWER) || !reviewer.departmentCode().map(b.departmentCode()::equals).orElse(false)) {
            throw new ApplicationNotFoundException();
        }
        return b;
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new RedemptionRefusedException(message);
        }
        return text.strip();
    }
}

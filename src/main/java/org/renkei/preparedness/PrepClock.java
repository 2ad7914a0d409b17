package org.renkei.preparedness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.renkei.platform.TimeConfiguration;
import org.renkei.preparedness.internal.DisasterPlan;
import org.renkei.preparedness.internal.DisasterPlans;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the clock does for disaster plans: every minute, reminds checkers of users still 未確認 for 30 minutes in an open
 * event; and marks confirmed plans whose year is up 要見直し.
 */
@Component
public class PrepClock {

    private final DisasterService disasters;
    private final DisasterPlans plans;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PrepClock(DisasterService disasters, DisasterPlans plans, Clock clock, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.disasters = disasters;
        this.plans = plans;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renkei.preparedness.poll:60s}", initialDelayString = "${renkei.preparedness.poll:60s}")
    public void run() {
        Instant now = Instant.now(clock);
        disasters.remindUnchecked(now);
        // markDue called from here would bypass its @Transactional proxy: the plans are marked in one transaction all the same
        transaction.executeWithoutResult(status -> markDue(LocalDate.ofInstant(now, TimeConfiguration.TOKYO)));
    }

    /** Confirmed plans a year old are marked 要見直し; how many. */
    @Transactional
    public int markDue(LocalDate today) {
        int n = 0;
        for (DisasterPlan p : plans.findDueForReview(today)) {
            if (p.markForReview(DisasterService.portal(p.associationId()), ReviewReason.YEARLY, Instant.now(clock))) {
                plans.save(p);
                n++;
            }
        }
        return n;
    }
}

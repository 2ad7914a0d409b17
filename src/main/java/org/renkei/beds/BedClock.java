package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedRequests;
import org.renkei.security.MemberAccounts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the clock does for backup beds: a request not answered by its due time expires, and the team is offered the next hospital. */
@Component
public class BedClock {

    private final BedRequests requests;
    private final MemberAccounts members;
    private final Clock clock;

    BedClock(BedRequests requests, MemberAccounts members, Clock clock) {
        this.requests = requests;
        this.members = members;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renkei.beds.poll:60s}", initialDelayString = "${renkei.beds.poll:60s}")
    public void run() {
        expire(Instant.now(clock));
    }

    /** Expires every request past its due time; how many. */
    @Transactional
    public int expire(Instant now) {
        int expired = 0;
        for (BedRequest r : requests.findOverdue(now)) {
            var doctor = members.findById(r.doctorId()).map(MemberAccounts.LoginSubject::actor).orElseThrow();
            if (r.expire(doctor, now)) {
                requests.save(r);
                expired++;
            }
        }
        return expired;
    }
}

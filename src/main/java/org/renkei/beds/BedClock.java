package org.renkei.beds;

import java.time.Clock;
import java.time.Instant;
import org.renkei.beds.internal.BedRequest;
import org.renkei.beds.internal.BedProgrammes;
import org.renkei.beds.internal.BedRequests;
import org.renkei.security.MemberAccounts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clock does for backup beds: a request left at the desk past the answer time goes on to its hospital; one not
 * answered by its due time expires, and the team is offered the next hospital.
 */
@Component
public class BedClock {

    private final BedRequests requests;
    private final BedProgrammes programmes;
    private final MemberAccounts members;
    private final Clock clock;

    BedClock(BedRequests requests, BedProgrammes programmes, MemberAccounts members, Clock clock) {
        this.requests = requests;
        this.programmes = programmes;
        this.members = members;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renkei.beds.poll:60s}", initialDelayString = "${renkei.beds.poll:60s}")
    public void run() {
        Instant now = Instant.now(clock);
        sendOnFromDesks(now);
        expire(now);
    }

    /** Requests left at a desk past the programme's answer time go on to their hospital; how many. */
    @Transactional
    public int sendOnFromDesks(Instant now) {
        int sent = 0;
        for (BedRequest r : requests.findAtDeskSince(now.minus(java.time.Duration.ofMinutes(5)))) {
            var doctor = members.findById(r.doctorId()).map(MemberAccounts.LoginSubject::actor).orElseThrow();
            if (r.passOnLate(doctor, programmes.require(r.programmeId()).answerWithin(r.urgency()), now)) {
                requests.save(r);
                sent++;
            }
        }
        return sent;
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

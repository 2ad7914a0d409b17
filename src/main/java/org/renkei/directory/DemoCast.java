package org.renkei.directory;

import java.util.concurrent.atomic.AtomicBoolean;
import org.renkei.security.Actor;
import org.renkei.security.MemberAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo members by login id, for each module's demo runner (dev profile only). A database that has data but not
 * the demo members (one the load benchmark generated, say) has no cast: the runners then load nothing, where they
 * used to stop the start on the first member they did not find.
 */
@Component
@Profile("dev")
public class DemoCast {

    private static final Logger log = LoggerFactory.getLogger(DemoCast.class);

    /** The demo association's office, which every demo has. */
    static final String OFFICE = "sakura-office";

    private final MemberAccounts members;
    private final AtomicBoolean toldMissing = new AtomicBoolean();

    DemoCast(MemberAccounts members) {
        this.members = members;
    }

    /** Whether the demo members are in this database (the runners load their demo data only then). */
    public boolean present() {
        boolean present = members.findByLoginId(OFFICE).isPresent();
        if (!present && toldMissing.compareAndSet(false, true)) {
            log.info("This database has no demo members ({} and the rest): the modules' demo data are not loaded", OFFICE);
        }
        return present;
    }

    /** A demo member, as they act. */
    public Actor who(String loginId) {
        return members.findByLoginId(loginId).map(MemberAccounts.LoginSubject::actor)
                .orElseThrow(() -> new IllegalStateException("the demo member " + loginId + " is not in this database"));
    }
}

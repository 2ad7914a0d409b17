package org.renkei.audit.internal;

import org.renkei.audit.AuditChain;
import org.renkei.audit.ChainReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --renkei.audit.check=true}: seals what is pending, checks the whole chain, prints the result
 * and exits with 0 when intact and 3 when broken. See the README for the command.
 */
@Component
@ConditionalOnProperty("renkei.audit.check")
class ChainCheckCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChainCheckCommand.class);

    private final AuditChain chain;
    private final ApplicationContext context;

    ChainCheckCommand(AuditChain chain, ApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        chain.sealScheduled();
        ChainReport report = chain.verify();
        if (report.intact()) {
            log.info("Audit chain intact: {} sealed events checked, {} unsealed older than a minute",
                    report.checked(), report.unsealed());
        } else {
            log.error("Audit chain BROKEN at event {} (seq {}): {}; {} events before it are intact",
                    report.firstBrokenEvent(), report.firstBrokenSeq(), report.problem(), report.checked());
        }
        int code = report.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}

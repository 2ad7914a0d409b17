package org.renkei.messaging.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at the start when the node cannot hold the members its limit lets in ({@code renkei.stomp.max-connections}):
 * each connected member takes about {@value #BYTES_PER_MEMBER} bytes of heap and one open file (docs/benchmarks.md,
 * "The connected ceiling"). A limit the heap or the process's open-files limit cannot hold would fail late, under
 * load (out of memory, or "Too many open files" for everyone); this says so in the log at once.
 */
@Component
class ConnectionCapacity {

    private static final Logger log = LoggerFactory.getLogger(ConnectionCapacity.class);
    /** Measured: 98 KB a member at 10,000 to 18,000 connected, plus the room the node needs with nobody connected. */
    static final long BYTES_PER_MEMBER = 100_000;
    static final long BASE_HEAP = 400_000_000;
    /** Files the node keeps open besides its members' sockets (jars, database connections, logs). */
    static final long BASE_FILES = 1_000;

    private final StompProperties properties;

    ConnectionCapacity(StompProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        for (String problem : problems(properties.maxConnections(), Runtime.getRuntime().maxMemory(), openFilesLimit())) {
            log.warn(problem);
        }
    }

    static List<String> problems(long maxConnections, long maxHeap, OptionalLong openFiles) {
        List<String> problems = new ArrayList<>();
        long heapNeeded = BASE_HEAP + maxConnections * BYTES_PER_MEMBER;
        if (maxHeap < heapNeeded) {
            problems.add(String.format(Locale.ROOT, "renkei.stomp.max-connections is %d, but the heap (-Xmx) of %d MB "
                    + "holds about %d members: give the node %d MB or lower the limit", maxConnections, maxHeap / 1_000_000,
                    Math.max(0, (maxHeap - BASE_HEAP) / BYTES_PER_MEMBER), heapNeeded / 1_000_000));
        }
        if (openFiles.isPresent() && openFiles.getAsLong() < maxConnections + BASE_FILES) {
            problems.add(String.format(Locale.ROOT, "renkei.stomp.max-connections is %d, but the process may open %d "
                    + "files: raise it (ulimit -n, LimitNOFILE, the container's nofile) to %d or lower the limit",
                    maxConnections, openFiles.getAsLong(), maxConnections + BASE_FILES));
        }
        return problems;
    }

    /** The soft limit on open files of this process (Linux), if known. */
    static OptionalLong openFilesLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(soft));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // not known
        }
        return OptionalLong.empty();
    }
}

package org.csx.gateway.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Processing, the intake queuer, the outbox relay and partner delivery run at the lowest Java priority, so that when
 * the cores are busy a partner's receipt goes before work nobody waits for on the line (docs/performance.md,
 * eighteenth session). Java priorities reach Linux only with the gateway's JVM options
 * ({@code -XX:ThreadPriorityPolicy=1} and the mapping beside it in the pom's {@code jvmArguments}); a gateway started
 * without them is correct but answers later under load. Said once at start, with the nice values the system gave.
 */
@Component
class BackgroundPriorityCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundPriorityCheck.class);
    private static final Path OWN_STAT = Path.of("/proc/thread-self/stat");

    /** The nice values of a thread at normal and at the lowest Java priority; empty where the system does not say. */
    record Nice(OptionalInt normal, OptionalInt background) {
        boolean backgroundYields() {
            return normal.isPresent() && background.isPresent() && background.getAsInt() > normal.getAsInt();
        }

        private static String text(OptionalInt nice) {
            return nice.isPresent() ? String.valueOf(nice.getAsInt()) : "unknown";
        }
    }

    private Nice measured;

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        measured = measure();
        if (measured.backgroundYields()) {
            log.info("Background threads (processing, outbox relay) run at nice {}, requests at nice {}",
                    Nice.text(measured.background()), Nice.text(measured.normal()));
        } else {
            log.warn("Background threads (processing, outbox relay) run at the request threads' priority (nice {} and"
                    + " {}): receipts wait behind processing when the cores are busy. Start the JVM with the options in"
                    + " the pom's jvmArguments (docs/performance.md)",
                    Nice.text(measured.background()), Nice.text(measured.normal()));
        }
    }

    Nice measured() {
        return measured;
    }

    /** A new thread at each priority, as the HTTP threads and the background threads are started. */
    static Nice measure() throws InterruptedException {
        return new Nice(niceOfNewThread(Thread.NORM_PRIORITY), niceOfNewThread(Thread.MIN_PRIORITY));
    }

    private static OptionalInt niceOfNewThread(int priority) throws InterruptedException {
        AtomicReference<OptionalInt> nice = new AtomicReference<>(OptionalInt.empty());
        Thread probe = new Thread(() -> nice.set(ownNice()), "priority-probe");
        probe.setPriority(priority); // the JVM gives the thread its native priority as it starts
        probe.start();
        probe.join();
        return nice.get();
    }

    private static OptionalInt ownNice() {
        try {
            return nice(Files.readString(OWN_STAT));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // not Linux, or /proc not mounted
        }
    }

    /** The nice field of a /proc/[pid]/task/[tid]/stat line; the thread's name before it may hold spaces and ")". */
    static OptionalInt nice(String stat) {
        int nameEnd = stat.lastIndexOf(')');
        if (nameEnd < 0) {
            return OptionalInt.empty();
        }
        String[] fields = stat.substring(nameEnd + 1).trim().split(" ");
        // after the name: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt, cmajflt,
        // utime, stime, cutime, cstime, priority, nice (proc(5), fields 3 to 19)
        return fields.length > 16 ? OptionalInt.of(Integer.parseInt(fields[16])) : OptionalInt.empty();
    }
}

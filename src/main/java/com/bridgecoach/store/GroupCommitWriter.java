package com.bridgecoach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's writer for small, frequent writes (delivery claims, journal rows): writes queued by many threads
 * are committed together, in the order they came, one transaction per batch. A commit is most of a small
 * write's cost (on SQLite it writes every touched page to the log), so each write pays a share of one.
 *
 * <p>A caller that waits for its write ({@link #execute}) leads: unless another thread is already writing, it
 * commits the whole queue itself, its own write and everything queued before it, with no hand-over to another
 * thread; threads arriving meanwhile wait for that batch to finish, and the first of them commits the next.
 * A write nobody waits for ({@link #submit}, a journal row) rides along with the next such batch, or is
 * committed by a background thread once it has waited {@link #LATER}. Statements with the same SQL share one
 * prepared statement within a batch.
 *
 * <p>A batch is all or nothing; when it fails, each of its writes is tried again in a transaction of its own, so
 * one bad write never takes the others down with it, and a write that fails is reported to whoever submitted it.
 * {@link #close()} commits everything already queued, then stops.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    static final int MAX_BATCH = 256;
    /** How long a caller waits for its write before the store counts as unavailable. */
    static final Duration WAIT = Duration.ofSeconds(5);
    /** The longest a write nobody waits for stays queued, hoping to share a commit. */
    static final Duration LATER = Duration.ofMillis(20);

    /** Sets a prepared statement's parameters for one write. */
    @FunctionalInterface
    interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** One queued write; no SQL marks a flush, done once everything queued before it is. */
    private record Pending(String sql, Binding binding, CompletableFuture<Integer> done) {
        boolean isFlush() {
            return sql == null;
        }
    }

    private final DataSource pool;
    private final String name;
    private final AtomicLong transactions = new AtomicLong();
    /** Held by whoever is committing a batch: one at a time, so writes are committed in the order queued. */
    private final ReentrantLock writing = new ReentrantLock();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    /** Guarded by {@link #lock}, as are the fields below. */
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    /** When the oldest write in the queue arrived. */
    private long oldestNanos;
    /** When the queue was last taken: for a while after it the background thread waits on its own clock. */
    private long lastTakenNanos;
    /** The background thread sleeps until woken. */
    private boolean idle;
    private boolean closed;
    private Thread background;

    GroupCommitWriter(DataSource pool, String name) {
        this.pool = pool;
        this.name = name;
    }

    /**
     * Queues a write nobody waits for (a journal row, a purge): it is committed with the next batch someone waits
     * for, or within {@link #LATER}. The future gives its update count once committed, or the store's failure.
     */
    CompletableFuture<Integer> submit(String sql, Binding binding) {
        return enqueue(new Pending(sql, binding, new CompletableFuture<>()), true);
    }

    /** Commits a write now, with whatever is queued before it, and returns its update count. */
    int execute(String sql, Binding binding) {
        Pending write = new Pending(sql, binding, new CompletableFuture<>());
        enqueue(write, false);
        lead(write);
        return await(write.done(), "could not write to the store");
    }

    /** Commits every write queued before this call (those that fail are reported to their submitters). */
    void flush() {
        Pending marker = new Pending(null, null, new CompletableFuture<>());
        enqueue(marker, false);
        lead(marker);
        await(marker.done(), "could not finish writing to the store");
    }

    /** How many transactions have been committed so far. */
    long committedTransactions() {
        return transactions.get();
    }

    private CompletableFuture<Integer> enqueue(Pending write, boolean later) {
        lock.lock();
        try {
            if (closed) {
                write.done().completeExceptionally(new StoreException("could not write", new SQLException("the store is closed")));
                return write.done();
            }
            if (background == null) {
                background = new Thread(this::runBackground, name);
                background.setDaemon(true);
                background.start();
            }
            if (queue.isEmpty()) {
                oldestNanos = System.nanoTime();
            }
            queue.add(write);
            if (later && idle) {
                // the background thread sleeps with no deadline: it must learn of a write nobody will lead
                work.signal();
            }
            return write.done();
        } finally {
            lock.unlock();
        }
    }

    /** Commits batches until {@code mine} is done: at once when nobody else is writing, else right after them. */
    private void lead(Pending mine) {
        try {
            if (!writing.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                // the store is too slow to take a turn: the caller's wait for its write ends in a timeout
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            while (!mine.done().isDone()) {
                List<Pending> batch = take();
                if (batch.isEmpty()) {
                    return;
                }
                write(batch);
            }
        } finally {
            writing.unlock();
        }
    }

    /** Up to {@link #MAX_BATCH} writes from the head of the queue. */
    private List<Pending> take() {
        lock.lock();
        try {
            List<Pending> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
            while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                batch.add(queue.poll());
            }
            oldestNanos = System.nanoTime();
            lastTakenNanos = oldestNanos;
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private static int await(CompletableFuture<Integer> done, String what) {
        try {
            return done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof StoreException s ? s : new StoreException(what, cause);
        } catch (TimeoutException e) {
            throw new StoreException(what, new SQLException("no answer within " + WAIT.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(what, e);
        }
    }

    /** Commits the writes nobody led once they have waited long enough, and everything when closing. */
    private void runBackground() {
        boolean closing = false;
        while (!closing) {
            try {
                closing = awaitDue();
            } catch (InterruptedException e) {
                // only close() stops the writer; an interrupt alone does not lose queued writes
                continue;
            }
            writing.lock();
            try {
                for (List<Pending> batch = take(); !batch.isEmpty(); batch = take()) {
                    write(batch);
                }
            } finally {
                writing.unlock();
            }
        }
    }

    /** Waits until the oldest queued write is due; true when closing. */
    private boolean awaitDue() throws InterruptedException {
        lock.lock();
        try {
            while (!closed) {
                long now = System.nanoTime();
                if (queue.isEmpty()) {
                    long lingering = LATER.toNanos() - (now - lastTakenNanos);
                    if (lingering > 0) {
                        // while writes keep coming, check on a clock rather than being woken for each one
                        work.awaitNanos(lingering);
                    } else {
                        idle = true;
                        try {
                            work.await();
                        } finally {
                            idle = false;
                        }
                    }
                    continue;
                }
                long left = LATER.toNanos() - (now - oldestNanos);
                if (left <= 0) {
                    return false;
                }
                work.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Pending> batch) {
        boolean anyWrite = batch.stream().anyMatch(p -> !p.isFlush());
        if (anyWrite) {
            try (Connection c = pool.getConnection()) {
                writeOn(c, batch);
            } catch (SQLException | RuntimeException noConnection) {
                // no connection at all: every write fails now rather than waiting for one again, one by one
                batch.stream().filter(p -> !p.isFlush() && !p.done().isDone()).forEach(p -> fail(p, noConnection));
            }
        }
        // a flush is over once everything before it is finished, committed or failed
        batch.stream().filter(Pending::isFlush).forEach(p -> p.done().complete(0));
    }

    private void writeOn(Connection c, List<Pending> batch) throws SQLException {
        List<Pending> writes = batch.stream().filter(p -> !p.isFlush()).toList();
        try {
            int[] counts = inOneTransaction(c, writes);
            for (int i = 0; i < writes.size(); i++) {
                writes.get(i).done().complete(counts[i]);
            }
        } catch (SQLException | RuntimeException batchFailed) {
            if (writes.size() == 1) {
                fail(writes.get(0), batchFailed);
                return;
            }
            log.debug("store: a batch of {} writes failed, trying each alone: {}", writes.size(), batchFailed.getMessage());
            for (Pending p : writes) {
                try {
                    p.done().complete(inOneTransaction(c, List.of(p))[0]);
                } catch (SQLException | RuntimeException e) {
                    fail(p, e);
                }
            }
        }
    }

    private static void fail(Pending p, Exception e) {
        p.done().completeExceptionally(e instanceof StoreException ? e : new StoreException("could not write to the store", e));
    }

    private int[] inOneTransaction(Connection c, List<Pending> writes) throws SQLException {
        if (writes.size() == 1) {
            return new int[] {alone(c, writes.get(0))};
        }
        int[] counts = new int[writes.size()];
        Map<String, PreparedStatement> statements = new HashMap<>();
        c.setAutoCommit(false);
        try {
            for (int i = 0; i < writes.size(); i++) {
                Pending p = writes.get(i);
                PreparedStatement s = statements.get(p.sql());
                if (s == null) {
                    s = c.prepareStatement(p.sql());
                    statements.put(p.sql(), s);
                }
                p.binding().bind(s);
                counts[i] = s.executeUpdate();
            }
            c.commit();
            transactions.incrementAndGet();
            return counts;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw e;
        } finally {
            // once committed, a failure to tidy up must not make the writes look failed (and be tried again)
            try {
                for (PreparedStatement s : statements.values()) {
                    s.close();
                }
                c.setAutoCommit(true);
            } catch (SQLException e) {
                log.debug("store: could not tidy up after a batch: {}", e.getMessage());
            }
        }
    }

    /**
     * One statement is a transaction of its own: run in auto-commit it is as atomic as in BEGIN/COMMIT, and on
     * SQLite it saves the driver four statements of its own around it (begin; commit; begin; commit).
     */
    private int alone(Connection c, Pending write) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(write.sql())) {
            write.binding().bind(s);
            int count = s.executeUpdate();
            transactions.incrementAndGet();
            return count;
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.debug("store: rollback failed: {}", e.getMessage());
        }
    }

    /** Commits what is queued, then stops; later writes fail at once. */
    @Override
    public void close() {
        Thread running;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            running = background;
            work.signal();
        } finally {
            lock.unlock();
        }
        if (running != null) {
            try {
                running.join(WAIT.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running.isAlive()) {
                log.warn("store: queued writes not finished within {} s; they are dropped", WAIT.toSeconds() * 2);
            }
        }
        lock.lock();
        try {
            for (Pending p = queue.poll(); p != null; p = queue.poll()) {
                fail(p, new SQLException("the store is closed"));
            }
        } finally {
            lock.unlock();
        }
    }
}

package no.arbeidoghelse.kunnskapsbase.platform.concurrency;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every background thread of the application comes from the container's managed thread factory
 * (Jakarta Concurrency), so it carries the application's context (class loader, naming, CDI) and
 * the container knows it. Features ask here for a factory that names its threads; the pools they
 * build on it are theirs to size and to shut down.
 */
@ApplicationScoped
public class ManagedThreads {

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory container;

  /** A factory of managed daemon threads named {@code name-1}, {@code name-2}, … */
  public ThreadFactory named(String name) {
    return named(container, name);
  }

  /** Names the threads of {@code factory} (also for tests, which have no container). */
  public static ThreadFactory named(ThreadFactory factory, String name) {
    var count = new AtomicInteger();
    return task -> {
      Thread thread = factory.newThread(task);
      thread.setName(name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package org.ssr.workflow.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * The concurrency tests' race: two calls released at the same instant from two threads, and a second member of
 * parliament's committee so that two people can act on the same review task.
 */
public final class Race {

  /** How often each race is run (a race can go either way; more rounds exercise both): {@code -Dssr.race.rounds}. */
  public static final int ROUNDS = Integer.getInteger("ssr.race.rounds", 6);

  /** A second member of parliamentOversight besides the demo user {@code parliament}. */
  public static final String SECOND_MEMBER = "parliamentClerk";
  public static final String SECOND_PASSWORD = "Quorum#Vote2026";

  private Race() {}

  /** Runs both calls on {@code pool} (at least 2 threads), released together; their results in call order. */
  public static <T> List<T> atOnce(ExecutorService pool, Duration timeout, Callable<T> first, Callable<T> second)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    Future<T> a = pool.submit(() -> {
      together.await(10, TimeUnit.SECONDS);
      return first.call();
    });
    Future<T> b = pool.submit(() -> {
      together.await(10, TimeUnit.SECONDS);
      return second.call();
    });
    return List.of(a.get(timeout.toMillis(), TimeUnit.MILLISECONDS), b.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Creates {@link #SECOND_MEMBER} once per engine. */
  public static void ensureSecondMember(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(SECOND_MEMBER).count() == 0) {
      User clerk = identity.newUser(SECOND_MEMBER);
      clerk.setFirstName("Amina");
      clerk.setLastName("Odhiambo");
      clerk.setPassword(SECOND_PASSWORD);
      identity.saveUser(clerk);
      identity.createMembership(SECOND_MEMBER, "parliamentOversight");
    }
  }
}

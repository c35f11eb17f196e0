package org.ssr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Who is mailed what, against a real SMTP server in the test JVM (GreenMail): the application's own outbox, listeners
 * and dispatcher on the shared test context, the dispatcher given a mail sender that points at GreenMail (the test
 * profile has no mail server and no scheduled dispatcher). Each test uses its own programme code and asserts only on
 * its own messages, since the shared context's other tests write messages too.
 */
@SsrApplicationTest
class NotificationMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  NotificationOutbox outbox;
  @Autowired
  NotificationMessages messages;
  @Autowired
  NotificationProperties properties;
  @Autowired
  NotificationPreferences preferences;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void aTaskForParliamentMailsItsMembers_withProgrammeDeadlineAndTasklistLink_andNobodyElse() throws Exception {
    ProcessInstance review = startReview("SSR-MAIL-TASK", SsrGroups.PARLIAMENT_OVERSIGHT);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();

    dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();

    List<MimeMessage> toParliament = received("parliament@ssr.example", "SSR-MAIL-TASK");
    assertThat(toParliament).hasSize(1);
    MimeMessage mail = toParliament.get(0);
    assertThat(mail.getSubject()).contains("New task").contains("SSR-MAIL-TASK").contains("Parliament");
    assertThat(mail.getFrom()[0].toString()).isEqualTo(properties.from());
    String body = body(mail);
    assertThat(body).contains("Programme: SSR-MAIL-TASK").contains("Process:   Oversight review")
        .contains("Deadline:  20")
        .contains(properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId())
        .doesNotContain("%PDF");
    assertThat(received("justice@ssr.example", "SSR-MAIL-TASK")).as("justice is not a candidate").isEmpty();
    assertThat(received("manager@ssr.example", "SSR-MAIL-TASK")).isEmpty();
    assertThat(outbox.newest(null, "parliament", 500)).filteredOn(m -> task.getId().equals(m.taskId()))
        .singleElement().satisfies(m -> {
          assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
          assertThat(m.recipientGroup()).isEqualTo(SsrGroups.PARLIAMENT_OVERSIGHT);
          assertThat(m.kind()).isEqualTo(NotificationKind.TASK);
        });
  }

  /** A French programme's review is announced in French: subject, body, the deadline written the French way. */
  @Test
  void aFrenchProgrammesTaskIsMailedInFrench() throws Exception {
    ProcessInstance review = startReview("SSR-MAIL-FR", SsrGroups.PARLIAMENT_OVERSIGHT, "fr");
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();

    dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();

    MimeMessage mail = received("parliament@ssr.example", "SSR-MAIL-FR").stream().filter(m -> subject(m)
        .contains("SSR-MAIL-FR")).findFirst().orElseThrow();
    assertThat(mail.getSubject()).contains("Nouvelle tâche : ").contains("SSR-MAIL-FR");
    String deadline = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm 'UTC'", java.util.Locale.FRENCH)
        .withZone(java.time.ZoneOffset.UTC).format(task.getDueDate().toInstant());
    assertThat(body(mail)).contains("Une tâche vous attend dans Tasklist.")
        .contains("Programme : SSR-MAIL-FR")
        .contains("Échéance :  " + deadline)
        .contains("Vous recevez ce message parce que vous êtes membre de parliamentOversight.")
        .contains("l'application")
        .contains(properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId())
        .doesNotContain("Deadline");
    assertThat(deadline).matches("\\d{1,2} [a-zéû]+ \\d{4} à \\d{2}:\\d{2} UTC");
  }

  @Test
  void anOverdueReviewIsChased_theManagersAndTheBodyConcernedAreMailed() throws Exception {
    ProcessInstance review = startReview("SSR-MAIL-CHASE", SsrGroups.PARLIAMENT_OVERSIGHT);
    Task reviewTask = tasks.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(OversightReviewProcess.Elements.REVIEW_TASK).singleResult();
    dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();
    smtp.purgeEmailFromAllMailboxes();

    Job deadline = management.createJobQuery().processInstanceId(review.getId())
        .activityId(OversightReviewProcess.Elements.DEADLINE_TIMER).singleResult();
    management.executeJob(deadline.getId());
    Task chase = tasks.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW).singleResult();
    dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();

    assertThat(received("manager@ssr.example", "SSR-MAIL-CHASE")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).contains("Overdue, chased: Chase overdue review");
      assertThat(body(mail)).contains("#/?task=" + chase.getId());
    });
    assertThat(received("parliament@ssr.example", "SSR-MAIL-CHASE")).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).contains("Overdue, chased").contains(reviewTask.getName());
      assertThat(body(mail)).contains("#/?task=" + reviewTask.getId())
          .doesNotContain(chase.getId());
    });
    assertThat(received("justice@ssr.example", "SSR-MAIL-CHASE")).isEmpty();
  }

  @Test
  void smtpDown_theProcessWorkCommits_andTheMessageIsRetriedUntilSent() throws Exception {
    Instant now = Instant.now();
    ProcessInstance review = startReview("SSR-MAIL-DOWN", SsrGroups.PARLIAMENT_OVERSIGHT);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
    assertThat(task).as("the task exists whatever the mail server does").isNotNull();

    dispatcher(clock(now.plusSeconds(1)), deadSender()).dispatchDue();

    OutboxMessage failed = messageFor("parliament", task.getId());
    assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isAfter(now.plus(properties.retryDelay()));
    assertThat(received("parliament@ssr.example", "SSR-MAIL-DOWN")).isEmpty();

    // not due yet: a second dispatcher round right away leaves it alone
    dispatcher(clock(now.plusSeconds(2)), smtpSender()).dispatchDue();
    assertThat(messageFor("parliament", task.getId()).attempts()).isEqualTo(1);

    dispatcher(clock(now.plus(properties.retryDelay()).plusSeconds(5)), smtpSender()).dispatchDue();

    OutboxMessage sent = messageFor("parliament", task.getId());
    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(received("parliament@ssr.example", "SSR-MAIL-DOWN")).hasSize(1);
  }

  @Test
  void aMessageThatFailsEveryAttemptIsKeptAsFailed_andAnAdministratorCanRequeueIt() {
    ProcessInstance review = startReview("SSR-MAIL-FAILED", SsrGroups.JUSTICE_OVERSIGHT);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
    Instant at = Instant.now();
    for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
      at = at.plus(Duration.ofHours(2));
      dispatcher(clock(at), deadSender()).dispatchDue();
    }
    OutboxMessage failed = messageFor("justice", task.getId());
    assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());

    assertThat(outbox.requeueFailed(failed.id(), at)).isTrue();
    dispatcher(clock(at.plusSeconds(1)), smtpSender()).dispatchDue();
    assertThat(messageFor("justice", task.getId()).status()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void whoMayNotSeeTheTaskGetsNothing() throws Exception {
    User leaver = tempUser("mailLeaver", SsrGroups.PARLIAMENT_OVERSIGHT);
    try {
      ProcessInstance review = startReview("SSR-MAIL-DENIED", SsrGroups.PARLIAMENT_OVERSIGHT);
      Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
      assertThat(messageFor(leaver.getId(), task.getId()).status()).isEqualTo(OutboxStatus.PENDING);
      // left the committee before the mail went out
      identity.deleteMembership(leaver.getId(), SsrGroups.PARLIAMENT_OVERSIGHT);
      // a message to a donor about parliament's review (as a bug might write): the task authorization refuses it
      outbox.enqueue(new NewMessage(NotificationKind.TASK, new Recipient("donor", "donor@ssr.example", null),
          task.getId(), review.getId(), "SSR-MAIL-DENIED", null, "[SSR] SSR-MAIL-DENIED for a donor", "body"),
          Instant.now());

      dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();

      assertThat(received(leaver.getEmail(), "SSR-MAIL-DENIED")).isEmpty();
      assertThat(received("donor@ssr.example", "SSR-MAIL-DENIED")).isEmpty();
      assertThat(received("parliament@ssr.example", "SSR-MAIL-DENIED")).hasSize(1);
      assertThat(messageFor(leaver.getId(), task.getId())).satisfies(m -> {
        assertThat(m.status()).isEqualTo(OutboxStatus.WITHHELD);
        assertThat(m.lastError()).contains("no longer a member");
      });
      assertThat(messageFor("donor", task.getId())).satisfies(m -> {
        assertThat(m.status()).isEqualTo(OutboxStatus.WITHHELD);
        assertThat(m.lastError()).contains("may not see the task");
      });
    } finally {
      identity.deleteUser(leaver.getId());
    }
  }

  @Test
  void aTaskGivenLaterToOneMemberMailsThatMember_butWhoClaimsATaskThemselvesIsNotMailed() throws Exception {
    User clerk = tempUser("mailclerk", SsrGroups.PARLIAMENT_OVERSIGHT);
    try {
      ProcessInstance review = startReview("SSR-MAIL-ASSIGN", SsrGroups.PARLIAMENT_OVERSIGHT);
      Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
      dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();
      assertThat(received("mailclerk@ssr.example", "SSR-MAIL-ASSIGN")).as("the body's creation message").hasSize(1);
      smtp.purgeEmailFromAllMailboxes();

      // the administrator gives the committee's review to the clerk
      identity.setAuthentication("admin", List.of(SsrGroups.CAMUNDA_ADMIN));
      tasks.setAssignee(task.getId(), clerk.getId());
      identity.clearAuthentication();
      dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();
      assertThat(received("mailclerk@ssr.example", "SSR-MAIL-ASSIGN")).singleElement().satisfies(mail -> {
        assertThat(mail.getSubject()).contains("New task").contains(task.getName());
        assertThat(body(mail)).contains("#/?task=" + task.getId());
      });
      assertThat(received("parliament@ssr.example", "SSR-MAIL-ASSIGN")).as("only the new assignee").isEmpty();
      smtp.purgeEmailFromAllMailboxes();

      // given back to the body, a member claims it: nobody needs telling
      identity.setAuthentication("admin", List.of(SsrGroups.CAMUNDA_ADMIN));
      tasks.setAssignee(task.getId(), null);
      identity.setAuthentication("parliament", List.of(SsrGroups.PARLIAMENT_OVERSIGHT));
      tasks.claim(task.getId(), "parliament");
      identity.clearAuthentication();
      dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();
      assertThat(received("parliament@ssr.example", "SSR-MAIL-ASSIGN")).isEmpty();
      assertThat(received("mailclerk@ssr.example", "SSR-MAIL-ASSIGN")).isEmpty();
    } finally {
      identity.clearAuthentication();
      identity.deleteUser(clerk.getId());
    }
  }

  @Test
  void aTaskDoneBeforeTheMailWentOutIsNotAnnounced() throws Exception {
    ProcessInstance review = startReview("SSR-MAIL-DONE", SsrGroups.PARLIAMENT_OVERSIGHT);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
    runtime.deleteProcessInstance(review.getId(), "withdrawn by the test");

    dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();

    assertThat(received("parliament@ssr.example", "SSR-MAIL-DONE")).isEmpty();
    assertThat(messageFor("parliament", task.getId()).lastError()).contains("no longer open");
  }

  @Test
  void aUserWhoChoseTheDailyDigestGetsOneMailForAllTheirTasks() throws Exception {
    User reader = tempUser("mailDigest", SsrGroups.PARLIAMENT_OVERSIGHT);
    try {
      preferences.set(reader.getId(), DeliveryMode.DAILY_DIGEST, Instant.now());
      Task first = tasks.createTaskQuery()
          .processInstanceId(startReview("SSR-MAIL-DIGEST-1", SsrGroups.PARLIAMENT_OVERSIGHT).getId()).singleResult();
      Task second = tasks.createTaskQuery()
          .processInstanceId(startReview("SSR-MAIL-DIGEST-2", SsrGroups.PARLIAMENT_OVERSIGHT).getId()).singleResult();
      NotificationDispatcher dispatcher = dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender());

      dispatcher.dispatchDue();
      assertThat(received(reader.getEmail(), "")).as("nothing until the digest").isEmpty();
      assertThat(received("parliament@ssr.example", "SSR-MAIL-DIGEST-")).as("others at once").hasSize(2);

      dispatcher.sendDigests();
      assertThat(received(reader.getEmail(), "")).singleElement().satisfies(mail -> {
        assertThat(mail.getSubject()).contains("Daily digest: 2 messages");
        assertThat(body(mail)).contains("SSR-MAIL-DIGEST-1").contains("SSR-MAIL-DIGEST-2")
            .contains("#/?task=" + first.getId()).contains("#/?task=" + second.getId());
      });
      assertThat(messageFor(reader.getId(), first.getId()).status()).isEqualTo(OutboxStatus.SENT);
    } finally {
      preferences.set(reader.getId(), DeliveryMode.IMMEDIATE, Instant.now());
      identity.deleteUser(reader.getId());
    }
  }

  @Test
  void aTaskDueSoonGetsOneReminder() throws Exception {
    ProcessInstance review = startReview("SSR-MAIL-REMIND", SsrGroups.JUSTICE_OVERSIGHT);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
    // the review is due in 21 days: three weeks later the reminder window has come
    Instant later = task.getDueDate().toInstant().minus(Duration.ofDays(1));
    NotificationDispatcher dispatcher = dispatcher(clock(later), smtpSender());

    assertThat(dispatcher.remindDueTasks()).isPositive();
    dispatcher.remindDueTasks();
    dispatcher.dispatchDue();

    assertThat(received("justice@ssr.example", "Reminder")).filteredOn(mail -> body(mail).contains(task.getId()))
        .singleElement().satisfies(mail -> {
          assertThat(subject(mail)).contains(task.getName()).contains("SSR-MAIL-REMIND");
          assertThat(body(mail)).contains("Process:   Oversight review");
        });
  }

  @Test
  void aRiskEscalationTellsTheCoordinationUnitAndTheManagers_andAChaseTellsThoseTheUrgentReviewWaitsFor()
      throws Exception {
    ProcessInstance medium = startRisk("SSR-MAIL-RISK-ESC", "humanRights", 1, 2);
    assertThat(tasks.createTaskQuery().processInstanceId(medium.getId())
        .taskDefinitionKey(RiskHandlingProcess.Elements.WRITE_MITIGATION_PLAN).count()).isEqualTo(1);
    runTimer(medium, RiskHandlingProcess.Elements.MITIGATION_PLAN_OVERDUE);

    ProcessInstance critical = startRisk("SSR-MAIL-RISK-CHASE", "political", 5, 5);
    Task urgent = tasks.createTaskQuery().processInstanceId(critical.getId())
        .taskDefinitionKey(RiskHandlingProcess.Elements.URGENT_REVIEW).singleResult();
    runTimer(critical, RiskHandlingProcess.Elements.URGENT_REVIEW_CHASE);
    dispatcher(clock(Instant.now().plusSeconds(1)), smtpSender()).dispatchDue();

    for (String address : List.of("coordinator@ssr.example", "manager@ssr.example")) {
      assertThat(received(address, "SSR-MAIL-RISK-ESC")).filteredOn(m -> subject(m).contains("Escalated"))
          .singleElement().satisfies(mail -> assertThat(subject(mail)).contains("Raise the risk to high"));
    }
    assertThat(received("manager@ssr.example", "SSR-MAIL-RISK-CHASE"))
        .filteredOn(m -> subject(m).contains("Overdue, chased")).singleElement()
        .satisfies(mail -> assertThat(body(mail)).contains("#/?task=" + urgent.getId()));
    assertThat(received("coordinator@ssr.example", "SSR-MAIL-RISK-CHASE"))
        .filteredOn(m -> subject(m).contains("Overdue")).as("the urgent review waits for managers only").isEmpty();
    assertThat(received("monitor@ssr.example", "SSR-MAIL-RISK-")).isEmpty();
  }

  @Test
  void messagesAreWrittenInTheEnginesTransaction_aRolledBackTaskLeavesNone() {
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      startReview("SSR-MAIL-ROLLBACK", SsrGroups.PARLIAMENT_OVERSIGHT);
      assertThat(outbox.newest(null, "parliament", 500)).anyMatch(m -> "SSR-MAIL-ROLLBACK".equals(m.programmeCode()));
      tx.setRollbackOnly();
    });
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("SSR-MAIL-ROLLBACK").count()).isZero();
    assertThat(outbox.newest(null, "parliament", 500)).noneMatch(m -> "SSR-MAIL-ROLLBACK".equals(m.programmeCode()));
  }

  @Test
  void withoutAMailServerMessagesStayInTheOutboxForTheAdministrator() {
    ProcessInstance review = startReview("SSR-MAIL-LOCAL", SsrGroups.PARLIAMENT_OVERSIGHT);
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();

    dispatcher(clock(Instant.now().plusSeconds(1)), null).dispatchDue();

    assertThat(messageFor("parliament", task.getId())).satisfies(m -> {
      assertThat(m.status()).isEqualTo(OutboxStatus.LOCAL);
      assertThat(m.body()).contains("#/?task=" + task.getId());
    });
  }

  private ProcessInstance startReview(String code, String group) {
    return startReview(code, group, null);
  }

  /** A review as a programme in this language calls it (null: a programme from before the language existed). */
  private ProcessInstance startReview(String code, String group, String language) {
    return runtime.startProcessInstanceByKey(OversightReviewProcess.KEY, code, Variables.createVariables()
        .putValue(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), language)
        .putValue(PROGRAMME_CODE.name(), code)
        .putValue(PROGRAMME_TERM.name(), "Security Sector Reform")
        .putValue(REVIEW_KIND.name(), "NSP")
        .putValue(REVIEW_SUBJECT.name(), "National Security Policy " + code)
        .putValue(REVIEW_VERSION.name(), 1)
        .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("nsp.pdf")
            .file("%PDF-1.4 secret".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create())
        .putValue(REVIEW_GROUPS.name(), List.of(group)));
  }

  private ProcessInstance startRisk(String code, String category, long likelihood, long impact) {
    ProcessInstance risk = runtime.startProcessInstanceByKey(RiskHandlingProcess.KEY, code, Variables.createVariables()
        .putValue(RiskHandlingProcess.Variables.PROGRAMME_CODE.name(), code)
        .putValue(RiskHandlingProcess.Variables.RISK_TITLE.name(), "Rumours of a coup " + code)
        .putValue(RiskHandlingProcess.Variables.RISK_DESCRIPTION.name(), "Officers meet at night")
        .putValue(RiskHandlingProcess.Variables.RISK_CATEGORY.name(), category)
        .putValue(RiskHandlingProcess.Variables.RISK_REPORTED_BY.name(), "monitor"));
    Task assess = tasks.createTaskQuery().processInstanceId(risk.getId())
        .taskDefinitionKey(RiskHandlingProcess.Elements.ASSESS).singleResult();
    tasks.complete(assess.getId(), Variables.createVariables()
        .putValue(RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), likelihood)
        .putValue(RiskHandlingProcess.Variables.RISK_IMPACT.name(), impact)
        .putValue(RiskHandlingProcess.Variables.RISK_ASSESSMENT_NOTE.name(), "assessed in a test"));
    return risk;
  }

  private void runTimer(ProcessInstance instance, String boundaryEvent) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(boundaryEvent)
        .singleResult();
    assertThat(timer).as("timer %s", boundaryEvent).isNotNull();
    management.executeJob(timer.getId());
  }

  private User tempUser(String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Temp");
    user.setLastName(id);
    user.setEmail(id.toLowerCase() + "@ssr.example");
    user.setPassword("SsrDemo#2026");
    identity.saveUser(user);
    identity.createMembership(id, group);
    return user;
  }

  private OutboxMessage messageFor(String recipient, String taskId) {
    return outbox.newest(null, recipient, 500).stream().filter(m -> taskId.equals(m.taskId())).findFirst()
        .orElseThrow(() -> new AssertionError("no message to " + recipient + " about task " + taskId));
  }

  /** Mails GreenMail received for this address whose subject or body mentions {@code text}. */
  private static List<MimeMessage> received(String address, String text) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
      try {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
            && (mail.getSubject().contains(text) || body(mail).contains(text));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text (quoted-printable once the text has a non-ASCII character such as the dash). */
  private static String body(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private NotificationDispatcher dispatcher(Clock clock, JavaMailSenderImpl sender) {
    return new NotificationDispatcher(outbox, messages, properties, engine, sender, clock);
  }

  private static Clock clock(Instant at) {
    return Clock.fixed(at, ZoneOffset.UTC);
  }

  private static JavaMailSenderImpl smtpSender() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(smtp.getSmtp().getPort());
    return sender;
  }

  /** A port nobody listens on: every send fails with a connection error. */
  private static JavaMailSenderImpl deadSender() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    try (ServerSocket socket = new ServerSocket(0)) {
      sender.setPort(socket.getLocalPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return sender;
  }
}

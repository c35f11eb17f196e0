package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.finance.DonorAlignment;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.finance.PlanContext;
import org.ssr.workflow.finance.PlanLine;
import org.ssr.workflow.finance.StrategyAction;
import org.ssr.workflow.finance.StrategyPriority;
import org.ssr.workflow.monitoring.Traceability.Kind;
import org.ssr.workflow.monitoring.Traceability.Warning;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.ProgrammeContent.Gap;
import org.ssr.workflow.programme.ProgrammeContent.Priority;
import org.ssr.workflow.programme.ProgrammeContent.Threat;
import org.ssr.workflow.programme.TransformationAction;

/**
 * The traceability of a programme with deliberate gaps, computed without the engine: every warning appears exactly
 * where it is due (what it is about) and nowhere else; the chain from a budget line back to the agreement holds.
 */
class TraceabilityTest {

  static final List<Map<String, Object>> LEDGER = List.of(agreement("AG-1", "agreed"),
      agreement("AG-2", "disputed"), agreement("AG-3", "withdrawn"), agreement("AG-4", "revised"));

  static final List<Priority> PRIORITIES = List.of(
      new Priority("P-1", "Civilian oversight of the police", List.of("AG-1"), List.of("T-1")),
      new Priority("P-2", "Border control", List.of("AG-2"), List.of()),
      new Priority("P-3", "Modern armed forces", List.of(), List.of()),
      new Priority("P-4", "Access to justice", List.of("AG-4", "AG-9"), List.of()),
      new Priority("P-5", "Prison reform", List.of("AG-3"), List.of()));

  static final List<Gap> GAPS = List.of(
      new Gap("G-1", "police", "No complaints body", List.of("P-1")),
      new Gap("G-2", "defence", "Old equipment", List.of()));

  static final ActionIndicator TRAINED = new ActionIndicator("Officers trained", "persons", BigDecimal.ZERO,
      new TreeMap<>(Map.of(2027, new BigDecimal("400"))));

  static final List<TransformationAction> ACTIONS = List.of(
      action("A1", "police", TransformationAction.CAPABILITY, List.of("G-1"), List.of(), List.of(TRAINED)),
      action("A2", "police", TransformationAction.ACCOUNTABILITY, List.of(), List.of("P-2", "P-5"), List.of()),
      action("A3", "defence", null, List.of("G-2"), List.of(), List.of()),
      action("A4", "justice", TransformationAction.CAPABILITY, List.of(), List.of("P-4"), List.of()));

  static final List<PlanLine> LINES = List.of(
      line("A1", "police", "Training", "400"),
      line("A2", "police", "Oversight", "100"),
      line("A3", "defence", "Equipment", "200"),
      line("A4", "justice", "Courts", "300"),
      line(null, "police", "Vehicles", "50"));

  @Test
  void everyWarningAppearsExactlyWhereDue() {
    Traceability trace = compute(new BigDecimal("30"), new BigDecimal("0.2"));

    assertThat(trace.warnings()).extracting(Warning::kind, Warning::subjectType, Warning::subject).containsExactly(
        tuple(Kind.LINE_WITHOUT_ACTION, "planLine", "police 2027 Vehicles National budget"),
        tuple(Kind.ACTION_SERVES_NO_PRIORITY, "action", "A3"),
        tuple(Kind.LINE_FUNDS_UNTRACED_ACTION, "planLine", "A3 defence 2027 Equipment National budget"),
        tuple(Kind.ACTION_WITHOUT_KIND, "action", "A3"),
        tuple(Kind.PRIORITY_ON_CONTESTED_AGREEMENT, "priority", "P-2"),
        tuple(Kind.PRIORITY_WITHOUT_ACTION, "priority", "P-3"),
        tuple(Kind.PRIORITY_WITHOUT_AGREEMENT, "priority", "P-3"),
        tuple(Kind.PRIORITY_ON_CONTESTED_AGREEMENT, "priority", "P-4"),
        tuple(Kind.PRIORITY_ON_CONTESTED_AGREEMENT, "priority", "P-5"),
        // police: 400 capability against 100 accountability is within 5 to 1; A3 is untagged and not counted
        tuple(Kind.CAPABILITY_OUTRUNS_ACCOUNTABILITY, "institution", "justice"),
        tuple(Kind.NATIONAL_SHARE_BELOW_TARGET, "programme", "TRC-1"));
    assertThat(messages(trace, "P-2")).containsExactly("Priority P-2 rests on AG-2, which is disputed.");
    assertThat(messages(trace, "P-4")).containsExactly("Priority P-4 rests on AG-9, which is not in the agreements "
        + "ledger.");
    assertThat(messages(trace, "P-5")).containsExactly("Priority P-5 rests on AG-3, which is withdrawn.");
    assertThat(messages(trace, "justice")).singleElement().asString().contains("300.00 on capability")
        .contains("0.00 on accountability");
  }

  @Test
  void aBudgetLineLeadsBackToTheAgreement() {
    Traceability trace = compute(null, null);

    Traceability.ActionTrace a1 = trace.actions().get(0);
    assertThat(a1.lines()).extracting(Traceability.LineTrace::required).containsExactly(new BigDecimal("400.00"));
    assertThat(a1.gapIds()).containsExactly("G-1");
    assertThat(a1.servesPriorityIds()).containsExactly("P-1");
    assertThat(a1.indicators()).containsExactly(TRAINED);
    assertThat(a1.traced()).isTrue();
    Traceability.PriorityTrace p1 = trace.priorities().get(0);
    assertThat(p1.agreementIds()).containsExactly("AG-1");
    assertThat(p1.gapIds()).containsExactly("G-1");
    assertThat(p1.actionIds()).containsExactly("A1");
    assertThat(p1.required()).isEqualByComparingTo("400");
    assertThat(trace.agreements()).extracting(Traceability.AgreementTrace::id, Traceability.AgreementTrace::priorityIds)
        .contains(tuple("AG-1", List.of("P-1")), tuple("AG-2", List.of("P-2")));
    assertThat(trace.gaps().get(0).actionIds()).containsExactly("A1");
    assertThat(trace.linesWithoutAction()).hasSize(1);
    // without a target there is nothing to compare: no warning
    assertThat(trace.warnings()).extracting(Warning::kind).doesNotContain(Kind.NATIONAL_SHARE_BELOW_TARGET);
  }

  @Test
  void aFullyTracedProgrammeHasNoWarnings() {
    List<Priority> priorities = List.of(new Priority("P-1", "Oversight", List.of("AG-1"), List.of()));
    List<TransformationAction> actions = List.of(
        action("A1", "police", TransformationAction.CAPABILITY, List.of("G-1"), List.of(), List.of()),
        action("A2", "police", TransformationAction.ACCOUNTABILITY, List.of(), List.of("P-1"), List.of()));
    Traceability trace = Traceability.of("TRC-2", LEDGER, List.of(), priorities, GAPS.subList(0, 1), actions, 1,
        List.of(line("A1", "police", "Training", "500"), line("A2", "police", "Oversight", "100")), null);

    assertThat(trace.warnings()).isEmpty();
  }

  @Test
  void anEarlierProgrammeWithoutTheListsReadsAsEmpty_eachActionUntraced() {
    List<TransformationAction> actions = List.of(new TransformationAction("A1", "Train police", "police", 2027, 2028));
    Traceability trace = Traceability.of("OLD-1", List.of(), List.of(), List.of(), List.of(), actions, null,
        List.of(), null);

    assertThat(trace.warnings()).extracting(Warning::kind, Warning::subject)
        .containsExactly(tuple(Kind.ACTION_CITES_NOTHING, "A1"), tuple(Kind.ACTION_WITHOUT_KIND, "A1"));
    assertThat(trace.priorities()).isEmpty();
    assertThat(trace.agreements()).isEmpty();
  }

  @Test
  void untaggedActionsAreFlagged_oneCitingNothing_oneWithoutKind_eachOnceAndWithWhatToDo() {
    List<Priority> priorities = List.of(new Priority("P-1", "Oversight", List.of("AG-1"), List.of()));
    List<TransformationAction> actions = List.of(
        action("B1", "police", TransformationAction.CAPABILITY, List.of(), List.of(), List.of()),
        action("B2", "police", null, List.of(), List.of("P-1"), List.of()),
        action("B3", "police", TransformationAction.ACCOUNTABILITY, List.of("G-1"), List.of(), List.of()));
    Traceability trace = Traceability.of("TRC-3", LEDGER, List.of(), priorities, GAPS.subList(0, 1), actions, 1,
        List.of(line("B1", "police", "Training", "100"), line("B2", "police", "Vehicles", "250"),
            line("B3", "police", "Oversight", "100")), null);

    assertThat(trace.warnings()).extracting(Warning::kind, Warning::subjectType, Warning::subject).containsExactly(
        tuple(Kind.ACTION_CITES_NOTHING, "action", "B1"),
        tuple(Kind.LINE_FUNDS_UNTRACED_ACTION, "planLine", "B1 police 2027 Training National budget"),
        tuple(Kind.ACTION_WITHOUT_KIND, "action", "B2"));
    assertThat(messages(trace, "B1")).containsExactly("Action B1 (Action B1) cites no gap and no priority: nothing "
        + "says what it is for. Cite the gaps it closes or the priorities of the National Security Policy it serves.");
    assertThat(messages(trace, "B2")).containsExactly("Action B2 (Action B2) is tagged neither capability nor "
        + "accountability: its 250.00 planned are left out of the check of capability against accountability "
        + "spending. Tag it as one or the other.");
    // B2 serves P-1 and is traced; only its tag is missing
    assertThat(trace.actions().get(1).traced()).isTrue();
  }

  @Test
  void pledgesArePerPriority_unalignedOnesListed() {
    Traceability trace = compute(new BigDecimal("15"), new BigDecimal("0.2"));

    DonorAlignment alignment = trace.donorAlignment();
    assertThat(alignment.byPriority()).extracting(DonorAlignment.PriorityPledges::priorityId,
        DonorAlignment.PriorityPledges::amount).containsExactly(tuple("P-1", new BigDecimal("1000.00")),
        tuple("P-2", new BigDecimal("0.00")), tuple("P-3", new BigDecimal("0.00")),
        tuple("P-4", new BigDecimal("1000.00")), tuple("P-5", new BigDecimal("0.00")));
    assertThat(alignment.unaligned()).extracting(DonorPledge::donor).containsExactly("World Bank");
    assertThat(alignment.nationalShare()).isEqualByComparingTo("20");
    assertThat(alignment.targetMet()).isTrue();
    assertThat(trace.warnings()).extracting(Warning::kind).doesNotContain(Kind.NATIONAL_SHARE_BELOW_TARGET);
  }

  /** The warnings oversight acts on are written in the programme's language, amounts the language's way. */
  @Test
  void theWarningsSpeakTheProgrammesLanguage() {
    Traceability trace = compute(new BigDecimal("30"), new BigDecimal("0.2"), "fr");

    assertThat(messages(trace, "P-2")).containsExactly("La priorité P-2 repose sur AG-2, qui est disputed.");
    assertThat(messages(trace, "P-4")).containsExactly("La priorité P-4 repose sur AG-9, qui est absent du registre "
        + "des accords.");
    assertThat(messages(trace, "A3")).hasSize(2).anySatisfy(message -> assertThat(message)
        .startsWith("L'action A3 (Action A3) ne sert aucune priorité de la Politique de sécurité nationale"))
        .anySatisfy(message -> assertThat(message)
            .startsWith("L'action A3 (Action A3) n'est marquée ni capacité ni redevabilité : ses 200,00 prévus"));
    assertThat(messages(trace, "justice")).singleElement().asString().contains("prévoit 300,00 pour ses capacités")
        .contains("mais 0,00 pour la redevabilité (plus de 5 pour 1)");
    assertThat(messages(trace, "TRC-1")).singleElement().asString()
        .isEqualTo("Le budget national finance 20 % du plan, en deçà de la cible de 30 % fixée lors de la mise en place.");
    assertThat(compute(new BigDecimal("30"), new BigDecimal("0.2"), "pt").warnings().get(0).message())
        .isEqualTo("A linha do plano police 2027 Vehicles National budget (50,00 necessários) não financia nenhuma "
            + "ação da estratégia: indique a ação que financia.");
  }

  private static Traceability compute(BigDecimal target, BigDecimal shareFraction) {
    return compute(target, shareFraction, "en");
  }

  private static Traceability compute(BigDecimal target, BigDecimal shareFraction, String language) {
    PlanContext context = new PlanContext("TRC-1", "Trace", "Security Sector Reform",
        List.of(new StrategyAction("A1", "Action A1", "police", 2027, 2027)), List.of("police", "defence", "justice"),
        List.of("European Union", "World Bank"), 2027, 2028,
        PRIORITIES.stream().map(p -> new StrategyPriority(p.id(), p.text())).toList(), target);
    List<DonorPledge> pledges = List.of(
        pledge("European Union", "1000", List.of("P-1", "P-4")),
        pledge("World Bank", "500", List.of()));
    return Traceability.of("TRC-1", LEDGER, List.of(new Threat("T-1", "Armed groups")), PRIORITIES, GAPS, ACTIONS,
        1, LINES, DonorAlignment.of(context, pledges, shareFraction), language);
  }

  private static List<String> messages(Traceability trace, String subject) {
    List<String> messages = new ArrayList<>();
    trace.warnings().stream().filter(w -> w.subject().equals(subject)).forEach(w -> messages.add(w.message()));
    return messages;
  }

  static Map<String, Object> agreement(String id, String status) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("text", "Agreement " + id);
    item.put("status", status);
    return item;
  }

  static TransformationAction action(String id, String institution, String kind, List<String> gaps,
      List<String> priorities, List<ActionIndicator> indicators) {
    return new TransformationAction(id, "Action " + id, institution, 2027, 2027, institution, indicators, List.of(),
        gaps, priorities, kind);
  }

  static PlanLine line(String action, String institution, String category, String required) {
    return new PlanLine(action, institution, 2027, category, new BigDecimal(required).setScale(2), "National budget",
        new BigDecimal(required).setScale(2), null);
  }

  private static DonorPledge pledge(String donor, String amount, List<String> priorities) {
    return new DonorPledge(donor, new BigDecimal(amount).setScale(2), 2027, null, null, null, "Agenda", "donor",
        java.time.Instant.parse("2027-01-01T00:00:00Z"), priorities);
  }
}

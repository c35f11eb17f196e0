package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.engine.Messages;

/**
 * The finance workbooks in the programme's language and the readers in every language (docs/spreadsheets.md,
 * docs/languages.md): a template made in French or Portuguese, filled in with its own words (cost categories,
 * National budget, Unfunded) imports as the same lines as the English one; the summary and the variance workbook
 * speak the programme's language and the summary still imports; a refusal speaks the uploader's language, whatever
 * the workbook's.
 */
class FinanceLanguagesTest {

  private final FinancialPlanReader reader = new FinancialPlanReader(PlanLimits.DEFAULTS);

  @ParameterizedTest
  @ValueSource(strings = {"fr", "pt"})
  void aPlanTemplateInTheProgrammesLanguageImportsAsTheSameLines(String lang) throws Exception {
    List<DonorPledge> pledges = List.of(PlanFixtures.pledge(PlanFixtures.EU, "250000", 2027, "A-1", "Civilian control"));
    PlanContext context = PlanFixtures.CONTEXT.withLanguage(lang);
    byte[] template = new FinancialPlanTemplateWriter().write(context, pledges);
    Map<String, String> words = Messages.file("finance", lang);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
          .containsExactly(words.get("sheet.plan"), words.get("sheet.instructions"), words.get("sheet.pledges"),
              words.get("sheet.lists"));
      Row header = wb.getSheetAt(0).getRow(0);
      for (PlanFormat.Column c : PlanFormat.Column.values()) {
        assertThat(header.getCell(c.ordinal()).getStringCellValue()).isEqualTo(words.get("plan.column." + c.name()));
      }
      // the dropdown of cost categories offers the language's words, stored on the hidden Lists sheet
      Sheet lists = wb.getSheet(words.get("sheet.lists"));
      assertThat(lists.getRow(1).getCell(3).getStringCellValue()).isEqualTo(words.get("cost.personnel"));
      assertThat(lists.getRow(1).getCell(4).getStringCellValue()).isEqualTo(words.get("source.nationalBudget"));
      List<? extends DataValidation> validations = ((XSSFSheet) wb.getSheetAt(0)).getDataValidations();
      assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
          .isEqualTo(words.get("sheet.lists") + "!$D$2:$D$9"));
      assertThat(validations).anySatisfy(v -> assertThat(v.getPromptBoxText())
          .isEqualTo(words.get("template.prompt.costCategory")));
      // instructions: the glossary's name of the plan and of the programme, the rules in the language
      String title = wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue();
      assertThat(title).startsWith(Messages.of("glossary", lang).text("step.10") + " — "
          + Messages.of("glossary", lang).text("term.ssr.programme") + " PH-2026");
      assertThat(wb.getSheetAt(1).getRow(5).getCell(0).getStringCellValue()).isEqualTo(words.get("template.rules"));
      assertThat(wb.getSheetAt(2).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(words.get("pledges.column.donor"));
    }
    FinancialPlanReader.Result translated = reader.read("plan.xlsx", filled(template, lang), context, lang);
    FinancialPlanReader.Result english = reader.read("plan.xlsx",
        filled(new FinancialPlanTemplateWriter().write(PlanFixtures.CONTEXT, pledges), "en"), PlanFixtures.CONTEXT);
    assertThat(translated.errors()).isEmpty();
    assertThat(english.errors()).isEmpty();
    // the same lines; only the pre-filled note of the pledge is written in the template's language
    assertThat(translated.lines()).isNotEmpty().usingRecursiveFieldByFieldElementComparatorIgnoringFields("notes")
        .isEqualTo(english.lines());
    assertThat(translated.lines().get(translated.lines().size() - 1).notes()).isEqualTo(
        words.get("template.pledgeNote.conditions").replace("{0}", PlanFixtures.EU).replace("{1}",
            "Annual audit report"));
    assertThat(translated.lines()).extracting(PlanLine::costCategory).isSubsetOf(PlanFormat.COST_CATEGORIES);
    assertThat(translated.lines()).extracting(PlanLine::fundingSource)
        .contains(PlanFormat.NATIONAL_BUDGET, PlanFormat.UNFUNDED, PlanFixtures.EU);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "pt"})
  void theSummaryIsInTheProgrammesLanguageAndImportsBack(String lang) throws Exception {
    PlanContext context = PlanFixtures.CONTEXT.withLanguage(lang);
    List<PlanLine> lines = reader.read("plan.xlsx", filled(new FinancialPlanTemplateWriter().write(context,
        List.of()), lang), context).lines();
    PlanTotals totals = PlanTotals.of(lines, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FinancialPlanSummaryWriter().write(context, new PlanVersionInfo(PlanFixtures.CODE, 1, "coordinator",
        PlanFixtures.CLOCK.instant(), "plan.xlsx", lines.size(), false, null, null), lines, totals, List.of(), out);
    Map<String, String> words = Messages.file("finance", lang);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetName(0)).isEqualTo(words.get("sheet.summary"));
      assertThat(wb.getSheet(words.get("sheet.lines"))).isNotNull();
      Sheet byCategory = wb.getSheet(words.get("sheet.byCostCategory"));
      assertThat(byCategory.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(words.get("plan.column.COST_CATEGORY"));
      assertThat(byCategory.getRow(1).getCell(0).getStringCellValue()).isIn(
          words.get("cost.personnel"), words.get("cost.training"), words.get("cost.equipment"));
      // the national share adds up the national budget under its name in this language
      String share = wb.getSheetAt(0).getRow(13).getCell(1).getCellFormula();
      assertThat(share).contains("\"" + words.get("source.nationalBudget") + "\"");
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .startsWith(Messages.of("glossary", lang).text("step.10"));
    }
    FinancialPlanReader.Result again = reader.read("summary.xlsx", out.toByteArray(), context, lang);
    assertThat(again.errors()).isEmpty();
    assertThat(again.lines()).isEqualTo(lines);
  }

  @Test
  void totalsWarningsAreInTheProgrammesLanguage_theInstitutionInTheGlossarysWords() {
    PlanTotals totals = PlanTotals.of(List.of(), PlanFixtures.CONTEXT.withLanguage("fr"));
    assertThat(totals.warnings()).first().asString()
        .isEqualTo("L’action A-1 « Civilian oversight training for defence staff » (Forces armées (défense)) n’a aucune ligne dans "
            + "le plan : ses ressources ne sont pas encore planifiées.");
  }

  /**
   * The case, in the reader: a French workbook with a wrong amount is refused in French naming the cell, and
   * the same workbook uploaded by an English-speaking user gets English.
   */
  @Test
  void aFrenchWorkbookWithAWrongAmountIsRefusedInTheUploadersLanguage() throws Exception {
    PlanContext context = PlanFixtures.CONTEXT.withLanguage("fr");
    byte[] workbook = wrongAmount(filled(new FinancialPlanTemplateWriter().write(context, List.of()), "fr"));
    assertThat(reader.read("plan.xlsx", workbook, context, "fr").errors()).extracting(PlanError::message)
        .containsExactly("Plan!F2: \"environ 5000\" — pas un nombre — saisissez le montant comme un simple nombre, "
            + "sans devise ni mots, p. ex. 125000 ou 125000,50 dans une cellule au format nombre");
    assertThat(reader.read("plan.xlsx", workbook, context, "en").errors()).extracting(PlanError::message)
        .containsExactly("Plan!F2: \"environ 5000\" — not a number — type the amount as a plain number without "
            + "currency or words, e.g. 125000 or 125,000.50");
    assertThat(reader.read("plan.xlsx", workbook, context, "pt").errors()).extracting(PlanError::message)
        .containsExactly("Plan!F2: \"environ 5000\" — não é um número — escreva o montante como um número simples, "
            + "sem moeda nem palavras, p. ex. 125000 ou 125000,50 numa célula com formato de número");
  }

  @Test
  void refusalsFormatNumbersForTheUploader() {
    byte[] bad = PlanFixtures.plan(
        PlanFixtures.line("A-1", 2027, "Formation", 5e15, "Budget national", 0),
        PlanFixtures.line("A-1", 2035, "Formation", 100, "Budget national", 0),
        PlanFixtures.line("A-1", 2027, "Goûter", 100, "Non financé", 50));
    List<String> french = reader.read("plan.xlsx", bad, PlanFixtures.CONTEXT, "fr").errors().stream()
        .map(PlanError::message).toList();
    assertThat(french).containsExactly(
        "Plan!F2: \"5000000000000000\" — montant supérieur à 1\u202F000\u202F000\u202F000\u202F000 — vérifiez le "
            + "montant : il contient sans doute une faute de frappe",
        "Plan!D3: \"2035\" — année hors du programme (2026–2030) — saisissez une année de 2026 à 2030",
        "Plan!E4: \"Goûter\" — catégorie de coût inconnue — choisissez parmi Personnel, Formation, Équipement, "
            + "Infrastructures, Fonctionnement et entretien, Assistance technique, Contrôle et société civile, Autre",
        "Plan!H4: \"50.00\" — une ligne « Non financé » ne peut pas avoir de montant disponible — choisissez la source "
            + "de financement qui apporte les fonds, ou effacez le montant disponible");
    assertThat(reader.read("plan.xlsx", new byte[0], PlanFixtures.CONTEXT, "pt").errors()).extracting(
        PlanError::message).containsExactly("plan.xlsx: (ficheiro) — o ficheiro está vazio — carregue o livro do "
            + "plano preenchido (.xlsx)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "pt"})
  void theBudgetExecutionTemplateAndVarianceSpeakTheProgrammesLanguage(String lang) throws Exception {
    ExecutionContext context = ExecutionFixtures.CONTEXT.withLanguage(lang);
    byte[] template = new BudgetExecutionTemplateWriter(ExecutionFixtures.TOLERANCE).write(context);
    Map<String, String> words = Messages.file("finance", lang);
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(wb.getSheetName(0)).isEqualTo(words.get("sheet.execution"));
      assertThat(wb.getSheetName(1)).isEqualTo(words.get("sheet.instructions"));
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo(words.get("execution.column.COMMITTED"));
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(words.get("source.nationalBudget"));
      assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
          .startsWith(words.get("execution.template.title").replace("{0}", "2027"));
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        double planned = row.getCell(5).getNumericCellValue();
        row.getCell(6).setCellValue(planned * 0.8);
        row.getCell(7).setCellValue(planned * 0.5);
      }
      filled = PlanFixtures.bytes(wb);
    }
    BudgetExecutionReader execution = new BudgetExecutionReader(PlanLimits.DEFAULTS, ExecutionFixtures.TOLERANCE);
    BudgetExecutionReader.Result result = execution.read("execution.xlsx", filled, context, lang);
    assertThat(result.errors()).isEmpty();
    assertThat(result.lines()).extracting(ExecutionLine::fundingSource)
        .containsExactly("National budget", PlanFixtures.EU, PlanFixtures.UNDP, "National budget");
    assertThat(result.lines()).extracting(ExecutionLine::spent).allSatisfy(s -> assertThat(s.signum()).isPositive());

    BudgetVariance variance = BudgetVariance.of(2027, 2, result.lines());
    byte[] workbook = new BudgetVarianceWriter().write(context, new BudgetExecutionRepository.VersionInfo(
        PlanFixtures.CODE, 2027, 1, 2, "coordinator", PlanFixtures.CLOCK.instant(), "execution.xlsx",
        result.lines().size()), variance);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly(words.get("sheet.summary"), words.get("sheet.byInstitution"),
          words.get("sheet.byAction"), words.get("sheet.bySource"), words.get("sheet.lines"));
      Sheet bySource = wb.getSheet(words.get("sheet.bySource"));
      assertThat(bySource.getRow(0).getCell(6).getStringCellValue()).isEqualTo(words.get("variance.executionRate"));
      assertThat(bySource.getRow(1).getCell(0).getStringCellValue()).isEqualTo(words.get("source.nationalBudget"));
    }
  }

  @Test
  void aFrenchExecutionWorkbookIsRefusedInEnglishForAnEnglishSpeaker() throws Exception {
    ExecutionContext context = ExecutionFixtures.CONTEXT.withLanguage("fr");
    byte[] template = new BudgetExecutionTemplateWriter(ExecutionFixtures.TOLERANCE).write(context);
    byte[] bad;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Row row = wb.getSheetAt(0).getRow(1);
      row.getCell(6).setCellValue(40000);
      row.getCell(7).setCellValue(50000);
      bad = PlanFixtures.bytes(wb);
    }
    BudgetExecutionReader execution = new BudgetExecutionReader(PlanLimits.DEFAULTS, ExecutionFixtures.TOLERANCE);
    assertThat(execution.read("e.xlsx", bad, context, "fr").errors()).extracting(PlanError::message)
        .containsExactly("Exécution!H2: \"50000\" — plus de dépenses que d’engagements (40\u202F000,00) — l’argent est "
            + "engagé avant d’être dépensé : portez le montant engagé au moins au montant dépensé, ou corrigez le "
            + "montant dépensé");
    assertThat(execution.read("e.xlsx", bad, context, "en").errors()).extracting(PlanError::message)
        .containsExactly("Exécution!H2: \"50000\" — more spent than committed (40,000.00) — money is committed before "
            + "it is spent: raise the committed amount to at least the spent amount, or correct the spent amount");
  }

  /** The template as a finance officer fills it, with the words of the template's language. */
  static byte[] filled(byte[] template, String lang) {
    FinanceWords words = FinanceWords.of(lang);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet plan = wb.getSheetAt(0);
      String[] sources = {PlanFormat.NATIONAL_BUDGET, PlanFixtures.EU, PlanFixtures.UNDP, PlanFormat.UNFUNDED};
      for (int r = 1; r <= plan.getLastRowNum(); r++) {
        Row row = plan.getRow(r);
        if (row == null) {
          continue;
        }
        row.createCell(4).setCellValue(words.costCategory(PlanFormat.COST_CATEGORIES.get(r % 3)));
        org.apache.poi.ss.usermodel.Cell source = row.getCell(6);
        if (source == null || source.getStringCellValue().isBlank()) {
          String s = sources[r % sources.length];
          row.createCell(6).setCellValue(words.source(s));
          row.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(10_000.0 * r + 0.5);
          row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
              .setCellValue(PlanFormat.UNFUNDED.equals(s) ? 0 : 5_000.0 * r);
        } else {
          row.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(1_000.0 * r);
        }
      }
      return PlanFixtures.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line's required amount typed as words. */
  static byte[] wrongAmount(byte[] workbook) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      wb.getSheetAt(0).getRow(1).getCell(5).setCellValue("environ 5000");
      return PlanFixtures.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

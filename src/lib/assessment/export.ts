import { departments, dimensions, keysOf } from '../../data/taxonomy';
import { t } from '../../i18n/t';
import type { Answer, Assessment, DimensionSettings } from '../../schemas/assessment';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';
import { importanceLabels, NOT_APPLICABLE, UNKNOWN, type Level } from '../scale';
import { settingsOf } from '../selfcheck/levels';
import { outcomeOf } from '../selfcheck/answers';

/**
 * A copy with a fixed key order (the order of the format description, answers sorted by question id,
 * settings in taxonomy order), so that the same assessment always gives the same file and the same link.
 */
export function canonical(assessment: Assessment): Assessment {
  const answers: Record<string, Answer> = {};
  for (const id of Object.keys(assessment.answers).sort()) {
    const answer = assessment.answers[id];
    if (answer !== undefined) answers[id] = Array.isArray(answer) ? [...answer] : answer;
  }
  const settings: Assessment['settings'] = {};
  for (const id of keysOf(dimensions)) {
    const setting = assessment.settings[id];
    if (setting === undefined) continue;
    const ordered: DimensionSettings = {};
    if (setting.target !== undefined) ordered.target = setting.target;
    if (setting.importance !== undefined) ordered.importance = setting.importance;
    settings[id] = ordered;
  }
  return {
    format: assessment.format,
    version: assessment.version,
    ...(assessment.name === undefined ? {} : { name: assessment.name }),
    ...(assessment.department === undefined ? {} : { department: assessment.department }),
    date: assessment.date,
    answers,
    settings,
  };
}

/** The assessment as a JSON file: indented by two spaces, stable key order, final newline. */
export function toJson(assessment: Assessment): string {
  return `${JSON.stringify(canonical(assessment), null, 2)}\n`;
}

/** The answer's text and level for the CSV; level empty where there is none („Weiß nicht“, unanswered). */
function answerCells(answer: Answer | undefined, question: Question): [string, string] {
  if (answer === undefined) return ['', ''];
  if (answer === UNKNOWN) return [t('selbstcheck.unknown'), ''];
  if (answer === NOT_APPLICABLE) return [t('selbstcheck.notApplicable'), ''];
  const outcome = outcomeOf(question, answer);
  if (outcome.state !== 'answered') return [String(answer), ''];
  // A spreadsheet cell lists ticked choices with „|“, which never occurs in a label.
  if (outcome.ticked !== undefined)
    return [
      outcome.ticked.length > 0 ? outcome.ticked.join(' | ') : t('assessment.answer.noneTicked'),
      String(outcome.level),
    ];
  return [outcome.text, String(outcome.level)];
}

/** One CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; quoted if needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The assessment as a CSV table for spreadsheets as German offices use them (Excel opens it directly):
 * UTF-8 with BOM, semicolons, CRLF. One row per question of the catalogue, in its order, then per
 * dimension a row for the target and one for the importance. Answers to questions the catalogue does not
 * know are left out.
 */
export function toCsv(assessment: Assessment, catalogue: readonly SelfcheckDimension[]): string {
  const rows: string[][] = [
    [
      t('assessment.csv.dimension'),
      t('assessment.csv.questionId'),
      t('assessment.csv.question'),
      t('assessment.csv.answer'),
      t('assessment.csv.level'),
    ],
  ];
  if (assessment.department !== undefined)
    rows.push(['', '', t('assessment.csv.department'), departments[assessment.department], '']);
  for (const dimension of catalogue) {
    const label = dimensions[dimension.id];
    for (const question of dimension.questions) {
      const answer = Object.hasOwn(assessment.answers, question.id)
        ? assessment.answers[question.id]
        : undefined;
      rows.push([label, question.id, question.text, ...answerCells(answer, question)]);
    }
    const { target, importance } = settingsOf(assessment, dimension.id);
    const targetLabel = `${t('selbstcheck.level', { level: target })}: ${dimension.levels[target as Level].label}`;
    rows.push([label, '', t('assessment.csv.target'), targetLabel, String(target)]);
    rows.push([
      label,
      '',
      t('assessment.csv.importance'),
      importanceLabels[importance as keyof typeof importanceLabels],
      '',
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

const transliteration: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/** A name as a file-name part: umlauts transliterated, accents dropped, only a–z, 0–9 and hyphens, at most 60. */
export function fileSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (letter) => transliteration[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

/** File name for a download, e.g. `selbstcheck-amt-fuer-integration-2026-11-25.json`. */
export function fileName(assessment: Assessment, extension: 'json' | 'csv' = 'json'): string {
  const slug = fileSlug(assessment.name ?? '');
  return [t('assessment.file.prefix'), slug, assessment.date].filter(Boolean).join('-') + `.${extension}`;
}

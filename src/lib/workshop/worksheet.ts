import { dimensions } from '../../data/taxonomy';
import { formatList, plural, t } from '../../i18n/t';
import { tw, type WorkshopKey } from '../../i18n/de-workshop';
import { importanceLabels, ratingScale } from '../scale';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';

/** One question as the printed worksheet shows it: the self-check's words, in the self-check's order. */
export interface SheetQuestion {
  /** The question id, printed small so a paper answer can be found again in the self-check. */
  id: string;
  kind: Question['kind'];
  text: string;
  help: string;
  /** How to answer: one box, or every box that applies. */
  instruction: string;
  /** For a follow-up, when to answer it, in words („Nur beantworten, wenn …“). */
  condition: string | undefined;
  /** How the self-check words the question for a department other than the integration office, where it differs. */
  textForOthers: string | undefined;
  /** The answers, exactly as the self-check labels its radios or checkboxes. */
  answers: string[];
  /** The answers after „oder“: „Nichts davon“, „Weiß nicht“ and, where offered, „Trifft nicht zu“. */
  specials: string[];
}

/** One dimension of the worksheet: its questions, then target and importance. */
export interface SheetDimension {
  id: SelfcheckDimension['id'];
  /** „Bereich 1 von 10“. */
  step: string;
  name: string;
  intro: string;
  questions: SheetQuestion[];
  /** Target levels 1–3, labelled as in the self-check („Stufe 1: …“). */
  targets: string[];
  /** Importance 1–3 („gering“, „mittel“, „hoch“). */
  importances: string[];
}

const quoted = (text: string) => `„${text}“`;

/** The special answers of a question, as the self-check offers them. */
function specialsOf(question: Question): string[] {
  return [
    ...(question.kind === 'multi' ? [t('selbstcheck.noneOfThese')] : []),
    t('selbstcheck.unknown'),
    ...(question.notApplicable ? [t('selbstcheck.notApplicable')] : []),
  ];
}

/** When a follow-up is asked, in the words of the worksheet; `undefined` for a question that is always asked. */
export function conditionOf(question: Question, dimension: SelfcheckDimension): string | undefined {
  const condition = question.askIf;
  if (condition === undefined) return undefined;
  const parent = dimension.questions.find((candidate) => candidate.id === condition.question);
  if (parent === undefined)
    throw new Error(`Follow-up „${question.id}“: no question „${condition.question}“ in „${dimension.id}“`);
  if (condition.answers === undefined)
    return tw('workshop.sheet.conditionTicked', {
      question: parent.id,
      specials: formatList(specialsOf(parent).map(quoted), 'or'),
    });
  const labels = condition.answers.map((id) => {
    const option =
      parent.kind === 'single' ? parent.options.find((candidate) => candidate.id === id) : undefined;
    if (option === undefined)
      throw new Error(`Follow-up „${question.id}“: „${parent.id}“ has no option „${id}“`);
    return quoted(option.label);
  });
  return tw(plural(labels.length, 'workshop.sheet.conditionOne', 'workshop.sheet.conditionMany'), {
    question: parent.id,
    answer: labels[0] ?? '',
    answers: formatList(labels, 'or'),
  });
}

/** The answers of a question, in the self-check's order and words. */
function answersOf(question: Question): string[] {
  if (question.kind === 'single') return question.options.map((option) => option.label);
  if (question.kind === 'multi') return question.choices.map((choice) => choice.label);
  return [...ratingScale];
}

const instructions: Record<Question['kind'], WorkshopKey> = {
  single: 'workshop.sheet.single',
  multi: 'workshop.sheet.multi',
  rating: 'workshop.sheet.rating',
};

/** The self-check catalogue as a printable worksheet: every dimension and every question, follow-ups included. */
export function worksheet(catalogue: readonly SelfcheckDimension[]): SheetDimension[] {
  return catalogue.map((dimension, index) => ({
    id: dimension.id,
    step: t('selbstcheck.step', { index: index + 1, total: catalogue.length }),
    name: dimensions[dimension.id],
    intro: dimension.intro,
    questions: dimension.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      text: question.text,
      help: question.help,
      instruction: tw(instructions[question.kind]),
      condition: conditionOf(question, dimension),
      textForOthers: question.textForOthers,
      answers: answersOf(question),
      specials: specialsOf(question),
    })),
    targets: ([1, 2, 3] as const).map(
      (level) => `${t('selbstcheck.level', { level })}: ${dimension.levels[level].label}`,
    ),
    importances: ([1, 2, 3] as const).map((importance) => importanceLabels[importance]),
  }));
}

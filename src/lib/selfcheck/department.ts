import type { DepartmentId } from '../../data/taxonomy';
import type { SelfcheckDimension } from '../../schemas/selfcheck';

/** Whether the answers speak for another department than integration (nobody said counts as integration). */
export const isOtherDepartment = (department: DepartmentId | undefined): boolean =>
  department !== undefined && department !== 'integration';

/**
 * The catalogue as a department reads it: questions about „der Fachbereich für Integration“ in the words for
 * another department („Ihr Fachbereich“), and without their standings, which compare integration offices only.
 * The integration office (or nobody said) reads the catalogue as it is.
 */
export function catalogueFor(
  catalogue: readonly SelfcheckDimension[],
  department: DepartmentId | undefined,
): SelfcheckDimension[] {
  if (!isOtherDepartment(department)) return [...catalogue];
  return catalogue.map((dimension) => ({
    ...dimension,
    questions: dimension.questions.map((question) => {
      if (question.textForOthers === undefined) return question;
      const text = question.textForOthers;
      return question.kind === 'single'
        ? { ...question, text, options: question.options.map((option) => ({ ...option, standing: [] })) }
        : { ...question, text };
    }),
  }));
}

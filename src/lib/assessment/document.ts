import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, type Assessment } from '../../schemas/assessment';

/** The day as `YYYY-MM-DD` in local time (a municipality's date, not UTC's). */
export function isoDate(day: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(day.getFullYear())}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A new, empty assessment dated today (or on `day`). */
export function createAssessment(day: Date = new Date()): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    date: isoDate(day),
    answers: {},
    settings: {},
  };
}

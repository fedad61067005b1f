import type { Agenda, Phase } from '../../schemas/workshop';

/** One row of a timed agenda. */
export interface AgendaRow {
  phase: Phase;
  /** Minutes from the start of the workshop. */
  start: number;
  end: number;
  minutes: number;
  note: string | undefined;
}

/** Minutes from the start as a clock reading from 0:00, e.g. 75 → „1:15“. */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60))}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The agenda's slots with their phases and their times from the start, in order. */
export function agendaRows(agenda: Agenda, phases: readonly Phase[]): AgendaRow[] {
  let start = 0;
  return agenda.slots.map((slot) => {
    const phase = phases.find((candidate) => candidate.id === slot.phase);
    if (phase === undefined) throw new Error(`Agenda „${agenda.id}“: no phase „${slot.phase}“`);
    const row = { phase, start, end: start + slot.minutes, minutes: slot.minutes, note: slot.note };
    start = row.end;
    return row;
  });
}

/** The minutes an agenda gives a phase in total (0 if it has none). */
export function minutesFor(agenda: Agenda, phase: string): number {
  return agenda.slots.filter((slot) => slot.phase === phase).reduce((sum, slot) => sum + slot.minutes, 0);
}

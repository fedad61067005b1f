import { describe, expect, test } from 'vitest';
import { agendaRows, clock, minutesFor } from '../../../src/lib/workshop/agenda';
import type { Agenda, Phase } from '../../../src/schemas/workshop';

const phase = (id: string): Phase => ({
  id,
  title: id,
  goal: 'Ziel',
  pages: [],
  tips: [],
  quotes: [],
  items: [],
});
const phases = ['ankommen', 'selbstcheck', 'pause'].map(phase);
const agenda: Agenda = {
  id: 'test',
  title: 'Test',
  minutes: 95,
  slots: [
    { phase: 'ankommen', minutes: 10 },
    { phase: 'selbstcheck', minutes: 40, note: 'Hinweis' },
    { phase: 'pause', minutes: 15 },
    { phase: 'selbstcheck', minutes: 30 },
  ],
};

describe('clock', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [75, '1:15'],
    [240, '4:00'],
  ])('shows %i minutes as %s', (minutes, shown) => {
    expect(clock(minutes)).toBe(shown);
  });
});

describe('agendaRows', () => {
  test('gives each slot its start and end from the beginning, in order', () => {
    expect(agendaRows(agenda, phases).map((row) => [row.phase.id, row.start, row.end, row.note])).toEqual([
      ['ankommen', 0, 10, undefined],
      ['selbstcheck', 10, 50, 'Hinweis'],
      ['pause', 50, 65, undefined],
      ['selbstcheck', 65, 95, undefined],
    ]);
  });

  test('fails loudly on a slot whose phase does not exist', () => {
    expect(() => agendaRows({ ...agenda, slots: [{ phase: 'gibt-es-nicht', minutes: 5 }] }, phases)).toThrow(
      /gibt-es-nicht/,
    );
  });
});

describe('minutesFor', () => {
  test.each([
    ['selbstcheck', 70],
    ['pause', 15],
    ['vergleich', 0],
  ])('gives %s %i minutes in total', (id, minutes) => {
    expect(minutesFor(agenda, id)).toBe(minutes);
  });
});

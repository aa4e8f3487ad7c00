import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, recordEdit, redo, undo } from '../../renderer/state/history.ts';

describe('history', () => {
  it('undoes and redoes edits in order', () => {
    let h = createHistory('a');
    h = recordEdit(h, 'b', { now: 0 });
    h = recordEdit(h, 'c', { now: 5000 });
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
  });

  it('coalesces keystrokes in the same field within a second', () => {
    let h = createHistory('');
    for (const [i, text] of ['A', 'Ac', 'Acm', 'Acme'].entries()) h = recordEdit(h, text, { key: 'company.legalName', now: 1000 + i * 200 });
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('does not coalesce across fields or after a pause', () => {
    let h = createHistory('x');
    h = recordEdit(h, 'x1', { key: 'a', now: 0 });
    h = recordEdit(h, 'x2', { key: 'b', now: 100 });
    h = recordEdit(h, 'x3', { key: 'b', now: 2000 });
    expect(h.past).toEqual(['x', 'x1', 'x2']);
  });

  it('a new edit clears the redo stack; an unchanged value records nothing', () => {
    let h = recordEdit(createHistory(1), 2, { now: 0 });
    h = undo(h);
    h = recordEdit(h, 3, { now: 10 });
    expect(canRedo(h)).toBe(false);
    expect(recordEdit(h, h.present)).toBe(h);
  });

  it('undo right after typing does not merge the next keystroke into the undone step', () => {
    let h = recordEdit(createHistory('a'), 'ab', { key: 'f', now: 0 });
    h = undo(h);
    h = recordEdit(h, 'ac', { key: 'f', now: 100 });
    expect(h.past).toEqual(['a']);
  });

  it('keeps at most `limit` steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = recordEdit(h, i, { now: i * 5000, limit: 3 });
    expect(h.past).toEqual([7, 8, 9]);
  });
});

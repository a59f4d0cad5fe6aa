import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FrDateField, FrDateTimeField } from './dates';
import { frDateTime } from './french';

/** Text of the rendered field (server rendering also emits Emotion's <style> tags: skip them). */
const text = (html: string) => html.replace(/<style[^>]*>.*?<\/style>/gs, '').replace(/<[^>]*>/g, '');

describe('date fields', () => {
  it('shows a Date scalar as dd/mm/yyyy, without a time-zone shift', () => {
    const html = renderToStaticMarkup(createElement(FrDateField, { record: { id: 1, validFrom: '2015-01-31' }, source: 'validFrom' }));
    expect(text(html)).toBe('31/01/2015');
  });

  it('shows a DateTime scalar as dd/mm/yyyy hh:mm:ss, in Paris time whatever the browser’s time zone', () => {
    const shown = (at: string) => text(renderToStaticMarkup(createElement(FrDateTimeField, { record: { id: 1, at }, source: 'at' })));
    // Winter (UTC+1), summer (UTC+2), and late evening in UTC that is already the next day in Paris.
    expect(shown('2024-01-02T03:04:05.000Z')).toBe('02/01/2024 04:04:05');
    expect(shown('2024-07-02T03:04:05.000Z')).toBe('02/07/2024 05:04:05');
    expect(shown('2026-12-01T23:30:00.000Z')).toBe('02/12/2026 00:30:00');
    expect(frDateTime('2026-12-01T23:30:00.000Z')).toBe('02/12/2026 00:30:00');
  });

  it('renders nothing for an empty date', () => {
    expect(renderToStaticMarkup(createElement(FrDateField, { record: { id: 1, validTo: null }, source: 'validTo' }))).toBe('');
  });

  it('is the only way the screens show dates', () => {
    const src = join(__dirname, '..');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    const offenders = files
      .map((f) => join(src, f))
      .filter(
        (f) =>
          !f.endsWith(join('shared', 'dates.tsx')) && /\bDateField\b/.test(readFileSync(f, 'utf8').replace(/Fr(Date|DateTime)Field/g, '')),
      )
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});

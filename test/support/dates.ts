import type { Locator, Page } from 'playwright-core';

/** The back office's date picker labelled `label` (MUI X: a group of day, month and year sections). */
export const datePicker = (scope: Page | Locator, label: string): Locator => scope.getByRole('group', { name: label, exact: true });

/**
 * Types a date into a picker as a user does: click its day, select the whole date, type `jj/mm/aaaa` (the picker
 * reads it the French way whatever the browser's language, and replaces what was there).
 */
export async function typeDate(scope: Page | Locator, label: string, frenchDate: string): Promise<void> {
  const picker = datePicker(scope, label);
  await picker.getByRole('spinbutton', { name: 'Jour' }).click();
  const keyboard = ('keyboard' in scope ? scope : scope.page()).keyboard;
  await keyboard.press('ControlOrMeta+a');
  await keyboard.type(frenchDate);
}

/** What a picker shows, « 01/01/2022 » (its hidden input holds the formatted text). */
export const dateShown = (scope: Page | Locator, label: string): Promise<string> => datePicker(scope, label).locator('input').inputValue();

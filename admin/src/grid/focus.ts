/**
 * Keyboard focus around the spreadsheet: react-data-grid keeps Tab inside the grid (cell to cell, row to row), a
 * keyboard trap [WCAG 2.1.2, RGAA 12.13]; here Tab on a cell not being edited leaves the grid, as in any form.
 */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type=hidden])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
].join(', ');

/** What Tab reaches in the document, in order: shown, enabled, not taken out of the sequence (tabindex -1). */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[inert], [aria-hidden="true"]'),
  );
}

/**
 * The element Tab (or Shift+Tab, `back`) reaches from `container` when leaving it: the first tabbable after it in
 * the document, or the last one before it. Undefined when there is none (the browser's own controls come next).
 */
export function nextOutside(container: Element, back: boolean, all: HTMLElement[] = tabbables()): HTMLElement | undefined {
  const outside = all.filter((el) => !container.contains(el));
  return back
    ? [...outside].reverse().find((el) => (el.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
    : outside.find((el) => (container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
}

/** Whether the focus was lost: on the page's body, or on a control that just disabled itself (clicked, then busy). */
export function focusLost(active: Element | null = document.activeElement): boolean {
  return !active || active === document.body || (active as HTMLButtonElement).disabled === true;
}

import { tabbable } from 'tabbable';

/**
 * Keyboard focus around the spreadsheet: react-data-grid keeps Tab inside the grid (cell to cell, row to row), a
 * keyboard trap [WCAG 2.1.2, RGAA 12.13]; here Tab on a cell not being edited leaves the grid, as in any form.
 */

/** What Tab can reach (tabbable's type). */
type Focusable = HTMLElement | SVGElement;

/**
 * The element Tab (or Shift+Tab, `back`) reaches from `container` when leaving it: the first tabbable after it in
 * the document, or the last one before it. Undefined when there is none (the browser's own controls come next).
 * What Tab reaches, in its order, is the `tabbable` library's (shown, enabled, not inert, tabindex ≥ 0).
 */
export function nextOutside(container: Element, back: boolean, all: Focusable[] = tabbable(document.body)): Focusable | undefined {
  const outside = all.filter((el) => !container.contains(el));
  return back
    ? [...outside].reverse().find((el) => (el.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
    : outside.find((el) => (container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
}

/** Whether the focus was lost: on the page's body, or on a control that just disabled itself (clicked, then busy). */
export function focusLost(active: Element | null = document.activeElement): boolean {
  return !active || active === document.body || (active as HTMLButtonElement).disabled === true;
}

/**
 * The DSFR's modals (« Paramètres d’affichage », opened from the header or the footer) give the focus back to their
 * first button when they close: react-dsfr's hidden control button (`display: none`), so the focus fell to the
 * page's body. This gives it back to the button that opened the modal [RGAA 12.8]; once, at start.
 */
export function restoreModalFocus(doc: Document = document): void {
  let opener: { button: HTMLElement; modal: Element } | undefined;
  doc.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLElement>('[aria-controls]');
      if (!button) return;
      const modal = doc.getElementById(button.getAttribute('aria-controls') ?? '');
      if (modal?.classList.contains('fr-modal') && !modal.contains(button)) opener = { button, modal };
    },
    true,
  );
  doc.addEventListener('dsfr.conceal', (event) => {
    if (!opener || event.target !== opener.modal) return;
    const { button, modal } = opener;
    opener = undefined;
    // After the DSFR's own attempt, which follows this event.
    setTimeout(() => {
      if (button.isConnected && (focusLost() || modal.contains(doc.activeElement))) button.focus();
    });
  });
}

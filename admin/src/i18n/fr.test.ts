import { describe, expect, it } from 'vitest';
import { frMessages } from './fr';

describe('French messages', () => {
  it('give every resource its own empty state, not react-admin’s « Pas encore de … Voulez-vous en créer un ? »', () => {
    const resources = frMessages.resources as Record<string, { name?: string; empty?: string; invite?: string }>;
    const missing = Object.entries(resources)
      .filter(([, r]) => r.name && (!r.empty || r.invite === undefined))
      .map(([name]) => name);
    expect(missing).toEqual([]);
    expect(resources.candidacies.empty).toBe('Aucune candidature pour l’instant');
  });
});

import { describe, expect, it } from 'vitest';
import { coverageText } from './mission-letter.text';

const CITE = 'Cité administrative, 24 place de la République, 56000 Vannes';
const PORT = 'Site du port, 1 rue du Port, 56100 Lorient';

describe('the mission letter’s « Compétence géographique ou de service » [000, model letter]', () => {
  it('agrees with one establishment: « de l’établissement suivant », « de ce site »', () => {
    expect(coverageText([CITE], ['Préfecture du Morbihan'])).toEqual({
      intro: 'Vous exercerez votre activité au bénéfice des agents de l’établissement suivant :',
      lines: [
        { label: 'Établissement', items: [CITE] },
        { label: 'Service situé', items: ['Préfecture du Morbihan'] },
      ],
      premises: 'et vous aurez libre accès aux locaux de ce site.',
    });
  });

  it('agrees with several: « des établissements suivants », « de ces sites »', () => {
    expect(coverageText([CITE, PORT], ['Préfecture du Morbihan', 'DDTM du Morbihan'])).toEqual({
      intro: 'Vous exercerez votre activité au bénéfice des agents des établissements suivants :',
      lines: [
        { label: 'Établissements', items: [CITE, PORT] },
        { label: 'Services situés', items: ['Préfecture du Morbihan', 'DDTM du Morbihan'] },
      ],
      premises: 'et vous aurez libre accès aux locaux de ces sites.',
    });
  });

  it('names the services when the appointment names no site, with no blank « Établissements : — » line', () => {
    expect(coverageText([], ['Préfecture du Morbihan'])).toEqual({
      intro: 'Vous exercerez votre activité au bénéfice des agents du service suivant :',
      lines: [{ label: 'Service', items: ['Préfecture du Morbihan'] }],
      premises: 'et vous aurez libre accès à ses locaux.',
    });
    const two = coverageText([], ['Préfecture du Morbihan', 'DDTM du Morbihan']);
    expect(two.intro).toBe('Vous exercerez votre activité au bénéfice des agents des services suivants :');
    expect(two.premises).toBe('et vous aurez libre accès à leurs locaux.');
  });

  it('never writes the model’s « (s) » or « du(es) »', () => {
    for (const [sites, services] of [
      [[], ['A']],
      [[CITE], ['A', 'B']],
      [[CITE, PORT], ['A']],
    ]) {
      const text = coverageText(sites, services);
      expect(JSON.stringify(text)).not.toMatch(/\((e?s)\)/);
    }
  });
});

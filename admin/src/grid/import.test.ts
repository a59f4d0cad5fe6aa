import { describe, expect, it } from 'vitest';
import { exportTable, guessMapping, importReport, importRows, loadMapping, saveMapping } from './import';
import type { ReferenceTarget } from './model';
import { parseCsv, parseXlsx, readTable, toCsv, toXlsx } from './table-io';
import { agentColumns, t } from './testing';

const columns = agentColumns();
const names = new Map([['s1', { key: 'PREF-35', label: 'PREF-35 – Préfecture' }]]);
const rows = [
  {
    key: 'a1',
    id: 'a1',
    version: 4,
    values: {
      registrationNumber: 'M1',
      lastName: 'Martin; fils',
      email: null,
      status: 'TITULAIRE',
      serviceId: 's1',
      validFrom: '2020-01-31',
      active: true,
    },
  },
];
const fetch = async (_: ReferenceTarget, texts: string[]) => texts.map(() => [{ id: 's1', code: 'PREF-35', name: 'Préfecture' }]);
const HEADER = ['Identifiant', 'Version', 'Matricule', 'Nom', 'Courriel', 'Statut', 'Service', 'Valide du', 'Actif'];

describe('export', () => {
  it('writes the grid’s columns with French labels and texts, references by key, plus id and version', () => {
    expect(exportTable('agents', columns, rows, t, names)).toEqual([
      HEADER,
      ['a1', '4', 'M1', 'Martin; fils', '', 'Titulaire', 'PREF-35', '31/01/2020', 'Oui'],
    ]);
  });

  it('round-trips through CSV (semicolons, BOM) and XLSX', async () => {
    const table = exportTable('agents', columns, rows, t, names);
    const csv = toCsv(table);
    expect(csv.startsWith('\ufeffIdentifiant;Version;')).toBe(true);
    expect(parseCsv(csv)).toEqual(table);
    expect(await parseXlsx(await toXlsx(table, 'Agents'))).toEqual(table);
    expect(await readTable('export.CSV', new TextEncoder().encode(csv).buffer as ArrayBuffer)).toEqual(table);
    await expect(readTable('export.pdf', new ArrayBuffer(0))).rejects.toThrow('Format de fichier non pris en charge');
  });
});

describe('import', () => {
  it('maps headers by label or field name, and remembers a mapping per resource', () => {
    expect(guessMapping('agents', ['identifiant', 'NOM', 'validFrom', 'Commentaire'], columns, t)).toEqual({
      identifiant: 'id',
      NOM: 'lastName',
      validFrom: 'validFrom',
      Commentaire: '',
    });
    expect(guessMapping('agents', ['Nom de famille'], columns, t, { 'Nom de famille': 'lastName' })).toEqual({
      'Nom de famille': 'lastName',
    });
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveMapping(storage, 'agents', { 'Nom de famille': 'lastName' });
    expect(loadMapping(storage, 'agents')).toEqual({ 'Nom de famille': 'lastName' });
    expect(loadMapping(storage, 'services')).toEqual({});
  });

  it('turns lines into rows (update with id and version, else create) and reports by line and column', async () => {
    const table = [
      HEADER,
      ['a1', '4', 'M1', 'Martin', '', 'Titulaire', 'PREF-35', '31/01/2020', 'Oui'],
      ['', '', '', '', '', '', '', '', ''],
      ['', '', 'M2', 'Durand', 'durand@interieur.gouv.fr', 'Chef', 'PREF-35', '30/02/2020', 'non'],
      ['a3', '', 'M3', 'Petit', '', 'Stagiaire', '', '', ''],
    ];
    const mapping = guessMapping('agents', HEADER, columns, t);
    const sent = await importRows(table, mapping, columns, t, fetch);
    expect(sent.map((r) => [r.key, r.id, r.version])).toEqual([
      ['ligne-2', 'a1', 4],
      ['ligne-4', undefined, undefined],
      ['ligne-5', 'a3', undefined],
    ]);
    expect(sent[0].values).toEqual({
      registrationNumber: 'M1',
      lastName: 'Martin',
      email: null,
      status: 'TITULAIRE',
      serviceId: 's1',
      validFrom: '2020-01-31',
      active: true,
    });
    expect(sent[1].values).toEqual({
      registrationNumber: 'M2',
      lastName: 'Durand',
      email: 'durand@interieur.gouv.fr',
      serviceId: 's1',
      active: false,
    });
    const report = importReport(
      'agents',
      sent,
      [
        {
          index: 0,
          id: 'a1',
          violations: [{ field: 'version', code: 'STALE_VERSION', message: 'Agent modifié entre-temps.', severity: 'ERROR' }],
        },
        { index: 1, id: null, violations: [{ field: 'firstName', code: 'REQUIRED', message: 'Prénom obligatoire.', severity: 'ERROR' }] },
      ],
      t,
    );
    expect(report).toEqual([
      { line: 2, column: 'Version', message: 'Agent modifié entre-temps.', severity: 'ERROR' },
      { line: 4, column: 'Statut', message: '« Chef » : valeurs possibles : Titulaire, Stagiaire, Contractuel.', severity: 'ERROR' },
      { line: 4, column: 'Valide du', message: '« 30/02/2020 » n’est pas une date valide (jj/mm/aaaa).', severity: 'ERROR' },
      { line: 4, column: 'Prénom', message: 'Prénom obligatoire.', severity: 'ERROR' },
      {
        line: 5,
        column: 'Version',
        message: 'La colonne « Version » est nécessaire pour modifier un enregistrement existant (exportez-le d’abord).',
        severity: 'ERROR',
      },
    ]);
  });
});

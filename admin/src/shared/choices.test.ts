import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../dataProvider/schema';
import { schemaEnums } from '../gql/enums';
import { i18nProvider } from '../i18n/i18nProvider';
import { choices, type EnumName } from './choices';
import { budgetProgrammeChoices } from './networkChoices';

const valuesInSchema = (name: string) => {
  const type = schema.getType(name);
  return isEnumType(type) ? type.getValues().map((v) => v.name) : undefined;
};

describe('choices', () => {
  it('are the values of the enum in the schema the back office loads, in its order', () => {
    const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__'));
    expect(Object.keys(schemaEnums).sort()).toEqual(enums.map((t) => t.name).sort());
    for (const name of Object.keys(schemaEnums) as EnumName[]) {
      expect(choices(name).map((c) => c.id)).toEqual(valuesInSchema(name));
    }
    // The order the API declares (the central administration first), not the alphabet of the codes.
    expect(
      choices('ServiceKind')
        .slice(0, 3)
        .map((c) => c.id),
    ).toEqual(['ADMINISTRATION_CENTRALE', 'PREFECTURE', 'SOUS_PREFECTURE']);
  });

  it('are named by their French label key', () => {
    const [first] = choices('ServiceKind');
    expect(first).toEqual({ id: 'ADMINISTRATION_CENTRALE', name: 'enums.ServiceKind.ADMINISTRATION_CENTRALE' });
    expect(i18nProvider.translate(first.name)).toBe('Administration centrale');
  });

  it('take a subset as a filter over the schema values, in the schema order', () => {
    expect(choices('Population', { only: ['OTHER_ADMINISTRATION', 'POLICE_ACTIVE'] }).map((c) => c.id)).toEqual([
      'POLICE_ACTIVE',
      'OTHER_ADMINISTRATION',
    ]);
    expect(choices('Population', { except: ['GENDARMERIE_MILITARY'] }).map((c) => c.id)).not.toContain('GENDARMERIE_MILITARY');
    expect(choices('Population', { except: ['GENDARMERIE_MILITARY'] })).toHaveLength(4);
  });

  it('refuse, at type-checking, an enum or a value the schema does not have', () => {
    // @ts-expect-error -- not a value of ServiceKind (`pnpm -r typecheck` fails if this line type-checks)
    expect(choices('ServiceKind', { only: ['MAIRIE'] })).toEqual([]);
    // @ts-expect-error -- not an enum of the schema
    expect(() => choices('ServiceKinds')).toThrow();
  });

  it('take the lists the schema states beside an enum: workflow steps, budget programmes', () => {
    const translate = (key: string) => i18nProvider.translate(key);
    expect(choices('WorkflowStep').map((c) => translate(c.name))).toContain('Adoption par arrêté');
    expect(budgetProgrammeChoices).toEqual([
      { id: 216, name: 'Programme 216' },
      { id: 307, name: 'Programme 307' },
    ]);
  });
});

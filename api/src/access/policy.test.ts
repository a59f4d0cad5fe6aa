import 'reflect-metadata';
import { GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema';
import { entities } from '../mikro-orm.config';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../mikro-orm.config';
import { hiddenTypes, PERSONAL_FIELDS, referenceMayBeHidden, RESTRICTED_FIELDS, SCOPED, withheldFields, WRITABLE } from './policy';
import { Role } from './roles';

describe('access policy', () => {
  it('names only real types and fields, and withholds only nullable fields (a withheld field reads null)', async () => {
    const schema = await createSchema();
    for (const [type, fields] of Object.entries({ ...RESTRICTED_FIELDS, ...PERSONAL_FIELDS })) {
      const object = schema.getType(type);
      expect(object).toBeInstanceOf(GraphQLObjectType);
      for (const field of Object.keys(Array.isArray(fields) ? Object.fromEntries(fields.map((f) => [f, 1])) : fields)) {
        expect((object as GraphQLObjectType).getFields()[field], `${type}.${field}`).toBeDefined();
      }
    }
    for (const [type, fields] of Object.entries(RESTRICTED_FIELDS)) {
      for (const field of Object.keys(fields)) {
        expect((schema.getType(type) as GraphQLObjectType).getFields()[field].type, `${type}.${field}`).not.toBeInstanceOf(GraphQLNonNull);
      }
    }
  });

  it('scopes and grants writes on entities that exist', () => {
    const names = new Set(entities.map((e) => e.name));
    for (const name of Object.keys(SCOPED)) expect(names.has(name), name).toBe(true);
    for (const list of Object.values(WRITABLE)) if (list !== '*') for (const name of list) expect(names.has(name), name).toBe(true);
  });

  it('makes nullable every reference a caller may be unable to follow (it is withheld, not an error)', async () => {
    const schema = await createSchema();
    const orm = await MikroORM.init({ ...ormConfig('postgresql://nobody@127.0.0.1:1/none'), connect: false });
    const mustBeNullable: string[] = [];
    let hidden = 0;
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      const type = schema.getType(meta.className);
      if (!(type instanceof GraphQLObjectType)) continue;
      for (const prop of meta.relations) {
        const field = type.getFields()[prop.name];
        if (prop.kind !== 'm:1' || !field || !referenceMayBeHidden(meta.className, prop.name, prop.targetMeta!.className)) continue;
        hidden++;
        if (field.type instanceof GraphQLNonNull) mustBeNullable.push(`${meta.className}.${prop.name}`);
      }
    }
    await orm.close();
    expect(mustBeNullable).toEqual([]);
    // The rule is not vacuous: a partner's time allocation may point to an assignment it cannot read.
    expect(referenceMayBeHidden('TimeAllocation', 'assignment', 'PostAssignment')).toBe(true);
    expect(referenceMayBeHidden('ServiceSite', 'service', 'Service')).toBe(false);
    expect(referenceMayBeHidden('ConventionScope', 'convention', 'Convention')).toBe(false);
    expect(hidden).toBeGreaterThan(5);
  });
});

describe('the types a role never reads (the back office leaves their screens out)', () => {
  it('are those refused to the role, and for a partner ministry those scoped by a department', () => {
    expect(hiddenTypes(Role.NATIONAL_ADMIN)).toEqual([]);
    expect(hiddenTypes(Role.ANALYST)).toEqual(['AccessGrant', 'AuditEntry']);
    expect(hiddenTypes(Role.REGIONAL_CTR)).toEqual(['AccessGrant', 'NationalSynthesisReport']);
    const partner = hiddenTypes(Role.PARTNER_MINISTRY);
    expect(partner).toEqual(
      expect.arrayContaining(['AccessGrant', 'AuditEntry', 'Commission', 'ImplantationMap', 'Appointment', 'SupportProfessional']),
    );
    // What its conventions show it: the conventions themselves, and the services, agents and posts they cover.
    for (const seen of ['Convention', 'TimeAllocation', 'Service', 'Agent', 'SocialWorkerPost']) expect(partner).not.toContain(seen);
  });
});

describe('the fields a role reads as null (the back office does not ask the indicators that read them)', () => {
  it('are the restricted fields of the role, as Type.field', () => {
    expect(withheldFields(Role.NATIONAL_ADMIN)).toEqual([]);
    expect(withheldFields(Role.ANALYST)).toEqual([
      'Agent.email',
      'Agent.mobilityPlanDate',
      'Agent.mobilityPlanKind',
      'Agent.phone',
      'Appointment.mobilityAcknowledgedReason',
      'Candidacy.mobilityPlanDateAtFiling',
      'Candidacy.mobilityPlanKindAtFiling',
    ]);
    expect(withheldFields(Role.PARTNER_MINISTRY)).toContain('Agent.mobilityPlanDate');
    expect(withheldFields(Role.PARTNER_MINISTRY)).not.toContain('Agent.email');
  });
});

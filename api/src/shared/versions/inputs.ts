import { Field } from 'type-graphql';
import { DateScalar } from '../scalars';

/** `effectiveDate` of a versioned record's input (shared/versions/dated-edit.ts), its description naming the dated fields. */
export const EffectiveDateField = (fields: string): PropertyDecorator =>
  Field(() => DateScalar, {
    nullable: true,
    description: `Date d’effet des changements de ${fields} : ils valent à partir de ce jour (par défaut : aujourd’hui) ; une version ultérieure garde ses propres changements.`,
  });

/** `effectiveUntil`: with the effective date, the correction of a past period. */
export const EffectiveUntilField = (): PropertyDecorator =>
  Field(() => DateScalar, {
    nullable: true,
    description:
      'Avec la date d’effet : la correction d’une période passée, les valeurs données valant de la date d’effet à ce jour inclus (les versions suivantes inchangées).',
  });

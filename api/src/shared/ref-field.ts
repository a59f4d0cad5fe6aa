import type { ClassType } from 'type-graphql';
import { Field, UseMiddleware } from 'type-graphql';
import type { Context } from '../context';

/**
 * A GraphQL field over a MikroORM many-to-one: the entity holds only a reference (its id),
 * so the field initialises it through the request's batching loader (one query per type and level).
 */
export function RefField(type: () => ClassType, options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  return (target, key) => {
    Field(type, options)(target, key);
    UseMiddleware(async ({ context }: { context: Context }, next: () => Promise<unknown>) => context.loaders.reference((await next()) as { id: string } | null))(target, key);
  };
}

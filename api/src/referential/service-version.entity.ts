import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';
import { Department } from './department.entity';
import { ServiceKind } from './enums';
import { Service } from './service.entity';

/**
 * A dated version of a service's attributes that change in its life (name, kind, place in the tree, department,
 * exclusion from the network): issue 17 item 1, shared/versions/. `valid` is a PostgreSQL `daterange`.
 */
@Entity()
export class ServiceVersion extends BaseEntity {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Property({ type: 'string', columnType: 'daterange' })
  valid!: string;

  @Property({ type: 'string' })
  name!: string;

  @Enum({ items: () => ServiceKind })
  kind!: ServiceKind;

  @ManyToOne(() => Service, { nullable: true, index: true, deleteRule: 'set null' })
  parent: Service | null = null;

  @ManyToOne(() => Department, { nullable: true, index: true, deleteRule: 'set null' })
  department: Department | null = null;

  @Property({ type: 'boolean', default: false })
  excludedFromNetwork: Opt<boolean> = false;
}

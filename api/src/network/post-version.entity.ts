import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Service } from '../referential/service.entity';
import { BaseEntity } from '../shared/base.entity';
import { PostKind } from './enums';
import { SocialWorkerPost } from './social-worker-post.entity';

/** A dated version of a post's kind and administrative residence (issue 17 item 1, shared/versions/). */
@Entity({ tableName: 'social_worker_post_version' })
export class PostVersion extends BaseEntity {
  @ManyToOne(() => SocialWorkerPost, { deleteRule: 'cascade' })
  post!: SocialWorkerPost;

  @Property({ type: 'string', columnType: 'daterange' })
  valid!: string;

  @Enum({ items: () => PostKind })
  kind!: PostKind;

  @ManyToOne(() => Service, { index: true })
  residence!: Service;
}

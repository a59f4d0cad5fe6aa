import { Migration } from '@mikro-orm/migrations';

/** The text search of the posts' qualification requirements (their legal basis), indexed like every searchable field. */
export class Migration20261201102500_QualificationSearch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "post_qualification_legal_basis_search" on "post_qualification" using gin (immutable_unaccent("legal_basis") gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "post_qualification_legal_basis_search";`);
  }
}

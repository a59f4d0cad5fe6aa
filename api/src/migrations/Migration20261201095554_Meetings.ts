import { Migration } from '@mikro-orm/migrations';

export class Migration20261201095554_Meetings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "information_meeting" add column "authority" text check ("authority" in ('SECRETARY_GENERAL', 'POLICE', 'GENDARMERIE', 'PREFECT')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "information_meeting" drop column "authority";`);
  }

}

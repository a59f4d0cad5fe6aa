import 'reflect-metadata';
import { Agent } from '../src/referential/agent.entity';
import { Service } from '../src/referential/service.entity';
import { openNationalDatabase } from './national-database';

openNationalDatabase()
  .then(async ({ orm, close }) => {
    const em = orm.em.fork();
    console.log(`registre_national : ${await em.count(Service, {})} services, ${await em.count(Agent, {})} agents.`);
    await close();
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });

import { useMemo } from 'react';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { expireSession, getToken, type Me } from '../auth/session';
import { signOut } from '../auth/sign-out';
import { schema } from '../dataProvider/schema';
import { explorerText as t } from '../i18n/fr-explorer';
import { roleNames } from '../i18n/fr-roles';
import { sessionFetcher } from './fetcher';
import { EXAMPLE_OPERATIONS, operationsFor } from './operations';

const EXPLORER = '/explorer/';

/**
 * GraphiQL on the committed schema (`schema/schema.graphql`, bundled): no introspection request, so it works in
 * production where introspection is off, and its docs are the schema's descriptions (the error codes included).
 */
export const Explorer = ({ me }: { me: Me }) => {
  const fetcher = useMemo(() => sessionFetcher(getToken, () => expireSession(EXPLORER)), []);
  const tabs = useMemo(() => operationsFor(me.role, EXAMPLE_OPERATIONS).map(({ query, variables }) => ({ query, variables })), [me.role]);
  const leave = () => signOut().then(() => window.location.assign('/admin/#/login'));
  return (
    <div className="explorer">
      <header className="explorer-bar">
        <strong>{t('title')}</strong>
        <span>{t('signedInAs', { name: me.name ?? me.subject, role: roleNames[me.role] ?? me.role })}</span>
        <a href="/admin/">{t('backOffice')}</a>
        <button type="button" onClick={() => void leave()}>
          {t('signOut')}
        </button>
      </header>
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        defaultTabs={tabs}
        defaultEditorToolsVisibility="variables"
        isHeadersEditorEnabled={false}
      />
    </div>
  );
};

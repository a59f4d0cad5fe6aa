/** Words of the explorer (/explorer/): a page outside react-admin, hence a plain object. */
export const explorerMessages = {
  title: 'Explorateur de l’API GraphQL',
  signedInAs: 'Connecté : %{name} (%{role})',
  backOffice: 'Back office',
  signOut: 'Se déconnecter',
  loading: 'Chargement de l’explorateur…',
  expired: 'Session expirée : reconnectez-vous.',
};

export const explorerText = (key: keyof typeof explorerMessages, values: Record<string, string> = {}) =>
  explorerMessages[key].replace(/%\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

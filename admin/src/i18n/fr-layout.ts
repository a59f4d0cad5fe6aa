/** The texts of the frame around every page: header, footer, skip links, menu groups, home page. */
export const layoutMessages = {
  app: {
    layout: {
      tagline: 'Ministère de l’Intérieur',
      home: 'Accueil – %{title}',
      footer:
        'Registre du réseau de l’action sociale du ministère de l’Intérieur : organisation, correspondants de l’action sociale, commissions, service social et conventions.',
      skipLinks: 'Accès rapide',
      skipToContent: 'Contenu',
      skipToMenu: 'Menu',
      menu: 'Menu',
    },
    home: {
      title: 'Accueil',
      welcome: 'Connecté : %{name}. Rôle : %{role}.',
      perimeter: 'Périmètre : %{perimeter}.',
      attention: 'À traiter',
      tasks: 'Vos tâches',
      error: 'Les indicateurs n’ont pas pu être lus : %{message}',
      uncovered: 'service sans correspondant effectif |||| services sans correspondant effectif',
      unsignedLetters: 'nomination sans lettre de mission signée |||| nominations sans lettre de mission signée',
      withoutTraining: 'correspondant sans formation initiale |||| correspondants sans formation initiale',
      broken: 'correspondant dont les conditions ne sont plus remplies |||| correspondants dont les conditions ne sont plus remplies',
      mobility: 'projet de mobilité déclaré après la nomination |||| projets de mobilité déclarés après la nomination',
      noMeeting: 'périmètre sans réunion d’information annuelle |||| périmètres sans réunion d’information annuelle',
      vacantPosts: 'poste d’assistant de service social vacant |||| postes d’assistant de service social vacants',
      unbalancedAllocations:
        'affectation dont les parts de temps ne totalisent pas 1 |||| affectations dont les parts de temps ne totalisent pas 1',
      missingReports: 'rapport d’activité d’ASS de %{year} non remis |||| rapports d’activité d’ASS de %{year} non remis',
      exOfficio: 'ASS à faire siéger de droit à sa CLAS |||| ASS à faire siéger de droit à leur CLAS',
      selection:
        'Liste restreinte à la fiche signalée sur la page d’accueil. |||| Liste restreinte aux %{smart_count} fiches signalées sur la page d’accueil.',
      showAll: 'Afficher toute la liste',
    },
    indicators: { service: 'Service', correspondents: 'Correspondants' },
    ratio: {
      allRegions: 'Toutes les régions',
      regionAxis: 'Région',
      department: 'Département',
      error: 'Le ratio n’a pas pu être lu : %{message}',
    },
    dates: { invalid: 'Date incomplète ou impossible : saisissez-la en jj/mm/aaaa.' },
    numbers: { invalid: 'Nombre invalide : par exemple « 0,55 » ou « 1 000 ».' },
    menu: {
      groups: {
        referential: 'Référentiel',
        correspondents: 'Correspondants',
        commissions: 'Commissions',
        network: 'Réseau et conventions',
        steering: 'Pilotage',
        administration: 'Administration',
      },
    },
  },
};

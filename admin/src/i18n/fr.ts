import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { gridMessages } from '../grid/messages';
import { networkApp, networkEnums, networkResources } from './fr-network';
import { auditMessages } from './fr-audit';
import { correspondentsMessages } from './fr-correspondents';
import { layoutMessages } from './fr-layout';
import { roleNames } from './fr-roles';
import { emptyPage, emptyResources } from './fr-empty';

const common = {
  id: 'Identifiant',
  version: 'Version',
  createdAt: 'Créé le',
  updatedAt: 'Modifié le',
  code: 'Code',
  name: 'Nom',
  validFrom: 'Valide du',
  validTo: 'Valide jusqu’au',
  q: 'Recherche',
  asOf: 'À la date du',
};

/** Our keys, merged over ra-language-french. */
const appMessages = {
  resources: {
    regions: {
      name: 'Région |||| Régions',
      fields: { ...common, overseas: 'Outre-mer' },
    },
    departments: {
      name: 'Département |||| Départements',
      fields: { ...common, regionId: 'Région' },
    },
    ministries: {
      name: 'Ministère |||| Ministères',
      fields: { ...common, interior: 'Ministère de l’Intérieur' },
    },
    'overseas-collectivities': {
      name: 'Collectivité d’outre-mer |||| Collectivités d’outre-mer',
      fields: { ...common },
    },
    services: {
      name: 'Service |||| Services',
      fields: {
        ...common,
        kind: 'Type',
        parentId: 'Service parent',
        departmentId: 'Département',
        overseasCollectivityId: 'Collectivité d’outre-mer',
        designatingAuthority: 'Autorité de désignation',
        ministryId: 'Ministère',
        excludedFromNetwork: 'Hors réseau',
        effectiveDate: 'Date d’effet',
        effectiveUntil: 'Jusqu’au (inclus)',
        versions: 'Versions',
        rootsOnly: 'Services racines uniquement',
        ancestors: 'Rattachement',
        children: 'Services rattachés',
        sites: 'Sites',
        headcounts: 'Effectifs',
      },
    },
    agents: {
      name: 'Agent |||| Agents',
      fields: {
        ...common,
        registrationNumber: 'Matricule',
        firstName: 'Prénom',
        lastName: 'Nom',
        email: 'Courriel',
        phone: 'Téléphone',
        grade: 'Grade',
        corps: 'Corps',
        category: 'Catégorie',
        status: 'Statut',
        population: 'Population',
        employingMinistryId: 'Ministère employeur',
        serviceId: 'Service',
        active: 'Actif',
        mobilityPlanDate: 'Date de mobilité prévue',
        mobilityPlanKind: 'Type de mobilité prévue',
        affectationDate: 'Date d’effet de la nouvelle affectation',
        effectiveDate: 'Date d’effet',
        effectiveUntil: 'Jusqu’au (inclus)',
        versions: 'Versions',
        affectations: 'Affectations',
        service: 'Service',
      },
    },
    'service-sites': {
      name: 'Site |||| Sites',
      fields: {
        ...common,
        serviceId: 'Service',
        label: 'Libellé',
        address: 'Adresse',
        postalCode: 'Code postal',
        city: 'Commune',
      },
    },
    // Who may sign in through the OpenID provider, with which role and perimeter; its labels also name the export's columns.
    'access-grants': {
      name: 'Habilitation |||| Habilitations',
      fields: {
        ...common,
        kind: 'Type de compte',
        subject: 'Identifiant chez le fournisseur',
        label: 'Titulaire',
        role: 'Rôle',
        perimeter: 'Périmètre',
      },
      helpers: {
        subject: 'Le « sub » d’une personne, ou le « client_id » d’un script, tel que le fournisseur d’identité les émet.',
        perimeter:
          'Codes INSEE des départements (administrateur départemental), des régions (CTR), ou code du ministère partenaire ; vide pour un rôle national.',
      },
    },
    'personal-data-accesses': {
      name: 'Accès aux données personnelles |||| Journal des accès aux données personnelles',
      fields: {
        at: 'Date',
        actor: 'Utilisateur',
        role: 'Rôle',
        entityName: 'Type',
        entityId: 'Personne (identifiant)',
        entityIds: 'Personnes concernées',
        fields: 'Champs lus',
        requestId: 'Requête',
      },
    },
    'service-headcounts': {
      name: 'Effectif |||| Effectifs',
      fields: {
        ...common,
        serviceId: 'Service',
        population: 'Population',
        count: 'Nombre d’agents',
      },
    },
    ...networkResources,
    'audit-entries': {
      name: 'Entrée d’historique |||| Historique',
      fields: {
        at: 'Date',
        actor: 'Auteur',
        requestId: 'Requête',
        action: 'Action',
        changes: 'Modifications',
        before: 'Avant',
        after: 'Après',
      },
    },
  },
  enums: {
    GrantKind: { USER: 'Personne', CLIENT: 'Script (identifiant client)' },
    ServiceKind: {
      ADMINISTRATION_CENTRALE: 'Administration centrale',
      PREFECTURE: 'Préfecture',
      SOUS_PREFECTURE: 'Sous-préfecture',
      POLICE: 'Police',
      GENDARMERIE_CIVIL: 'Gendarmerie (personnels civils)',
      DDI: 'Direction départementale interministérielle',
      SGAMI: 'SGAMI',
      SCHOOL: 'École',
      NATIONAL_SERVICE: 'Service à compétence nationale',
      OTHER: 'Autre',
    },
    DesignatingAuthority: {
      SECRETARY_GENERAL: 'Secrétaire général',
      POLICE: 'DRHFSPN (police)',
      GENDARMERIE: 'DRH de la gendarmerie',
      PREFECT: 'Préfet',
    },
    AgentCategory: { A: 'Catégorie A', B: 'Catégorie B', C: 'Catégorie C' },
    AgentStatus: { TITULAIRE: 'Titulaire', STAGIAIRE: 'Stagiaire', CONTRACTUEL: 'Contractuel' },
    Population: {
      POLICE_ACTIVE: 'Police (actifs)',
      ADMINISTRATIVE_TECHNICAL_SCIENTIFIC: 'Personnels administratifs, techniques et scientifiques',
      GENDARMERIE_CIVIL: 'Gendarmerie (civils)',
      GENDARMERIE_MILITARY: 'Gendarmerie (militaires, hors réseau)',
      OTHER_ADMINISTRATION: 'Autres administrations (DDI)',
    },
    MobilityPlanKind: {
      TRANSFER: 'Mutation',
      SECONDMENT: 'Détachement',
      END_OF_CONTRACT: 'Fin de contrat',
    },
    AuditAction: { CREATE: 'Création', UPDATE: 'Modification', DELETE: 'Suppression' },
    Role: roleNames,
    Severity: { ERROR: 'Erreur', WARNING: 'Avertissement' },
    EtpGrouping: {
      SERVICE: 'Par service',
      DEPARTMENT: 'Par département',
      REGION: 'Par région',
      PARTNER_MINISTRY: 'Par ministère partenaire',
    },
    ...networkEnums,
  },
  app: {
    ...networkApp,
    title: 'Registre de l’action sociale',
    login: {
      title: 'Connexion au registre',
      account: 'Compte de démonstration',
      password: 'Mot de passe',
      demoHint: 'Base de démonstration : un compte par type d’utilisateur (mot de passe DEMO_PASSWORD, « demo » par défaut).',
      oidcHint:
        'Connexion par le fournisseur d’identité de l’État (%{issuer}) : votre accès au registre est ouvert par l’administration nationale.',
      withProvider: 'Se connecter avec le fournisseur d’identité',
      token: 'Jeton d’accès (JWT)',
      tokenHint: 'Ou collez un jeton (par exemple produit par « pnpm run token »).',
      submit: 'Se connecter',
    },
    notFound: {
      title: 'Page non trouvée',
      code: 'Erreur 404',
      lead: 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
      body: 'Si vous avez tapé l’adresse dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible, ou votre rôle ne vous y donne pas accès : reprenez depuis l’accueil ou le menu.',
      home: 'Page d’accueil',
    },
    noAccess: {
      title: 'Vous n’avez pas accès à cette page',
      code: 'Accès refusé',
      lead: 'Votre rôle ne vous donne pas accès à cette page.',
      leadRole: 'Votre rôle (%{role}) ne vous donne pas accès à cette page.',
      body: 'Le menu présente les pages que votre rôle permet d’ouvrir. Si votre mission demande cet accès, adressez-vous à l’administration nationale, qui ouvre les accès au registre.',
      home: 'Page d’accueil',
    },
    roles: roleNames,
    grid: gridMessages,
    export: { button: 'Exporter', csv: 'CSV (tableur, séparateur « ; »)', xlsx: 'Excel (XLSX)', done: 'Export téléchargé : %{file}' },
    menu: {
      referential: 'Référentiels',
      network: 'Réseau',
      supervision: 'Contrôle',
      socialService: 'Service social',
    },
    action: {
      deactivate: 'Désactiver',
      excludeFromNetwork: 'Exclure du réseau',
    },
    tabs: {
      summary: 'Fiche',
      structure: 'Organisation',
      sites: 'Sites',
      headcounts: 'Effectifs',
      agents: 'Agents',
      history: 'Historique',
      affectations: 'Affectations',
      versions: 'Versions',
    },
    audit: auditMessages,
    service: {
      root: 'Service racine (sans parent)',
      noChildren: 'Aucun service rattaché.',
      addSite: 'Ajouter un site',
      addHeadcount: 'Ajouter un effectif',
    },
    versions: {
      effectiveDateHelper:
        'Date à laquelle les changements des champs datés (nom, rattachement, grade…) prennent effet ; par défaut, aujourd’hui.',
      from: 'Du',
      to: 'Au',
      changes: 'Ce qui change',
      recordedBy: 'Enregistrée par',
      recordedAt: 'Enregistrée le',
      origin: 'Début',
      open: 'En cours',
      none: 'Aucune version enregistrée.',
      unknownActor: 'Système (reprise des données)',
      correct: 'Corriger',
      correctTitle: 'Corriger la version du %{from} au %{to}',
      correctHelp:
        'Les valeurs saisies valent de la date d’effet à la date « jusqu’au » incluses ; les versions suivantes ne changent pas. La correction est vérifiée et inscrite à l’historique.',
      corrected: 'Version corrigée.',
    },
    agent: {
      affectationDateHelper:
        'En cas de changement de service : date à laquelle la nouvelle affectation prend effet (par défaut, aujourd’hui).',
      noAffectation: 'Aucune affectation enregistrée.',
    },
    validation: {
      validToBeforeValidFrom: 'La date de fin doit être postérieure à la date de début.',
      postalCode: 'Code postal à cinq chiffres.',
    },
  },
};

/** Deep merge of the modules' messages (each module keeps its texts in its own file). */
const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => {
      const [x, y] = [a[k], b[k]];
      return [
        k,
        x && y && typeof x === 'object' && typeof y === 'object'
          ? merge(x as Record<string, unknown>, y as Record<string, unknown>)
          : (y ?? x),
      ];
    }),
  );

/**
 * react-admin's own fallback for a list without words of its own (« Pas encore de … ») replaced too, and the titles of
 * its bulk confirmations: the French pack's « Modifier %{name} %{recordRepresentation} » is given no record (the
 * placeholder showed as is) and « Supprimer agent » reads wrong.
 */
const raPage = {
  ra: {
    page: emptyPage,
    message: {
      bulk_update_title: 'Modifier la fiche sélectionnée |||| Modifier les %{smart_count} fiches sélectionnées',
      bulk_delete_title: 'Supprimer la fiche sélectionnée |||| Supprimer les %{smart_count} fiches sélectionnées',
    },
  },
};

export const frMessages: TranslationMessages = merge(
  frenchMessages as unknown as Record<string, unknown>,
  ([appMessages, correspondentsMessages, layoutMessages, { resources: emptyResources }, raPage] as Record<string, unknown>[]).reduce(merge),
) as unknown as TranslationMessages;

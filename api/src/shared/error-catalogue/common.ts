import type { ErrorEntries } from './entry';

/** Codes of the shared mechanisms (CRUD, lists, bulk saves, access, database constraints, query limits). */
export const commonErrors = {
  REQUIRED: {
    category: 'VALIDATION_FAILED',
    message: 'Le champ « {champ} » est obligatoire.',
    meaning:
      'Un champ obligatoire de l’enregistrement est vide ou absent (les entrées listent tous les champs comme facultatifs : absent = inchangé, `null` = effacé).',
    fix: 'Renseignez le champ nommé par `extensions.field`.',
  },
  NOT_FOUND: {
    category: 'NOT_FOUND',
    message: '{type} introuvable (identifiant {id}).',
    meaning: 'Aucun enregistrement de ce type n’a cet identifiant, ou il est hors de votre périmètre (pour vous, il n’existe pas).',
    fix: 'Vérifiez l’identifiant (lisez-le dans une liste) et le périmètre de votre rôle (`me`).',
  },
  STALE_VERSION: {
    category: 'CONFLICT',
    message: '{type} modifié par quelqu’un d’autre entre-temps (version {lue} lue, version {actuelle} en base) : rechargez-le.',
    meaning: 'Verrouillage optimiste : la `version` envoyée n’est plus celle de l’enregistrement ; la modification n’a pas été appliquée.',
    fix: 'Relisez l’enregistrement (dans un enregistrement groupé, `current` le donne), reportez vos changements et renvoyez-les avec la nouvelle version.',
  },
  DUPLICATE: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » : la valeur « {valeur} » est déjà utilisée.',
    meaning:
      'La valeur doit être unique (code, numéro, année de rapport…) et un autre enregistrement l’a déjà, en base ou plus haut dans le même lot.',
    fix: 'Choisissez une autre valeur, ou modifiez l’enregistrement existant au lieu d’en créer un.',
  },
  UNIQUE: {
    category: 'VALIDATION_FAILED',
    message: 'Cette valeur est déjà utilisée par un autre enregistrement.',
    meaning:
      'Une contrainte d’unicité de la base a refusé l’écriture (cas que les règles n’ont pas vu, par exemple deux écritures simultanées).',
    fix: 'Rechargez les données, puis choisissez une autre valeur.',
  },
  REFERENCE_UNKNOWN: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » : aucune valeur « {id} » dans le référentiel.',
    meaning: 'Un champ `…Id` désigne un enregistrement qui n’existe pas (ou hors de votre périmètre).',
    fix: 'Choisissez une valeur existante : lisez son identifiant dans la liste du type référencé.',
  },
  IN_USE: {
    category: 'VALIDATION_FAILED',
    message: 'Cet enregistrement est encore utilisé par d’autres enregistrements : retirez-les d’abord, ou fermez-le avec une date de fin.',
    meaning: 'La suppression est refusée par la base : d’autres enregistrements y font référence.',
    fix: 'Supprimez ou rattachez ailleurs les enregistrements qui le référencent, ou fermez-le avec une date de fin (l’historique est conservé).',
  },
  DATE_RANGE: {
    category: 'VALIDATION_FAILED',
    message: 'La date de fin ({fin}) précède la date de début ({début}).',
    meaning: 'Une période de validité finit avant de commencer (les deux bornes sont incluses).',
    fix: 'Corrigez `validFrom` ou `validTo`.',
  },
  DATE_ORDER: {
    category: 'VALIDATION_FAILED',
    message: 'La date « {champ} » doit suivre {étape précédente}.',
    meaning: 'Les étapes d’une procédure se suivent dans le temps (signature après nomination, rapport présenté après son année…).',
    fix: 'Corrigez la date nommée par `extensions.field` pour qu’elle suive l’étape précédente.',
  },
  NEGATIVE: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » ne peut pas être négatif.',
    meaning: 'Un effectif, un nombre ou un quota est négatif.',
    fix: 'Saisissez une valeur positive ou nulle.',
  },
  FRACTION_RANGE: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » doit être compris entre 0 (exclu) et 1 : {valeur} reçu.',
    meaning: 'Une quotité (de travail, d’ETP) est une fraction de temps plein.',
    fix: 'Saisissez une valeur décimale entre 0 et 1, par exemple 0,8 pour un temps partiel à 80 %.',
  },
  FORBIDDEN: {
    category: 'FORBIDDEN',
    message: 'Votre rôle ne permet pas de modifier {type} / cet enregistrement est hors de votre périmètre.',
    meaning:
      'L’écriture est refusée par la politique d’accès (DOMAIN.md §1) : votre rôle ne modifie pas ce type, ou l’enregistrement est hors de votre périmètre avant ou après la modification. Rien n’a été écrit.',
    fix: '`me { role writableTypes }` dit ce que vous pouvez modifier ; demandez l’opération à un administrateur compétent.',
  },
  ACCESS_NOT_GRANTED: {
    category: 'FORBIDDEN',
    message: 'Accès refusé : votre compte « {identifiant} » n’a pas d’habilitation au registre ; demandez-la à l’administration nationale.',
    meaning:
      'Le fournisseur d’identité a authentifié la personne ou le script, mais l’administration nationale ne lui a ouvert aucun accès en vigueur (menu « Habilitations ») : le rôle et le périmètre ne viennent que de là, jamais du jeton.',
    fix: 'Demandez à l’administration nationale une habilitation (rôle, périmètre, dates) pour cet identifiant.',
  },
  ACCESS_GRANT_PERIMETER_REQUIRED: {
    category: 'VALIDATION_FAILED',
    message: 'Le rôle {rôle} exige un périmètre : les codes des départements.',
    meaning:
      'Un administrateur départemental agit sur des départements, un CTR sur des régions, un ministère partenaire sur ses conventions ; l’administration nationale et les analystes, sur tout le registre (DOMAIN.md §1).',
    fix: 'Indiquez les codes INSEE des départements ou des régions, ou le code du ministère ; aucun pour un rôle national.',
  },
  ACCESS_GRANT_OVERLAP: {
    category: 'VALIDATION_FAILED',
    message: 'Cette identité a déjà un accès sur la période (« {libellé} », depuis le {date}) : fermez-le avant d’en ouvrir un autre.',
    meaning: 'Une personne ou un script a une seule habilitation à une date.',
    fix: 'Donnez une date de fin à l’habilitation en cours (la veille), puis créez la nouvelle ; ou modifiez l’habilitation en cours.',
  },
  ID_INVALID: {
    category: 'VALIDATION_FAILED',
    message: 'Filtre « {champ} » : identifiant invalide « {valeur} ».',
    meaning: 'Un filtre par identifiant reçoit une valeur qui n’est pas un identifiant.',
    fix: 'Passez l’`id` lu dans une réponse de l’API (pas un code ni un nom ; pour chercher par code, utilisez `q`).',
  },
  PAGE_SIZE: {
    category: 'VALIDATION_FAILED',
    message: 'La taille de page doit être comprise entre 0 et {maximum}.',
    meaning: '`limit` dépasse `MAX_PAGE_SIZE` (500 par défaut) ou est négatif.',
    fix: 'Demandez au plus la taille maximale et parcourez les pages avec `offset`.',
  },
  RECORDED_AT_FUTURE: {
    category: 'VALIDATION_FAILED',
    message: '« recordedAt » ({instant}) est dans le futur : le registre n’a encore rien enregistré à cet instant.',
    meaning: 'Une lecture « telle qu’enregistrée » (`recordedAt`, temps de la transaction) demande un instant à venir.',
    fix: 'Donnez un instant passé (ou omettez `recordedAt` pour l’état actuel).',
  },
  RECORDED_AT_UNSUPPORTED: {
    category: 'VALIDATION_FAILED',
    message: 'Le champ « {champ} » est calculé d’après les données d’aujourd’hui : il ne peut pas être lu tel qu’enregistré.',
    meaning:
      'Avec `recordedAt`, seuls les champs enregistrés, leurs références et leurs listes sont relus dans l’historique ; un champ calculé (indicateur, effectif, ETP…) ou un journal n’y est pas : la réponse serait celle d’aujourd’hui.',
    fix: 'Retirez les champs calculés de la sélection, ou lisez-les sans `recordedAt`.',
  },
  PAGE_OFFSET: {
    category: 'VALIDATION_FAILED',
    message: 'Le décalage ne peut pas être négatif.',
    meaning: '`offset` est négatif.',
    fix: 'Passez un `offset` positif ou nul.',
  },
  SORT_FIELD_UNKNOWN: {
    category: 'VALIDATION_FAILED',
    message: 'Tri impossible sur « {champ} » : champs triables : {liste}.',
    meaning: 'Le champ de `sort` n’est pas triable pour ce type.',
    fix: 'Choisissez un des champs listés dans le message (ou un chemin comme `department.code`).',
  },
  BULK_TOO_MANY_ROWS: {
    category: 'VALIDATION_FAILED',
    message: 'Un enregistrement groupé accepte au plus {maximum} lignes ({reçues} reçues) : découpez-le.',
    meaning: 'Un `saveTs` (ou un import) dépasse `MAX_BULK_ROWS` lignes (5 000 par défaut) ; rien n’a été écrit.',
    fix: 'Découpez le lot ou le fichier en plusieurs envois.',
  },
  TEXT_TOO_LONG: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » : {nombre} caractères, {maximum} au plus.',
    meaning: 'Un texte dépasse la longueur de sa colonne (varchar(n) : n caractères ; texte libre : 10 000 ; recherche `q` : 200).',
    fix: 'Raccourcissez le texte.',
  },
  TEXT_CONTROL_CHARACTER: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » : caractère de contrôle {U+…} interdit (le texte tient sur une ligne).',
    meaning: 'Un texte contient un caractère de contrôle (NUL…) ; seuls les textes libres admettent tabulation et retours à la ligne.',
    fix: 'Ressaisissez le texte sans ce caractère (souvent venu d’un copier-coller).',
  },
  TEXT_INVALID_UNICODE: {
    category: 'VALIDATION_FAILED',
    message: '« {champ} » : texte Unicode invalide (demi-caractère {U+…} isolé) : ressaisissez le texte.',
    meaning: 'Un texte contient un demi-caractère UTF-16 isolé, qui ne peut pas être enregistré.',
    fix: 'Ressaisissez le texte.',
  },
  QUERY_DEPTH: {
    category: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Requête trop profonde : {trouvé} niveaux imbriqués, {maximum} au plus.',
    meaning: 'Limite de profondeur de la requête (10 niveaux, `api/src/shared/query-limits.ts`), contre les requêtes abusives.',
    fix: 'Demandez moins de niveaux imbriqués, et faites plusieurs requêtes si besoin.',
  },
  QUERY_COST: {
    category: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Requête trop coûteuse : coût estimé {trouvé}, {maximum} au plus ; demandez moins de champs ou de niveaux imbriqués.',
    meaning:
      'Le coût estimé de la requête (champs × tailles de page demandées) dépasse la limite (50 000) : chaque liste coûte son `limit` × le coût de ses enfants.',
    fix: 'Réduisez les `limit` des listes imbriquées ou le nombre de champs, ou découpez la requête.',
  },
  QUERY_ALIASES: {
    category: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Trop d’alias dans la requête : {trouvé}, {maximum} au plus.',
    meaning: 'La requête utilise plus de 100 alias.',
    fix: 'Utilisez les filtres de liste (`ids`, `q`) plutôt qu’un alias par enregistrement.',
  },
  QUERY_DIRECTIVES: {
    category: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Trop de directives dans la requête : {trouvé}, {maximum} au plus.',
    meaning: 'La requête porte plus de 50 directives (`@include`, `@skip`…).',
    fix: 'Retirez des directives, ou envoyez des requêtes distinctes.',
  },
  QUERY_TOKENS: {
    category: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Requête trop longue : plus de {maximum} éléments.',
    meaning: 'Le texte de la requête dépasse 5 000 éléments lexicaux.',
    fix: 'Raccourcissez la requête (fragments, variables) ou découpez-la.',
  },
  OUT_OF_PERIMETER: {
    category: 'FORBIDDEN',
    message: 'Hors de votre périmètre ({rôle} : {départements}) : « {champ} » désigne {enregistrement}, du département {code}.',
    meaning:
      'Un administrateur départemental ou un CTR n’écrit que dans ses départements (DOMAIN.md §1) : la ligne désignerait un service, un poste ou un agent d’un autre département, ou un enregistrement national. Vérifié ligne par ligne, à l’essai comme à l’enregistrement.',
    fix: 'Choisissez un enregistrement de votre périmètre, ou demandez le changement à l’administration nationale.',
  },
  EXPORT_PARAMETER_INVALID: {
    category: 'VALIDATION_FAILED',
    message: 'Paramètre « {paramètre} » : {ce qui ne va pas, et les valeurs possibles}.',
    meaning:
      'Un paramètre d’un export (`GET /exports/<liste>.csv|.xlsx`) ne respecte pas le type de l’argument de la liste : `filter` et `sort` sont du JSON de ses types GraphQL, `asOf` une date AAAA-MM-JJ.',
    fix: 'Corrigez le paramètre nommé : les mêmes valeurs que les arguments de la requête GraphQL de la liste.',
  },
  EXPORT_FILTER_UNSUPPORTED: {
    category: 'VALIDATION_FAILED',
    message: 'La liste « {liste} » ne peut pas être exportée avec ce filtre : retirez-le ou exportez sans lui.',
    meaning: 'Ce filtre ne s’exprime pas dans la lecture en flux de l’export (une condition sur une collection).',
    fix: 'Retirez ce filtre, ou lisez la liste page par page par GraphQL.',
  },
} as const satisfies ErrorEntries;

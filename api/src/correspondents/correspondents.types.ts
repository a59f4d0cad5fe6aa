import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OpinionValue } from '../commissions/enums';
import { DesignatingAuthority } from '../referential/enums';
import { DateScalar, type IsoDate } from '../shared/scalars';
import {
  AppointmentStatus,
  CandidacyStatus,
  ImplantationMapStatus,
  MissionLetterStatus,
  SignatoryCapacity,
  TimeCreditUnit,
  TrainingKind,
} from './enums';

/*
 * Inputs serve create, update and bulk rows alike: a field left out is unchanged, null clears it.
 * No input carries a workflow status: statuses change only through the workflow mutations.
 */

@InputType()
export class RegimeInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) legalBasis?: string;
  @Field({ nullable: true }) titularOnly?: boolean;
  @Field({ nullable: true }) excludesClasMembers?: boolean;
  @Field({ nullable: true }) mobilityCriterion?: boolean;
  @Field(() => Int, { nullable: true, description: '« Court terme » en mois (choix de conception) ; vide : toute mobilité à venir.' })
  mobilityHorizonMonths?: number | null;
  @Field({ nullable: true }) jointInterview?: boolean;
  @Field({ nullable: true }) ministerialForCentral?: boolean;
  @Field({ nullable: true }) preciseTimeCredit?: boolean;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class RegimeFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
}

@InputType()
export class ImplantationMapInput {
  @Field({ nullable: true }) title?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => DesignatingAuthority, { nullable: true }) authority?: DesignatingAuthority;
  @Field(() => String, { nullable: true }) rationale?: string | null;
}

@InputType()
export class ImplantationMapFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => DesignatingAuthority, { nullable: true }) authority?: DesignatingAuthority;
  @Field(() => [ImplantationMapStatus], { nullable: true }) status?: ImplantationMapStatus[];
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Seulement les versions en vigueur (adoptées, pas encore remplacées) à cette date.',
  })
  inForceOn?: IsoDate;
}

@InputType()
export class ImplantationMapEntryInput {
  @Field(() => ID, { nullable: true }) mapId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => Int, { nullable: true }) requiredCount?: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ImplantationMapEntryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) mapId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
}

@InputType()
export class CandidateCallInput {
  @Field({ nullable: true }) title?: string;
  @Field(() => ID, { nullable: true }) mapId?: string;
  @Field(() => DateScalar, { nullable: true }) openingDate?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) closingDate?: IsoDate;
  @Field(() => String, { nullable: true }) jobDescription?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Les services concernés, sur la carte (tous ceux de la carte s’ils sont omis à la création).',
  })
  serviceIds?: string[];
}

@InputType()
export class CandidateCallFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) mapId?: string;
}

@InputType()
export class CandidacyInput {
  @Field(() => ID, { nullable: true }) callId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => DateScalar, { nullable: true }) filedOn?: IsoDate;
  @Field(() => String, { nullable: true }) motivation?: string | null;
  @Field(() => String, { nullable: true }) headOfServiceName?: string | null;
}

@InputType()
export class CandidacyFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) callId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => [CandidacyStatus], { nullable: true }) status?: CandidacyStatus[];
}

@InputType()
export class AppointmentFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => ID, { nullable: true }) mapId?: string;
  @Field(() => ID, { nullable: true }) candidacyId?: string;
  @Field(() => [AppointmentStatus], { nullable: true }) status?: AppointmentStatus[];
  @Field(() => DateScalar, { nullable: true, description: 'Seulement les nominations en cours (commencées, pas terminées) à cette date.' })
  runningOn?: IsoDate;
}

@InputType()
export class MissionLetterInput {
  @Field(() => ID, { nullable: true }) appointmentId?: string;
  @Field(() => Float, { nullable: true }) timeCreditAmount?: number | null;
  @Field(() => TimeCreditUnit, { nullable: true }) timeCreditUnit?: TimeCreditUnit | null;
  @Field({ nullable: true }) historical?: boolean;
  @Field(() => String, { nullable: true }) historicalTimeCredit?: string | null;
  @Field(() => String, { nullable: true }) means?: string | null;
  @Field(() => String, { nullable: true }) dedicatedEmail?: string | null;
  @Field(() => String, { nullable: true }) trainingModalities?: string | null;
  @Field({ nullable: true }) annualInterviewMention?: boolean;
  @Field(() => String, { nullable: true }) organigrammePlacement?: string | null;
  @Field(() => String, { nullable: true }) headOfServiceName?: string | null;
  @Field(() => String, { nullable: true }) socialActionHeadName?: string | null;
}

@InputType()
export class MissionLetterFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) appointmentId?: string;
  @Field(() => [MissionLetterStatus], { nullable: true }) status?: MissionLetterStatus[];
}

@InputType()
export class TrainingInput {
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => TrainingKind, { nullable: true }) kind?: TrainingKind;
  @Field({ nullable: true }) title?: string;
  @Field(() => DateScalar, { nullable: true }) date?: IsoDate;
  @Field(() => Float, { nullable: true }) hours?: number | null;
}

@InputType()
export class TrainingFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => TrainingKind, { nullable: true }) kind?: TrainingKind;
}

@InputType()
export class InformationMeetingInput {
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => DesignatingAuthority, {
    nullable: true,
    description: 'Le périmètre d’une réunion centrale (vide : toute l’administration centrale).',
  })
  authority?: DesignatingAuthority | null;
  @Field(() => DateScalar, { nullable: true }) date?: IsoDate;
  @Field({ nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) agenda?: string | null;
}

@InputType()
export class InformationMeetingFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) departmentId?: string;
}

@InputType()
export class InformationMeetingAttendanceInput {
  @Field(() => ID, { nullable: true }) meetingId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
}

@InputType()
export class InformationMeetingAttendanceFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) meetingId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
}

@InputType()
export class FieldReportInput {
  @Field(() => ID, { nullable: true }) appointmentId?: string;
  @Field(() => DateScalar, { nullable: true }) date?: IsoDate;
  @Field({ nullable: true }) topic?: string;
  @Field({ nullable: true }) text?: string;
  @Field({ nullable: true }) difficulty?: boolean;
  @Field(() => String, { nullable: true }) followUp?: string | null;
  @Field(() => DateScalar, { nullable: true }) followUpOn?: IsoDate | null;
}

@InputType()
export class FieldReportFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) appointmentId?: string;
  @Field({ nullable: true }) difficulty?: boolean;
}

@InputType()
export class AnnualReportInput {
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => String, { nullable: true }) narrative?: string | null;
}

@InputType()
export class AnnualReportFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
}

// Workflow inputs.

@InputType({ description: 'Un avis rendu en séance : sur quoi, son sens et ses motifs.' })
export class RecordOpinionInput {
  @Field(() => ID, { description: 'La séance où l’avis est rendu.' }) sessionId!: string;
  @Field(() => OpinionValue, { description: 'Sens de l’avis.' }) value!: OpinionValue;
  @Field(() => String, { description: 'Les motifs de l’avis.', nullable: true }) reasons?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Sur un rapport annuel ou la synthèse nationale : les propositions de la commission [001 §2.7].',
  })
  proposals?: string | null;
  @Field(() => ID, { description: 'La carte d’implantation sur laquelle porte l’avis.', nullable: true }) implantationMapId?: string;
  @Field(() => ID, { description: 'La candidature sur laquelle porte l’avis.', nullable: true }) candidacyId?: string;
  @Field(() => ID, { description: 'Le rapport annuel sur lequel porte l’avis.', nullable: true }) annualReportId?: string;
  @Field(() => ID, { nullable: true, description: 'La synthèse nationale présentée au CNAS [001 §2.7].' })
  nationalSynthesisReportId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Une consultation du CLAS (par exemple sur les conditions d’exercice des correspondants) [001 §1].',
  })
  consultationId?: string;
  @Field(() => Int, {
    description: 'La version de l’objet (carte, candidature, rapport, synthèse ou consultation) telle qu’elle a été lue.',
  })
  version!: number;
}

@InputType({ description: 'L’adoption d’une carte d’implantation : l’arrêté qui l’adopte (numéro, date, signataire) [001 §2.1].' })
export class AdoptImplantationMapInput {
  @Field({ description: 'Numéro de l’arrêté d’adoption.' }) arreteNumber!: string;
  @Field(() => DateScalar, { description: 'Date de l’arrêté d’adoption.' }) arreteDate!: IsoDate;
  @Field({ description: 'Signataire de l’arrêté d’adoption.' }) arreteSignatory!: string;
  @Field(() => String, { nullable: true, description: 'Obligatoire quand l’adoption s’écarte d’un avis défavorable.' }) decisionReason?:
    string | null;
}

@InputType({ description: 'L’avis du chef de service sur une candidature : sens, date et signataire [001 §2.2].' })
export class HeadOpinionInput {
  @Field(() => OpinionValue, { description: 'Sens de l’avis.' }) value!: OpinionValue;
  @Field({ description: 'Les motifs : l’avis est « motivé » [001 §2.2].' }) reasons!: string;
  @Field(() => DateScalar, { description: 'Date de l’avis.' }) on!: IsoDate;
  @Field(() => String, { description: 'Nom du chef de service qui rend l’avis.', nullable: true }) headOfServiceName?: string | null;
}

@InputType({ description: 'La nomination d’un candidat : l’arrêté et la date de l’entretien [001 §2.2].' })
export class AppointCandidateInput {
  @Field(() => DateScalar, { description: 'Date de l’entretien du candidat.' }) interviewDate!: IsoDate;
  @Field({ description: 'Le chef du service d’action sociale a participé (exigé depuis 2026).' }) jointInterview!: boolean;
  @Field({ description: 'Numéro de l’arrêté de nomination.' }) arreteNumber!: string;
  @Field(() => DateScalar, { description: 'La date de l’acte de nomination : le régime en vigueur ce jour-là s’applique.' })
  arreteDate!: IsoDate;
  @Field(() => DesignatingAuthority, {
    nullable: true,
    description:
      'L’autorité qui arrête la nomination ; ce doit être celle de la carte [001 art. 4] (obligatoire : refus en français si elle manque).',
  })
  arreteAuthority?: DesignatingAuthority | null;
  @Field(() => ID, { nullable: true, description: 'Le département du préfet, quand l’autorité est un préfet.' })
  arreteAuthorityDepartmentId?: string | null;
  @Field({ description: 'Le nom du signataire.' }) arreteSignatory!: string;
  @Field(() => SignatoryCapacity, { nullable: true, description: 'Par défaut : l’autorité.' })
  arreteSignatoryCapacity?: SignatoryCapacity | null;
  @Field(() => String, { nullable: true, description: 'La fonction d’un signataire par délégation ou intérim.' }) arreteSignatoryTitle?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Par défaut : la date de l’arrêté.' }) startDate?: IsoDate;
  @Field(() => [ID], { nullable: true, description: 'Les services couverts (sur la carte) ; par défaut : le service de la candidature.' })
  serviceIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Les sites (établissements) des services couverts où le correspondant agit.' })
  siteIds?: string[];
  @Field(() => String, { nullable: true, description: 'Obligatoire pour une nomination contre un avis défavorable de la commission.' })
  decisionReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Obligatoire quand une mobilité a été déclarée au dépôt sous le régime de 2026.' })
  mobilityAcknowledgedReason?: string | null;
}

@InputType({ description: 'La clôture d’une candidature sans nomination : date et motif.' })
export class CloseCandidacyInput {
  @Field(() => DateScalar, { description: 'Date de la clôture.' }) on!: IsoDate;
  @Field(() => String, { description: 'Motif de la clôture.', nullable: true }) reason?: string | null;
}

/**
 * The FHIR R4 types of the resources this package builds: Questionnaire,
 * QuestionnaireResponse and CodeSystem, with the data types they use. They
 * ship in the package's own declarations, so a clinic's code needs no FHIR
 * type package to use them. Each element the builders write is here, with the
 * R4 elements a FHIR server commonly adds (`id`, `meta`, `subject`…); the rest
 * of R4 is left out. Names and shapes are R4's (hl7.org/fhir/R4), and every
 * resource type is assignable to the same type of `@types/fhir`'s `fhir/r4`
 * (test/fhir.test.ts), so code that uses that package can take them as they are.
 */

interface Element {
  id?: string;
  extension?: Extension[];
}

export interface Coding extends Element {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  userSelected?: boolean;
}

export interface CodeableConcept extends Element {
  coding?: Coding[];
  text?: string;
}

/** An SDC expression, such as the FHIRPath of an `enableWhenExpression`. */
export interface Expression extends Element {
  description?: string;
  name?: string;
  language: string;
  expression?: string;
  reference?: string;
}

export interface Extension extends Element {
  url: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueCodeableConcept?: CodeableConcept;
  valueCoding?: Coding;
  valueExpression?: Expression;
  valueInteger?: number;
  valueString?: string;
}

export interface Reference extends Element {
  reference?: string;
  type?: string;
  display?: string;
}

export interface Meta extends Element {
  versionId?: string;
  lastUpdated?: string;
  source?: string;
  profile?: string[];
  tag?: Coding[];
}

interface Resource extends Element {
  meta?: Meta;
  language?: string;
}

export type PublicationStatus = 'draft' | 'active' | 'retired' | 'unknown';

/** The metadata R4 gives every resource that has a canonical URL (R5 names this base CanonicalResource). */
interface CanonicalResource extends Resource {
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  status: PublicationStatus;
  experimental?: boolean;
  date?: string;
  publisher?: string;
  description?: string;
}

export interface QuestionnaireItemEnableWhen extends Element {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerCoding?: Coding;
  answerString?: string;
  answerInteger?: number;
}

export interface QuestionnaireItemAnswerOption extends Element {
  valueCoding?: Coding;
  valueString?: string;
  valueInteger?: number;
  initialSelected?: boolean;
}

export interface QuestionnaireItem extends Element {
  linkId: string;
  definition?: string;
  code?: Coding[];
  prefix?: string;
  text?: string;
  type:
    | 'group'
    | 'display'
    | 'question'
    | 'boolean'
    | 'decimal'
    | 'integer'
    | 'date'
    | 'dateTime'
    | 'time'
    | 'string'
    | 'text'
    | 'url'
    | 'choice'
    | 'open-choice'
    | 'attachment'
    | 'reference'
    | 'quantity';
  enableWhen?: QuestionnaireItemEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerValueSet?: string;
  answerOption?: QuestionnaireItemAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire extends CanonicalResource {
  resourceType: 'Questionnaire';
  /** Resource types that can be the subject (R4 allows any resource type; these are the ones a patient questionnaire may name). */
  subjectType?: ('Patient' | 'RelatedPerson' | 'Practitioner' | 'Person' | 'Group' | 'Device' | 'Location')[];
  purpose?: string;
  copyright?: string;
  code?: Coding[];
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseItemAnswer extends Element {
  valueBoolean?: boolean;
  valueCoding?: Coding;
  valueDate?: string;
  valueDateTime?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem extends Element {
  linkId: string;
  definition?: string;
  text?: string;
  answer?: QuestionnaireResponseItemAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse extends Resource {
  resourceType: 'QuestionnaireResponse';
  /** The Questionnaire answered, as `url|version`. */
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  encounter?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

export interface CodeSystemConcept extends Element {
  code: string;
  display?: string;
  definition?: string;
  concept?: CodeSystemConcept[];
}

export interface CodeSystem extends CanonicalResource {
  resourceType: 'CodeSystem';
  caseSensitive?: boolean;
  content: 'not-present' | 'example' | 'fragment' | 'complete' | 'supplement';
  count?: number;
  concept?: CodeSystemConcept[];
}
